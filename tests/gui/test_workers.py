"""The worker helper: results, errors and progress reach the GUI thread; long jobs cancel."""

from __future__ import annotations

import threading

from PySide6.QtCore import QThread

from catalog.errors import NotFound
from catalog.progress import CancelToken, Progress, ProgressCallback
from desktop.workers import Jobs


def test_result_arrives_in_the_gui_thread(qtbot) -> None:  # type: ignore[no-untyped-def]
    jobs = Jobs()
    threads = {}

    def work(x: int) -> int:
        threads["worker"] = threading.get_ident()
        return x * 2

    job = jobs.read(work, 21)
    received = {}
    job.succeeded.connect(
        lambda value: received.update(value=value, thread=QThread.currentThread())
    )
    with qtbot.waitSignal(job.finished):
        pass
    assert received["value"] == 42
    assert received["thread"] is QThread.currentThread()
    assert threads["worker"] != threading.get_ident()
    assert jobs.wait(5000)


def test_errors_arrive_as_exceptions(qtbot) -> None:  # type: ignore[no-untyped-def]
    jobs = Jobs()

    def fail() -> None:
        raise NotFound("person", 7)

    job = jobs.write(fail)
    with qtbot.waitSignal(job.failed) as failed:
        pass
    assert isinstance(failed.args[0], NotFound) and failed.args[0].ident == 7


def test_a_long_job_reports_progress_and_cancels(qtbot) -> None:  # type: ignore[no-untyped-def]
    jobs = Jobs()
    started = threading.Event()
    release = threading.Event()
    done_items: list[int] = []

    def long_work(total: int, *, progress: ProgressCallback, cancel: CancelToken) -> int:
        for item in range(total):
            cancel.raise_if_cancelled()
            done_items.append(item)
            progress(Progress(item + 1, total, f"item {item}"))
            started.set()
            release.wait(5)  # the test cancels while the first item is "in progress"
        return total

    job = jobs.long(long_work, 1000)
    with qtbot.waitSignal(job.progressed) as first:
        pass
    assert first.args[0].done == 1 and first.args[0].total == 1000
    with qtbot.waitSignal(job.cancelled):
        job.cancel()
        release.set()
    assert len(done_items) < 1000
    assert jobs.wait(5000)
    qtbot.waitUntil(lambda: not jobs.busy)


def test_writes_run_one_at_a_time_in_order(qtbot) -> None:  # type: ignore[no-untyped-def]
    jobs = Jobs()
    order: list[int] = []
    running = []

    def write(n: int) -> None:
        running.append(n)
        assert len(running) == 1
        order.append(n)
        running.pop()

    last = None
    for n in range(20):
        last = jobs.write(write, n)
    with qtbot.waitSignal(last.finished):
        pass
    assert order == list(range(20))
