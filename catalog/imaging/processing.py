"""Non-destructive page processing: parameters stored per page, applied to a copy of the image.

The original blob never changes. `Page.processing` holds a small dict of parameters; the image a
person sees and the image OCR reads are derived from the original by `render` (and cached by
`catalog.imaging.cache`, keyed by the blob's hash and `params_key`).

Coordinates: every box stored in the catalogue (word boxes, claim regions) is in pixels of the
*oriented original*: the blob decoded with its EXIF orientation applied (`open_oriented`), before
any processing. `render` returns, with the processed image, the exact affine `Transform` that
maps oriented-original coordinates to processed ones, so boxes found on a processed image can be
mapped back (`transform.inverse()`), and stored boxes can be drawn on a processed view.
`processed_geometry` gives the same transform (and the processed size) without any pixels.

Parameters (all optional), applied in this order:
- `rotation`: quarter turns clockwise, one of 0, 90, 180, 270.
- `deskew`: degrees clockwise (-45..45, to 0.01°) to straighten the page after `rotation`;
  `catalog.imaging.skew.detect_skew` proposes it. The canvas grows to keep every corner; the
  uncovered corners are paper white.
- `crop`: [x, y, width, height] in pixels of the rotated and deskewed image.
- `drop_colours`: hues of ink to lift towards the paper, a list of "red", "green", "blue",
  "violet" or "any" (coloured stamps and marks over the type); the result is grey.
- `greyscale`: true for a grey image.
- `autocontrast`: percent of the darkest and lightest pixels to ignore when stretching the
  levels (true means 1).
- `binarise`: black and white for OCR: "auto" (adaptive threshold), "otsu" (one threshold for
  the page), or a fixed grey level 1..254 (true means "auto").
"""

from __future__ import annotations

import hashlib
import json
import math
from pathlib import Path
from typing import Any, BinaryIO

from PIL import Image, ImageOps

from catalog.errors import InvalidInput
from catalog.imaging import tonal
from catalog.imaging.geometry import (
    QUARTER_TURNS,
    Transform,
    angle_rotation,
    quarter_turn_size,
    rotate_by_angle,
    rotation_transform,
)

__all__ = [
    "RENDER_VERSION",
    "ROTATIONS",
    "Transform",
    "apply_processing",
    "open_oriented",
    "params_key",
    "processed_geometry",
    "render",
    "rotation_transform",
    "validate_processing",
]

ROTATIONS = QUARTER_TURNS
PARAMETERS = (
    "rotation",
    "deskew",
    "crop",
    "drop_colours",
    "greyscale",
    "autocontrast",
    "binarise",
)
MAX_DESKEW = 45.0
MAX_AUTOCONTRAST_CUTOFF = 25.0
BINARISE_METHODS = ("auto", "otsu")
# Bump when a processing step changes its output, so that cached derived images are redone.
RENDER_VERSION = 1


def open_oriented(source: Path | str | BinaryIO) -> Image.Image:
    """Decode an image with its EXIF orientation applied: the "oriented original"."""
    with Image.open(source) as image:
        oriented = ImageOps.exif_transpose(image)
        oriented.load()
        return oriented


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def _valid_crop(value: Any) -> list[int]:
    if (
        not isinstance(value, list | tuple)
        or len(value) != 4
        or not all(isinstance(v, int) and not isinstance(v, bool) and v >= 0 for v in value)
        or value[2] <= 0
        or value[3] <= 0
    ):
        raise InvalidInput("crop", "a crop is [x, y, width, height] in pixels")
    return list(value)


def _valid_colours(value: Any) -> list[str]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list | tuple) or not value:
        raise InvalidInput("drop_colours", "a list of colours to drop")
    unknown = [v for v in value if v not in tonal.HUES]
    if unknown:
        raise InvalidInput(
            "drop_colours",
            f"unknown colour {unknown[0]!r}; choose from {', '.join(tonal.HUES)}",
        )
    return [name for name in tonal.HUES if name in value]


def _valid_binarise(value: Any) -> str | int | None:
    if value is True:
        return "auto"
    if value is False or value is None:
        return None
    if value in BINARISE_METHODS:
        return str(value)
    if isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= 254:
        return value
    raise InvalidInput("binarise", 'binarise is "auto", "otsu" or a grey level 1..254')


