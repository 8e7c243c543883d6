"""`import_paths`: files and folders into documents and pages.

Work is split by what pays: hashing, decoding, storing blobs and making thumbnails run on
worker processes (`pool.prepare_all`); the database is written here, in the main process, one
transaction per file. A bad file is reported and never affects the others; a kill loses at most
the file whose transaction was open. Each page image is forced to disk by its worker before its
row is written; the rows themselves are forced to disk every two seconds rather than per file
(`Catalog.bulk_writes`), so a power cut can cost the last seconds of a batch, which running the
import again redoes. Blobs a worker stored for a file that was then never recorded are harmless
(content-addressed, unreferenced) and can be collected later.
"""

from __future__ import annotations

import contextlib
import math
import os
import stat
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from catalog import models
from catalog.db import Catalog
from catalog.errors import CatalogError, InvalidInput, NotFound
from catalog.imaging import cache
from catalog.imaging.formats import HEAD_SIZE, sniff
from catalog.imaging.pdf import page_count
from catalog.importing.pool import default_jobs, prepare_all
from catalog.importing.prepare import DEFAULT_PDF_DPI, PreparedFile, PrepareTask, prepare_file
from catalog.importing.report import (
    DuplicatePage,
    ImportedPage,
    ImportProblem,
    ImportReport,
    ReportBuilder,
)
from catalog.importing.sources import SourceFile, expand
from catalog.progress import CancelToken, Progress, ProgressCallback, ignore_progress
from catalog.services import documents as document_service
from catalog.services import validate
from catalog.vocab import DocumentKind, LinkRole

# A PDF longer than this is shared out between workers in page ranges.
PDF_PAGES_PER_TASK = 4

# Called inside each file's transaction, after its pages are written (the inbox records the
# file there, so that "imported" and "recorded as seen" commit together).
FileHook = Callable[[Session, SourceFile, PreparedFile, "FileOutcome"], None]


@dataclass(frozen=True)
class ImportOptions:
    person_id: int | None = None
    kind: str = DocumentKind.OTHER.value
    # Add every page to this existing document instead of making new ones.
    document_id: int | None = None
    dpi: int = DEFAULT_PDF_DPI
    deskew: bool = False
    jobs: int = 1


@dataclass(frozen=True)
class FileOutcome:
    """What became of one file: the document its pages are in (new or existing), or why not."""

    document_id: int | None
    error: str = ""


def check_options(
    catalog: Catalog,
    *,
    person_id: int | None,
    kind: str | None,
    dpi: int,
    jobs: int | None,
    deskew: bool,
    document_id: int | None = None,
) -> ImportOptions:
    """Refuse bad options before any file is touched."""
    kind_value = validate.enum_value("kind", kind or DocumentKind.OTHER.value, DocumentKind)
    with catalog.read() as session:
        if person_id is not None and session.get(models.Person, person_id) is None:
            raise NotFound("person", person_id)
        if document_id is not None and session.get(models.Document, document_id) is None:
            raise NotFound("document", document_id)
    if not 50 <= dpi <= 1200:
        raise InvalidInput("dpi", "the PDF resolution is 50 to 1200 dpi")
    if jobs is not None and jobs < 1:
        raise InvalidInput("jobs", "at least one worker")
    return ImportOptions(
        person_id=person_id,
        kind=kind_value,
        document_id=document_id,
        dpi=dpi,
        deskew=deskew,
        jobs=jobs or default_jobs(),
    )


