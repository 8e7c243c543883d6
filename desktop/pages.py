"""Reading page images for display, in workers: the processed image, its transform, its text.

Pillow decodes and renders; the result is handed back as a `QImage` (safe to make off the GUI
thread) with the `Transform` from the oriented original to the displayed pixels, so stored word
boxes and claim regions can be drawn on it. Very large scans are scaled down for display and the
scale is folded into the transform. Thumbnails are made here too, in one small function that the
import service's cached `thumbnail_path` can replace.
"""

from __future__ import annotations

from dataclasses import dataclass

from PIL import Image
from PySide6.QtGui import QImage

from catalog.db import Catalog
from catalog.errors import BlobError
from catalog.imaging.processing import Transform, open_oriented, render
from catalog.services import documents, transcriptions
from catalog.services.views import DocumentDetail, PageView, TranscriptionView

MAX_DISPLAY_SIDE = 4000


@dataclass(frozen=True)
class LoadedPage:
    document: DocumentDetail
    page: PageView
    image: QImage
    transform: Transform  # oriented original -> displayed pixels
    original_size: tuple[int, int]  # the oriented original's width and height
    transcription: TranscriptionView | None


def to_qimage(image: Image.Image) -> QImage:
    if image.mode not in ("L", "RGB"):
        image = image.convert("RGB")
    data = image.tobytes()
    fmt = QImage.Format.Format_Grayscale8 if image.mode == "L" else QImage.Format.Format_RGB888
    bytes_per_line = image.width * (1 if image.mode == "L" else 3)
    # copy(): the QImage must own its pixels once `data` goes away.
    return QImage(data, image.width, image.height, bytes_per_line, fmt).copy()


def _open_blob(catalog: Catalog, page: PageView) -> Image.Image:
    if page.blob_sha256 is None or not catalog.blobs.exists(page.blob_sha256):
        raise BlobError(page.blob_sha256 or "-", "missing from the blob store")
    return open_oriented(catalog.blobs.path(page.blob_sha256))


def load_page(catalog: Catalog, document_id: int, page_id: int | None) -> LoadedPage:
    """The document, one of its pages (the first if `page_id` is None) ready to display."""
    document = documents.get_document(catalog, document_id)
    if not document.pages:
        raise BlobError("-", "the document has no pages")
    page = next((p for p in document.pages if p.id == page_id), document.pages[0])
    original = _open_blob(catalog, page)
    processed, transform = render(original, page.processing)
    longest = max(processed.size)
    if longest > MAX_DISPLAY_SIDE:
        scale = MAX_DISPLAY_SIDE / longest
        processed = processed.resize(
            (round(processed.width * scale), round(processed.height * scale)),
            Image.Resampling.LANCZOS,
        )
        transform = transform.then(Transform(a=scale, e=scale))
    return LoadedPage(
        document=document,
        page=page,
        image=to_qimage(processed),
        transform=transform,
        original_size=original.size,
        transcription=transcriptions.current_transcription(catalog, page.id),
    )


def thumbnail(catalog: Catalog, page: PageView, size: tuple[int, int]) -> QImage:
    """A small picture of a page as processed (rotation, crop); the one place they are made."""
    image = _open_blob(catalog, page)
    processed, _transform = render(image, page.processing)
    processed.thumbnail(size, Image.Resampling.LANCZOS)
    return to_qimage(processed)


def document_thumbnails(
    catalog: Catalog, document_ids: list[int], size: tuple[int, int]
) -> dict[int, QImage]:
    """Thumbnails of the first page of each document; a document without pages is skipped."""
    result = {}
    for document_id in document_ids:
        document = documents.get_document(catalog, document_id)
        if document.pages:
            try:
                result[document_id] = thumbnail(catalog, document.pages[0], size)
            except (BlobError, OSError):
                continue  # the dossier keeps its placeholder icon
    return result
