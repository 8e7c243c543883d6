"""Recognise an image file and read its size without decoding it, or say what is wrong with it.

Pillow's decompression-bomb limit stays on: an image claiming more pixels than the limit is
refused with a message, never decoded.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, UnidentifiedImageError

from catalog.errors import SpravkaError

MEDIA_TYPES = {
    "JPEG": "image/jpeg",
    "PNG": "image/png",
    "TIFF": "image/tiff",
    "BMP": "image/bmp",
    "GIF": "image/gif",
    "WEBP": "image/webp",
    "JPEG2000": "image/jp2",
    "PPM": "image/x-portable-anymap",
}

EXTENSIONS = {
    "image/jpeg": ".jpg",
    "image/png": ".png",
    "image/tiff": ".tif",
    "image/bmp": ".bmp",
    "image/gif": ".gif",
    "image/webp": ".webp",
    "image/jp2": ".jp2",
    "image/x-portable-anymap": ".pnm",
}


class BadImage(SpravkaError):
    """A file that cannot be used as a page image; `reason` says why in plain words."""

    def __init__(self, path: Path | str, reason: str) -> None:
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")


@dataclass(frozen=True)
class ImageInfo:
    width: int
    height: int
    media_type: str
    frames: int
    dpi: int | None


def probe_image(path: Path, *, decode: bool = False) -> ImageInfo:
    """Identify the image; with `decode`, also decode every pixel to catch truncated files."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise BadImage(path, "file not found") from None
    except OSError as exc:
        raise BadImage(path, f"cannot be read: {exc.strerror or exc}") from None
    if size == 0:
        raise BadImage(path, "the file is empty (0 bytes)")
    try:
        with warnings.catch_warnings():
            # A bomb *warning* (between the limit and twice it) is refused like the error.
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(path) as image:
                media_type = MEDIA_TYPES.get(image.format or "")
                if media_type is None:
                    raise BadImage(path, f"unsupported image format {image.format}")
                width, height = image.size
                frames = getattr(image, "n_frames", 1)
                dpi = _dpi(image.info.get("dpi"))
                image.verify()
            if decode:
                with Image.open(path) as image:
                    for frame in range(frames):
                        image.seek(frame)
                        image.load()
    except BadImage:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise BadImage(
            path,
            "refused as a possible decompression bomb: the image claims more pixels than "
            f"{Image.MAX_IMAGE_PIXELS:,} (Pillow's safety limit)",
        ) from None
    except UnidentifiedImageError:
        raise BadImage(path, "not an image file, or an image format Spravka cannot read") from None
    except PermissionError:
        raise BadImage(path, "permission denied") from None
    except (OSError, SyntaxError, ValueError) as exc:
        raise BadImage(path, f"damaged or truncated image ({exc})") from None
    return ImageInfo(width=width, height=height, media_type=media_type, frames=frames, dpi=dpi)


def _dpi(value: object) -> int | None:
    try:
        x = float(value[0])  # type: ignore[index]
    except (TypeError, ValueError, IndexError):
        return None
    return round(x) if x > 1 else None
