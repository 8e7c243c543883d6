"""A searchable PDF of a document: each page image with an invisible text layer at the word boxes.

The pages show the image a person sees in Spravka (the oriented original with its rotation and
crop applied); the words of the current transcription are drawn in invisible text (PDF text
render mode 3) exactly over their boxes, so a PDF reader finds, selects and copies them. An
unprocessed JPEG scan is embedded as it is, byte for byte; other images are re-encoded losslessly
(PNG) or, for photographs, as high-quality JPEG.

The file is PDF/A-2b (catalog.io.pdfa): its XMP metadata names the document's title, the
persons it concerns, its archive reference and language, and the real date of the export.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

from PIL import Image
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas as pdf_canvas

from catalog import __version__
from catalog.db import Catalog
from catalog.errors import BlobError
from catalog.imaging.processing import Transform, open_oriented, render
from catalog.io.files import ExportError, atomic_output
from catalog.io.fonts import TEXT_LAYER, register_fonts
from catalog.io.pagedata import PageText, document_page_ids, group_lines, load_page
from catalog.io.pdfa import PdfMetadata, to_pdfa
from catalog.progress import CancelToken, Progress, ProgressCallback, ignore_progress
from catalog.services.documents import get_document
from catalog.services.views import DocumentDetail

DEFAULT_DPI = 300
DESCRIPTION = "Page images with their transcription as a searchable text layer"
# The certificates Spravka catalogues are in Russian (Ukrainian ones read with ukr+rus).
DOCUMENT_LANGUAGE = "ru"
# Below this a stated resolution is surely wrong (web copies claim 72 or 96 dpi).
MIN_TRUSTED_DPI = 100


@dataclass(frozen=True)
class PdfReport:
    file: Path
    pages: int
    words: int
    pages_without_text: tuple[int, ...]  # page numbers

    def summary(self) -> str:
        text = f"wrote {self.file}: {self.pages} page(s), {self.words} word(s) searchable"
        if self.pages_without_text:
            numbers = ", ".join(str(n) for n in self.pages_without_text)
            text += f"; page(s) {numbers} have no transcription with word boxes"
        return text


def archive_reference(detail: DocumentDetail) -> str:
    """ "ГАРФ, ф. 10035, оп. 1, д. 12345, л. 3–5": the parts the document has."""
    parts = [detail.archive]
    for prefix, value in (("ф.", detail.fond), ("оп.", detail.opis), ("д.", detail.delo)):
        parts.append(f"{prefix} {value}" if value else "")
    parts.append(f"л. {detail.sheets}" if detail.sheets else "")
    return ", ".join(part for part in parts if part)


def document_metadata(detail: DocumentDetail, title: str) -> PdfMetadata:
    return PdfMetadata(
        title=title,
        language=DOCUMENT_LANGUAGE,
        creator=detail.summary.issuer,
        description=DESCRIPTION,
        persons=tuple(link.person.full_name for link in detail.persons),
        reference=archive_reference(detail),
    )


def _image_for_page(catalog: Catalog, page: PageText) -> tuple[ImageReader, int, int, Transform]:
    """The image to embed, its size in pixels, and the map from stored boxes onto it."""
    if page.sha256 is None or not catalog.blobs.exists(page.sha256):
        raise BlobError(page.sha256 or "?", f"the image of page {page.seq} is missing")
    path = catalog.blobs.path(page.sha256)
    with Image.open(path) as probe:
        orientation = probe.getexif().get(0x0112, 1)
        passthrough = probe.format == "JPEG" and orientation in (None, 1) and not page.processing
        size = probe.size
    if passthrough:
        # ReportLab copies a JPEG file's bytes into the PDF without decoding them.
        return ImageReader(str(path)), size[0], size[1], Transform.identity()
    image, transform = render(open_oriented(path), page.processing)
    buffer = io.BytesIO()
    if image.mode in ("1", "L", "P", "LA", "PA") and page.media_type != "image/jpeg":
        image.save(buffer, "PNG", optimize=False)
    else:
        image.convert("RGB").save(buffer, "JPEG", quality=90, subsampling=0)
    buffer.seek(0)
    return ImageReader(buffer), image.width, image.height, transform


def _dpi(page: PageText) -> int:
    return page.dpi if page.dpi and page.dpi >= MIN_TRUSTED_DPI else DEFAULT_DPI


def _draw_page(canvas: pdf_canvas.Canvas, catalog: Catalog, page: PageText) -> int:
    reader, width_px, height_px, transform = _image_for_page(catalog, page)
    scale = 72.0 / _dpi(page)
    width_pt, height_pt = width_px * scale, height_px * scale
    canvas.setPageSize((width_pt, height_pt))
    canvas.drawImage(reader, 0, 0, width=width_pt, height=height_pt)
    words = 0
    text = canvas.beginText()
    text.setTextRenderMode(3)  # invisible: found and selected, never seen
    for block in group_lines(page.words):
        for paragraph in block:
            for line in paragraph:
                # One baseline and size per line, from the line's box: words of one line stay
                # on one line when a reader extracts the text.
                boxes = [transform.map_box(word.box) for word in line]
                top = min(b[1] for b in boxes)
                bottom = max(b[1] + b[3] for b in boxes)
                size = max((bottom - top) * scale, 1.0)
                baseline = height_pt - bottom * scale + 0.2 * size
                for word, (x, _y, w, h) in zip(line, boxes, strict=True):
                    natural = stringWidth(word.text, TEXT_LAYER, size)
                    if w <= 0 or h <= 0 or natural <= 0:
                        continue
                    text.setFont(TEXT_LAYER, size)
                    text.setHorizScale(100.0 * (w * scale) / natural)
                    text.setTextOrigin(x * scale, baseline)
                    # The trailing space keeps words apart when a reader extracts the text.
                    text.textOut(word.text + " ")
                    words += 1
    canvas.drawText(text)
    canvas.showPage()
    return words


def export_searchable_pdf(
    catalog: Catalog,
    document_id: int,
    out: Path,
    *,
    progress: ProgressCallback = ignore_progress,
    cancel: CancelToken | None = None,
) -> PdfReport:
    """Write the document's pages as a searchable PDF to `out` (complete or not at all)."""
    register_fonts()
    detail = get_document(catalog, document_id)
    page_ids = document_page_ids(catalog, document_id)
    if not page_ids:
        raise ExportError(out, f"document {document_id} has no pages to put in a PDF")
    out = Path(out)
    total_words = 0
    without_text: list[int] = []
    drawn = io.BytesIO()
    title = detail.summary.title or f"Document {document_id}"
    canvas = pdf_canvas.Canvas(drawn, pageCompression=1, invariant=1, initialFontName=TEXT_LAYER)
    canvas.setTitle(title)
    canvas.setAuthor(detail.summary.issuer)
    canvas.setCreator(f"Spravka {__version__}")
    canvas.setSubject(DESCRIPTION)
    for done, page_id in enumerate(page_ids, start=1):
        if cancel:
            cancel.raise_if_cancelled()
        page = load_page(catalog, page_id)
        words = _draw_page(canvas, catalog, page)
        if words == 0:
            without_text.append(page.seq)
        total_words += words
        progress(Progress(done, len(page_ids), f"page {page.seq}"))
    canvas.save()
    data = to_pdfa(drawn.getvalue(), document_metadata(detail, title))
    with atomic_output(out) as handle:
        handle.write(data)
    return PdfReport(out, len(page_ids), total_words, tuple(without_text))
