"""Running work off the GUI thread: one helper for every background job.

A `Job` is a `QRunnable` whose signals live on a `QObject` owned by the `Jobs` manager in the GUI
thread, so results, errors and progress arrive in the GUI thread as queued signals. Workers are
given ids, paths and frozen snapshots, never ORM objects or widgets, and make no `QPixmap`s
(a `QImage` is fine off the GUI thread).

Three pools: `read` runs short reading jobs (a dossier, a page) several at a time; `write` has
exactly one thread, so the person's edits are written one at a time and in the order they were
asked for — the undo stack relies on that order (an undo is queued after the redo it reverses);
`long` runs long work (import, OCR, checks, exports, backups), two at a time, so that neither
the edits nor the pages being opened ever wait behind it. Long work writes in short
transactions of its own (a file, a page, a batch of persons), which SQLite takes in turn with
the edits'.

Long work takes `progress` and `cancel` keyword arguments (`catalog.progress`), which a job
passes when it is started with `Jobs.long`.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal, Slot

from catalog.progress import Cancelled, CancelToken, Progress

log = logging.getLogger(__name__)

# Long jobs at once: an import and an OCR run may go on together; each spreads its own work
# over worker processes, so more threads here would only compete for the same cores.
LONG_JOBS = 2


class _Relay(QObject):
    """Emitted from the worker thread; lives in the GUI thread, so deliveries are queued."""

    result = Signal(object)
    error = Signal(object)
    progress = Signal(object)
    cancelled = Signal()


class Job(QObject):
    """A handle on one piece of background work; its signals are emitted in the GUI thread."""

    succeeded = Signal(object)
    failed = Signal(object)  # the exception
    progressed = Signal(object)  # catalog.progress.Progress
    cancelled = Signal()
    finished = Signal()  # after any of the three outcomes

    def __init__(self, name: str) -> None:
        # No Qt parent: Python owns a job, so a caller holding it (or a signal blocker connected
        # to it) never sees it deleted under its feet; `Jobs` keeps it alive while it runs.
        super().__init__()
        self.name = name
        self.token = CancelToken()
        self.relay = _Relay(self)
        self.relay.result.connect(self._on_result)
        self.relay.error.connect(self._on_error)
        self.relay.progress.connect(self._on_progress)
        self.relay.cancelled.connect(self._on_cancelled)
        self.done = False

    def cancel(self) -> None:
        self.token.cancel()

    def on_success(self, owner: QObject, callback: Callable[[Any], None]) -> Job:
        """Deliver the result to `callback` unless `owner` (a window, a view) is gone by then."""

        def deliver(value: Any) -> None:  # a slot returns nothing (PySide counts on it)
            if shiboken6.isValid(owner):
                callback(value)

        self.succeeded.connect(deliver)
        return self

    def on_failure(self, owner: QObject, callback: Callable[[Any], None]) -> Job:
        def deliver(exc: Any) -> None:
            if shiboken6.isValid(owner):
                callback(exc)

        self.failed.connect(deliver)
        return self

    @Slot(object)
    def _on_result(self, value: object) -> None:
        self.succeeded.emit(value)
        self._finish()

    @Slot(object)
    def _on_error(self, exc: object) -> None:
        self.failed.emit(exc)
        self._finish()

    @Slot(object)
    def _on_progress(self, progress: object) -> None:
        self.progressed.emit(progress)

    @Slot()
    def _on_cancelled(self) -> None:
        self.cancelled.emit()
        self._finish()

    def _finish(self) -> None:
        self.done = True
        self.finished.emit()


class _Runnable(QRunnable):
    def __init__(
        self, job: Job, fn: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any]
    ) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self.job = job
        self.relay = job.relay
        self.token = job.token
        self.fn = fn
        self.args = args
        self.kwargs = kwargs

    def run(self) -> None:
        try:
            self._run()
        finally:
            # Let go of the job here, in the worker: the GUI thread holds it until it is done,
            # so the last reference (and the QObject's deletion) stays in the GUI thread.
            self.job = self.relay = None  # type: ignore[assignment]
            self.fn = self.args = self.kwargs = None  # type: ignore[assignment]

    def _run(self) -> None:
        if self.token.cancelled:
            self.relay.cancelled.emit()
            return
        try:
            result = self.fn(*self.args, **self.kwargs)
        except Cancelled:
            self.relay.cancelled.emit()
        except Exception as exc:  # delivered to the GUI, which turns it into a message
            log.debug("job failed:\n%s", traceback.format_exc())
            self.relay.error.emit(exc)
        else:
            self.relay.result.emit(result)


class Jobs(QObject):
    """The application's background work: starts jobs, keeps them alive, waits for them."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.read_pool = QThreadPool(self)
        self.read_pool.setMaxThreadCount(max(2, QThreadPool.globalInstance().maxThreadCount()))
        self.write_pool = QThreadPool(self)
        self.write_pool.setMaxThreadCount(1)
        self.long_pool = QThreadPool(self)
        self.long_pool.setMaxThreadCount(LONG_JOBS)
        self._running: set[Job] = set()

    def read(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Job:
        return self._start(self.read_pool, fn, args, kwargs, long=False)

    def write(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Job:
        return self._start(self.write_pool, fn, args, kwargs, long=False)

    def long(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Job:
        """Long work that reports progress and can be cancelled (`progress=`, `cancel=`)."""
        return self._start(self.long_pool, fn, args, kwargs, long=True)

    def _start(
        self,
        pool: QThreadPool,
        fn: Callable[..., Any],
        args: tuple[Any, ...],
        kwargs: dict[str, Any],
        *,
        long: bool,
    ) -> Job:
        job = Job(getattr(fn, "__name__", "job"))
        if long:
            relay = job.relay

            def report(progress: Progress) -> None:
                relay.progress.emit(progress)

            kwargs = {**kwargs, "progress": report, "cancel": job.token}
        was_idle = not self._running
        self._running.add(job)
        job.finished.connect(lambda: self._forget(job))
        pool.start(_Runnable(job, fn, args, kwargs))
        if was_idle:
            self.busy_changed.emit(True)
        return job

    def _forget(self, job: Job) -> None:
        # Not while the job is still emitting `finished`: release it from the event loop.
        QTimer.singleShot(0, lambda: self._release(job))

    def _release(self, job: Job) -> None:
        self._running.discard(job)
        if not self._running:
            self.busy_changed.emit(False)

    @property
    def busy(self) -> bool:
        return bool(self._running)

    def cancel_all(self) -> None:
        for job in list(self._running):
            job.cancel()

    def wait(self, msecs: int = -1) -> bool:
        """Block until every job has run (for shutdown; the GUI never waits otherwise)."""
        return all(
            pool.waitForDone(msecs) for pool in (self.read_pool, self.write_pool, self.long_pool)
        )
