"""`spravka export alto|hocr|text`: transcriptions of pages as files other archival tools read.

ALTO and hOCR are written one file per page, named `<document>-<page>.xml` / `.hocr` after the
catalogue's document id and the page number; plain text is one UTF-8 file for the pages chosen,
pages separated by a form feed (the page break `pdftotext` and most tools use).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from catalog.db import Catalog
from catalog.io.alto import page_alto
from catalog.io.files import atomic_output, ensure_folder, write_bytes
from catalog.io.hocr import page_hocr
from catalog.io.pagedata import PageText, load_page, resolve_page_ids
from catalog.io.privacy import refuse_private_pages
from catalog.progress import CancelToken, Progress, ProgressCallback, ignore_progress

PAGE_BREAK = "\f"


@dataclass(frozen=True)
class PagesExportReport:
    files: tuple[Path, ...]
    pages: int
    # Pages written without any text (not transcribed yet), by (document id, page number).
    untranscribed: tuple[tuple[int, int], ...]

    def summary(self) -> str:
        text = f"wrote {self.pages} page(s) to {len(self.files)} file(s)"
        if self.untranscribed:
            text += f"; {len(self.untranscribed)} page(s) have no transcription yet"
        return text


def page_file_name(page: PageText, suffix: str) -> str:
    return f"{page.document_id}-{page.seq:03d}{suffix}"


def _per_page(
    catalog: Catalog,
    out_dir: Path,
    page_ids: list[int],
    render: Callable[[PageText], bytes],
    suffix: str,
    progress: ProgressCallback,
    cancel: CancelToken | None,
) -> PagesExportReport:
    folder = ensure_folder(out_dir)
    files: list[Path] = []
    empty: list[tuple[int, int]] = []
    for done, page_id in enumerate(page_ids, start=1):
        if cancel:
            cancel.raise_if_cancelled()
        page = load_page(catalog, page_id)
        if not page.text.strip() and not page.words:
            empty.append((page.document_id, page.seq))
        files.append(write_bytes(folder / page_file_name(page, suffix), render(page)))
        progress(Progress(done, len(page_ids), f"page {page.seq} of document {page.document_id}"))
    return PagesExportReport(tuple(files), len(page_ids), tuple(empty))


def export_alto(
    catalog: Catalog,
    out_dir: Path,
    *,
    document_id: int | None = None,
    page_ids: list[int] | None = None,
    progress: ProgressCallback = ignore_progress,
    cancel: CancelToken | None = None,
    include_private: bool = False,
) -> PagesExportReport:
    """One ALTO v4 file per page of a document (or of the pages named) in `out_dir`."""
    ids = resolve_page_ids(catalog, document_id=document_id, page_ids=page_ids)
    refuse_private_pages(catalog, ids, out_dir, include_private)
    return _per_page(catalog, Path(out_dir), ids, page_alto, ".xml", progress, cancel)


def export_hocr(
    catalog: Catalog,
    out_dir: Path,
    *,
    document_id: int | None = None,
    page_ids: list[int] | None = None,
    language: str = "ru",
    progress: ProgressCallback = ignore_progress,
    cancel: CancelToken | None = None,
    include_private: bool = False,
) -> PagesExportReport:
    """One hOCR file per page of a document (or of the pages named) in `out_dir`."""
    ids = resolve_page_ids(catalog, document_id=document_id, page_ids=page_ids)
    refuse_private_pages(catalog, ids, out_dir, include_private)
    return _per_page(
        catalog,
        Path(out_dir),
        ids,
        lambda page: page_hocr(page, language),
        ".hocr",
        progress,
        cancel,
    )


def export_text(
    catalog: Catalog,
    out: Path,
    *,
    document_id: int | None = None,
    page_ids: list[int] | None = None,
    progress: ProgressCallback = ignore_progress,
    cancel: CancelToken | None = None,
    include_private: bool = False,
) -> PagesExportReport:
    """The current transcription of each page in one UTF-8 file, pages separated by form feeds."""
    ids = resolve_page_ids(catalog, document_id=document_id, page_ids=page_ids)
    refuse_private_pages(catalog, ids, out, include_private)
    empty: list[tuple[int, int]] = []
    out = Path(out)
    with atomic_output(out, "w", encoding="utf-8", newline="\n") as handle:
        for done, page_id in enumerate(ids, start=1):
            if cancel:
                cancel.raise_if_cancelled()
            page = load_page(catalog, page_id)
            if done > 1:
                handle.write(PAGE_BREAK)
            text = page.text.rstrip("\n")
            if not text.strip():
                empty.append((page.document_id, page.seq))
            handle.write(text + "\n" if text else "")
            progress(Progress(done, len(ids), f"page {page.seq}"))
    return PagesExportReport((out,), len(ids), tuple(empty))
