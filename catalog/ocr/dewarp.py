"""Straightening curved text lines: a page photographed bowed, curled or folded.

A sheet folded for decades and photographed by phone does not lie flat: its lines bend along
the bow and kink at the creases, by more than a line's spacing across a column on a badly
curled sheet. Tesseract finds lines as straight bands, so it cuts such lines into pieces,
mixes neighbouring lines and loses whole columns. Deskewing turns the page as a whole and
cannot help.

The page is modelled as a smooth surface seen from above, known only through its text lines:

1. letters are found as connected pieces of ink of letter size on a reduced copy of the page;
2. letters are chained into line pieces by closing the gaps between neighbours on the same
   rows (up to 1.5 letter heights: the gaps between words, never the gap between columns,
   which is wider), so each column gives its own pieces;
3. the centre line of each piece is fitted as a low-order polynomial through the centres of its
   small letters (those without ascenders or descenders, capitals or punctuation), refitted
   without the points far from the curve (specks, a letter of the line above touching);
4. each piece should be straight and level: how far its curve lies from its mean height is a
   vertical displacement, known along the lines and interpolated between them (and carried
   unchanged to the margins); the field is smoothed on a grid of letter-sized cells;
5. the page is resampled along the field (`scipy.ndimage.map_coordinates`), so that every line
   becomes straight;
6. straight lines of two columns often lie at the same heights, and Tesseract may read them
   across: a rule is drawn down each gutter between columns (`catalog.ocr.columns`).

Horizontal stretching (the letters narrowed where the sheet turns away from the camera) is not
modelled: it changes the letters' widths by a few per cent, which Tesseract takes in its stride.

Like every preparing step it proves itself or stands aside: a page is dewarped only when its
lines are measurably bent (the typical line deviates from a straight line at the page's common
slope by at least `MIN_BEND` letter heights), so a flat or merely skewed page is returned
untouched, having cost a labelling of a reduced copy. The field's gradient is limited (no
part of the page is stretched or squeezed vertically by more than `MAX_STRETCH`), so letters
are never torn apart or crushed.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PIL import Image
from scipy import ndimage

from catalog.ocr import analysis
from catalog.ocr.columns import draw_rules, gutters

# A page is dewarped when its typical line piece bends this many letter heights away from a
# straight line at the page's common slope (a flat page measures 0.1 to 0.2, see docs/ocr.md).
MIN_BEND = 0.45
# ... and it has at least this many line pieces to go by.
MIN_PIECES = 4
# The field may stretch or squeeze the page vertically by at most this fraction, and tilt a
# line by at most this slope: more would tear or crush letters.
MAX_STRETCH = 0.35
MAX_SLOPE = 0.6
# Anywhere, blank paper included, the page may not be stretched more than this (at 1 it would
# fold over itself).
MAX_FOLD = 0.8
# Letters are chained across gaps of up to this many letter heights (the gaps between words;
# the gap between columns is wider).
CHAIN_GAP = 1.5
# A line piece must span this many letter heights and hold this many small letters.
MIN_SPAN = 6.0
MIN_LETTERS = 6


@dataclass(frozen=True, eq=False)  # holds arrays: compared by identity
class Line:
    """A fitted line piece, in the reduced copy's pixels: y = polyval(coef, (x - mid) / half)."""

    x0: float
    x1: float
    coef: np.ndarray

    def at(self, xs: np.ndarray) -> np.ndarray:
        mid, half = (self.x0 + self.x1) / 2, max((self.x1 - self.x0) / 2, 1.0)
        return np.polyval(self.coef, (xs - mid) / half)


@dataclass(frozen=True, eq=False)  # holds arrays: compared by identity
class Warp:
    """The vertical displacement field: a pixel at (x, y) of the straightened page comes from
    (x, y + shift(x, y)) of the page before. Kept on a coarse grid (`cell` pixels a side)."""

    grid: np.ndarray  # float32, displacement in pixels of the full page, per grid point
    cell: float

    def shift(self, xs: np.ndarray, ys: np.ndarray) -> np.ndarray:
        coords = np.array([np.asarray(ys, np.float64) / self.cell, np.asarray(xs) / self.cell])
        return ndimage.map_coordinates(self.grid, coords, order=1, mode="nearest")

    def source_box(self, box: tuple[int, int, int, int]) -> tuple[int, int, int, int]:
        """A (left, top, width, height) box on the straightened page, on the page before."""
        x, y, width, height = box
        xs = np.linspace(x, x + width, 5)
        top = y + self.shift(xs, np.full(5, y))
        bottom = y + height + self.shift(xs, np.full(5, y + height))
        y0, y1 = float(top.min()), float(bottom.max())
        return x, round(y0), width, max(0, round(y1 - y0))


