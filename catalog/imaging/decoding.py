"""Decoding one input file's pictures safely: the problems a file can have, in plain words, the
decompression-bomb limit, and the lossless encoding of a derived page image.

Shared by the image and PDF paths of the import (`catalog.importing.prepare`,
`catalog.imaging.pdf`). Nothing here stores anything: callers get pixels and bytes back.
"""

from __future__ import annotations

import io
import warnings
from pathlib import Path
from typing import Any

from PIL import Image, UnidentifiedImageError


class FileProblem(Exception):
    """A reason this file cannot become pages; becomes `PreparedFile.error`."""


def bomb_check(width: int, height: int, what: str = "the image") -> None:
    limit = Image.MAX_IMAGE_PIXELS
    if limit and width * height > limit:
        raise FileProblem(
            f"refused as a possible decompression bomb: {what} claims {width} x {height} "
            f"pixels, more than {limit:,} (Pillow's safety limit)"
        )


def open_image(path: Path) -> Image.Image:
    try:
        with warnings.catch_warnings():
            # Between the limit and twice it Pillow only warns: refuse those too.
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            return Image.open(path)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise FileProblem(
            "refused as a possible decompression bomb: the image claims more pixels than "
            f"{Image.MAX_IMAGE_PIXELS:,} (Pillow's safety limit)"
        ) from None
    except UnidentifiedImageError:
        raise FileProblem("damaged or truncated image: its header cannot be read") from None


def decode_problem(exc: Exception) -> FileProblem:
    text = str(exc)
    if "truncated" in text or "broken data stream" in text or "premature" in text.lower():
        return FileProblem(f"truncated or damaged image ({text})")
    return FileProblem(f"damaged or truncated image ({text})")


def encode_lossless(image: Image.Image, dpi: int | None) -> tuple[bytes, str]:
    buffer = io.BytesIO()
    options: dict[str, Any] = {"dpi": (dpi, dpi)} if dpi else {}
    if image.mode in ("1", "L", "LA", "P", "RGB", "RGBA", "I;16"):
        image.save(buffer, "PNG", **options)
        return buffer.getvalue(), "image/png"
    image.save(buffer, "TIFF", compression="tiff_adobe_deflate", **options)
    return buffer.getvalue(), "image/tiff"


def dpi_of(value: object) -> int | None:
    try:
        x = float(value[0])  # type: ignore[index]
    except (TypeError, ValueError, IndexError):
        return None
    return round(x) if x > 1 else None
