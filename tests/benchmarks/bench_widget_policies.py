"""Benchmark: what the widget rules (`desktop.policies`) cost when a dossier is built and painted.

    PYTHONPATH=. QT_QPA_PLATFORM=offscreen python tests/benchmarks/bench_widget_policies.py

The flagged person's dossier is rebuilt and painted, interleaved, under four application styles:
the plain Fusion style (the baseline, measured in the same run), an empty `QProxyStyle` over it,
the policy style the program uses, and the plain style with an application-wide Python event
filter that does nothing (the other way the rules could hang on every widget). Medians of 25.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyleFactory

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "docs" / "screenshots"))
import make_screenshots as shots

from desktop import policies

ROUNDS = 25


class Nothing(QObject):
    def eventFilter(self, watched: QObject, event: object) -> bool:  # type: ignore[override]
        return False


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setStyle(QStyleFactory.create("Fusion"))
    work = Path(tempfile.mkdtemp(prefix="bench-policies-"))
    shots.compile_translations(work / "i18n")
    application, window = shots.open_main(work, "ru")
    window.show()
    shots.show_death_certificate(window)

    def rebuild() -> float:
        started = time.perf_counter()
        window.dossier.show_person(window.detail)
        for _ in range(3):
            app.processEvents()
        window.repaint()
        return time.perf_counter() - started

    nothing = Nothing(app)
    plain, empty, ruled, filtered = [], [], [], []
    for _ in range(ROUNDS):
        app.setStyle(QStyleFactory.create("Fusion"))
        rebuild()
        plain.append(rebuild())
        app.installEventFilter(nothing)
        rebuild()
        filtered.append(rebuild())
        app.removeEventFilter(nothing)
        app.setStyle(QProxyStyle(QStyleFactory.create("Fusion")))
        rebuild()
        empty.append(rebuild())
        policies.install(app)
        rebuild()
        ruled.append(rebuild())

    def median(values: list[float]) -> float:
        return statistics.median(values) * 1000

    base = median(plain)
    print(f"dossier rebuilt and painted, medians of {ROUNDS}:")
    print(f"  plain style (baseline)      {base:7.1f} ms")
    for name, values in (
        ("empty proxy style", empty),
        ("policy style (the program)", ruled),
        ("app-wide event filter", filtered),
    ):
        print(f"  {name:27} {median(values):7.1f} ms  ×{median(values) / base:.3f}")
    application.shutdown()


if __name__ == "__main__":
    main()
