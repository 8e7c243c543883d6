"""Non-destructive page processing: parameters stored per page, applied to a copy of the image.

The original blob never changes. `Page.processing` holds a small dict of parameters; the image a
person sees and the image OCR reads are derived from the original by `apply_processing`.

Parameters (all optional):
- `rotation`: quarter turns clockwise, one of 0, 90, 180, 270.
- `crop`: [x, y, width, height] in pixels of the rotated image.
"""

from __future__ import annotations

from typing import Any

from PIL import Image

from catalog.errors import InvalidInput

ROTATIONS = {
    0: None,
    90: Image.Transpose.ROTATE_270,  # PIL rotates counter-clockwise
    180: Image.Transpose.ROTATE_180,
    270: Image.Transpose.ROTATE_90,
}


def validate_processing(params: dict[str, Any]) -> dict[str, Any]:
    """Check parameters before they are stored; unknown keys are refused, not ignored."""
    clean: dict[str, Any] = {}
    for key, value in params.items():
        if key == "rotation":
            if value not in ROTATIONS:
                raise InvalidInput("rotation", "rotation is 0, 90, 180 or 270 degrees")
            if value:
                clean[key] = value
        elif key == "crop":
            if value is None:
                continue
            if (
                not isinstance(value, list | tuple)
                or len(value) != 4
                or not all(isinstance(v, int) and v >= 0 for v in value)
                or value[2] <= 0
                or value[3] <= 0
            ):
                raise InvalidInput("crop", "a crop is [x, y, width, height] in pixels")
            clean[key] = list(value)
        else:
            raise InvalidInput(key, "unknown processing parameter")
    return clean


def apply_processing(image: Image.Image, params: dict[str, Any] | None) -> Image.Image:
    """Return the processed image (a new object; `image` itself is left as it is)."""
    params = params or {}
    result = image
    transpose = ROTATIONS.get(params.get("rotation", 0))
    if transpose is not None:
        result = result.transpose(transpose)
    crop = params.get("crop")
    if crop:
        x, y, width, height = crop
        right = min(x + width, result.width)
        bottom = min(y + height, result.height)
        if x < right and y < bottom:
            result = result.crop((x, y, right, bottom))
    return result if result is not image else image.copy()
