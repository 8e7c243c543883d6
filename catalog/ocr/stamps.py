"""Finding coloured stamps on a page and lightening them for OCR.

Soviet certificates carry round violet or blue stamps over the signature, and the text itself is
often typed through a violet ribbon or filled in with blue ink. Plain greyscale turns a stamp
into dark rings and letters that Tesseract reads as text, or that swallow the words beneath.
A stamp is told from coloured text by its shape (a large, roughly round, sparse blob, where text
lines are long and low), and only inside a stamp is the colour lightened; black text crossing
the stamp is neutral in colour and stays dark. Coloured form lines (long straight runs) are left
out of the search. `catalog.ocr.guards` then checks the stamps found against the page.
"""

from __future__ import annotations

import numpy as np
from scipy import ndimage

from catalog.ocr.frames import long_runs

# How far blue, violet and red inks stand out, by max(R, B) - G, above the page's typical
# value (the paper's: near zero for white or grey paper and black ink, a little more for
# yellowed paper). Faded violet stamps stand 25-40 above their paper, fresh ones 60 and more.
COLOUR_INK = 18
# Pixels COLOUR_INK above the paper are lightened fully; from COLOUR_SOFT above, partly.
COLOUR_SOFT = 8
# Stamp ink is light in its own colour's channel (violet ink is bright in blue); typed or
# printed text under a stamp is dark in every channel, tinted by the stamp's ink over it.
# Pixels whose brightest channel is below DARK_BELOW are such text and are never lightened;
# above DARK_BELOW + DARK_SOFT, fully.
DARK_BELOW = 70
DARK_SOFT = 50


def colour_strength(rgb: np.ndarray) -> np.ndarray:
    """Blue, violet and red inks have green below red or blue; paper does not (int16)."""
    red = rgb[..., 0].astype(np.int16)
    green = rgb[..., 1].astype(np.int16)
    blue = rgb[..., 2].astype(np.int16)
    strength = np.maximum(red, blue)
    strength -= green
    return strength


def paper_strength(strength: np.ndarray) -> int:
    """The page's typical colour strength: the paper's, since paper covers most of a page."""
    return int(np.median(strength))


def find_stamps(
    rgb: np.ndarray, letter: float | None
) -> tuple[list[tuple[int, int, int, int]], int]:
    """Boxes (left, top, right, bottom) of the stamps on a page, in `rgb`'s pixels, and the
    paper's colour strength (for `lightening`).

    `letter` is the typical letter height in these pixels, when known: a stamp is several
    lines tall, while a coloured word or line of text is one line tall and much wider.
    """
    strength = colour_strength(rgb)
    paper = paper_strength(strength)
    coloured = strength > paper + COLOUR_INK
    if int(coloured.sum()) < 50:
        return [], paper
    height, width = coloured.shape
    letter = letter or max(6.0, min(height, width) / 80)
    # Coloured form lines and rules are not stamps, and would join a stamp they cross to the
    # lines of a form, into a blob too wide to pass for one.
    rule = max(8, round(letter * 6))
    coloured &= ~(long_runs(coloured, rule, 1) | long_runs(coloured, rule, 0))
    # Join a stamp's rings and lettering into one blob; typed lines stay apart, since the space
    # between lines is wider than this.
    joined = ndimage.binary_dilation(coloured, iterations=max(1, round(letter / 6)))
    labels, count = ndimage.label(joined)
    if count == 0:
        return [], paper
    inked = ndimage.sum_labels(coloured, labels, index=np.arange(1, count + 1))
    boxes = []
    margin = max(2, round(letter / 4))
    for index, region in enumerate(ndimage.find_objects(labels)):
        if region is None:
            continue
        box_height = region[0].stop - region[0].start
        box_width = region[1].stop - region[1].start
        if min(box_height, box_width) < 4 * letter:
            continue  # a word or a line, not a stamp
        if not 0.5 <= box_width / box_height <= 2.0:
            continue  # a paragraph of coloured text is much wider than tall
        if inked[index] / float(box_height * box_width) > 0.45:
            continue  # a solid patch (a photograph, a coloured block), not a stamp's rings
        boxes.append(
            (
                max(0, region[1].start - margin),
                max(0, region[0].start - margin),
                min(width, region[1].stop + margin),
                min(height, region[0].stop + margin),
            )
        )
    return _merge(boxes), paper


def _merge(boxes: list[tuple[int, int, int, int]]) -> list[tuple[int, int, int, int]]:
    """Overlapping boxes as one (a stamp's inner ring inside its outer ring, say)."""
    merged: list[tuple[int, int, int, int]] = []
    for box in sorted(boxes):
        for index, other in enumerate(merged):
            if box[0] < other[2] and other[0] < box[2] and box[1] < other[3] and other[1] < box[3]:
                merged[index] = (
                    min(box[0], other[0]),
                    min(box[1], other[1]),
                    max(box[2], other[2]),
                    max(box[3], other[3]),
                )
                break
        else:
            merged.append(box)
    return merged


def lightening(rgb: np.ndarray, paper: int) -> np.ndarray:
    """How much to add to the greyscale of `rgb` (a stamp's area) to lift its coloured ink
    towards white (float32, >= 0); `paper` is the page's colour strength (`find_stamps`).

    A coloured pixel becomes its brightest channel, the ink as seen through a filter of its own
    colour, then halfway to white, so that Tesseract no longer sees strokes there. A pixel dark
    in every channel is a glyph under the stamp (black ink seen through violet is a dark violet)
    and keeps its grey, so every word readable through the stamp stays.
    """
    strength = colour_strength(rgb).astype(np.float32) - paper
    weight = np.clip((strength - COLOUR_SOFT) / float(COLOUR_INK - COLOUR_SOFT), 0.0, 1.0)
    red = rgb[..., 0].astype(np.float32)
    green = rgb[..., 1].astype(np.float32)
    blue = rgb[..., 2].astype(np.float32)
    grey = red * 0.299 + green * 0.587 + blue * 0.114
    brightest = np.maximum(np.maximum(red, green), blue)
    weight *= np.clip((brightest - DARK_BELOW) / DARK_SOFT, 0.0, 1.0)
    light = (brightest + 255.0) / 2.0
    return np.maximum(light - grey, 0.0) * weight
