"""Deskew is a rotation by any angle: its Transform must still say exactly where pixels went."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image

from catalog.imaging.processing import processed_geometry, render


def _marked(width: int = 300, height: int = 200, spot: tuple[int, int] = (220, 40)) -> Image.Image:
    """White, with a black 5x5 square centred on `spot`."""
    image = Image.new("L", (width, height), 255)
    x, y = spot
    image.paste(0, (x - 2, y - 2, x + 3, y + 3))
    return image


def _dark_centroid(image: Image.Image) -> tuple[float, float]:
    pixels = np.asarray(image.convert("L"), dtype=np.float64)
    weight = np.clip(255.0 - pixels, 0, None)
    weight[weight < 60] = 0  # ignore faint resampling haze
    ys, xs = np.indices(pixels.shape)
    total = weight.sum()
    # Centroid of pixel *centres*, in the continuous coordinates the Transform uses.
    return float((weight * (xs + 0.5)).sum() / total), float((weight * (ys + 0.5)).sum() / total)


@pytest.mark.parametrize("angle", [0.7, -3.25, 12.0, -44.5])
@pytest.mark.parametrize("rotation", [0, 90, 270])
@pytest.mark.parametrize("crop", [None, [10, 15, 320, 300]])
def test_the_mark_lands_where_the_transform_says(angle, rotation, crop) -> None:
    original = _marked()
    params = {"rotation": rotation, "deskew": angle, "crop": crop}
    processed, transform = render(original, params)
    expected = transform.map_point(220.5, 40.5)
    assert _dark_centroid(processed) == pytest.approx(expected, abs=0.25)
    assert transform.inverse().map_point(*expected) == pytest.approx((220.5, 40.5))


@pytest.mark.parametrize(
    "params",
    [
        {},
        {"deskew": 2.5},
        {"rotation": 90, "deskew": -7.3, "crop": [5, 5, 100, 120]},
        {"rotation": 180, "crop": [0, 0, 5000, 5000]},
        {"deskew": 1.0, "binarise": "auto", "drop_colours": ["red"]},
    ],
)
def test_geometry_without_pixels_matches_rendering(params) -> None:
    original = _marked().convert("RGB")
    processed, transform = render(original, params)
    planned, size = processed_geometry(params, *original.size)
    assert planned == transform
    assert size == processed.size


def test_deskew_grows_the_canvas_and_fills_the_corners_with_paper() -> None:
    original = Image.new("RGB", (400, 300), (250, 240, 220))
    processed, _ = render(original, {"deskew": 10})
    assert processed.width > 400 and processed.height > 300
    assert processed.getpixel((0, 0)) == (255, 255, 255)
    # The middle is the page itself, untouched by the turn.
    assert processed.getpixel((processed.width // 2, processed.height // 2)) == (250, 240, 220)


def test_a_sixteen_bit_scan_is_not_turned_white() -> None:
    values = np.full((60, 80), 20000, dtype=np.uint16)
    values[20:40, 30:50] = 1000
    original = Image.fromarray(values)
    assert original.mode == "I;16"
    processed, _ = render(original, {"deskew": 3})
    grey = np.asarray(processed)
    middle = grey[processed.height // 2 - 20 : processed.height // 2 + 20, 20:-20]
    # 20000 of 65535 is a mid-dark grey, not white as a clipping conversion would make it.
    assert 70 < np.median(grey[5:15, 20:-20][grey[5:15, 20:-20] < 255]) < 85
    assert middle.min() < 10
