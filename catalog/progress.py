"""Progress reporting and cancellation for long work, without Qt.

Long operations (import, OCR, indexing, export) take a `progress` callback and a `CancelToken`.
The core calls `progress(Progress(...))` after each item and `token.raise_if_cancelled()` between
items; the GUI wraps the callback in a Qt signal, the CLI prints a progress line.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass


class Cancelled(Exception):
    """Raised inside long work when its token was cancelled; work done so far is kept."""


class CancelToken:
    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def wait(self, timeout: float) -> bool:
        """Sleep up to `timeout` seconds, waking at once on cancellation; True if cancelled."""
        return self._event.wait(timeout)

    def raise_if_cancelled(self) -> None:
        if self._event.is_set():
            raise Cancelled()


@dataclass(frozen=True)
class Progress:
    """How far a piece of long work has come. `total` is None while it is still being counted."""

    done: int
    total: int | None
    message: str = ""
    # A problem with one item (a file, a page) that did not stop the rest of the work.
    item_error: str | None = None


ProgressCallback = Callable[[Progress], None]


def ignore_progress(_progress: Progress) -> None:
    """The default callback: report nothing."""
