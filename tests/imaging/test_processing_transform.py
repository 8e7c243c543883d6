"""Geometric processing keeps a faithful map between original and processed pixels."""

from __future__ import annotations

import pytest
from PIL import Image

from catalog.errors import InvalidInput
from catalog.imaging.processing import render, validate_processing


def _marked_image() -> Image.Image:
    """A 40x20 image, white, with one black pixel at (30, 5)."""
    image = Image.new("L", (40, 20), 255)
    image.putpixel((30, 5), 0)
    return image


def _black_pixel(image: Image.Image) -> tuple[int, int]:
    ((x, y),) = [
        (x, y)
        for x in range(image.width)
        for y in range(image.height)
        if image.getpixel((x, y)) == 0
    ]
    return x, y


@pytest.mark.parametrize("rotation", [0, 90, 180, 270])
@pytest.mark.parametrize("crop", [None, [1, 2, 38, 37]])
def test_transform_maps_a_pixel_to_where_processing_moved_it(rotation, crop) -> None:
    original = _marked_image()
    processed, transform = render(original, {"rotation": rotation, "crop": crop})
    # Map the pixel's centre; the processed pixel containing the mapped centre must be black.
    x, y = transform.map_point(30.5, 5.5)
    assert _black_pixel(processed) == (int(x), int(y))
    back = transform.inverse().map_point(x, y)
    assert back == pytest.approx((30.5, 5.5))


def test_render_never_changes_the_original() -> None:
    original = _marked_image()
    before = original.tobytes()
    processed, _ = render(original, {"rotation": 90})
    assert original.tobytes() == before and original.size == (40, 20)
    assert processed.size == (20, 40)


def test_map_box_of_a_rotated_box_is_its_bounding_box() -> None:
    _, transform = render(_marked_image(), {"rotation": 90})
    assert transform.map_box((30, 5, 4, 2)) == (13, 30, 2, 4)


@pytest.mark.parametrize(
    "params",
    [{"rotation": 45}, {"crop": [0, 0, 0, 10]}, {"crop": "all"}, {"sharpen": True}],
)
def test_bad_processing_parameters_are_refused(params) -> None:
    with pytest.raises(InvalidInput):
        validate_processing(params)


@pytest.mark.parametrize("value", [[], {}, "90", 90.5, True])
def test_a_rotation_of_the_wrong_type_is_refused_not_a_crash(value) -> None:
    with pytest.raises(InvalidInput, match="rotation"):
        validate_processing({"rotation": value})