class Batch:
    """One run of an import: prepares files on workers and records each in its transaction."""

    def __init__(
        self,
        catalog: Catalog,
        options: ImportOptions,
        *,
        progress: ProgressCallback = ignore_progress,
        cancel: CancelToken | None = None,
        hook: FileHook | None = None,
    ) -> None:
        self.catalog = catalog
        self.options = options
        self.progress = progress
        self.cancel = cancel
        self.hook = hook
        self.report = ReportBuilder()
        self.group_documents: dict[str, int] = {}
        self.done = 0
        self.total: int | None = None

    def task_for(self, source: SourceFile, *, shortcut: bool = True) -> PrepareTask:
        return PrepareTask(
            path=os.fspath(source.path),
            display=source.display,
            blob_root=os.fspath(self.catalog.blobs.root),
            cache_root=os.fspath(cache.cache_root(self.catalog.folder)),
            dpi=self.options.dpi,
            deskew=self.options.deskew,
            catalog_db=os.fspath(self.catalog.db_path) if shortcut else None,
        )

    def problem(self, path: str, reason: str) -> None:
        problem = ImportProblem(path, reason)
        self.report.errors.append(problem)
        self.progress(Progress(self.done, self.total, "", item_error=str(problem)))

    def tasks_for(self, source: SourceFile) -> list[PrepareTask]:
        """One task per file; a long PDF is shared out between the workers by page ranges,
        as its pages are the slow part (each rendered and compressed)."""
        task = self.task_for(source)
        if self.options.jobs <= 1 or not _looks_like_pdf(source.path):
            return [task]
        count = page_count(source.path)
        if count is None or count <= PDF_PAGES_PER_TASK:
            return [task]
        size = max(PDF_PAGES_PER_TASK, math.ceil(count / (self.options.jobs * 4)))
        return [
            replace(task, pages=(start, min(start + size, count)))
            for start in range(0, count, size)
        ]

    def run(self, sources: list[SourceFile]) -> ImportReport:
        self.total = len(sources)
        self.report.files += len(sources)
        self.progress(Progress(0, self.total, "preparing"))
        plan = [(index, task) for index, s in enumerate(sources) for task in self.tasks_for(s)]
        results = prepare_all([t for _, t in plan], jobs=self.options.jobs, cancel=self.cancel)
        parts: list[PreparedFile] = []
        # Files stay where they are: a power cut may cost the last seconds of the batch (run
        # again, they are redone), while a disk flush per file would halve the import's speed.
        with self.catalog.bulk_writes(), contextlib.closing(results):
            for position, ((index, _task), part) in enumerate(zip(plan, results, strict=False)):
                parts.append(part)
                if position + 1 < len(plan) and plan[position + 1][0] == index:
                    continue  # more pages of the same PDF to come
                source = sources[index]
                self.record(source, _merged(parts))
                parts = []
                self.done += 1
                self.progress(Progress(self.done, self.total, source.display))
                if self.cancel is not None and self.cancel.cancelled:
                    break
        if self.done < len(sources):
            self.report.cancelled = True
        return self.report.build()

    # -- recording one file --------------------------------------------------------------------

    def record(self, source: SourceFile, prepared: PreparedFile) -> None:
        for note in prepared.notes:
            self.report.notes.append(ImportProblem(os.fspath(source.path), note))
        known = prepared.error is None and any(p.known for p in prepared.pages)
        if known and not self._all_known(prepared):
            # The page the worker saw was deleted since: prepare the file in full.
            prepared = prepare_file(self.task_for(source, shortcut=False))
        if prepared.error is not None:
            self.problem(os.fspath(source.path), prepared.error)
            if self.hook is not None:
                error = prepared.error
                self._write(source, prepared, lambda _session, _staged: FileOutcome(None, error))
            return
        self._write(
            source,
            prepared,
            lambda session, staged: self._pages(session, source, prepared, staged),
        )

    def _all_known(self, prepared: PreparedFile) -> bool:
        shas = {page.sha256 for page in prepared.pages}
        with self.catalog.read() as session:
            return len(_existing_pages(session, shas)) == len(shas)

    def _write(
        self,
        source: SourceFile,
        prepared: PreparedFile,
        body: Callable[[Session, ReportBuilder], FileOutcome],
    ) -> None:
        staged = ReportBuilder()
        try:
            with self.catalog.write() as session:
                outcome = body(session, staged)
                if self.hook is not None:
                    self.hook(session, source, prepared, outcome)
        except CatalogError:
            raise  # the catalogue itself cannot be written: no later file could be either
        except Exception as exc:
            self.problem(os.fspath(source.path), f"could not be recorded ({exc})")
            return
        # Committed: only now does the report (and the group's document) take it in.
        self.report.duplicates.extend(staged.duplicates)
        self.report.notes.extend(staged.notes)
        for document_id, imported in staged.documents.items():
            pages = [p for p in staged.pages if p.document_id == document_id]
            self.report.add_pages(document_id, imported.title, imported.created, pages)
            if source.group is not None:
                self.group_documents[source.group] = document_id

    def _pages(
        self, session: Session, source: SourceFile, prepared: PreparedFile, staged: ReportBuilder
    ) -> FileOutcome:
        # Few statements per file: the catalogue is written by this one process while the
        # workers run ahead, so its time per file bounds the whole import.
        shas = {page.sha256 for page in prepared.pages}
        existing = _existing_pages(session, shas)
        if len(existing) == len(shas):
            # Every page is in the catalogue already (an earlier import, or earlier in this
            # batch): nothing is stored twice; the report says where each one is.
            for page in prepared.pages:
                found = existing[page.sha256]
                staged.duplicates.append(_duplicate(source, page.origin_name, page.sha256, found))
            return FileOutcome(existing[prepared.pages[0].sha256].document_id)
        missing = [sha for sha in shas if not self.catalog.blobs.exists(sha)]
        if missing:
            raise RuntimeError(f"the image {missing[0]} is missing from the blob store")
        registered = set(
            session.scalars(select(models.Blob.sha256).where(models.Blob.sha256.in_(shas)))
        )
        document, created = self._document(session, source)
        seq = 0
        if not created:
            last = select(func.max(models.Page.seq)).where(models.Page.document_id == document.id)
            seq = session.scalar(last) or 0
        pages: list[models.Page] = []
        for page in prepared.pages:
            found = existing.get(page.sha256)
            if found is not None:
                # Part of a file with new pages: kept, so the document stays whole.
                staged.notes.append(
                    ImportProblem(
                        os.fspath(source.path),
                        f"{page.origin_name}: the same image as page {found.seq} of document "
                        f"{found.document_id}; kept as a page of this document too",
                    )
                )
            if page.sha256 not in registered:
                session.add(
                    models.Blob(sha256=page.sha256, size=page.size, media_type=page.media_type)
                )
                registered.add(page.sha256)
            seq += 1
            row = models.Page(
                seq=seq,
                blob_sha256=page.sha256,
                width=page.width,
                height=page.height,
                dpi=page.dpi,
                processing=page.processing or None,
                origin_name=page.origin_name,
            )
            if created:
                document.pages.append(row)
            else:  # appending to the collection would load all the document's pages first
                row.document_id = document.id
                session.add(row)
            pages.append(row)
        if len(shas) < len(prepared.pages):
            staged.notes.append(
                ImportProblem(os.fspath(source.path), "the file repeats a page image (kept)")
            )
        session.flush()
        staged.add_pages(
            document.id,
            document.title,
            created,
            [
                ImportedPage(p.id, document.id, p.seq, page.sha256, p.origin_name)
                for p, page in zip(pages, prepared.pages, strict=True)
            ],
        )
        return FileOutcome(document.id)

    def _document(self, session: Session, source: SourceFile) -> tuple[models.Document, bool]:
        if self.options.document_id is not None:
            document = session.get(models.Document, self.options.document_id)
            if document is None:
                raise NotFound("document", self.options.document_id)
            if self.options.person_id is not None:
                document_service.link(session, document, self.options.person_id, LinkRole.SUBJECT)
            return document, False
        if source.group is not None and source.group in self.group_documents:
            document = session.get(models.Document, self.group_documents[source.group])
            if document is not None:
                return document, False
        title = source.group_title if source.group is not None else Path(source.display).stem
        document = models.Document(kind=self.options.kind, title=title)
        session.add(document)
        if self.options.person_id is not None:
            document_service.link(session, document, self.options.person_id, LinkRole.SUBJECT)
        return document, True


