"""Opening every dialog the main window's menus can open, for tests that check each of them.

`patch_dialogs` makes every modal dialog and message box call `seen(dialog)` once it is shown
and then answer "rejected"/"cancel"; file choosers answer with fresh folders under a long path
(so the messages that name what was written are long too). `trigger_all` then runs every enabled
action of the window's menus except those that leave or rebuild the window (and the deletions),
waits for the work they start, and hands every window they opened to `seen` as well.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QInputDialog,
    QMessageBox,
    QWidget,
)


def patch_dialogs(monkeypatch: Any, tmp_path: Path, seen: Callable[[QWidget], None]) -> None:
    def exec_(self: QDialog) -> int:
        self.show()
        for _ in range(3):
            QApplication.processEvents()
        seen(self)
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

    def item(parent: Any, title: str, label: str, items: list[str], *a: Any, **k: Any) -> Any:
        # The chooser as Qt's own static function shows it, checked, then its first item.
        dialog = QInputDialog(parent)
        dialog.setWindowTitle(title)
        dialog.setLabelText(label)
        dialog.setComboBoxItems(items)
        dialog.setComboBoxEditable(False)
        exec_(dialog)
        dialog.deleteLater()
        return items[0], True

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(folder))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: ("", "")))
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([], "")))
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(item))


def skipped(window: Any, action: Any) -> bool:
    leaving = (
        window.quit_action,
        window.open_catalog_action,
        window.new_catalog_action,
        window.sample_action,
        window.editing.delete_person_action,
        window.editing.delete_claim_action,
        window.larger_text_action,
        window.smaller_text_action,
        window.normal_text_action,
        *window.language_actions.values(),
    )
    return action in leaving or action.isCheckable() or not action.isEnabled()


def trigger_all(qtbot: Any, window: Any, seen: Callable[[QWidget], None]) -> None:
    before = set(QApplication.topLevelWidgets())
    for action in window.all_actions():
        if skipped(window, action):
            continue
        action.trigger()
        QApplication.processEvents()
        qtbot.waitUntil(lambda: not window.jobs.busy, timeout=120_000)
        for widget in set(QApplication.topLevelWidgets()) - before:
            if widget.isVisible() and widget.windowType() in (
                Qt.WindowType.Dialog,
                Qt.WindowType.Window,
            ):
                for _ in range(3):
                    QApplication.processEvents()
                seen(widget)
                widget.close()
        seen(window)
