"""Reading page images for display, in workers: the processed image, its transform, its text.

The processed page comes from `catalog.importing.rendered_page` (the untouched blob with the
page's processing applied, cached under the catalogue's `cache/` so that reopening a processed
page costs one PNG decode) and is handed back as a `QImage` (safe to make off the GUI thread)
with the `Transform` from the oriented original to the displayed pixels, so stored word boxes
and claim regions can be drawn on it. Very large scans are scaled down for display and the scale
is folded into the transform. Thumbnails are the cached JPEGs of `thumbnail_path`.
"""

from __future__ import annotations

from dataclasses import dataclass

from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from catalog.db import Catalog
from catalog.errors import BlobError
from catalog.imaging.processing import Transform, open_oriented, render
from catalog.importing import rendered_page, thumbnail_path
from catalog.io.pagedata import oriented_size
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


def _blob_path(catalog: Catalog, page: PageView):  # type: ignore[no-untyped-def]
    if page.blob_sha256 is None or not catalog.blobs.exists(page.blob_sha256):
        raise BlobError(page.blob_sha256 or "-", "missing from the blob store")
    return catalog.blobs.path(page.blob_sha256)


def _processed(catalog: Catalog, page: PageView) -> tuple[Image.Image, Transform]:
    try:
        return rendered_page(catalog, page.id)
    except OSError:
        # The cache cannot be written (a catalogue on a read-only disk): render it here.
        return render(open_oriented(_blob_path(catalog, page)), page.processing)


def load_page(catalog: Catalog, document_id: int, page_id: int | None) -> LoadedPage:
    """The document, one of its pages (the first if `page_id` is None) ready to display."""
    document = documents.get_document(catalog, document_id)
    if not document.pages:
        raise BlobError("-", "the document has no pages")
    page = next((p for p in document.pages if p.id == page_id), document.pages[0])
    path = _blob_path(catalog, page)
    processed, transform = _processed(catalog, page)
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
        original_size=oriented_size(path, page.width, page.height),
        transcription=transcriptions.current_transcription(catalog, page.id),
    )


def thumbnail(catalog: Catalog, page: PageView, size: tuple[int, int]) -> QImage:
    """A small picture of a page as processed (rotation, crop…), from the thumbnail cache."""
    path = thumbnail_path(catalog, page.id, max(size))
    image = QImage(str(path))
    if image.isNull():
        raise BlobError(page.blob_sha256 or "-", "its thumbnail cannot be read")
    if image.width() > size[0] or image.height() > size[1]:
        image = image.scaled(
            size[0],
            size[1],
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    return image


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


def page_thumbnails(
    catalog: Catalog, pages: list[PageView], size: tuple[int, int]
) -> dict[int, QImage]:
    """Thumbnails of pages by page id (a page whose image is missing is skipped)."""
    result = {}
    for page in pages:
        try:
            result[page.id] = thumbnail(catalog, page, size)
        except (BlobError, OSError):
            continue
    return result
