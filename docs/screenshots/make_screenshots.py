"""Regenerate the screenshots of the desktop application's main states (offscreen).

    PYTHONPATH=. QT_QPA_PLATFORM=offscreen python docs/screenshots/make_screenshots.py [OUT_DIR]

(`QT_SCALE_FACTOR=2` and an OUT_DIR elsewhere show how it looks on a high-DPI screen.)

Each picture is taken from a real window on a fresh copy of the sample catalogue, in a private
settings file, so the result does not depend on the machine it is made on.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QElapsedTimer
from PySide6.QtGui import QColor, QIcon, QPalette, QTextCursor
from PySide6.QtWidgets import QApplication, QStyleFactory, QWidget

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from desktop.app import Application  # noqa: E402
from desktop.dialogs.claim import ClaimDialog  # noqa: E402
from desktop.sample import create_sample_catalog  # noqa: E402
from desktop.settings import Settings  # noqa: E402

OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
SIZE = (1600, 960)


def wait_until(condition: Callable[[], bool], timeout_ms: int = 10_000) -> None:
    timer = QElapsedTimer()
    timer.start()
    while not condition():
        QApplication.processEvents()
        if timer.elapsed() > timeout_ms:
            raise TimeoutError("the window did not reach the expected state")
    for _ in range(5):
        QApplication.processEvents()


def save(widget: QWidget, name: str) -> None:
    for _ in range(5):
        QApplication.processEvents()
    widget.grab().save(str(OUT / name))
    print(f"wrote {name}")


def dark_palette() -> QPalette:
    palette = QPalette()
    window, base, text = QColor(45, 45, 48), QColor(30, 30, 32), QColor(225, 225, 225)
    for role, color in (
        (QPalette.ColorRole.Window, window),
        (QPalette.ColorRole.WindowText, text),
        (QPalette.ColorRole.Base, base),
        (QPalette.ColorRole.AlternateBase, QColor(40, 40, 43)),
        (QPalette.ColorRole.Text, text),
        (QPalette.ColorRole.Button, window),
        (QPalette.ColorRole.ButtonText, text),
        (QPalette.ColorRole.Highlight, QColor(42, 110, 187)),
        (QPalette.ColorRole.HighlightedText, QColor(255, 255, 255)),
        (QPalette.ColorRole.Link, QColor(110, 170, 255)),
        (QPalette.ColorRole.ToolTipBase, window),
        (QPalette.ColorRole.ToolTipText, text),
        (QPalette.ColorRole.PlaceholderText, QColor(150, 150, 150)),
        (QPalette.ColorRole.Dark, QColor(20, 20, 22)),
    ):
        palette.setColor(role, color)
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(130, 130, 130))
    return palette


def open_main(work: Path, language: str):  # type: ignore[no-untyped-def]
    settings = Settings(work / f"settings-{language}.ini")
    settings.language = language
    application = Application(settings, catalog_dir=work / "none", sample_dir=work / "unused")
    sample = create_sample_catalog(work / language / "sample")
    application.open_catalog(sample)
    window = application.main_window
    window.resize(*SIZE)
    window.splitter.setSizes([330, 560, 710])
    wait_until(lambda: window.people_model.rowCount() == 4)
    return application, window


def select(window, surname: str) -> None:  # type: ignore[no-untyped-def]
    model = window.people_model
    row = next(
        r for r in range(model.rowCount()) if model.data(model.index(r, 0)).startswith(surname)
    )
    window.people.select_person(model.id_at(row))
    wait_until(lambda: window.detail is not None and window.detail.summary.surname == surname)


def show_death_certificate(window) -> None:  # type: ignore[no-untyped-def]
    select(window, "Карпенко")
    wait_until(lambda: window.dossier.documents is not None)
    death = next(c for c in window.detail.claims if c.kind == "death")
    window.dossier.open_source.emit(death)
    wait_until(lambda: window.workspace.loaded is not None)


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setStyle(QStyleFactory.create("Fusion"))
    app.setWindowIcon(QIcon(str(ROOT / "resources" / "icons" / "spravka.svg")))
    light = app.palette()
    work = Path(tempfile.mkdtemp(prefix="spravka-shots-"))

    # 1. The welcome screen on first run.
    settings = Settings(work / "welcome.ini")
    settings.language = "en"
    application = Application(settings, catalog_dir=work / "none", sample_dir=work / "s0")
    application.show_welcome(Path.home() / ".local" / "share" / "Spravka" / "default")
    application.window.resize(980, 680)
    save(application.window, "welcome.png")
    application.window.close()
    application.shutdown()

    # 2. The flagged person's dossier with the conflict, the certificate open beside it.
    application, window = open_main(work, "en")
    show_death_certificate(window)
    save(window, "main-dossier.png")

    # 3. The document workspace: word boxes, the doubtful words, the cursor on a word.
    window.splitter.setSizes([290, 430, 880])
    workspace = window.workspace
    workspace.splitter.setSizes([560, 300])
    workspace.view.fit_width()
    editor = workspace.editor
    position = editor.toPlainText().index("воспалеиие")
    cursor = editor.textCursor()
    cursor.setPosition(position + 3)
    editor.setTextCursor(cursor)
    editor.setFocus()
    save(window, "workspace.png")

    # 4. Creating a claim from selected words.
    start = editor.toPlainText().index("14 мая 1958 г.")
    cursor.setPosition(start)
    cursor.setPosition(start + len("14 мая 1958 г."), QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)
    shown: list[ClaimDialog] = []
    original_exec = ClaimDialog.exec

    def capture(dialog: ClaimDialog) -> int:
        dialog.date.setText("1958-05-14")
        dialog.note.setPlainText("Date of the act record in the civil registry")
        dialog.adjustSize()
        dialog.show()
        save(dialog, "claim-dialog.png")
        shown.append(dialog)
        return 0

    ClaimDialog.exec = capture  # type: ignore[method-assign]
    workspace.claim_action.trigger()
    ClaimDialog.exec = original_exec  # type: ignore[method-assign]
    window.close()
    application.shutdown()

    # 5. The same in Russian.
    application, window = open_main(work, "ru")
    show_death_certificate(window)
    save(window, "main-ru.png")
    window.close()
    application.shutdown()

    # 6. A dark palette.
    app.setPalette(dark_palette())
    application, window = open_main(work / "dark", "en")
    show_death_certificate(window)
    save(window, "main-dark.png")
    window.close()
    application.shutdown()
    app.setPalette(light)


if __name__ == "__main__":
    main()
