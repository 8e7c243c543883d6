"""OCR of Russian (and Ukrainian, English…) page images with Tesseract.

- `tesseract_status()` / `require_tesseract()`: is OCR usable here, and what to install if not.
- `ocr_image(path)`: one image file through the catalogue's pipeline, nothing stored.
- `ocr_pages(catalog, ...)`: every page still needing OCR, in parallel, resumable.
- `pending_page_ids(catalog)`: which pages those are.

The pipeline: `catalog.ocr.preprocess` (sheet, neighbouring page, working resolution, stamps,
paper, skew) -> `catalog.ocr.engine` (Tesseract through pytesseract, TSV) -> `catalog.ocr.tsv`
(words with boxes mapped back to the original image, block/paragraph/line structure).

Names are imported on first use, so that `import catalog.ocr.tesseract` (the CLI, a status
check) does not load numpy, scipy and the image pipeline.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

_EXPORTS = {
    "OcrReport": "catalog.ocr.batch",
    "default_jobs": "catalog.ocr.batch",
    "ocr_pages": "catalog.ocr.batch",
    "pending_page_ids": "catalog.ocr.batch",
    "OcrFailed": "catalog.ocr.engine",
    "OcrResult": "catalog.ocr.pipeline",
    "OcrSettings": "catalog.ocr.pipeline",
    "ocr_image": "catalog.ocr.pipeline",
    "DEFAULT_LANGUAGES": "catalog.ocr.tesseract",
    "TesseractStatus": "catalog.ocr.tesseract",
    "TesseractUnavailable": "catalog.ocr.tesseract",
    "require_tesseract": "catalog.ocr.tesseract",
    "tesseract_status": "catalog.ocr.tesseract",
}

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

if TYPE_CHECKING:
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


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'catalog.ocr' has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)
