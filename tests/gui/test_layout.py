"""Every main view and dialog at 1024×700 in English, Russian and Ukrainian: nothing clipped.

The main window is shown with the flagged dossier and a document open, then every enabled
action of its menus is triggered (except those that leave or rebuild the window), and every
dialog or message it opens is checked as it appears (`tests.support.layout.misfits`: a label or
button whose text does not fit, a widget outside its window). File choosers answer "cancelled",
questions "no". Dialogs added to the menus later are covered without being named here.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QInputDialog,
    QMessageBox,
    QWidget,
)

from tests.gui.test_workspace import open_death_certificate
from tests.support.layout import misfits

SIZE = (1024, 700)
LANGUAGES = ("en", "ru", "uk")
# Actions that leave this window, rebuild it, or end the program.


def check(widget: QWidget, problems: list[str], where: str) -> None:
    for _ in range(3):
        QApplication.processEvents()
    found = misfits(widget)
    screen_w, screen_h = SIZE
    if widget.isWindow() and (widget.width() > screen_w or widget.height() > screen_h):
        found.append(f"{widget.width()}×{widget.height()} is larger than the screen")
    problems.extend(f"{where}: {p}" for p in found)


@pytest.fixture
def dialogs_checked(monkeypatch, tmp_path):  # type: ignore[no-untyped-def]
    """Dialogs are checked when they open, then closed; questions say no; choosers give long
    paths (so that the messages naming what was written are long too)."""
    problems: list[str] = []
    seen: list[str] = []

    def exec_(self: QDialog) -> int:
        self.show()
        seen.append(type(self).__name__ + ":" + self.windowTitle())
        check(self, problems, f"{type(self).__name__} {self.windowTitle()!r}")
        self.hide()
        return QDialog.DialogCode.Rejected

    def box(icon: QMessageBox.Icon) -> Any:
        def ask(parent: QWidget | None, title: str, text: str, *args: Any, **kwargs: Any) -> Any:
            message = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
            exec_(message)
            message.deleteLater()
            return QMessageBox.StandardButton.Cancel

        return staticmethod(ask)

    monkeypatch.setattr(QDialog, "exec", exec_)
    monkeypatch.setattr(QMessageBox, "exec", exec_)
    for static, icon in (
        ("question", QMessageBox.Icon.Question),
        ("warning", QMessageBox.Icon.Warning),
        ("information", QMessageBox.Icon.Information),
        ("critical", QMessageBox.Icon.Critical),
    ):
        monkeypatch.setattr(QMessageBox, static, box(icon))
    deep = tmp_path / "a folder with a rather long name" / "and-another-without-any-spaces-in-it"
    made: list[Path] = []

    def folder(*args: Any, **kwargs: Any) -> str:
        made.append(deep / f"folder-{len(made)}")
        made[-1].mkdir(parents=True)
        return str(made[-1])

    def save(parent: Any, title: str, start: str, *args: Any, **kwargs: Any) -> tuple[str, str]:
        return str(Path(folder()) / Path(start).name), ""

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(folder))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: ("", "")))
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([], "")))
    monkeypatch.setattr(
        QInputDialog,
        "getItem",
        staticmethod(lambda parent, t, label, items, *a, **k: (items[0], True)),
    )
    return problems, seen


def skipped(window, action) -> bool:  # type: ignore[no-untyped-def]
    names = {
        "quit": window.quit_action,
        "open_catalog": window.open_catalog_action,
        "new_catalog": window.new_catalog_action,
        "sample": window.sample_action,
    }
    if action in names.values() or action in window.language_actions.values():
        return True
    editing = window.editing
    return action in (editing.delete_person_action, editing.delete_claim_action)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_view_and_dialog_fits_at_1024_by_700(  # type: ignore[no-untyped-def]
    qtbot, application, window, dialogs_checked, language
) -> None:
    problems, seen = dialogs_checked
    if language != "en":
        application.set_language(language)
        window = application.main_window
        qtbot.waitUntil(lambda: window.people_model.rowCount() == 4)
    window.resize(*SIZE)
    window.show()
    qtbot.waitExposed(window)
    check(window, problems, "empty dossier")
    workspace, _death = open_death_certificate(qtbot, window)
    qtbot.waitUntil(lambda: window.dossier.documents is not None)
    check(window, problems, "dossier and document")
    # The dossier scrolls to the flag's decision and the death card.
    dossier = window.dossier
    for name in ("confirmFlag", "conflictSource"):
        button = dossier.widget().findChild(QWidget, name)
        dossier.ensureWidgetVisible(button)
        QApplication.processEvents()
        assert not button.visibleRegion().isEmpty(), name
    # Some words selected in the text, so that a claim can be made from them.
    cursor = workspace.editor.textCursor()
    cursor.setPosition(0)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfWord, QTextCursor.MoveMode.KeepAnchor)
    workspace.editor.setTextCursor(cursor)
    before = set(QApplication.topLevelWidgets())
    for action in window.all_actions():
        if not action.isEnabled() or skipped(window, action) or action.isCheckable():
            continue
        action.trigger()
        QApplication.processEvents()
        qtbot.waitUntil(lambda: not window.jobs.busy, timeout=120_000)
        for widget in set(QApplication.topLevelWidgets()) - before:
            if widget.isVisible() and widget.windowType() in (
                Qt.WindowType.Dialog,
                Qt.WindowType.Window,
            ):
                check(widget, problems, f"{type(widget).__name__} {widget.windowTitle()!r}")
                widget.close()
        check(window, problems, f"after {action.text()!r}")
    assert len(seen) >= 8, seen
    assert not problems, "\n".join(dict.fromkeys(problems))
