"""Measurements of a page image that OCR preprocessing decides from.

These work on a reduced greyscale copy of the page (the "analysis view", a couple of megapixels
at most) as numpy arrays: where the sheet is, where its own text is, how tall the letters are
and how much the lines slope. They only measure; `catalog.ocr.preprocess` acts on the answers.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PIL import Image
from scipy import ndimage

# Blobs shorter than this (in analysis pixels) are specks, not letters.
MIN_LETTER = 4
# Blobs taller than this fraction of the page are rules, borders or pictures.
MAX_LETTER_FRACTION = 0.08


def otsu_threshold(values: np.ndarray) -> int:
    """The grey level that best separates `values` (uint8) into two classes."""
    return otsu_from_histogram(np.bincount(values.ravel(), minlength=256))


def otsu_from_histogram(hist: np.ndarray) -> int:
    hist = hist.astype(np.float64)
    total = hist.sum()
    if total == 0:
        return 128
    weight = np.cumsum(hist) / total
    mean = np.cumsum(hist * np.arange(hist.size)) / total
    with np.errstate(divide="ignore", invalid="ignore"):
        between = (mean[-1] * weight - mean) ** 2 / (weight * (1.0 - weight))
    return int(np.argmax(np.nan_to_num(between)))


def percentile_of_histogram(hist: np.ndarray, fraction: float) -> int:
    """The grey level below which `fraction` of the counted pixels lie (no sorting)."""
    cumulative = np.cumsum(hist)
    if cumulative[-1] == 0:
        return 0
    return int(np.searchsorted(cumulative, fraction * cumulative[-1]))


def background(grey: np.ndarray, cell: int) -> np.ndarray:
    """An estimate of the paper's brightness at every pixel, without the ink (float32).

    The image is reduced to cells, the brightest cell in each 3x3 neighbourhood stands for the
    paper there (ink is darker than the paper it lies on), and the result is smoothed and
    enlarged back. A cell of about a letter's height clears the text from the estimate.
    """
    height, width = grey.shape
    cell = max(1, cell)
    image = Image.fromarray(grey)
    small = np.asarray(image.reduce(cell) if cell > 1 else image)
    paper = ndimage.maximum_filter(small, size=3, mode="nearest").astype(np.float32)
    paper = ndimage.uniform_filter(paper, size=3, mode="nearest")
    enlarged = Image.fromarray(paper, mode="F").resize((width, height), Image.Resampling.BILINEAR)
    return np.maximum(np.asarray(enlarged), 1.0)


def flatten(grey: np.ndarray, cell: int) -> np.ndarray:
    """Divide out the paper's colour, stains and uneven light: paper white, ink dark (uint8)."""
    return divide(grey, background(grey, cell))


def divide(grey: np.ndarray, paper: np.ndarray) -> np.ndarray:
    """`grey` over the paper's brightness `paper` (see `background`), as 0..255 (uint8)."""
    ratio = grey.astype(np.float32)
    ratio *= 255.0
    ratio /= paper
    np.minimum(ratio, 255.0, out=ratio)
    return ratio.astype(np.uint8)


def ink_mask(flat: np.ndarray) -> np.ndarray:
    """Dark pixels of a flattened page (Otsu's threshold, never above 80% of white)."""
    return flat < min(otsu_threshold(flat), 204)


def longest_run(flags: np.ndarray, gap: int) -> tuple[int, int] | None:
    """The longest stretch of true values, bridging gaps of up to `gap` false ones."""
    runs = true_runs(flags, gap)
    return max(runs, key=lambda run: run[1] - run[0]) if runs else None


def true_runs(flags: np.ndarray, gap: int = 0) -> list[tuple[int, int]]:
    """Stretches (start, stop) of true values, bridging gaps of up to `gap` false ones."""
    indices = np.flatnonzero(flags)
    if indices.size == 0:
        return []
    breaks = np.flatnonzero(np.diff(indices) > gap + 1)
    starts = np.concatenate(([indices[0]], indices[breaks + 1]))
    stops = np.concatenate((indices[breaks], [indices[-1]])) + 1
    return [(int(a), int(b)) for a, b in zip(starts, stops, strict=True)]


