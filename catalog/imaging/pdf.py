"""PDF pages rendered to page images with PDFium (pypdfium2), one page in memory at a time.

Each page is rendered at the chosen resolution (300 dpi unless told otherwise) and handed to the
caller's sink, which stores it as a lossless image; a page with no colour is handed over grey, a
third of the size. A password-protected PDF cannot be read without its password, and Spravka
never asks for one in a batch: the message says how to make an unprotected copy.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Protocol, TypeVar

import numpy as np
from PIL import Image

from catalog.imaging.decoding import FileProblem, bomb_check


class PdfTask(Protocol):
    """What rendering needs of an import's task (`catalog.importing.prepare.PrepareTask`)."""

    @property
    def path(self) -> str: ...
    @property
    def display(self) -> str: ...
    @property
    def dpi(self) -> int: ...
    @property
    def pages(self) -> tuple[int, int] | None: ...


# What the caller's sink makes of each rendered page (the import stores it and describes it).
Page = TypeVar("Page")

MIN_DPI = 50
MAX_DPI = 1200

# pypdfium2's error codes (FPDF_ERR_*) in words.
PDFIUM_ERRORS = {
    1: "an unknown error in the PDF",
    2: "the file cannot be opened",
    3: "damaged, or not a PDF at all: its structure cannot be read",
    4: "the PDF is protected by a password: open it in a PDF reader, save a copy without the "
    "password, and import that",
    5: "the PDF uses a security scheme PDFium does not support",
    6: "the page is damaged",
}


def _open(path: Path):  # type: ignore[no-untyped-def]
    import pypdfium2 as pdfium

    try:
        return pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        code = getattr(exc, "err_code", None)
        reason = PDFIUM_ERRORS.get(code) if code is not None else None
        if code == 3:
            raise FileProblem(f"the PDF is {reason}") from None
        raise FileProblem(reason or f"cannot be read as a PDF ({exc})") from None


def page_count(path: Path) -> int | None:
    """The number of pages, or None when the PDF cannot be opened (the import then reports
    why, from a worker, like any other problem)."""
    import pypdfium2 as pdfium

    try:
        document = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError:
        return None
    try:
        return len(document)
    finally:
        document.close()


def _is_grey(image: Image.Image) -> bool:
    pixels = np.asarray(image)
    return bool(
        (pixels[..., 0] == pixels[..., 1]).all() and (pixels[..., 1] == pixels[..., 2]).all()
    )


def prepare_pdf(task: PdfTask, sink: Callable[[Image.Image, str, int | None], Page]) -> list[Page]:
    dpi = task.dpi
    if not MIN_DPI <= dpi <= MAX_DPI:
        raise FileProblem(f"a PDF is rendered at {MIN_DPI} to {MAX_DPI} dpi, not {dpi}")
    document = _open(Path(task.path))
    try:
        count = len(document)
        if count == 0:
            raise FileProblem("the PDF has no pages")
        start, stop = task.pages or (0, count)
        pages = []
        for index in range(start, min(stop, count)):
            page = document[index]
            try:
                width_pt, height_pt = page.get_size()
                scale = dpi / 72.0
                bomb_check(
                    round(width_pt * scale),
                    round(height_pt * scale),
                    what=f"page {index + 1} at {dpi} dpi",
                )
                bitmap = page.render(scale=scale, may_draw_forms=True)
                image = bitmap.to_pil()
                if image.mode == "RGBA":
                    image = image.convert("RGB")
                if image.mode == "RGB" and _is_grey(image):
                    image = image.convert("L")
            finally:
                page.close()
            pages.append(sink(image, f"{task.display}, page {index + 1}", dpi))
            del image, bitmap  # one rendered page in memory at a time
        return pages
    finally:
        document.close()
