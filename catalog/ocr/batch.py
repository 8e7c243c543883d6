"""OCR of many catalogue pages at once: one page per process, one process per core.

Workers are separate Python processes (started fresh, "spawn", so no database connection or
image is inherited) that each read one page at a time: decode the blob, process, prepare, run a
single-threaded Tesseract, map the words back. They receive a `PageJob` (page id, blob path,
processing parameters) and return plain results; only this parent process touches the
catalogue, writing each page in its own transaction as soon as it arrives. The parent never
holds an image, so memory stays flat however many pages a batch has.

Cancellation stops handing out pages; pages already being read are finished and stored. A kill
loses at most those pages, and the next run picks up the rest (`catalog.ocr.queue`).
"""

from __future__ import annotations

import os
import shutil
import signal
import time
from collections import deque
from collections.abc import Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import dataclass
from multiprocessing import get_context
from pathlib import Path

from catalog.db import Catalog
from catalog.errors import SpravkaError
from catalog.imaging.probe import BadImage
from catalog.lifecycle import follow_parent, work_folder
from catalog.ocr.engine import DEFAULT_PSM, use_work_folder
from catalog.ocr.page_guard import PLAIN
from catalog.ocr.pipeline import OcrResult, OcrSettings, base_settings_key, recognise_page
from catalog.ocr.queue import PageJob, page_job, pending_pages, store_result
from catalog.ocr.tesseract import DEFAULT_LANGUAGES, require_tesseract
from catalog.progress import CancelToken, Progress, ProgressCallback, ignore_progress

# A worker process is replaced after this many pages, returning any memory it gathered.
PAGES_PER_WORKER = 40
# How often the parent looks at the cancel token while pages are being read.
POLL_SECONDS = 0.2


@dataclass(frozen=True)
class OcrReport:
    engine: str  # "tesseract 5.3.0"
    engine_settings: str  # the key shared by this run's pages (without per-page processing)
    pending: int  # pages that needed reading when the run began
    read: tuple[int, ...]  # ids of pages read and stored, in the order they finished
    errors: tuple[tuple[int, str], ...]  # (page id, what went wrong)
    skipped: int  # pages gone, or stored by another run meanwhile
    cancelled: bool
    seconds: float
    # Pages whose prepared image read clearly worse than the plain one, so the plain reading
    # was kept (catalog.ocr.page_guard).
    plain: tuple[int, ...] = ()


# What one page being read may take, the worker and its Tesseract together, for a large
# scan (measured: about 400 MB for a 16-megapixel colour page).
MEMORY_PER_JOB = 450 * 1024 * 1024


def default_jobs() -> int:
    """One job per core available to this process, fewer if memory would not hold them."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    try:
        available = os.sysconf("SC_AVPHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
    except (AttributeError, ValueError, OSError):  # not available on this system
        return max(1, cores)
    return max(1, min(cores, available // MEMORY_PER_JOB))


def _start_worker(work: str | None = None) -> None:
    # Ctrl-C in a terminal reaches the whole process group: the parent decides what stops
    # (see the CLI), so workers, and the Tesseract processes they start, ignore it. Workers
    # are started with SIGINT blocked (`_sigint_blocked`), so one arriving while this process
    # was still importing waits, and is discarded here.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
    # The batch's parallelism is one process per page; threads inside each would only compete.
    os.environ["OMP_THREAD_LIMIT"] = "1"
    # A killed parent takes its workers and their Tesseract with it (no orphans starting new
    # pages); page copies go to the run's folder in the catalogue's cache, not the system's.
    follow_parent()
    if work is not None:
        use_work_folder(Path(work))


@contextmanager
def _sigint_blocked() -> Iterator[None]:
    """Block SIGINT in this thread while worker processes may be started: they, and the pool's
    manager thread started here (which starts replacement workers), inherit the block."""
    if not hasattr(signal, "pthread_sigmask"):  # Windows: nothing to inherit
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def _read_page(
    job: PageJob, settings: OcrSettings, tesseract: str, version: str
) -> tuple[OcrResult | None, str | None]:
    """In a worker: the page's result, or the reason it could not be read."""
    try:
        result = recognise_page(
            job.blob_path,
            job.processing,
            settings=settings,
            tesseract=tesseract,
            version=version,
            what=job.what,
            dpi=job.dpi,
        )
    except BadImage as exc:
        return None, f"{job.what}: its image {exc.path} {exc.reason}"
    except SpravkaError as exc:
        return None, str(exc)
    except MemoryError:
        return None, f"{job.what}: the image is too large to read in the memory available"
    except Exception as exc:  # one bad page must not stop the batch; say what it was
        return None, f"{job.what}: {type(exc).__name__}: {exc}"
    return result, None


