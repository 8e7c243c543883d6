"""Reading one region of a page again: a line the recognition got wrong, a stamp, a margin note.

`read_region` crops the page's scan to a rectangle (in the pixels of the oriented original, as
the word boxes are) and reads just that with Tesseract, as one block of text; nothing is
stored. `words_in_region` finds the words of a text whose boxes lie in the rectangle, which the
desktop offers to replace with the new reading (the person saves the text as a new version).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from catalog import models
from catalog.db import Catalog
from catalog.errors import InvalidInput, NotFound
from catalog.imaging.processing import open_oriented
from catalog.ocr.pipeline import OcrSettings, recognise
from catalog.ocr.preprocess import PrepareOptions
from catalog.ocr.tesseract import DEFAULT_LANGUAGES, require_tesseract
from catalog.transcripts import Word

# Tesseract's "a single uniform block of text": a region is a few lines, not a page.
REGION_PSM = 6
# A region is part of a page: nothing to crop to the paper, no neighbouring page, no frame or
# skew worth measuring on a few lines; the letters are still scaled and the paper flattened.
REGION_PREPARE = PrepareOptions(
    crop_paper=False,
    drop_neighbours=False,
    suppress_stamps=False,
    guard_stamps=False,
    deskew=False,
    remove_frames=False,
    page_guard=False,
)
MIN_SIDE = 8  # pixels: less than this holds no letter


@dataclass(frozen=True)
class RegionReading:
    page_id: int
    region: tuple[int, int, int, int]  # x, y, width, height in the oriented original's pixels
    text: str  # the region's lines, as read now
    words: tuple[Word, ...]  # their boxes in the original's pixels
    mean_confidence: float | None


def read_region(
    catalog: Catalog,
    page_id: int,
    region: tuple[int, int, int, int],
    languages: str = DEFAULT_LANGUAGES,
) -> RegionReading:
    """The text of one rectangle of a page, read again by Tesseract (nothing is stored)."""
    with catalog.read() as session:
        page = session.get(models.Page, page_id)
        if page is None:
            raise NotFound("page", page_id)
        if page.blob_sha256 is None:
            raise InvalidInput("page", f"page {page_id} has no image to read")
        path = catalog.blobs.path(page.blob_sha256)
        dpi = page.dpi
    status = require_tesseract(languages)
    image = open_oriented(path)
    x, y, width, height = (int(v) for v in region)
    left, top = max(0, x), max(0, y)
    right, bottom = min(image.width, x + width), min(image.height, y + height)
    if right - left < MIN_SIDE or bottom - top < MIN_SIDE:
        raise InvalidInput(
            "region",
            f"the region {region} of page {page_id} lies outside its image "
            f"({image.width}×{image.height}) or is too small to hold a letter",
        )
    crop = image.crop((left, top, right, bottom))
    result = recognise(
        crop,
        settings=OcrSettings(languages=languages, psm=REGION_PSM, prepare=REGION_PREPARE),
        tesseract=status.path,
        version=status.version,
        what=f"page {page_id}, region {left},{top} {right - left}×{bottom - top}",
        dpi=dpi,
    )
    words = tuple(replace(w, x=w.x + left, y=w.y + top) for w in result.words)
    return RegionReading(
        page_id,
        (left, top, right - left, bottom - top),
        result.text.strip(),
        words,
        result.mean_confidence,
    )


def words_in_region(words: Sequence[Word], region: tuple[int, int, int, int]) -> list[Word]:
    """The words whose box's centre lies in the region, in their order in the text."""
    x, y, width, height = region
    inside = [
        w
        for w in words
        if x <= w.x + w.width / 2 <= x + width and y <= w.y + w.height / 2 <= y + height
    ]
    return sorted(inside, key=lambda w: w.start if w.start is not None else 0)
