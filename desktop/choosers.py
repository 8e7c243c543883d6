"""File and folder choosers that start where the person last was, for each kind of work.

Every chooser of the program goes through here: it starts in the folder last used for the same
kind of work (catalogues, scans, exports, packages, backups; kept in the settings), else in the
home folder, never in the program's working folder; what was chosen is remembered.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from desktop.settings import Settings

CATALOG, SCANS, EXPORT, PACKAGE, BACKUP = "catalog", "scans", "export", "package", "backup"

_settings: Settings | None = None


def use_settings(settings: Settings | None) -> None:
    """The settings that keep the folders (the application sets its own)."""
    global _settings
    _settings = settings


def start_folder(kind: str) -> Path:
    if _settings is not None:
        last = _settings.last_folder(kind)
        if last is not None and last.is_dir():
            return last
    return Path.home()


def remember(kind: str, chosen: str | Path, *, is_folder: bool = False) -> None:
    if not chosen or _settings is None:
        return
    path = Path(chosen)
    _settings.set_last_folder(kind, path if is_folder else path.parent)


def open_files(parent: QWidget | None, kind: str, title: str, pattern: str) -> list[str]:
    files, _ = QFileDialog.getOpenFileNames(parent, title, str(start_folder(kind)), pattern)
    if files:
        remember(kind, files[0])
    return list(files)


def open_file(parent: QWidget | None, kind: str, title: str, pattern: str) -> str:
    chosen, _ = QFileDialog.getOpenFileName(parent, title, str(start_folder(kind)), pattern)
    remember(kind, chosen)
    return chosen


def folder(parent: QWidget | None, kind: str, title: str) -> str:
    chosen = QFileDialog.getExistingDirectory(parent, title, str(start_folder(kind)))
    remember(kind, chosen, is_folder=True)
    return chosen


def save_file(parent: QWidget | None, kind: str, title: str, name: str, pattern: str) -> str:
    chosen, _ = QFileDialog.getSaveFileName(parent, title, str(start_folder(kind) / name), pattern)
    remember(kind, chosen)
    return chosen


def new_folder(parent: QWidget | None, kind: str, title: str, name: str) -> str:
    """A folder that may not exist yet: the person types its name (it is made later)."""
    chosen, _ = QFileDialog.getSaveFileName(
        parent,
        title,
        str(start_folder(kind) / name),
        "",
        options=QFileDialog.Option.DontConfirmOverwrite | QFileDialog.Option.ShowDirsOnly,
    )
    remember(kind, chosen)
    return chosen
