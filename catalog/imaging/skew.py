"""Automatic detection of the skew of a page of text.

A page scanned or photographed a few degrees off straight has text lines that run at that angle.
Projecting the page's ink onto a line perpendicular to the text gives a histogram with sharp
peaks (the lines) and empty valleys (the gaps) only when the projection angle matches the skew;
at any other angle the lines smear into each other. The angle with the sharpest histogram (the
largest sum of squared bin counts) is the skew. This is the classic projection-profile method:
robust on printed and typewritten certificates, cheap (a few hundred thousand ink points, a
coarse then a fine search), and free of heavy dependencies such as OpenCV or scikit-image.

The result is the `deskew` processing parameter: degrees clockwise to turn the page so its
lines run level. A person can adjust it; nothing here changes the stored image.
"""

from __future__ import annotations

import math

import numpy as np
from PIL import Image

from catalog.imaging.modes import to_working_mode
from catalog.imaging.thresholds import sauvola_threshold

# Long edge of the reduced image the angle is measured on: at A4 300 dpi this is about 1/3
# scale, still several pixels per text line, and keeps the search to ~0.1 s.
WORKING_SIZE = 1200
MAX_POINTS = 250_000
MARGIN = 0.06
COARSE_STEP = 0.5
FINE_STEP = 0.05
# The best angle must sharpen the profile at least this much over the typical angle, or the
# page has no text lines to go by (a photograph, a blank page) and no angle is proposed.
MIN_GAIN = 1.08
# Turning a page by less than this blurs it (every pixel is resampled) more than it helps: a
# 0.2° slope drifts 7 pixels along a 300-dpi A4 line, which OCR takes in its stride.
NEGLIGIBLE = 0.2


def worth_turning(angle: float | None) -> bool:
    """Whether a detected skew is large enough to be corrected."""
    return angle is not None and abs(angle) >= NEGLIGIBLE


def _ink_points(image: Image.Image) -> tuple[np.ndarray, np.ndarray] | None:
    grey = to_working_mode(image).convert("L")
    scale = WORKING_SIZE / max(grey.size)
    if scale < 1:
        size = (max(1, round(grey.width * scale)), max(1, round(grey.height * scale)))
        grey = grey.resize(size, Image.Resampling.BOX)
    values = np.asarray(grey)
    # Leave out the outer margin, where the edges of the sheet, the scanner lid or the next
    # page of a bound volume draw long straight lines that are not text.
    margin_y, margin_x = (round(n * MARGIN) for n in values.shape)
    values = values[margin_y : values.shape[0] - margin_y, margin_x : values.shape[1] - margin_x]
    # A local threshold: a global one would count a dark scanner border, or the white corners
    # of a page already turned, as a vast blot of ink.
    ink = values < sauvola_threshold(values)
    fraction = ink.mean() if ink.size else 0.0
    # Too little ink: blank; too much: a photograph or a dark border, not lines of text.
    if fraction < 0.002 or fraction > 0.5:
        return None
    ys, xs = np.nonzero(ink)
    if len(xs) > MAX_POINTS:
        pick = np.random.default_rng(0).choice(len(xs), MAX_POINTS, replace=False)
        xs, ys = xs[pick], ys[pick]
    return xs.astype(np.float64), ys.astype(np.float64)


def _sharpness(xs: np.ndarray, ys: np.ndarray, slope_degrees: float) -> float:
    rad = math.radians(slope_degrees)
    # Distance of each point across lines that slope by the angle (clockwise, y down).
    across = ys * math.cos(rad) - xs * math.sin(rad)
    bins = np.floor(across - across.min()).astype(np.int64)
    counts = np.bincount(bins).astype(np.float64)
    return float(np.dot(counts, counts))


def detect_skew(image: Image.Image, *, max_angle: float = 15.0) -> float | None:
    """Degrees clockwise that would straighten the text on this page (the `deskew` value),
    rounded to 0.05°; None when the page shows no lines of text to measure."""
    points = _ink_points(image)
    if points is None:
        return None
    xs, ys = points
    coarse = np.arange(-max_angle, max_angle + COARSE_STEP / 2, COARSE_STEP)
    scores = np.array([_sharpness(xs, ys, angle) for angle in coarse])
    best = float(coarse[int(np.argmax(scores))])
    typical = float(np.median(scores))
    if typical <= 0 or scores.max() / typical < MIN_GAIN:
        return None
    fine = np.arange(best - COARSE_STEP, best + COARSE_STEP + FINE_STEP / 2, FINE_STEP)
    fine_scores = [_sharpness(xs, ys, angle) for angle in fine]
    slope = float(fine[int(np.argmax(fine_scores))])
    # Lines sloping down to the right (clockwise) are straightened by turning anticlockwise.
    deskew = -round(slope / FINE_STEP) * FINE_STEP
    return round(deskew, 2) + 0.0  # + 0.0 turns -0.0 into 0.0
