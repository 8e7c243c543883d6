"""The inbox: a folder a scanner (or a person) saves into, whose files are imported once each.

Every file seen is recorded in `InboxFile` by path, size and modification time, in the same
transaction as the pages made from it: a file is imported exactly once, even if the program is
killed half-way, and a file that failed is not tried again until it changes (a new size or
time is a new file). A file modified in the last moments is left for the next round, as the
scanner may still be writing it. Files are never moved or deleted: the inbox is the person's.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from catalog import models
from catalog.db import Catalog
from catalog.defaults import DEFAULT_INTERVAL_SECONDS, DEFAULT_SETTLE_SECONDS
from catalog.errors import InvalidInput
from catalog.importing.pipeline import Batch, FileOutcome, check_options
from catalog.importing.prepare import DEFAULT_PDF_DPI, PreparedFile
from catalog.importing.report import ImportProblem, ImportReport
from catalog.importing.sources import SourceFile, walk_folder
from catalog.progress import CancelToken, Progress, ProgressCallback, ignore_progress

_QUERY_CHUNK = 500


@dataclass(frozen=True)
class InboxReport:
    report: ImportReport
    # Files recorded in an earlier round and unchanged since: not looked at again.
    already_seen: int = 0
    # Files changed too recently to be complete; the next round takes them.
    waiting: tuple[str, ...] = ()

    def summary(self) -> str:
        waiting = f"; {len(self.waiting)} still being written" if self.waiting else ""
        return f"{self.report.summary()}; {self.already_seen} seen before{waiting}"


@dataclass(frozen=True)
class _Key:
    path: str
    size: int
    mtime_ns: int


def _key(path: Path) -> _Key:
    try:
        info = path.stat()
    except OSError:
        info = path.lstat()  # a dangling link: recorded (and reported) once, like any file
    return _Key(os.fspath(path.absolute()), info.st_size, info.st_mtime_ns)


def _seen(session: Session, keys: list[_Key]) -> set[tuple[str, int, int]]:
    seen: set[tuple[str, int, int]] = set()
    paths = sorted({key.path for key in keys})
    for start in range(0, len(paths), _QUERY_CHUNK):
        chunk = paths[start : start + _QUERY_CHUNK]
        rows = session.execute(
            select(models.InboxFile.path, models.InboxFile.size, models.InboxFile.mtime_ns).where(
                models.InboxFile.path.in_(chunk)
            )
        )
        seen.update((path, size, mtime) for path, size, mtime in rows)
    return seen


def import_inbox_once(
    catalog: Catalog,
    folder: str | os.PathLike[str],
    *,
    person_id: int | None = None,
    kind: str | None = None,
    dpi: int = DEFAULT_PDF_DPI,
    jobs: int | None = None,
    deskew: bool = False,
    settle_seconds: float = DEFAULT_SETTLE_SECONDS,
    progress: ProgressCallback = ignore_progress,
    cancel: CancelToken | None = None,
) -> InboxReport:
    """Import the files of the inbox folder (and its sub-folders) not imported before."""
    root = Path(folder).expanduser()
    if not root.is_dir():
        raise InvalidInput(os.fspath(root), "the inbox is not a folder, or cannot be opened")
    options = check_options(
        catalog, person_id=person_id, kind=kind, dpi=dpi, jobs=jobs, deskew=deskew
    )
    problems: list[ImportProblem] = []
    files = walk_folder(root, problems)
    keys = {file: _key(file) for file in files}
    with catalog.read() as session:
        seen = _seen(session, list(keys.values()))
    fresh_after = time.time_ns() - int(settle_seconds * 1e9)
    sources: list[SourceFile] = []
    waiting: list[str] = []
    already = 0
    for file, key in keys.items():
        if (key.path, key.size, key.mtime_ns) in seen:
            already += 1
        elif key.mtime_ns > fresh_after:
            waiting.append(os.fspath(file))
        else:
            sources.append(SourceFile(file, file.relative_to(root).as_posix()))

    def record_seen(
        session: Session, source: SourceFile, prepared: PreparedFile, outcome: FileOutcome
    ) -> None:
        key = keys[source.path]
        session.add(
            models.InboxFile(
                path=key.path,
                size=key.size,
                mtime_ns=key.mtime_ns,
                sha256=prepared.sha256,
                document_id=outcome.document_id,
                error=outcome.error,
            )
        )

    batch = Batch(catalog, options, progress=progress, cancel=cancel, hook=record_seen)
    for problem in problems:
        batch.problem(problem.path, problem.reason)
    report = batch.run(sources) if sources or problems else ImportReport()
    return InboxReport(report=report, already_seen=already, waiting=tuple(waiting))


def _merge(total: ImportReport, more: ImportReport) -> ImportReport:
    return replace(
        total,
        documents=total.documents + more.documents,
        pages=total.pages + more.pages,
        duplicates=total.duplicates + more.duplicates,
        errors=total.errors + more.errors,
        notes=total.notes + more.notes,
        files=total.files + more.files,
        cancelled=more.cancelled,
    )


def watch_inbox(
    catalog: Catalog,
    folder: str | os.PathLike[str],
    *,
    interval: float = DEFAULT_INTERVAL_SECONDS,
    on_round: Callable[[InboxReport], None] | None = None,
    cancel: CancelToken | None = None,
    progress: ProgressCallback = ignore_progress,
    **options: object,
) -> ImportReport:
    """Look at the inbox every `interval` seconds and import what is new, until `cancel`.
    Polling, not file-system events: it works the same on network shares, where scanners
    often save and where change notifications do not arrive. Returns everything imported."""
    if interval <= 0:
        raise InvalidInput("interval", "the interval is a positive number of seconds")
    cancel = cancel or CancelToken()
    total = ImportReport()
    first = True
    while not cancel.cancelled:
        try:
            result = import_inbox_once(
                catalog,
                folder,
                progress=progress,
                cancel=cancel,
                **options,  # type: ignore[arg-type]
            )
        except InvalidInput as gone:
            if first:
                raise  # a wrong folder is said at once
            # A network share that dropped, a card taken out: say so and keep looking.
            progress(Progress(0, 0, "", item_error=str(gone)))
            cancel.wait(interval)
            continue
        first = False
        total = _merge(total, result.report)
        if on_round is not None:
            on_round(result)
        if result.report.files == 0:
            progress(Progress(0, 0, "waiting for new files"))
        cancel.wait(interval)
    return replace(total, cancelled=True)
