"""Thresholds that separate ink from paper: global (Otsu) and local (Sauvola)."""

from __future__ import annotations

import numpy as np
from PIL import Image

SAUVOLA_K = 0.2
SAUVOLA_R = 128.0


def otsu_threshold(values: np.ndarray) -> int:
    """The grey level that best separates dark ink from light paper (Otsu's method)."""
    histogram = np.bincount(values.ravel(), minlength=256).astype(np.float64)
    total = histogram.sum()
    if total == 0:
        return 128
    levels = np.arange(256, dtype=np.float64)
    weight_dark = np.cumsum(histogram)
    weight_light = total - weight_dark
    sum_dark = np.cumsum(histogram * levels)
    mean_dark = np.divide(sum_dark, weight_dark, out=np.zeros(256), where=weight_dark > 0)
    mean_light = np.divide(
        sum_dark[-1] - sum_dark, weight_light, out=np.zeros(256), where=weight_light > 0
    )
    between = weight_dark * weight_light * (mean_dark - mean_light) ** 2
    return int(np.argmax(between))


def sauvola_threshold(grey: np.ndarray) -> np.ndarray:
    """Sauvola's local threshold T = m * (1 + k * (s / R - 1)) over a window about three text
    lines tall. The local mean m and deviation s vary slowly, so they are computed on a reduced
    image and enlarged again: the same result as a full-size window at a fraction of the memory.
    """
    height, width = grey.shape
    factor = max(1, round(max(height, width) / 1000))
    small = Image.fromarray(grey).reduce(factor) if factor > 1 else Image.fromarray(grey)
    values = np.asarray(small, dtype=np.float64)
    window = max(15, (max(values.shape) // 40) | 1)
    mean = _box_mean(values, window)
    mean_sq = _box_mean(values * values, window)
    deviation = np.sqrt(np.maximum(mean_sq - mean * mean, 0.0))
    threshold = mean * (1.0 + SAUVOLA_K * (deviation / SAUVOLA_R - 1.0))
    surface = Image.fromarray(threshold.astype(np.float32), "F")
    if surface.size != (width, height):
        surface = surface.resize((width, height), Image.Resampling.BILINEAR)
    return np.asarray(surface)


def _box_mean(values: np.ndarray, window: int) -> np.ndarray:
    """Mean over a window x window box around each pixel (clipped at the edges)."""
    half = window // 2
    padded = np.pad(values, ((1, 0), (1, 0)))
    integral = padded.cumsum(0).cumsum(1)
    height, width = values.shape
    rows = np.arange(height)
    cols = np.arange(width)
    top = np.clip(rows - half, 0, height)
    bottom = np.clip(rows + half + 1, 0, height)
    left = np.clip(cols - half, 0, width)
    right = np.clip(cols + half + 1, 0, width)
    total = (
        integral[bottom][:, right]
        - integral[top][:, right]
        - integral[bottom][:, left]
        + integral[top][:, left]
    )
    area = (bottom - top)[:, None] * (right - left)[None, :]
    return total / area