@dataclass(frozen=True, eq=False)  # holds arrays: compared by identity
class Dewarped:
    """The outcome: the page (unchanged unless `warp` is set), how bent its lines were (in
    letter heights), and how many line pieces were measured."""

    image: np.ndarray
    warp: Warp | None
    bend: float
    pieces: int
    gutters: int = 0  # rules drawn between columns (catalog.ocr.columns)


def _letters(
    small: np.ndarray, letter: float
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Ink of letter size (mask), and the centres (x, y) and heights of its letters."""
    ink = analysis.ink_mask(small)
    labels, count = ndimage.label(ink)
    if count == 0:
        return np.zeros_like(ink), np.empty(0), np.empty(0), np.empty(0)
    boxes = ndimage.find_objects(labels)
    spans = np.array([(s[0].start, s[0].stop, s[1].start, s[1].stop) for s in boxes], np.float64)
    heights = spans[:, 1] - spans[:, 0]
    widths = spans[:, 3] - spans[:, 2]
    # Letters that touch (bold type, blur) make wider pieces, taller where the line slopes.
    lettered = (heights >= 0.4 * letter) & (widths <= 8 * letter)
    lettered &= heights <= 2.2 * letter + 0.4 * widths
    keep = np.concatenate(([False], lettered))
    point = lettered & (heights >= 0.6 * letter) & (widths >= 0.3 * letter)
    xs = (spans[point, 2] + spans[point, 3]) / 2
    ys = (spans[point, 0] + spans[point, 1]) / 2
    return keep[labels], xs, ys, heights[point]


def _close_rows(mask: np.ndarray, gap: int) -> np.ndarray:
    """`mask` with every gap of up to `gap` pixels between ink on the same row filled (a
    horizontal closing, by run lengths: several times cheaper than a morphological one)."""
    height, width = mask.shape
    padded = np.zeros((height, width + 1), bool)  # a blank column ends every row
    padded[:, :width] = mask
    flat = padded.ravel()
    ink = np.flatnonzero(flat)
    if ink.size < 2:
        return mask
    step = np.diff(ink)
    fill = (step > 1) & (step <= gap + 1)
    fill &= ink[:-1] // (width + 1) == ink[1:] // (width + 1)
    change = np.zeros(flat.size + 1, np.int32)
    np.add.at(change, ink[:-1][fill] + 1, 1)
    np.add.at(change, ink[1:][fill], -1)
    flat = flat | (np.cumsum(change[:-1]) > 0)
    return flat.reshape(height, width + 1)[:, :width]


def _fit(xs: np.ndarray, ys: np.ndarray, heights: np.ndarray, letter: float) -> Line | None:
    """A robust polynomial through one piece's letter centres, or None if they do not line up.

    Only the piece's common letters count (within a quarter of their median height): small
    letters in a line of text, capitals in a heading set in capitals; letters with ascenders
    or descenders sit higher or lower."""
    common = np.abs(heights - np.median(heights)) <= 0.25 * np.median(heights)
    xs, ys = xs[common], ys[common]
    if xs.size < MIN_LETTERS:
        return None
    x0, x1 = float(xs.min()), float(xs.max())
    span = x1 - x0
    if span < MIN_SPAN * letter or xs.size < MIN_LETTERS:
        return None
    # A longer line may bend more ways (a bow and a crease); a short one is a parabola at most.
    degree = 2 if span < 20 * letter else 3 if span < 45 * letter else 4
    degree = min(degree, xs.size // 4)
    mid, half = (x0 + x1) / 2, span / 2
    u = (xs - mid) / half
    keep = np.ones(xs.size, bool)
    coef = np.polyfit(u, ys, degree)
    for _ in range(2):
        residual = np.abs(np.polyval(coef, u) - ys)
        keep = residual <= max(0.45 * letter, 2.5 * float(np.median(residual)))
        if keep.sum() < max(MIN_LETTERS, degree + 2):
            return None
        coef = np.polyfit(u[keep], ys[keep], degree)
    residual = np.abs(np.polyval(coef, u[keep]) - ys[keep])
    if float(np.median(residual)) > 0.25 * letter:
        return None  # not one line: two lines run together, or a picture
    return Line(x0, x1, coef)


def _lines(small: np.ndarray, letter: float) -> tuple[np.ndarray, list[Line]]:
    """The letters (mask) and the line pieces fitted through them."""
    letters, xs, ys, heights = _letters(small, letter)
    if xs.size < MIN_LETTERS:
        return letters, []
    gap = max(2, round(CHAIN_GAP * letter))
    chained = _close_rows(letters, gap)
    pieces, count = ndimage.label(chained)
    owner = pieces[ys.astype(np.intp), xs.astype(np.intp)]
    # A centre in a letter's hole (о) still lies in its piece: the closing fills the hole.
    order = np.argsort(owner, kind="stable")
    owner, xs, ys, heights = owner[order], xs[order], ys[order], heights[order]
    starts = np.searchsorted(owner, np.arange(1, count + 2))
    lines = []
    for index in range(count):
        a, b = starts[index], starts[index + 1]
        if b - a >= MIN_LETTERS:
            line = _fit(xs[a:b], ys[a:b], heights[a:b], letter)
            if line is not None:
                lines.append(line)
    return letters, lines


def _bend(lines: list[Line], letter: float) -> float:
    """How far the typical line (weighted by length) strays from a straight line at the page's
    common slope, in letter heights."""
    slopes, bends, weights = [], [], []
    samples = []
    for line in lines:
        xs = np.linspace(line.x0, line.x1, 24)
        ys = line.at(xs)
        samples.append((xs, ys))
        slopes.append(np.polyfit(xs, ys, 1)[0])
        weights.append(line.x1 - line.x0)
    slope = float(np.average(slopes, weights=weights))
    for xs, ys in samples:
        level = ys - slope * xs
        bends.append(float(np.abs(level - level.mean()).max()))
    order = np.argsort(bends)
    cumulative = np.cumsum(np.asarray(weights)[order])
    median = bends[order[int(np.searchsorted(cumulative, cumulative[-1] / 2))]]
    return median / letter


def _field(lines: list[Line], shape: tuple[int, int], cell: float) -> np.ndarray:
    """The displacement (reduced pixels) on a grid of `cell`-sized cells: along each line the
    distance from its curve to its mean height, interpolated down each grid column between
    the lines that cross it, then across the columns that no line crosses."""
    rows = int(np.ceil(shape[0] / cell)) + 1
    cols = int(np.ceil(shape[1] / cell)) + 1
    gx = np.arange(cols) * cell
    gy = np.arange(rows) * cell
    samples: list[list[tuple[float, float]]] = [[] for _ in range(cols)]
    # A line's first and last letters reach half a letter or more beyond their centres.
    reach = 1.5 * cell
    for line in lines:
        inside = (gx >= line.x0 - reach) & (gx <= line.x1 + reach)
        if not inside.any():
            continue
        xs = gx[inside]
        ys = line.at(xs)
        level = _extent(line, 0.0)[0]
        for column, y in zip(np.flatnonzero(inside), ys, strict=True):
            samples[column].append((level, float(y) - level))
    grid = np.zeros((rows, cols), np.float64)
    known = np.zeros(cols, bool)
    for column, points in enumerate(samples):
        if not points:
            continue
        points.sort()
        levels = np.array([p[0] for p in points])
        shifts = np.array([p[1] for p in points])
        grid[:, column] = np.interp(gy, levels, shifts)
        known[column] = True
    if not known.any():
        return grid
    if not known.all():
        have = np.flatnonzero(known)
        for row in range(rows):
            grid[row] = np.interp(np.arange(cols), have, grid[row, have])
    return ndimage.gaussian_filter(grid, 0.8, mode="nearest")


def _inked(letters: np.ndarray, shape: tuple[int, int], cell: float) -> np.ndarray:
    """Grid points with letters next to them (within a cell)."""
    ys, xs = np.nonzero(letters)
    inked = np.zeros(shape, bool)
    inked[np.round(ys / cell).astype(np.intp), np.round(xs / cell).astype(np.intp)] = True
    return ndimage.binary_dilation(inked, np.ones((3, 3), bool))


def _limited(grid: np.ndarray, cell: float, inked: np.ndarray) -> np.ndarray:
    """The field scaled down, if need be, so that where there are letters it nowhere stretches
    or squeezes the page by more than `MAX_STRETCH` or tilts it by more than `MAX_SLOPE`, and
    nowhere folds it over (blank paper between a heading and a column may stretch more)."""
    if grid.shape[0] < 2 or grid.shape[1] < 2:
        return grid
    down = np.abs(np.diff(grid, axis=0)) / cell
    across = np.abs(np.diff(grid, axis=1)) / cell
    at_down = down[inked[:-1] & inked[1:]]
    at_across = across[inked[:, :-1] & inked[:, 1:]]
    stretch = float(at_down.max()) if at_down.size else 0.0
    slope = float(at_across.max()) if at_across.size else 0.0
    factor = min(
        1.0,
        MAX_STRETCH / max(stretch, 1e-9),
        MAX_SLOPE / max(slope, 1e-9),
        MAX_FOLD / max(float(down.max()), 1e-9),
    )
    return grid * factor


def dewarp(page: np.ndarray, letter: float, *, force: bool = False) -> Dewarped:
    """`page` (uint8, paper white, letters `letter` pixels tall) with its lines straightened,
    or unchanged (the same array) when its lines are not measurably bent (unless `force`)."""
    unchanged = Dewarped(page, None, 0.0, 0)
    if page.ndim != 2 or min(page.shape) < 8 * letter or letter <= 0:
        return unchanged
    # Letters about five pixels tall are plenty to follow a line, and cheap to label.
    factor = max(1, round(letter / 5))
    small = np.asarray(Image.fromarray(page).reduce(factor)) if factor > 1 else page
    small_letter = letter / factor
    letters, lines = _lines(small, small_letter)
    if len(lines) < MIN_PIECES:
        return Dewarped(page, None, 0.0, len(lines))
    bend = round(_bend(lines, small_letter), 3)
    if bend < MIN_BEND and not force:
        return Dewarped(page, None, bend, len(lines))
    cell = max(2.0, small_letter)
    grid = _field(lines, small.shape, cell)
    grid = _limited(grid, cell, _inked(letters, grid.shape, cell)) * factor
    warp = Warp(grid.astype(np.float32), cell * factor)
    straight = _remap(page, warp)
    # Straight lines of two columns can lie at the same heights: keep the columns apart.
    found = gutters([_extent(line, small_letter) for line in lines], small.shape, cell)
    scaled = [(x * factor, top * factor, bottom * factor) for x, top, bottom in found]
    draw_rules(straight, scaled, max(2, round(letter / 8)))
    return Dewarped(straight, warp, bend, len(lines), len(found))


def _extent(line: Line, letter: float) -> tuple[float, float, float]:
    """A piece on the straightened page: its level, and its ink's left and right ends."""
    level = float(line.at(np.linspace(line.x0, line.x1, 24)).mean())
    return level, line.x0 - 0.5 * letter, line.x1 + 0.5 * letter


def _remap(page: np.ndarray, warp: Warp) -> np.ndarray:
    """`page` resampled along the field, a band of rows at a time (memory stays small)."""
    height, width = page.shape
    # The field at full size, from its grid: bilinear, as PIL enlarges a float image.
    rows = np.arange(height, dtype=np.float32) / warp.cell
    cols = np.arange(width, dtype=np.float32) / warp.cell
    out = np.empty_like(page)
    band = max(1, 2_000_000 // max(width, 1))
    for top in range(0, height, band):
        r = rows[top : top + band]
        grid_rows, grid_cols = np.meshgrid(r, cols, indexing="ij")
        shift = ndimage.map_coordinates(warp.grid, [grid_rows, grid_cols], order=1, mode="nearest")
        source_y = np.arange(top, top + r.size, dtype=np.float32)[:, None] + shift
        source_x = np.broadcast_to(np.arange(width, dtype=np.float32), source_y.shape)
        out[top : top + r.size] = ndimage.map_coordinates(
            page, [source_y, source_x], order=1, mode="constant", cval=255.0
        )
    return out