def validate_processing(params: dict[str, Any]) -> dict[str, Any]:
    """Check parameters before they are stored, and bring them to one canonical form (so equal
    processing has one cache key); unknown keys are refused, not ignored."""
    clean: dict[str, Any] = {}
    for key, value in params.items():
        if key not in PARAMETERS:
            raise InvalidInput(key, "unknown processing parameter")
        if value is None:
            continue
        if key == "rotation":
            if not isinstance(value, int) or isinstance(value, bool) or value not in ROTATIONS:
                raise InvalidInput("rotation", "rotation is 0, 90, 180 or 270 degrees")
            if value:
                clean[key] = int(value)
        elif key == "deskew":
            if not _is_number(value) or abs(value) > MAX_DESKEW:
                raise InvalidInput("deskew", "deskew is an angle between -45 and 45 degrees")
            if round(value, 2):
                clean[key] = round(float(value), 2)
        elif key == "crop":
            clean[key] = _valid_crop(value)
        elif key == "drop_colours":
            clean[key] = _valid_colours(value)
        elif key == "greyscale":
            if not isinstance(value, bool):
                raise InvalidInput("greyscale", "greyscale is true or false")
            if value:
                clean[key] = True
        elif key == "autocontrast":
            if value is False:
                continue
            cutoff = 1.0 if value is True else value
            if not _is_number(cutoff) or not 0 <= cutoff < MAX_AUTOCONTRAST_CUTOFF:
                raise InvalidInput("autocontrast", "autocontrast is true or a percent 0..25")
            clean[key] = float(cutoff)
        elif key == "binarise":
            method = _valid_binarise(value)
            if method is not None:
                clean[key] = method
    return clean


def params_key(params: dict[str, Any] | None) -> str:
    """A short stable key of canonical parameters; "original" when there is no processing."""
    clean = validate_processing(params or {})
    if not clean:
        return "original"
    text = json.dumps({"v": RENDER_VERSION, **clean}, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode()).hexdigest()[:20]


def _geometry(
    params: dict[str, Any], size: tuple[int, int], image: Image.Image | None
) -> tuple[Transform, tuple[int, int], Image.Image | None]:
    """The geometric steps, on a size alone or on pixels too; one code path for both, so the
    transform promised without pixels is the one the pixels get."""
    transform = Transform.identity()
    width, height = size
    degrees = params.get("rotation", 0)
    transpose = ROTATIONS.get(degrees)
    if transpose is not None:
        transform = transform.then(rotation_transform(degrees, width, height))
        width, height = quarter_turn_size(degrees, width, height)
        if image is not None:
            image = image.transpose(transpose)
    angle = params.get("deskew", 0.0)
    if angle:
        step, (width, height) = angle_rotation(angle, width, height)
        transform = transform.then(step)
        if image is not None:
            image, _ = rotate_by_angle(image, angle)
    crop = params.get("crop")
    if crop:
        x, y, crop_width, crop_height = crop
        right = min(x + crop_width, width)
        bottom = min(y + crop_height, height)
        if x < right and y < bottom:
            transform = transform.then(Transform.translation(-x, -y))
            width, height = right - x, bottom - y
            if image is not None:
                image = image.crop((x, y, right, bottom))
    return transform, (width, height), image


def processed_geometry(
    params: dict[str, Any] | None, width: int, height: int
) -> tuple[Transform, tuple[int, int]]:
    """The original-to-processed map and the processed size, without decoding anything."""
    transform, size, _ = _geometry(validate_processing(params or {}), (width, height), None)
    return transform, size


def render(image: Image.Image, params: dict[str, Any] | None) -> tuple[Image.Image, Transform]:
    """The processed image (a new object) and the map from original to processed coordinates."""
    clean = validate_processing(params or {})
    transform, _, result = _geometry(clean, image.size, image)
    assert result is not None
    if "drop_colours" in clean:
        result = tonal.drop_colours(result, clean["drop_colours"])
    if clean.get("greyscale"):
        result = tonal.greyscale(result)
    if "autocontrast" in clean:
        result = tonal.autocontrast(result, clean["autocontrast"])
    if "binarise" in clean:
        result = tonal.binarise(result, clean["binarise"])
    return (result if result is not image else image.copy()), transform


def apply_processing(image: Image.Image, params: dict[str, Any] | None) -> Image.Image:
    """`render` without the transform."""
    return render(image, params)[0]
