"""The installed Qt binding must keep Python's reference counts right.

PySide6 6.12.0 on Python 3.11 returned None (from every void call) and the bool of `emit()`
without a reference, so the application aborted after some thousands of calls. pyproject.toml
excludes it; this test catches such a binding before a person's work does.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QLabel


class Source(QObject):
    changed = Signal(int)


def test_void_calls_and_emits_keep_reference_counts(qapp: QApplication) -> None:
    label = QLabel()
    source = Source()
    before = sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False)
    for n in range(200):
        label.setText(str(n))
        QApplication.processEvents()
        source.changed.emit(n)
    after = sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False)
    # A sound binding leaves them as they were (give or take a cache); the broken one lost
    # one reference per call: 600 here.
    for was, now in zip(before, after, strict=True):
        assert now > was - 50
