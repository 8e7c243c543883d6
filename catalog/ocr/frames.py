"""Frames, borders, ornaments and form lines: found on the prepared page and kept out of the text.

Certificates and forms are framed and ruled: a decorative border with corner ornaments, the
lines a clerk typed the name on, the rules between a form's boxes. Tesseract's layout analysis
takes a frame for a block of its own and can split the paragraph inside it, reading lines out of
order (issue 15: three lines of a framed page read after its last word); form lines run under
the typed words and turn into underscores and dashes. `remove_frames` paints them white before
Tesseract sees the page:

- rules: ink running straight and unbroken much longer than any word, horizontally or
  vertically (a morphological opening with a long line); text never does;
- ornaments: blobs that touch a rule and are clearly larger than a letter (corner pieces,
  flourishes), and large blobs between a frame and the page's edge.

Only framed pages and forms (several horizontal rules) are cleaned: on a book page a single rule
under the running head or above the footnotes helps Tesseract keep the parts apart.

Letters sitting on a form line touch it but are letter-sized: they stay. The page is the
working image (paper white, letters about `letter` pixels tall), after deskewing.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy import ndimage

# A rule is at least this many letter heights long (a long word is about 8) …
RULE_LETTERS = 14
# … or this share of the page's width or height, whichever is shorter.
RULE_SHARE = 0.25
# … and at most this share of a letter's height thick (a frame's heavy outer line included).
RULE_THICKNESS = 0.6
# … along at least this share of its length.
THIN_SHARE = 0.7
# A page with at least this many horizontal rules and no frame is a form (its field lines).
MIN_FORM_LINES = 3
# Blobs touching a rule and taller or wider than this many letters are ornaments.
ORNAMENT_LETTERS = 1.8


@dataclass(frozen=True)
class FrameRemoval:
    image: np.ndarray  # uint8, the page with rules and ornaments painted white
    rules: int  # how many rules were found
    ornaments: int  # how many ornament blobs were removed
    framed: bool  # a closed frame (rules along all four sides)


def _runs(mask: np.ndarray, axis: int) -> tuple[np.ndarray, np.ndarray, tuple[int, int]]:
    """Starts and stops of the straight runs of `mask` along `axis`, as indices into the
    mask's rows laid end to end with a False column between them (so no run continues from one
    row into the next), and that layout's shape."""
    rows = mask if axis == 1 else mask.T
    height, width = rows.shape
    padded = np.zeros((height, width + 1), dtype=bool)
    padded[:, :width] = rows
    flat = padded.ravel()
    # A run starts where ink follows paper (or at the very first pixel) and stops at the
    # paper after it; every row ends with paper, so every run stops. Comparisons of
    # neighbours, not a difference of integers: no copy of the image in a wider type.
    starts = np.flatnonzero(flat[1:] & ~flat[:-1]) + 1
    if flat[0]:
        starts = np.concatenate(([0], starts))
    stops = np.flatnonzero(flat[:-1] & ~flat[1:]) + 1
    return starts, stops, (height, width + 1)


def _spread(starts: np.ndarray, stops: np.ndarray, values: np.ndarray, size: int) -> np.ndarray:
    """Each run's value written over its pixels (runs never overlap)."""
    marks = np.bincount(starts, weights=values, minlength=size + 1)
    marks -= np.bincount(stops, weights=values, minlength=size + 1)
    return np.cumsum(marks[:size])


def _unlay(flat: np.ndarray, shape: tuple[int, int], axis: int) -> np.ndarray:
    found = flat.reshape(shape)[:, : shape[1] - 1]
    return found if axis == 1 else found.T


def long_runs(mask: np.ndarray, length: int, axis: int) -> np.ndarray:
    """The pixels of `mask` in straight runs at least `length` long along `axis` (1 =
    horizontal, 0 = vertical), by run lengths: linear in the image, whatever the length
    (the same as an opening with a line `length` long)."""
    starts, stops, shape = _runs(mask, axis)
    keep = stops - starts >= length
    if not keep.any():  # most pages: no rule at all
        return np.zeros_like(mask, dtype=bool)
    size = shape[0] * shape[1]
    spread = _spread(starts[keep], stops[keep], np.ones(int(keep.sum())), size)
    return _unlay(spread > 0.5, shape, axis)


def run_lengths(mask: np.ndarray, axis: int) -> np.ndarray:
    """For every pixel of `mask`, the length of the straight run along `axis` it belongs to
    (0 outside the mask)."""
    starts, stops, shape = _runs(mask, axis)
    size = shape[0] * shape[1]
    spread = _spread(starts, stops, (stops - starts).astype(np.float64), size)
    return _unlay(np.rint(spread).astype(np.int32), shape, axis)


