"""Non-destructive page processing: parameters stored per page, applied to a copy of the image.

The original blob never changes. `Page.processing` holds a small dict of parameters; the image a
person sees and the image OCR reads are derived from the original by `render`.

Coordinates: every box stored in the catalogue (word boxes, claim regions) is in pixels of the
*oriented original*: the blob decoded with its EXIF orientation applied (`open_oriented`), before
any processing. `render` returns, with the processed image, the `Transform` that maps oriented-
original coordinates to processed ones, so boxes found on a processed image can be mapped back
(`transform.inverse()`), and stored boxes can be drawn on a processed view.

Parameters (all optional):
- `rotation`: quarter turns clockwise, one of 0, 90, 180, 270.
- `crop`: [x, y, width, height] in pixels of the rotated image.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from PIL import Image, ImageOps

from catalog.errors import InvalidInput

ROTATIONS = {
    0: None,
    90: Image.Transpose.ROTATE_270,  # PIL's ROTATE_* turn counter-clockwise
    180: Image.Transpose.ROTATE_180,
    270: Image.Transpose.ROTATE_90,
}


@dataclass(frozen=True)
class Transform:
    """An affine map of points: (x, y) -> (a*x + b*y + c, d*x + e*y + f)."""

    a: float = 1.0
    b: float = 0.0
    c: float = 0.0
    d: float = 0.0
    e: float = 1.0
    f: float = 0.0

    @classmethod
    def identity(cls) -> Transform:
        return cls()

    def then(self, other: Transform) -> Transform:
        """This transform followed by `other`."""
        return Transform(
            a=other.a * self.a + other.b * self.d,
            b=other.a * self.b + other.b * self.e,
            c=other.a * self.c + other.b * self.f + other.c,
            d=other.d * self.a + other.e * self.d,
            e=other.d * self.b + other.e * self.e,
            f=other.d * self.c + other.e * self.f + other.f,
        )

    def inverse(self) -> Transform:
        det = self.a * self.e - self.b * self.d
        if det == 0:
            raise ValueError("the transform cannot be inverted")
        a, b, d, e = self.e / det, -self.b / det, -self.d / det, self.a / det
        return Transform(
            a=a, b=b, c=-(a * self.c + b * self.f), d=d, e=e, f=-(d * self.c + e * self.f)
        )

    def map_point(self, x: float, y: float) -> tuple[float, float]:
        return (self.a * x + self.b * y + self.c, self.d * x + self.e * y + self.f)

    def map_box(self, box: tuple[int, int, int, int]) -> tuple[int, int, int, int]:
        """Map [x, y, width, height]; a rotated box becomes its bounding box."""
        x, y, width, height = box
        corners = [self.map_point(px, py) for px in (x, x + width) for py in (y, y + height)]
        xs = [p[0] for p in corners]
        ys = [p[1] for p in corners]
        left, top = round(min(xs)), round(min(ys))
        return (left, top, round(max(xs)) - left, round(max(ys)) - top)


def rotation_transform(degrees: int, width: int, height: int) -> Transform:
    """Quarter turns clockwise of a width x height image, in continuous pixel coordinates."""
    if degrees == 90:
        return Transform(a=0, b=-1, c=height, d=1, e=0, f=0)
    if degrees == 180:
        return Transform(a=-1, b=0, c=width, d=0, e=-1, f=height)
    if degrees == 270:
        return Transform(a=0, b=1, c=0, d=-1, e=0, f=width)
    return Transform.identity()


def open_oriented(source: Path | str | BinaryIO) -> Image.Image:
    """Decode an image with its EXIF orientation applied: the "oriented original"."""
    with Image.open(source) as image:
        oriented = ImageOps.exif_transpose(image)
        oriented.load()
        return oriented


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


def render(image: Image.Image, params: dict[str, Any] | None) -> tuple[Image.Image, Transform]:
    """The processed image (a new object) and the map from original to processed coordinates."""
    params = params or {}
    result = image
    transform = Transform.identity()
    degrees = params.get("rotation", 0)
    transpose = ROTATIONS.get(degrees)
    if transpose is not None:
        transform = transform.then(rotation_transform(degrees, result.width, result.height))
        result = result.transpose(transpose)
    crop = params.get("crop")
    if crop:
        x, y, width, height = crop
        right = min(x + width, result.width)
        bottom = min(y + height, result.height)
        if x < right and y < bottom:
            result = result.crop((x, y, right, bottom))
            transform = transform.then(Transform(c=-x, f=-y))
    return (result if result is not image else image.copy()), transform


def apply_processing(image: Image.Image, params: dict[str, Any] | None) -> Image.Image:
    """`render` without the transform."""
    return render(image, params)[0]