class _Pool:
    """A process pool that is started again if a worker dies (killed, out of memory)."""

    def __init__(self, workers: int, work: Path | None = None) -> None:
        self.workers = workers
        self.work = work
        self.executor = self._new()

    def _new(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            max_workers=self.workers,
            mp_context=get_context("spawn"),
            initializer=_start_worker,
            initargs=(str(self.work) if self.work else None,),
            max_tasks_per_child=PAGES_PER_WORKER,
        )

    def submit(
        self, job: PageJob, settings: OcrSettings, tesseract: str, version: str
    ) -> Future[tuple[OcrResult | None, str | None]]:
        with _sigint_blocked():
            return self.executor.submit(_read_page, job, settings, tesseract, version)

    def restart(self) -> None:
        self.executor.shutdown(wait=False, cancel_futures=True)
        self.executor = self._new()

    def close(self) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)

    def abort(self) -> None:
        """Stop now (a second Ctrl-C, an error): end the workers without waiting for their
        pages; their Tesseract processes finish on their own and exit."""
        processes = list(getattr(self.executor, "_processes", {}).values())
        self.executor.shutdown(wait=False, cancel_futures=True)
        for process in processes:
            if process.is_alive():
                process.terminate()


def ocr_pages(
    catalog: Catalog,
    *,
    document_id: int | None = None,
    page_ids: list[int] | None = None,
    languages: str = DEFAULT_LANGUAGES,
    jobs: int | None = None,
    psm: int = DEFAULT_PSM,
    progress: ProgressCallback = ignore_progress,
    cancel: CancelToken | None = None,
    again: bool = False,
) -> OcrReport:
    """Read every page (of a document, or of the given ids, or of the whole catalogue) that has
    no machine transcription for the current engine settings, and store the results. With
    `again`, the pages are read even if they were read before (a new version of their text)."""
    started = time.monotonic()
    settings = OcrSettings(languages=languages, psm=psm)
    status = require_tesseract(languages)
    todo = deque(
        pending_pages(
            catalog,
            status.version,
            settings,
            document_id=document_id,
            page_ids=page_ids,
            again=again,
        )
    )
    total = len(todo)
    read: list[int] = []
    plain: list[int] = []
    errors: list[tuple[int, str]] = []
    skipped = 0
    progress(Progress(0, total, "reading pages"))
    if total == 0:
        return OcrReport(
            status.engine, base_settings_key(status.version, settings), 0, (), (), 0, False, 0.0
        )

    def cancelled() -> bool:
        return cancel is not None and cancel.cancelled

    def finished(job: PageJob, error: str | None) -> None:
        if error is not None:
            errors.append((job.page_id, error))
        done = len(read) + len(errors) + skipped
        progress(Progress(done, total, job.what, item_error=error))

    workers = max(1, min(jobs or default_jobs(), total))
    work = work_folder(catalog.folder, "ocr")
    pool = _Pool(workers, work)
    running: dict[Future[tuple[OcrResult | None, str | None]], PageJob] = {}
    try:
        while todo or running:
            # Keep one page queued beyond the busy workers so none waits for the parent.
            while todo and len(running) <= workers and not cancelled():
                job = page_job(catalog, todo.popleft())
                if job is None:
                    skipped += 1
                    continue
                future = pool.submit(job, settings, status.path, status.version)
                running[future] = job
            if cancelled():
                todo.clear()
                for future in [f for f in running if f.cancel()]:
                    del running[future]
            if not running:
                break
            done, _ = wait(running, timeout=POLL_SECONDS, return_when=FIRST_COMPLETED)
            broken = False
            for future in done:
                job = running.pop(future)
                try:
                    result, error = future.result()
                except BrokenProcessPool:
                    broken = True
                    finished(job, f"{job.what}: the OCR worker stopped unexpectedly")
                    continue
                if result is None:
                    finished(job, error)
                    continue
                if store_result(catalog, job.page_id, result, result.words) is None:
                    skipped += 1
                else:
                    read.append(job.page_id)
                    if result.reading == PLAIN:
                        plain.append(job.page_id)
                finished(job, None)
            if broken:
                for job in list(running.values()):
                    finished(job, f"{job.what}: the OCR worker stopped unexpectedly")
                running.clear()
                pool.restart()
    except BaseException:
        pool.abort()
        shutil.rmtree(work, ignore_errors=True)
        raise
    pool.close()
    shutil.rmtree(work, ignore_errors=True)
    return OcrReport(
        engine=status.engine,
        engine_settings=base_settings_key(status.version, settings),
        pending=total,
        read=tuple(read),
        errors=tuple(errors),
        skipped=skipped,
        cancelled=cancelled() and len(read) + len(errors) + skipped < total,
        seconds=time.monotonic() - started,
        plain=tuple(plain),
    )


def pending_page_ids(
    catalog: Catalog,
    languages: str = DEFAULT_LANGUAGES,
    *,
    document_id: int | None = None,
    psm: int = DEFAULT_PSM,
) -> list[int]:
    """Pages that `ocr_pages` would read now (Tesseract must be usable to know its version)."""
    status = require_tesseract(languages)
    settings = OcrSettings(languages=languages, psm=psm)
    return pending_pages(catalog, status.version, settings, document_id=document_id)