def _looks_like_pdf(path: Path) -> bool:
    try:
        # Only regular files: opening a named pipe would wait for a writer forever.
        if not stat.S_ISREG(path.stat().st_mode):
            return False
        with open(path, "rb") as handle:
            return sniff(handle.read(HEAD_SIZE)).kind == "pdf"
    except OSError:
        return False


def _merged(parts: list[PreparedFile]) -> PreparedFile:
    """The parts of one file prepared by several workers, as one; any part's failure is the
    whole file's (a document is imported whole or not at all)."""
    first = parts[0]
    if len(parts) == 1:
        return first
    failed = next((part for part in parts if part.error is not None), None)
    return replace(
        first,
        pages=() if failed else tuple(page for part in parts for page in part.pages),
        error=failed.error if failed else None,
        notes=tuple(note for part in parts for note in part.notes),
    )


@dataclass(frozen=True)
class _Found:
    document_id: int
    page_id: int
    seq: int


def _existing_pages(session: Session, shas: set[str]) -> dict[str, _Found]:
    """For each image already in the catalogue, its first page."""
    rows = session.execute(
        select(models.Page.blob_sha256, models.Page.document_id, models.Page.id, models.Page.seq)
        .where(models.Page.blob_sha256.in_(shas))
        .order_by(models.Page.id.desc())
    )
    return {sha: _Found(document_id, page_id, seq) for sha, document_id, page_id, seq in rows}


def _duplicate(source: SourceFile, origin: str, sha256: str, found: _Found) -> DuplicatePage:
    return DuplicatePage(
        path=os.fspath(source.path),
        origin_name=origin,
        sha256=sha256,
        document_id=found.document_id,
        page_id=found.page_id,
        page_seq=found.seq,
    )


def import_paths(
    catalog: Catalog,
    paths: Iterable[str | os.PathLike[str]],
    *,
    person_id: int | None = None,
    kind: str | None = None,
    group: bool = False,
    dpi: int = DEFAULT_PDF_DPI,
    jobs: int | None = None,
    deskew: bool = False,
    document_id: int | None = None,
    progress: ProgressCallback = ignore_progress,
    cancel: CancelToken | None = None,
) -> ImportReport:
    """Import image files, multi-page TIFFs, PDFs and folders of them.

    One document per file, or with `group` one per folder (files named directly together form
    one more), or every page added to the existing document `document_id`. `person_id` links
    each document to that person as its subject; `deskew`
    measures each page's skew and stores it as the page's `deskew` processing parameter.
    Problems with single files are reported in the result (and through `progress`), never
    raised; bad options, and a catalogue that cannot be written, are raised.
    """
    options = check_options(
        catalog,
        person_id=person_id,
        kind=kind,
        dpi=dpi,
        jobs=jobs,
        deskew=deskew,
        document_id=document_id,
    )
    sources, problems = expand(paths, group=group)
    batch = Batch(catalog, options, progress=progress, cancel=cancel)
    for problem in problems:
        batch.problem(problem.path, problem.reason)
    return batch.run(sources)
