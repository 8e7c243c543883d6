"""OCR of Russian (and Ukrainian, English…) page images with Tesseract.

- `tesseract_status()` / `require_tesseract()`: is OCR usable here, and what to install if not.
- `ocr_image(path)`: one image file through the catalogue's pipeline, nothing stored.
- `ocr_pages(catalog, ...)`: every page still needing OCR, in parallel, resumable.
- `pending_page_ids(catalog)`: which pages those are.

The pipeline: `catalog.ocr.preprocess` (sheet, neighbouring page, working resolution, stamps,
paper, skew) -> `catalog.ocr.engine` (Tesseract through pytesseract, TSV) -> `catalog.ocr.tsv`
(words with boxes mapped back to the original image, block/paragraph/line structure).
"""

from __future__ import annotations

from catalog.ocr.batch import OcrReport, default_jobs, ocr_pages, pending_page_ids
from catalog.ocr.engine import OcrFailed
from catalog.ocr.pipeline import OcrResult, OcrSettings, ocr_image
from catalog.ocr.tesseract import (
    DEFAULT_LANGUAGES,
    TesseractStatus,
    TesseractUnavailable,
    require_tesseract,
    tesseract_status,
)

__all__ = [
    "DEFAULT_LANGUAGES",
    "OcrFailed",
    "OcrReport",
    "OcrResult",
    "OcrSettings",
    "TesseractStatus",
    "TesseractUnavailable",
    "default_jobs",
    "ocr_image",
    "ocr_pages",
    "pending_page_ids",
    "require_tesseract",
    "tesseract_status",
]
