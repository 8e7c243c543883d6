"""Bring any decoded page image to a mode that can be shown, resampled and processed.

Scanners and archives produce 1-bit, palette, 16-bit grey, CMYK and alpha images. Pillow's own
`convert("L")` clips 16-bit grey at 255 (a 16-bit scan would turn white), so deep images are
scaled down here instead.
"""

from __future__ import annotations

import numpy as np
from PIL import Image

WORKING_MODES = ("L", "RGB")


def to_working_mode(image: Image.Image) -> Image.Image:
    """An 8-bit grey ("L") or colour ("RGB") version of the image; the same object if it is
    already one. Transparency is flattened onto white paper."""
    mode = image.mode
    if mode in WORKING_MODES:
        return image
    if mode in ("I;16", "I;16L", "I;16B", "I;16N", "I", "F"):
        return _deep_grey_to_l(image)
    if mode in ("RGBA", "LA", "PA") or (mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        paper = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        flat = Image.alpha_composite(paper, rgba).convert("RGB")
        return flat.convert("L") if mode == "LA" else flat
    if mode == "1":
        return image.convert("L")
    if mode == "P":
        rgb = image.convert("RGB")
        return rgb.convert("L") if _is_grey_palette(image) else rgb
    return image.convert("RGB")  # CMYK, YCbCr, LAB, HSV


def _deep_grey_to_l(image: Image.Image) -> Image.Image:
    values = np.asarray(image)
    if image.mode == "F":
        scaled = np.clip(values * 255.0, 0, 255)
    else:
        # 16-bit samples (also when Pillow reads them as 32-bit "I"): keep the top byte.
        top = int(values.max()) if values.size else 0
        shift = 8 if image.mode.startswith("I;16") or top > 255 else 0
        scaled = np.right_shift(values.astype(np.uint32), shift)
    return Image.fromarray(scaled.astype(np.uint8), "L")


def _is_grey_palette(image: Image.Image) -> bool:
    palette = image.getpalette() or []
    triples = zip(palette[0::3], palette[1::3], palette[2::3], strict=False)
    return all(r == g == b for r, g, b in triples)
