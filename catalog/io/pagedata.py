"""What the transcription exports need of a page: its image, its size and its current text.

ALTO, hOCR, plain text and searchable PDFs all describe pages the same way: the image of the page
(the oriented original, to which every stored word box refers), its size in pixels, and the current
transcription (the newest human version, else the newest engine output) with its words. Pages are
read one at a time, so a document of hundreds of pages never sits in memory at once.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PIL import Image
from sqlalchemy import select

from catalog import models
from catalog.db import Catalog
from catalog.errors import InvalidInput, NotFound
from catalog.imaging.probe import EXTENSIONS
from catalog.services.transcriptions import choose_current
from catalog.transcripts import Word, words_from_json

# EXIF orientations that swap width and height (transposed or rotated a quarter turn).
_SWAPPING_ORIENTATIONS = {5, 6, 7, 8}


@dataclass(frozen=True)
class PageText:
    page_id: int
    document_id: int
    document_uid: str
    document_title: str
    seq: int
    sha256: str | None
    media_type: str
    origin_name: str
    width: int  # of the oriented original, in pixels
    height: int
    dpi: int | None
    processing: dict[str, Any]
    text: str
    words: tuple[Word, ...]
    origin: str  # engine | human | imported, "" when the page has no transcription
    engine: str
    version: int | None
    created_at: dt.datetime | None
    mean_confidence: float | None

    @property
    def image_name(self) -> str:
        """A file name for the page image, as other tools will see it."""
        if self.sha256 is None:
            return ""
        return f"{self.sha256}{EXTENSIONS.get(self.media_type, '')}"

    @property
    def has_boxes(self) -> bool:
        return any(w.width > 0 and w.height > 0 for w in self.words)


def oriented_size(path: Path, width: int | None, height: int | None) -> tuple[int, int]:
    """The image's size once its EXIF orientation is applied, read without decoding pixels."""
    with Image.open(path) as image:
        raw_width, raw_height = image.size
        try:
            orientation = image.getexif().get(0x0112)
        except Exception:  # damaged EXIF: Pillow's exif_transpose would ignore it too
            orientation = None
    if orientation in _SWAPPING_ORIENTATIONS:
        return raw_height, raw_width
    return raw_width or width or 0, raw_height or height or 0


def document_page_ids(catalog: Catalog, document_id: int) -> list[int]:
    with catalog.read() as session:
        if session.get(models.Document, document_id) is None:
            raise NotFound("document", document_id)
        return list(
            session.scalars(
                select(models.Page.id)
                .where(models.Page.document_id == document_id)
                .order_by(models.Page.seq)
            )
        )


def resolve_page_ids(
    catalog: Catalog, *, document_id: int | None = None, page_ids: list[int] | None = None
) -> list[int]:
    """The pages an export covers: one document's pages in order, or pages named by id."""
    if (document_id is None) == (page_ids is None):
        raise InvalidInput("pages", "name either a document or pages")
    if document_id is not None:
        return document_page_ids(catalog, document_id)
    with catalog.read() as session:
        for page_id in page_ids or ():
            if session.get(models.Page, page_id) is None:
                raise NotFound("page", page_id)
    return list(page_ids or ())


def load_page(catalog: Catalog, page_id: int) -> PageText:
    with catalog.read() as session:
        page = session.get(models.Page, page_id)
        if page is None:
            raise NotFound("page", page_id)
        current = choose_current(list(page.transcriptions))
        document = page.document
        blob = page.blob
        width, height = page.width or 0, page.height or 0
        if page.blob_sha256 and catalog.blobs.exists(page.blob_sha256):
            width, height = oriented_size(catalog.blobs.path(page.blob_sha256), width, height)
        return PageText(
            page_id=page.id,
            document_id=document.id,
            document_uid=document.uid,
            document_title=document.title,
            seq=page.seq,
            sha256=page.blob_sha256,
            media_type=blob.media_type if blob else "",
            origin_name=page.origin_name,
            width=width,
            height=height,
            dpi=page.dpi,
            processing=dict(page.processing or {}),
            text=current.text if current else "",
            words=words_from_json(current.words) if current else (),
            origin=current.origin if current else "",
            engine=current.engine if current else "",
            version=current.version if current else None,
            created_at=current.created_at if current else None,
            mean_confidence=current.mean_confidence if current else None,
        )


def group_lines(words: tuple[Word, ...]) -> list[list[list[list[Word]]]]:
    """Words as blocks of paragraphs of lines, in reading order as stored.

    Consecutive words sharing (block, paragraph, line) form a line; a change of block or
    paragraph starts a new one. Words without boxes are left out (they cannot be placed).
    """
    blocks: list[list[list[list[Word]]]] = []
    last: tuple[int, int, int] | None = None
    for word in words:
        if word.width <= 0 or word.height <= 0 or not word.text.strip():
            continue
        key = (word.block, word.paragraph, word.line)
        if last is None or key[0] != last[0]:
            blocks.append([[[word]]])
        elif key[1] != last[1]:
            blocks[-1].append([[word]])
        elif key[2] != last[2]:
            blocks[-1][-1].append([word])
        else:
            blocks[-1][-1][-1].append(word)
        last = key
    return blocks


def bbox(words: list[Word]) -> tuple[int, int, int, int]:
    """[x, y, width, height] around the words."""
    left = min(w.x for w in words)
    top = min(w.y for w in words)
    right = max(w.x + w.width for w in words)
    bottom = max(w.y + w.height for w in words)
    return left, top, right - left, bottom - top


def flatten(blocks: list[list[list[list[Word]]]]) -> list[Word]:
    return [w for block in blocks for paragraph in block for line in paragraph for w in line]
