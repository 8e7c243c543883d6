"""Page images on their way out of the catalogue (packages, copied images, PDFs).

Every export that carries an image file carries a copy cleaned of location and device metadata
(`catalog.imaging.metadata`); the stored original is never changed. An image whose metadata
cannot be parsed (a damaged file) is decoded and written again without any, rather than
sent as it is.
"""

from __future__ import annotations

import io

from PIL import Image

from catalog.imaging.metadata import clean_image


def outgoing_image(data: bytes, media_type: str) -> bytes:
    try:
        return clean_image(data, media_type)
    except (ValueError, OSError):
        with Image.open(io.BytesIO(data)) as image:
            image.load()
            out = io.BytesIO()
            fmt = "PNG" if image.mode in ("1", "L", "P", "LA", "PA", "RGBA") else "JPEG"
            image.save(out, fmt, **({"quality": 95} if fmt == "JPEG" else {}))
            return out.getvalue()
