"""Page images and photographs prepared for the dossier: processed, framed, reduced."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from PIL import Image, ImageDraw
from reportlab.platypus import Image as PdfImage

from catalog.imaging.processing import open_oriented, render

# Enough for a sharp print of a full-width A4 image (about 270 dpi over 17 cm), far less than
# an archive scan: a dossier of many pages stays small enough to send by e-mail.
MAX_PIXELS_LONG_SIDE = 1800
FRAME = (122, 31, 31)


def prepared(
    path: Path,
    processing: dict[str, Any],
    regions: tuple[tuple[int, int, int, int], ...],
    *,
    max_side: int = MAX_PIXELS_LONG_SIDE,
) -> tuple[bytes, int, int]:
    """JPEG bytes of the processed image with cited regions framed; its width and height."""
    image, transform = render(open_oriented(path), processing)
    image = image.convert("RGB")
    if regions:
        draw = ImageDraw.Draw(image)
        line = max(2, round(max(image.size) / 400))
        for region in regions:
            x, y, w, h = transform.map_box(region)
            pad = line * 2
            draw.rectangle((x - pad, y - pad, x + w + pad, y + h + pad), outline=FRAME, width=line)
    scale = min(1.0, max_side / max(image.size))
    if scale < 1.0:
        image = image.resize(
            (max(1, round(image.width * scale)), max(1, round(image.height * scale))),
            Image.Resampling.LANCZOS,
        )
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=85, optimize=True)
    return buffer.getvalue(), image.width, image.height


def flowable(
    path: Path,
    processing: dict[str, Any],
    regions: tuple[tuple[int, int, int, int], ...],
    max_width: float,
    max_height: float,
    *,
    max_side: int = MAX_PIXELS_LONG_SIDE,
) -> PdfImage:
    data, width, height = prepared(path, processing, regions, max_side=max_side)
    scale = min(max_width / width, max_height / height)
    return PdfImage(io.BytesIO(data), width=width * scale, height=height * scale)
