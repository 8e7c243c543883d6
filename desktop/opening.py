"""Opening what the program wrote: the file itself, or the folder that holds it.

Everything goes through `opener` (by default `QDesktopServices.openUrl`, which hands the URL to
the desktop: the PDF reader, the file manager). Tests replace `opener` to see the URL that would
be opened without opening anything.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

opener: Callable[[QUrl], bool] = QDesktopServices.openUrl


def open_path(path: Path) -> bool:
    """Open a file in its program, or a folder in the file manager."""
    return bool(opener(QUrl.fromLocalFile(str(path))))


def show_in_folder(path: Path) -> bool:
    """Open the folder that holds `path` (a folder shows itself)."""
    return open_path(path if path.is_dir() else path.parent)
