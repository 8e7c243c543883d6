"""Guards on the stamp mask: a preprocessing step proves itself on the page or stands aside.

`catalog.ocr.stamps` finds coloured blobs shaped like stamps. On some pages the shape test is
not enough: a page printed or typed in brown or violet ink is "coloured" everywhere, its text
block joins into one big blob, and lightening it fades the very text OCR is meant to read; a
red-sprinkled book edge or a coloured guilloche can join lines of ordinary words into a false
stamp. `checked_stamps` keeps a stamp only when

- it is no larger than a quarter of the sheet (a stamp is a few centimetres across);
- its ink is clearly more coloured than the page's own text: when the text itself is coloured
  (violet typescript, brown ink on aged paper), a stamp of the same colour cannot be told from
  it, and lightening it would fade words;
- together, the stamps cover at most half of the page's text lines (a stamp lies over a few
  lines; a mask over most of them is the text itself).

A rejected mask is not an error: the page is read without lightening, as plain Tesseract would.
All measures are in the analysis view's pixels (see `catalog.ocr.preprocess`).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from catalog.ocr import analysis
from catalog.ocr.stamps import COLOUR_INK, colour_strength

Box = tuple[int, int, int, int]  # left, top, right, bottom

# A stamp covers at most this share of the sheet.
MAX_STAMP_AREA = 0.25
# The stamps together may cover at most this share of the text lines.
MAX_LINES_COVERED = 0.5
# A line counts as covered when this share of its ink lies inside a stamp box.
LINE_COVERED = 0.5


@dataclass(frozen=True)
class StampCheck:
    """The stamps kept, and why others were set aside (for diagnostics and tests)."""

    kept: tuple[Box, ...]
    rejected: tuple[tuple[Box, str], ...]


def text_lines(ink: np.ndarray, letter: float) -> list[tuple[int, int]]:
    """Row ranges (start, stop) of the text lines: rows holding a fair share of ink."""
    rows = ink.mean(axis=1)
    busy = rows > max(0.01, float(np.median(rows[rows > 0])) * 0.25) if rows.any() else rows > 0
    lines = analysis.true_runs(busy, gap=max(1, round(letter / 5)))
    return [(a, b) for a, b in lines if b - a >= letter * 0.5]


def _inside(mask: np.ndarray, box: Box) -> np.ndarray:
    left, top, right, bottom = box
    return mask[top:bottom, left:right]


def checked_stamps(
    boxes: list[Box], rgb: np.ndarray, ink: np.ndarray, paper: int, letter: float | None
) -> StampCheck:
    """The boxes of `find_stamps` that pass the guards above. `rgb` and `ink` are the same
    region of the analysis view (the sheet), `paper` its colour strength."""
    if not boxes:
        return StampCheck((), ())
    height, width = ink.shape
    letter = letter or max(6.0, min(height, width) / 80)
    strength = colour_strength(rgb) - paper
    covered = np.zeros_like(ink)
    for left, top, right, bottom in boxes:
        covered[top:bottom, left:right] = True
    outside = ink & ~covered
    # The page's own text colour: how coloured its ink is, outside every candidate stamp.
    text_colour = float(np.median(strength[outside])) if outside.sum() > 50 else 0.0

    kept: list[Box] = []
    rejected: list[tuple[Box, str]] = []
    for box in boxes:
        left, top, right, bottom = box
        area = (right - left) * (bottom - top)
        if area > MAX_STAMP_AREA * height * width:
            rejected.append((box, "larger than a quarter of the page"))
            continue
        box_ink = _inside(ink, box) | (_inside(strength, box) > COLOUR_INK)
        box_colour = (
            float(np.percentile(_inside(strength, box)[box_ink], 75)) if box_ink.any() else 0
        )
        if box_colour < text_colour + COLOUR_INK:
            rejected.append((box, "its ink is coloured like the page's own text"))
            continue
        kept.append(box)

    if kept:
        lines = text_lines(ink, letter)
        inside = np.zeros_like(ink)
        for left, top, right, bottom in kept:
            inside[top:bottom, left:right] = True
        hit = 0
        for start, stop in lines:
            line_ink = ink[start:stop]
            total = int(line_ink.sum())
            if total and int((line_ink & inside[start:stop]).sum()) >= LINE_COVERED * total:
                hit += 1
        if lines and hit > MAX_LINES_COVERED * len(lines):
            rejected.extend((box, "the stamps would cover most text lines") for box in kept)
            kept = []
    return StampCheck(tuple(kept), tuple(rejected))
