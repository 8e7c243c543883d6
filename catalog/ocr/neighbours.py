"""Telling a page's own text from a neighbouring page caught in the same photo or scan.

A volunteer photographing a bound archival file, or scanning an open book, gets a strip of the
facing page at the left or right border. Its lines are cut off by the border, and a gutter
separates it from the page's own text: an empty band, a fold line, its shadow. Where the
gutter runs straight, `neighbour_columns` crops at it; where the fold curves or the pages lie
close, `foreign_bands` follows it band by band, and the strip beyond is painted white.

A note in the page's own margin is kept in both cases: there is paper between it and the
border. Both work on an ink mask of the analysis view without specks
(`analysis.Blobs.without_specks`).
"""

from __future__ import annotations

import numpy as np

from catalog.ocr import analysis
from catalog.ocr.frames import long_runs

# A neighbour's strip is at most this share of the width.
STRIP_LIMIT = 0.2


def without_rules(ink: np.ndarray, letter: float) -> tuple[np.ndarray, np.ndarray]:
    """The ink without folds, their shadows and ruled lines (ink running unbroken down several
    lines' height), and the columns such rules cross."""
    # Widened first (two pixels each way), so that a slanting fold still reads as one unbroken
    # run; then the runs at least three letters tall (an opening with a vertical line).
    widened = ink.copy()
    for shift in (1, 2):
        widened[:, shift:] |= ink[:, :-shift]
        widened[:, :-shift] |= ink[:, shift:]
    rules = long_runs(widened, max(3, round(letter * 3)), 0) & ink
    return ink & ~rules, rules.sum(axis=0) > ink.shape[0] * 0.1


def neighbour_columns(ink: np.ndarray, letter: float) -> tuple[int, int]:
    """Columns (start, stop) of the page's own text, without strips at the left or right border
    that belong to a neighbouring page or the edge of a book block.

    Such a strip is narrow, reaches the border (its lines are cut off there) and is separated
    from the page's text by an empty gutter or a dark fold line. A margin note is kept: there is
    paper between it and the border. `ink` should be free of specks (`Blobs.without_specks`).
    """
    width = ink.shape[1]
    # Folds and rules separate, like empty columns.
    ink, solid = without_rules(ink, letter)
    counts = ink.sum(axis=0)
    inked = counts[counts > 0]
    if inked.size == 0:
        return 0, width
    # Between pages a little dust or shadow remains; a column of text holds far more ink.
    separator = (counts <= max(1.0, float(np.median(inked)) * 0.12)) | solid
    # Wider than the space between typed words, narrower than a page's margins.
    min_gap = max(2, round(letter * 1.2))
    gaps = [run for run in analysis.true_runs(separator) if run[1] - run[0] >= min_gap]
    edge = max(2, round(letter))
    limit = round(width * STRIP_LIMIT)
    pad = max(1, round(letter))

    def cut_lines(columns: slice) -> bool:
        """Several lines run into the border here (one long line may simply be long)."""
        band = ink[:, columns][:, ~solid[columns]]
        rows = band.any(axis=1)
        return len(analysis.true_runs(rows, gap=max(1, round(letter / 3)))) >= 3

    start, stop = 0, width
    if cut_lines(slice(0, edge)):
        inner = [(a, b) for a, b in gaps if 0 < a <= limit]
        if inner:
            a, b = max(inner)
            start = b - min(pad, (b - a) // 2)
    if cut_lines(slice(width - edge, width)):
        inner = [(a, b) for a, b in gaps if width - limit <= b < width]
        if inner:
            a, b = min(inner)
            stop = a + min(pad, (b - a) // 2)
    if stop - start < width * 0.6:
        return 0, width
    return start, stop


def _band_cuts(ink: np.ndarray, letter: float) -> list[tuple[int, int, int]]:
    """`foreign_bands` for the right border only: (top, bottom, first foreign column)."""
    height, width = ink.shape
    ink, solid = without_rules(ink, letter)
    band = max(4, round(letter * 6))
    zone = width - round(width * STRIP_LIMIT)
    edge = max(2, round(letter))
    min_gap = max(2, round(letter * 0.5))
    rows = []  # (top, bottom, gaps in the zone) for bands whose lines reach the border
    for top in range(0, height, band):
        counts = ink[top : top + band].sum(axis=0)
        if counts[width - edge :].sum() < letter:
            continue
        empty = (counts == 0) | solid
        gaps = [
            (a, b)
            for a, b in analysis.true_runs(empty[zone:])
            if b - a >= min_gap and zone + b < width
        ]
        rows.append((top, min(top + band, height), [(zone + a, zone + b) for a, b in gaps]))
    found = [gaps for _, _, gaps in rows if gaps]
    if len(rows) < 3 or len(found) < max(3, 0.6 * len(rows)):
        return []
    # The gutter runs down the page: in most bands the innermost gap is it (a gap inside the
    # text lined up over six lines is rare). Where it ends, the facing page begins: that edge
    # drifts only slowly from band to band (the page's own lines end raggedly), so each band
    # takes the gap ending nearest the median.
    middle = float(np.median([gaps[0][1] for gaps in found]))
    cuts = []
    for top, bottom, gaps in rows:
        near = [(a, b) for a, b in gaps if abs(b - middle) <= 2 * letter]
        if near:
            a, b = min(near, key=lambda gap: abs(gap[1] - middle))
            cuts.append((top, bottom, a + min(round(letter), (b - a) // 2)))
    return cuts if len(cuts) >= max(3, 0.6 * len(rows)) else []


def foreign_bands(ink: np.ndarray, letter: float) -> list[tuple[int, int, int, int]]:
    """Boxes (left, top, right, bottom) of a neighbouring page's strip, band by band, where
    the gutter is too narrow or curved for one straight cut (`neighbour_columns`)."""
    width = ink.shape[1]
    boxes = [(cut, top, width, bottom) for top, bottom, cut in _band_cuts(ink, letter)]
    mirrored = _band_cuts(ink[:, ::-1], letter)
    boxes += [(0, top, width - cut, bottom) for top, bottom, cut in mirrored]
    return boxes