def paper_box(grey: np.ndarray) -> tuple[int, int, int, int] | None:
    """The sheet on a dark scanner lid or table: (left, top, right, bottom), or None.

    Only a clearly darker surround counts; a page scanned edge to edge gives None.
    """
    height, width = grey.shape
    size = max(3, round(min(height, width) * 0.02)) | 1
    # Closing removes dark marks smaller than `size` (the text) and keeps large dark areas.
    closed = ndimage.grey_closing(grey, size=(size, size))
    threshold = otsu_threshold(closed)
    dark = closed <= threshold
    dark_fraction = float(dark.mean())
    if not 0.02 <= dark_fraction <= 0.7:
        return None
    if float(closed[~dark].mean()) - float(closed[dark].mean()) < 60:
        return None
    paper = ~dark
    cols = longest_run(paper.mean(axis=0) > 0.6, gap=max(1, width // 100))
    if cols is None:
        return None
    rows = longest_run(paper[:, cols[0] : cols[1]].mean(axis=1) > 0.6, gap=max(1, height // 100))
    if rows is None:
        return None
    cols = longest_run(paper[rows[0] : rows[1]].mean(axis=0) > 0.6, gap=max(1, width // 100))
    if cols is None:
        return None
    left, right = cols
    top, bottom = rows
    if (right - left) < width * 0.3 or (bottom - top) < height * 0.3:
        return None
    return left, top, right, bottom


@dataclass(frozen=True)
class Blobs:
    """Connected groups of ink pixels, measured once and used for several decisions."""

    labels: np.ndarray
    heights: np.ndarray  # per label, index 0 = label 1
    widths: np.ndarray

    @classmethod
    def of(cls, ink: np.ndarray) -> Blobs:
        labels, count = ndimage.label(ink)
        heights = np.zeros(count, dtype=np.int32)
        widths = np.zeros(count, dtype=np.int32)
        for index, region in enumerate(ndimage.find_objects(labels)):
            if region is not None:
                heights[index] = region[0].stop - region[0].start
                widths[index] = region[1].stop - region[1].start
        return cls(labels, heights, widths)

    def letter_height(self) -> float | None:
        """The typical height of letters: the median height of letter-shaped blobs."""
        limit = max(MIN_LETTER + 1, self.labels.shape[0] * MAX_LETTER_FRACTION)
        letters = (self.heights >= MIN_LETTER) & (self.heights <= limit)
        letters &= (self.widths >= 2) & (self.widths <= self.heights * 3)
        if int(letters.sum()) < 20:
            return None
        return float(np.median(self.heights[letters]))

    def without_specks(self, letter: float) -> np.ndarray:
        """The ink without blobs much smaller than a letter (dust, noise, punctuation)."""
        small = max(2, round(letter / 3))
        keep = np.concatenate(([False], (self.heights >= small) | (self.widths >= small)))
        return keep[self.labels]


def skew_angle(ink: np.ndarray, letter: float, limit: float = 6.0) -> float:
    """The counter-clockwise turn, in degrees, that makes the text lines horizontal.

    It is the angle at which the rows' ink counts change most sharply from row to row: lines
    of text lined up with the rows give tall, narrow peaks. Each angle's row profile is
    counted from the ink pixels' turned coordinates (what turning the image and summing its
    rows gives, without turning an image 34 times).
    """
    # Reduce so that letters are about five pixels tall: lines stay apart, counting is cheap.
    factor = max(1, int(letter // 5))
    image = Image.fromarray(ink.astype(np.uint8) * 255)
    if factor > 1:
        image = image.reduce(factor)
    grey = np.asarray(image)
    height, width = grey.shape
    ys, xs = np.nonzero(grey)
    weights = grey[ys, xs].astype(np.float64)
    # Pixel centres about the image's centre, the point `Image.rotate` turns about.
    x = xs.astype(np.float32) + np.float32(0.5 - width / 2)
    y = ys.astype(np.float32) + np.float32(0.5 - height / 2)

    def score(angle: float) -> float:
        sin, cos = np.float32(np.sin(np.radians(angle))), np.float32(np.cos(np.radians(angle)))
        rows = np.floor(y * cos - x * sin + np.float32(height / 2)).astype(np.intp)
        cols = np.floor(x * cos + y * sin + np.float32(width / 2)).astype(np.intp)
        # Ink turned out of the frame is lost, as it is when the image is turned.
        inside = (rows >= 0) & (rows < height) & (cols >= 0) & (cols < width)
        profile = np.bincount(rows[inside], weights=weights[inside], minlength=height)
        return float(np.square(np.diff(profile)).sum())

    coarse = np.arange(-limit, limit + 0.01, 0.5)
    best = max(coarse, key=score)
    fine = np.arange(best - 0.4, best + 0.41, 0.1)
    best = max(fine, key=score)
    return round(float(best), 2)
