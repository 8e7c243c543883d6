"""Emitting Qt signals from Python safely.

PySide6 6.12 on Python 3.11 returns `emit()`'s bool result without taking a reference to it, so
every `signal.emit(...)` made from Python drops one reference to `True` (or `False`); after some
thousands of emissions the interpreter aborts ("deallocating True or False"). Python 3.12+ makes
the bools immortal, which hides the bug. Every emission in `desktop/` goes through `emit`, which
detects the fault once at start-up and gives the reference back. With a fixed PySide it only
calls `signal.emit`.

A lambda slot must not return `emit()`'s result either; `emit` returns None.
"""

from __future__ import annotations

import ctypes
import sys
from typing import Any

from PySide6.QtCore import QObject, Signal


class _Probe(QObject):
    ping = Signal()


def _emit_drops_a_reference() -> bool:
    probe = _Probe()
    before = sys.getrefcount(True) + sys.getrefcount(False)
    result = probe.ping.emit()
    del result
    dropped = sys.getrefcount(True) + sys.getrefcount(False) < before
    if dropped:
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(True))
    return dropped


_EMIT_DROPS_A_REFERENCE = _emit_drops_a_reference()


def emit(signal: Any, *args: Any) -> None:
    result = signal.emit(*args)
    if _EMIT_DROPS_A_REFERENCE and isinstance(result, bool):
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(result))
