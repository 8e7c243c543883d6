"""Columns kept apart on a straightened page: a thin rule drawn down each gutter.

On a bent page photographed by phone, the lines of two columns run at different heights, and
Tesseract's layout analysis finds the columns. Once the page is straightened (catalog.ocr.dewarp)
the lines of both columns lie level and often at the same heights, and with a narrow gutter
Tesseract may read them across, one line of the left column then one of the right (the `curled`
test page, straightened by an earlier version of the field: the columns interleaved, CER
0.73). A vertical rule in the gutter is what its layout analysis takes as a column separator
(a printed two-column page often has one), and it is removed from the page before the letters
are read, so it never becomes a character.

The gutter is found from the line pieces themselves (each column gives its own pieces: the
chaining never bridges a gutter): on a grid of letter-sized cells, a run of empty cells down a
grid column, at least `MIN_ROWS` cells (three or four lines) long, with text within `REACH`
cells on both sides along most of it. A paragraph's ragged right edge or a short last line
leaves no such run.
"""

from __future__ import annotations

import numpy as np

# A gutter runs beside at least this many lines of text (in letter-height cells: lines are
# about two cells apart) …
MIN_ROWS = 8
# … with text on both sides within this many cells (a column's right edge is ragged) …
REACH = 10
# … along at least this share of its length.
FLANKED_SHARE = 0.6


def gutters(
    pieces: list[tuple[float, float, float]], shape: tuple[int, int], cell: float
) -> list[tuple[float, float, float]]:
    """Gutters between columns as (x, top, bottom), in the pixels of `shape`, from the line
    pieces `(level, left, right)` of the straightened page (letters `cell` pixels tall)."""
    rows = int(np.ceil(shape[0] / cell)) + 1
    cols = int(np.ceil(shape[1] / cell)) + 1
    occupied = np.zeros((rows, cols), bool)
    for level, left, right in pieces:
        r0 = max(0, int((level - 1.5 * cell) / cell))
        r1 = min(rows, int((level + 1.5 * cell) / cell) + 1)
        c0, c1 = max(0, int(left / cell)), min(cols, int(np.ceil(right / cell)) + 1)
        occupied[r0:r1, c0:c1] = True
    # Text within REACH cells on the left, and on the right, of every cell.
    padded = np.pad(occupied, ((0, 0), (REACH, REACH)))
    left = np.zeros_like(occupied)
    right = np.zeros_like(occupied)
    for step in range(1, REACH + 1):
        left |= padded[:, REACH - step : REACH - step + cols]
        right |= padded[:, REACH + step : REACH + step + cols]
    flanked = left & right & ~occupied

    found: list[tuple[int, int, int, int, int]] = []  # column, trimmed run, whole run
    for column in range(cols):
        run = _flanked_run(occupied[:, column], flanked[:, column])
        if run is not None:
            found.append((column, *run))
    # A gutter is several cells wide, its edges ragged: the column of each group of neighbours
    # with the longest run stands for it.
    result = []
    group: list[tuple[int, int, int, int, int]] = []
    for item in [*found, (-10, 0, 0, 0, 0)]:
        if group and item[0] != group[-1][0] + 1:
            best = max(group, key=lambda g: g[2] - g[1])
            span = (group[0][0] * cell, (group[-1][0] + 1) * cell)
            rule = _rule(pieces, span, best[3] * cell, best[4] * cell, cell)
            if rule is not None:
                result.append(rule)
            group = []
        if item[0] >= 0:
            group.append(item)
    return result


def _flanked_run(occupied: np.ndarray, flanked: np.ndarray) -> tuple[int, int, int, int] | None:
    """The longest run of empty cells down one grid column that is flanked by text along most
    of its length: its first and last flanked cell, and the whole run; or None."""
    best = None
    empty = np.concatenate(([False], ~occupied, [False]))
    edges = np.flatnonzero(np.diff(empty.astype(np.int8)))
    for start, stop in zip(edges[::2], edges[1::2], strict=True):
        inside = np.flatnonzero(flanked[start:stop])
        if inside.size < MIN_ROWS:
            continue
        first, last = start + inside[0], start + inside[-1]
        if inside.size < FLANKED_SHARE * (last - first + 1):
            continue
        if best is None or last - first > best[1] - best[0]:
            best = (int(first), int(last), int(start), int(stop))
    return best


def _rule(
    pieces: list[tuple[float, float, float]],
    span: tuple[float, float],
    top: float,
    bottom: float,
    cell: float,
) -> tuple[float, float, float] | None:
    """The rule for a gutter found across `span` (x from, to) between `top` and `bottom` (its
    longest empty run): halfway between the nearest ends of the pieces beside it (Tesseract
    takes a rule close to one column for part of it), from the first of them to the last."""
    reach = REACH * cell
    x = (span[0] + span[1]) / 2
    # The run ends at the first line that reaches under it: that line counts too; a heading
    # across both columns does not.
    near = 3 * cell
    beside = [p for p in pieces if top - near <= p[0] <= bottom + near]
    lefts = [p for p in beside if p[1] + p[2] < 2 * x and span[0] - reach <= p[2] < x]
    rights = [p for p in beside if p[1] + p[2] > 2 * x and x < p[1] <= span[1] + reach]
    if len(lefts) < 2 or len(rights) < 2:
        return None
    middle = (max(p[2] for p in lefts) + min(p[1] for p in rights)) / 2
    levels = [p[0] for p in lefts + rights]
    return middle, min(levels) - 1.5 * cell, max(levels) + 1.5 * cell


def draw_rules(page: np.ndarray, found: list[tuple[float, float, float]], width: int) -> None:
    """Draw each gutter's rule on `page` (in place), `width` pixels wide, in black."""
    height = page.shape[0]
    for x, top, bottom in found:
        x0 = max(0, round(x - width / 2))
        page[max(0, round(top)) : min(height, round(bottom)), x0 : x0 + width] = 0
