"""Windows that grow to show all of their text rather than cutting it.

A word-wrapped label asks for more height the narrower it is; a dialog whose message changes
after it was shown (a summary, a path) does not grow by itself. `grow_to_fit` makes it as tall
as its contents need at its width (never wider than the screen allows).
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QTimer
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QWidget


def grow_to_fit(window: QWidget) -> None:
    layout = window.layout()
    if layout is None:
        return
    screen = window.screen()
    room = screen.availableGeometry() if screen is not None else None
    # A word longer than its line (a path) widens the window, as far as the screen allows.
    extra = 0
    for label in window.findChildren(QLabel):
        if label.wordWrap() and label.isVisibleTo(window) and label.width() > 1:
            metrics = label.fontMetrics()
            longest = max((metrics.horizontalAdvance(w) for w in label.text().split()), default=0)
            extra = max(extra, longest - label.contentsRect().width() + 2)
    if extra > 0:
        width = window.width() + extra
        if room is not None:
            width = min(width, room.width())
        window.resize(width, window.height())
        layout.activate()
    # A wrapped label is given the height of its lines at its width (a box layout otherwise
    # gives it the height of one line and the spare room to a stretching list).
    for label in window.findChildren(QLabel):
        if label.wordWrap() and label.isVisibleTo(window) and label.width() > 1:
            label.setMinimumHeight(label.heightForWidth(label.width()))
    layout.invalidate()
    layout.activate()
    width = max(window.width(), window.minimumWidth())
    needed = (
        layout.totalHeightForWidth(width)
        if layout.hasHeightForWidth()
        else layout.totalSizeHint().height()
    )
    if room is not None:
        needed = min(needed, room.height())
    if needed > window.height():
        window.resize(width, needed)


TITLE_ROOM = 120  # the window manager's icon and buttons beside a dialog's title


def make_room_for_title(dialog: QDialog) -> None:
    """A dialog (Qt's own choosers too) at least as wide as its title needs, so that a title
    ("Dossier language") is not cut by the window manager."""
    if not dialog.windowTitle():
        return
    metrics = QFontMetrics(QApplication.font("QMdiSubWindowTitleBar"))
    wanted = metrics.horizontalAdvance(dialog.windowTitle()) + TITLE_ROOM
    screen = dialog.screen()
    if screen is not None:
        wanted = min(wanted, screen.availableGeometry().width())
    if dialog.minimumWidth() < wanted:
        dialog.setMinimumWidth(wanted)
    # A dialog whose layout fixes its minimum size (Qt's own choosers) is widened once shown.
    QTimer.singleShot(0, lambda: _widen(dialog, wanted))


def _widen(dialog: QDialog, wanted: int) -> None:
    if shiboken6.isValid(dialog) and dialog.isVisible() and dialog.width() < wanted:
        dialog.resize(wanted, dialog.height())
