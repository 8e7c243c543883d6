"""Affine maps between the pixels of an original page image and a processed one.

Coordinates are continuous: pixel (i, j) covers [i, i+1) x [j, j+1), so its centre is
(i + 0.5, j + 0.5). Pillow's affine resampling uses the same convention, which is what lets
`rotate_by_angle` promise that its `Transform` is exact rather than approximately right.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PIL import Image

from catalog.imaging.modes import to_working_mode

# Quarter turns clockwise as Pillow transposes (Pillow's ROTATE_* turn counter-clockwise).
QUARTER_TURNS = {
    0: None,
    90: Image.Transpose.ROTATE_270,
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

    @classmethod
    def translation(cls, dx: float, dy: float) -> Transform:
        return cls(c=dx, f=dy)

    @classmethod
    def rotation(cls, degrees_clockwise: float) -> Transform:
        """A turn about the origin; clockwise as seen on screen (y grows downwards)."""
        rad = math.radians(degrees_clockwise)
        cos, sin = math.cos(rad), math.sin(rad)
        return cls(a=cos, b=-sin, c=0.0, d=sin, e=cos, f=0.0)

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

    def coefficients(self) -> tuple[float, float, float, float, float, float]:
        return (self.a, self.b, self.c, self.d, self.e, self.f)


def rotation_transform(degrees: int, width: int, height: int) -> Transform:
    """Quarter turns clockwise of a width x height image, in continuous pixel coordinates."""
    if degrees == 90:
        return Transform(a=0, b=-1, c=height, d=1, e=0, f=0)
    if degrees == 180:
        return Transform(a=-1, b=0, c=width, d=0, e=-1, f=height)
    if degrees == 270:
        return Transform(a=0, b=1, c=0, d=-1, e=0, f=width)
    return Transform.identity()


def quarter_turn_size(degrees: int, width: int, height: int) -> tuple[int, int]:
    return (height, width) if degrees in (90, 270) else (width, height)


def angle_rotation(degrees: float, width: int, height: int) -> tuple[Transform, tuple[int, int]]:
    """Turn a width x height image by any angle about its centre, on a canvas grown to hold
    all of it. Returns the map from old to new pixels and the new size."""
    rad = math.radians(degrees)
    cos, sin = abs(math.cos(rad)), abs(math.sin(rad))
    # The tolerance keeps float noise (a 1e-13 overshoot) from adding a whole pixel.
    new_width = max(1, math.ceil(width * cos + height * sin - 1e-6))
    new_height = max(1, math.ceil(width * sin + height * cos - 1e-6))
    transform = (
        Transform.translation(-width / 2, -height / 2)
        .then(Transform.rotation(degrees))
        .then(Transform.translation(new_width / 2, new_height / 2))
    )
    return transform, (new_width, new_height)


def white_for(mode: str) -> int | tuple[int, ...]:
    """Paper white in an image mode, to fill the corners a rotation uncovers."""
    if mode == "RGB":
        return (255, 255, 255)
    if mode == "RGBA":
        return (255, 255, 255, 255)
    if mode == "LA":
        return (255, 255)
    return 255


def rotate_by_angle(image: Image.Image, degrees: float) -> tuple[Image.Image, Transform]:
    """The image turned by `degrees` clockwise (bicubic), and the exact map of its pixels."""
    if image.mode not in ("L", "RGB"):
        # Bilevel, palette and 16-bit images cannot be resampled smoothly.
        image = to_working_mode(image)
    transform, size = angle_rotation(degrees, image.width, image.height)
    rotated = image.transform(
        size,
        Image.Transform.AFFINE,
        transform.inverse().coefficients(),
        resample=Image.Resampling.BICUBIC,
        fillcolor=white_for(image.mode),
    )
    return rotated, transform
