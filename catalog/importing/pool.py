"""Run `prepare_file` over many files on worker processes, one per core, results in input order.

Results come back in the order the files were given, so that pages of a grouped document and
document ids follow the natural file order, while the workers run ahead (a small window of
files in flight keeps every core busy without holding many decoded results in memory).

Workers are spawned as fresh interpreters, never forked from the caller: the caller may be a
GUI with threads and open database connections, which a child must not inherit. A fresh
worker imports the program's main module and the decoders, which takes the best part of a
second, so the pool is kept for the life of the process and reused by every import (the GUI
pays once, not per import); `shutdown_workers` releases it.

A worker that dies (a decoder crashing on a malicious file, the kernel killing it for memory)
breaks the whole pool in `concurrent.futures`; the files that were in flight are then retried
one by one, each in a fresh worker, so that only the file that kills its worker is reported
and the rest go on.
"""

from __future__ import annotations

import atexit
import contextlib
import multiprocessing
import multiprocessing.connection
import os
import sys
import threading
import types
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from catalog.errors import SpravkaError
from catalog.importing.prepare import (
    PreparedFile,
    PrepareTask,
    init_worker,
    prepare_file,
    worker_started,
)
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


@contextlib.contextmanager
def _main_module_hidden() -> Iterator[None]:
    """Spawned children re-run the parent's main script (a console script, the GUI) unless
    told there is none: that costs each worker most of a second of imports it never uses, as
    workers run only functions of importable modules. Hide it while the workers start."""
    main = sys.modules.get("__main__")
    sys.modules["__main__"] = types.ModuleType("__main__")
    try:
        yield
    finally:
        if main is not None:
            sys.modules["__main__"] = main


def _new_pool(workers: int) -> tuple[ProcessPoolExecutor, list[Future[None]]]:
    """A pool whose workers are all starting, and the futures that say when they have."""
    pool = ProcessPoolExecutor(
        max_workers=workers,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=init_worker,
    )
    # Workers start as tasks are submitted; start them all now, with the main module hidden.
    with _main_module_hidden():
        started = [pool.submit(worker_started) for _ in range(workers)]
    return pool, started


_lock = threading.Lock()
_shared: dict[int, tuple[ProcessPoolExecutor, list[Future[None]]]] = {}


def _shared_pool(workers: int) -> tuple[ProcessPoolExecutor, list[Future[None]]]:
    with _lock:
        if workers not in _shared:
            _shared[workers] = _new_pool(workers)
        return _shared[workers]


def _discard(workers: int, pool: ProcessPoolExecutor) -> None:
    with _lock:
        if workers in _shared and _shared[workers][0] is pool:
            del _shared[workers]
    pool.shutdown(wait=True, cancel_futures=True)


def start_workers(jobs: int | None = None, timeout: float = 60.0) -> None:
    """Start the worker processes now and wait until they are ready (a GUI may do this at
    start-up, so that its first import does not wait for them)."""
    _, started = _shared_pool(jobs or default_jobs())
    for future in started:
        with contextlib.suppress(Exception):
            future.result(timeout=timeout)


def shutdown_workers() -> None:
    """Stop the kept worker processes (they are started again when next needed)."""
    with _lock:
        pools = [pool for pool, _ in _shared.values()]
        _shared.clear()
    for pool in pools:
        pool.shutdown(wait=True, cancel_futures=True)


atexit.register(shutdown_workers)


def _crashed(task: PrepareTask) -> PreparedFile:
    return PreparedFile(
        path=task.path,
        display=task.display,
        error="the image decoder stopped unexpectedly on this file (it may be damaged or "
        "crafted to crash programs); nothing of it was imported",
    )


def _one_by_one(tasks: list[PrepareTask], function: Prepare) -> Iterator[PreparedFile]:
    """Prepare files one at a time in a single worker, started afresh after each crash, so a
    crash names its own file only."""
    pool: ProcessPoolExecutor | None = None
    try:
        for task in tasks:
            pool = pool or _new_pool(1)[0]
            try:
                result = pool.submit(function, task).result()
            except BrokenProcessPool:
                pool.shutdown(wait=True, cancel_futures=True)
                pool = None
                result = _crashed(task)
            yield result
    finally:
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)


def prepare_all(
    tasks: Sequence[PrepareTask],
    *,
    jobs: int,
    cancel: CancelToken | None = None,
    function: Prepare = prepare_file,
) -> Iterator[PreparedFile]:
    """Prepared files in task order. Stops starting new work once `cancel` is set; closing
    the iterator early waits for the files in flight. `function` is `prepare_file` (or a
    stand-in with its signature that workers can import)."""
    if jobs <= 1 or len(tasks) < MIN_FILES_FOR_WORKERS:
        for task in tasks:
            if cancel is not None and cancel.cancelled:
                return
            yield function(task)
        return
    workers = jobs
    pending = iter(tasks)
    window: deque[tuple[PrepareTask, Future[PreparedFile]]] = deque()
    pool, started = _shared_pool(workers)
    succeeded = False
    crashes = 0
    # Fresh workers take a moment to start (a new interpreter, the decoders); rather than
    # wait, this process prepares the first files itself until one is ready.
    while not any(future.done() for future in started):
        if cancel is not None and cancel.cancelled:
            return
        task = next(pending, None)
        if task is None:
            return
        yield function(task)

    def fill() -> None:
        while len(window) < workers * WINDOW_PER_WORKER:
            if cancel is not None and cancel.cancelled:
                return
            task = next(pending, None)
            if task is None:
                return
            try:
                future = pool.submit(function, task)
            except BrokenProcessPool as broken:  # a worker died since the last look
                future = Future()
                future.set_exception(broken)
            window.append((task, future))

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
            _discard(workers, pool)
            for retry, result in zip(in_flight, _one_by_one(in_flight, function), strict=True):
                if cancel is not None and cancel.cancelled:
                    return
                crashes = crashes + 1 if result.error == _crashed(retry).error else 0
                if crashes >= SYSTEMIC_CRASHES and not succeeded:
                    raise WorkersFailed()
                succeeded = succeeded or crashes == 0
                yield result
            pool, _ = _shared_pool(workers)
            fill()
    finally:
        # Stopped early (cancelled, or the caller closed the iterator): let the files in
        # flight finish, so that no worker writes into the catalogue folder afterwards.
        for _, future in window:
            if not future.cancel():
                with contextlib.suppress(BrokenProcessPool):
                    future.exception()
