"""Derived images cached under `<catalogue>/cache/`: thumbnails and processed pages.

A cached file is named by the blob's SHA-256 and a key of the processing parameters
(`processing.params_key`), so it can never be stale: changed parameters or a new processing
version give a new name. The cache is disposable: deleting the folder loses nothing, it is
refilled on demand. Files are written to a temporary name and renamed, so a reader (another
process, a crash) never sees half a file.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Any

from PIL import Image

from catalog.imaging.modes import to_working_mode
from catalog.imaging.processing import params_key

CACHE_DIR = "cache"
THUMBNAIL_SIZE = 256  # long edge in pixels, the size import makes ahead of time
THUMBNAIL_QUALITY = 85


def cache_root(catalog_folder: Path) -> Path:
    return Path(catalog_folder) / CACHE_DIR


def thumbnail_file(root: Path, sha256: str, params: dict[str, Any] | None, size: int) -> Path:
    return root / "thumbnails" / sha256[:2] / f"{sha256}-{params_key(params)}-{size}.jpg"


def rendered_file(root: Path, sha256: str, params: dict[str, Any] | None) -> Path:
    return root / "pages" / sha256[:2] / f"{sha256}-{params_key(params)}.png"


def save_atomically(image: Image.Image, path: Path, fmt: str, **options: Any) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temp_name = tempfile.mkstemp(prefix=".incoming-", suffix=path.suffix, dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            image.save(handle, fmt, **options)
        os.replace(temp_name, path)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise
    return path


def make_thumbnail(image: Image.Image, size: int) -> Image.Image:
    """A copy no larger than size x size, in 8-bit grey or colour."""
    thumb = to_working_mode(image)
    thumb = thumb.copy() if thumb is image else thumb
    # reducing_gap: shrink by whole factors first (fast), then resample the last step well.
    thumb.thumbnail((size, size), Image.Resampling.LANCZOS, reducing_gap=2.0)
    return thumb


def write_thumbnail(image: Image.Image, path: Path, size: int) -> Path:
    return save_atomically(make_thumbnail(image, size), path, "JPEG", quality=THUMBNAIL_QUALITY)


# EXIF orientation -> the transposition that shows the picture upright (as ImageOps.exif_transpose).
ORIENTATIONS = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}


def orientation_of(image: Image.Image) -> int:
    try:
        value = image.getexif().get(0x0112, 1)
    except Exception:  # a damaged EXIF block must not stop the page: show it as stored
        return 1
    return value if value in ORIENTATIONS else 1


def open_reduced(path: Path, at_least: int) -> Image.Image:
    """The oriented image in 8-bit grey or colour, reduced so its long edge is about
    `at_least` pixels (never enlarged). Every byte is decoded, so a truncated file fails here;
    JPEG decodes at 1/2, 1/4 or 1/8 scale for a fraction of the work, and the full-size image of
    other formats is dropped as soon as it is reduced."""
    with Image.open(path) as image:
        orientation = orientation_of(image)
        if image.format in ("JPEG", "MPO"):
            # The decoder picks the smallest of 1/8, 1/4, 1/2 at least as large as asked.
            factor = max(image.size) / at_least
            if factor >= 2:
                image.draft(image.mode, (int(image.width / factor), int(image.height / factor)))
        image.load()
        reduced = to_working_mode(image)
        if max(reduced.size) > at_least:
            reduced = reduced.resize(_fit(reduced.size, at_least), Image.Resampling.BOX)
        elif reduced is image:
            reduced = image.copy()
    if orientation != 1:
        reduced = reduced.transpose(ORIENTATIONS[orientation])
    return reduced


def _fit(size: tuple[int, int], long_edge: int) -> tuple[int, int]:
    scale = long_edge / max(size)
    return (max(1, round(size[0] * scale)), max(1, round(size[1] * scale)))
