"""Run `prepare_file` over many files on worker processes, one per core, results in input order.

Results come back in the order the files were given, so that pages of a grouped document and
document ids follow the natural file order, while the workers run ahead (a small window of
files in flight keeps every core busy without holding many decoded results in memory).

Workers are started with "spawn", never "fork": the caller may be a GUI with threads and open
database connections, which a forked child must not inherit. A worker that dies (a decoder
crashing on a malicious file, the kernel killing it for memory) breaks the whole pool in
`concurrent.futures`; the files that were in flight are then retried one by one, each in a
fresh worker, so that only the file that kills its worker is reported and the rest go on.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from catalog.errors import SpravkaError
from catalog.imaging.prepare import PreparedFile, PrepareTask, prepare_file
from catalog.progress import CancelToken

Prepare = Callable[[PrepareTask], PreparedFile]

WINDOW_PER_WORKER = 2
# Fewer files than this are prepared in this process: starting workers costs more than it saves.
MIN_FILES_FOR_WORKERS = 4
# Crashes in a row, with no file ever prepared by a worker, that mean workers cannot run at all.
SYSTEMIC_CRASHES = 3


class WorkersFailed(SpravkaError):
    """Worker processes die before preparing any file: the fault is not in the files."""

    def __init__(self) -> None:
        super().__init__(
            "the import's worker processes stop as soon as they start, so no file could be "
            "prepared; nothing was imported from the files in question. Try again with one "
            "worker (--jobs 1)"
        )


def default_jobs() -> int:
    """One worker per core this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def _worker_init() -> None:
    # Ctrl-C goes to the whole process group; the main process decides what it means.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _new_pool(workers: int) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(
        max_workers=workers,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=_worker_init,
    )


def _crashed(task: PrepareTask) -> PreparedFile:
    return PreparedFile(
        path=task.path,
        display=task.display,
        error="the image decoder stopped unexpectedly on this file (it may be damaged or "
        "crafted to crash programs); nothing of it was imported",
    )


def _isolated(task: PrepareTask, function: Prepare) -> PreparedFile:
    """Prepare one file alone in a fresh worker, so a crash names this file only."""
    pool = _new_pool(1)
    try:
        return pool.submit(function, task).result()
    except BrokenProcessPool:
        return _crashed(task)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def prepare_all(
    tasks: Sequence[PrepareTask],
    *,
    jobs: int,
    cancel: CancelToken | None = None,
    function: Prepare = prepare_file,
) -> Iterator[PreparedFile]:
    """Prepared files in task order. Stops starting new work once `cancel` is set; closing
    the iterator early shuts the workers down after the files in flight. `function` is
    `prepare_file` (or a stand-in with its signature, importable by workers)."""
    if jobs <= 1 or len(tasks) < MIN_FILES_FOR_WORKERS:
        for task in tasks:
            if cancel is not None and cancel.cancelled:
                return
            yield function(task)
        return
    workers = min(jobs, len(tasks))
    pending = iter(tasks)
    window: deque[tuple[PrepareTask, Future[PreparedFile]]] = deque()
    pool = _new_pool(workers)
    succeeded = False
    crashes = 0

    def fill() -> None:
        while len(window) < workers * WINDOW_PER_WORKER:
            if cancel is not None and cancel.cancelled:
                return
            task = next(pending, None)
            if task is None:
                return
            window.append((task, pool.submit(function, task)))

    try:
        fill()
        while window:
            task, future = window[0]
            try:
                result = future.result()
            except BrokenProcessPool:
                result = None
            if result is not None:
                window.popleft()
                succeeded = True
                fill()
                yield result
                continue
            # The pool died with every file in flight; retry each alone to find the culprit.
            in_flight = [t for t, _ in window]
            window.clear()
            pool.shutdown(wait=True, cancel_futures=True)
            for retry in in_flight:
                if cancel is not None and cancel.cancelled:
                    return
                result = _isolated(retry, function)
                crashes = crashes + 1 if result.error == _crashed(retry).error else 0
                if crashes >= SYSTEMIC_CRASHES and not succeeded:
                    raise WorkersFailed()
                succeeded = succeeded or crashes == 0
                yield result
            pool = _new_pool(workers)
            fill()
    finally:
        for _, future in window:
            future.cancel()
        pool.shutdown(wait=True, cancel_futures=True)
