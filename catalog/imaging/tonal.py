"""Tonal processing of page images: colour filter, greyscale, auto-contrast, binarisation.

None of these moves a pixel, so they leave the original-to-processed `Transform` unchanged.

The colour filter is aimed at Soviet certificates: a round violet or blue stamp and a red
registration mark often lie across the typed text, and OCR reads them as noise. Black and grey
ink has the same level in every channel; coloured ink is bright in at least one. Lifting each
strongly coloured pixel of the chosen hues to the brightness of the paper around it removes the
stamp while the black type under it, dark in every channel and so not coloured, stays dark.
Handwriting in blue or violet ink (the filled-in name on a printed form) is coloured too, so the
hues are chosen per page rather than always dropping every colour.
"""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageFilter, ImageOps

from catalog.defaults import HUES  # there, so the CLI lists them without loading numpy
from catalog.imaging.modes import to_working_mode
from catalog.imaging.thresholds import otsu_threshold, sauvola_threshold

# Chroma (brightest minus darkest channel, 0..255) below which a pixel counts as neutral ink or
# paper, and above which it is fully coloured; between the two the filter fades in, so edges
# stay smooth. Chroma rather than HSV saturation: black type under a violet stamp has a high
# saturation (its channels differ by a large *ratio*) but almost no chroma, and must stay.
CHROMA_FROM = 25
CHROMA_FULL = 70


def drop_colours(image: Image.Image, colours: list[str]) -> Image.Image:
    """A grey image in which ink of the given hues is lifted towards the paper."""
    image = to_working_mode(image)
    if image.mode != "RGB":
        return image  # a grey image has no colour to drop
    hsv = np.asarray(image.convert("HSV"), dtype=np.float32)
    hue = hsv[..., 0] * (360.0 / 256.0)
    brightest = hsv[..., 2]
    chroma = hsv[..., 1] * brightest / 255.0
    selected = np.zeros(hue.shape, dtype=bool)
    for colour in colours:
        for low, high in HUES[colour]:
            selected |= (hue >= low) & (hue < high)
    weight = np.clip((chroma - CHROMA_FROM) / (CHROMA_FULL - CHROMA_FROM), 0.0, 1.0)
    weight *= selected
    grey_image = image.convert("L")
    grey = np.asarray(grey_image, dtype=np.float32)
    # Lift to the paper around the pixel (or the ink's own brightest channel, if lighter): a
    # stamp merely turned light grey would still be picked out by a local threshold later.
    target = np.maximum(_paper_level(grey_image), brightest)
    result = grey + weight * (target - grey)
    return Image.fromarray(np.clip(result + 0.5, 0, 255).astype(np.uint8), "L")


def _paper_level(grey: Image.Image) -> np.ndarray:
    """The brightness of the paper around each pixel: the lightest of the local averages over
    blocks of about 1/60 of the page, so shadows and uneven light are followed."""
    factor = max(1, max(grey.size) // 60)
    small = grey.reduce(factor) if factor > 1 else grey
    small = small.filter(ImageFilter.MaxFilter(3))
    paper = small.resize(grey.size, Image.Resampling.BILINEAR)
    return np.asarray(paper, dtype=np.float32)


def greyscale(image: Image.Image) -> Image.Image:
    return to_working_mode(image).convert("L")


def autocontrast(image: Image.Image, cutoff: float) -> Image.Image:
    """Stretch the levels so the darkest ink is black and the paper white, ignoring `cutoff`
    percent at either end (dust, a black border). Colour keeps its hue (preserve_tone)."""
    image = to_working_mode(image)
    return ImageOps.autocontrast(image, cutoff=cutoff, preserve_tone=True)


def binarise(image: Image.Image, method: str | int) -> Image.Image:
    """Black and white ("1") for OCR. `method`: "auto" (adaptive: copes with shadows and uneven
    light on phone photos), "otsu" (one threshold for the page), or a fixed grey level."""
    grey = np.asarray(greyscale(image))
    if isinstance(method, int):
        ink = grey < method
    elif method == "otsu":
        ink = grey < otsu_threshold(grey)
    else:
        ink = grey < sauvola_threshold(grey)
    # Mode "1": 0 is black. Build it from an 8-bit mask, as Pillow packs bits itself.
    return Image.fromarray(np.where(ink, 0, 255).astype(np.uint8), "L").convert("1")