def bridge_gaps(mask: np.ndarray, axis: int) -> np.ndarray:
    """`mask` with one-pixel gaps along `axis` filled (a closing with a 3-pixel line)."""
    closed = mask.copy()
    if axis == 1:
        closed[:, 1:-1] |= mask[:, :-2] & mask[:, 2:]
    else:
        closed[1:-1] |= mask[:-2] & mask[2:]
    return closed


def _rules(ink: np.ndarray, length: int, axis: int, thin: float) -> np.ndarray:
    """Ink in straight runs at least `length` long along `axis` (1 = horizontal) that are thin
    across the run (at most `thin` pixels) along most of their length: a rule stays thin except
    where a letter stands on it, while a line of text run together has letters' stems standing
    on its baseline every few pixels. One-pixel breaks (a worn rule, a scan's noise) are bridged
    first."""
    closed = bridge_gaps(ink, axis)
    runs = long_runs(closed, length, axis)
    if not runs.any():
        return runs
    narrow = run_lengths(closed, 1 - axis) <= thin
    labels, count = ndimage.label(runs)
    index = np.arange(1, count + 1)
    share = ndimage.mean(narrow, labels, index)
    keep = np.concatenate(([False], np.asarray(share) >= THIN_SHARE))
    return keep[labels] & ink


def remove_frames(page: np.ndarray, letter: float) -> FrameRemoval:
    """`page` without its rules and ornaments (see above)."""
    height, width = page.shape
    # A lenient threshold: a thin or coloured rule turns mid-grey; only long runs count.
    ink = page < 176
    if not ink.any():
        return FrameRemoval(page, 0, 0, False)
    thin = max(3.0, RULE_THICKNESS * letter)
    horizontal = _rules(ink, max(8, round(min(RULE_LETTERS * letter, RULE_SHARE * width))), 1, thin)
    vertical = _rules(ink, max(8, round(min(RULE_LETTERS * letter, RULE_SHARE * height))), 0, thin)
    rules = horizontal | vertical
    if not rules.any():
        return FrameRemoval(page, 0, 0, False)
    across = ndimage.label(horizontal)[1]
    rule_count = across + ndimage.label(vertical)[1]
    framed, inner = _frame(horizontal, vertical)
    if not framed and across < MIN_FORM_LINES:
        # A rule or two on a book page (under the running head, above the footnotes, the
        # page's edge) separates parts of the page for Tesseract's layout analysis: removing
        # them was measured to make such pages read worse. Only frames and forms are cleaned.
        return FrameRemoval(page, 0, 0, False)

    # Thicken a little: the anti-aliased edge of a rule is lighter than the threshold.
    wide = ndimage.binary_dilation(rules, iterations=2)
    rest = ink & ~wide
    labels, count = ndimage.label(rest)
    touching = np.zeros(count + 1, dtype=bool)
    touching[np.unique(labels[ndimage.binary_dilation(wide, iterations=2) & (labels > 0)])] = True

    erase = wide.copy()
    big = ORNAMENT_LETTERS * letter
    ornaments = 0
    for index, region in enumerate(ndimage.find_objects(labels), start=1):
        if region is None:
            continue
        blob_height = region[0].stop - region[0].start
        blob_width = region[1].stop - region[1].start
        large = blob_height > big or blob_width > 2 * big
        beyond = inner is not None and not _within(region, inner)
        if large and (touching[index] or beyond):
            erase[region] |= labels[region] == index
            ornaments += 1
    cleaned = page.copy()
    cleaned[erase & (page < 255)] = 255
    return FrameRemoval(cleaned, int(rule_count), ornaments, framed)


def _frame(
    horizontal: np.ndarray, vertical: np.ndarray
) -> tuple[bool, tuple[int, int, int, int] | None]:
    """Whether rules run along all four sides, and the box inside them (left, top, right,
    bottom), so that what lies between the frame and the page's edge is known."""
    height, width = horizontal.shape
    rows = np.flatnonzero(horizontal.sum(axis=1) > width * 0.5)
    cols = np.flatnonzero(vertical.sum(axis=0) > height * 0.5)
    if rows.size < 2 or cols.size < 2:
        return False, None
    top, bottom = (
        int(rows[rows < height / 2].max(initial=-1)),
        int(rows[rows > height / 2].min(initial=height)),
    )
    left, right = (
        int(cols[cols < width / 2].max(initial=-1)),
        int(cols[cols > width / 2].min(initial=width)),
    )
    if top < 0 or left < 0 or bottom >= height or right >= width:
        return False, None
    return True, (left, top, right, bottom)


def _within(region: tuple[slice, slice], box: tuple[int, int, int, int]) -> bool:
    left, top, right, bottom = box
    return (
        region[1].start >= left
        and region[1].stop <= right
        and region[0].start >= top
        and region[0].stop <= bottom
    )
