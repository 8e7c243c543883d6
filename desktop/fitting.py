"""Windows that grow to show all of their text rather than cutting it.

A word-wrapped label asks for more height the narrower it is; a dialog whose message changes
after it was shown (a summary, a path) does not grow by itself. `grow_to_fit` makes it as tall
as its contents need at its width (never wider than the screen allows).
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QTimer
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QLineEdit,
    QStyle,
    QStyleOptionFrame,
    QWidget,
)


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
            label.setMinimumHeight(max(0, label.heightForWidth(label.width())))
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


LINE_EDIT_MARGIN = 2  # QLineEdit's own margin on each side of its text, inside the contents


def placeholder_room(edit: QLineEdit) -> int:
    """The width QLineEdit gives its text (and placeholder) at the edit's current width."""
    option = QStyleOptionFrame()
    edit.initStyleOption(option)
    contents = edit.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, edit)
    margins = edit.textMargins()
    bearing = max(0, -edit.fontMetrics().minLeftBearing())
    return contents.width() - margins.left() - margins.right() - 2 * LINE_EDIT_MARGIN - bearing


def room_for_placeholder(edit: QLineEdit) -> None:
    """An edit at least as wide as its placeholder (a Russian example is longer than the
    English one), never wider than the screen allows; the tooltip repeats the placeholder,
    which disappears once something is typed."""
    text = edit.placeholderText()
    if not text:
        return
    if not edit.toolTip():
        edit.setToolTip(text)
    wanted = edit.width() - placeholder_room(edit) + edit.fontMetrics().horizontalAdvance(text) + 1
    screen = edit.screen()
    if screen is not None:
        wanted = min(wanted, screen.availableGeometry().width() * 2 // 3)
    if edit.minimumWidth() < wanted:
        edit.setMinimumWidth(wanted)


def fit_placeholders(dialog: QWidget) -> None:
    """Every line edit of `dialog` as wide as its placeholder, the dialog widened to match:
    called as it is shown, once polished and in the font it is shown in."""
    for edit in dialog.findChildren(QLineEdit):
        edit.ensurePolished()
        room_for_placeholder(edit)
    layout = dialog.layout()
    if layout is not None:
        layout.activate()
    if dialog.width() < dialog.minimumSizeHint().width():
        dialog.resize(dialog.minimumSizeHint().width(), dialog.height())


def first_size(window: QWidget, width: int, height: int) -> None:
    """A main window's size on its first start: as wanted, or, on a screen with less room (a
    1366×768 laptop, a 1024×700 netbook), the room there is, at its top left: a window larger
    than the screen hides its own edges and its status bar. (Not maximised: a later resize, by
    the person or a test, must still take.)"""
    screen = window.screen() or QApplication.primaryScreen()
    room = screen.availableGeometry() if screen is not None else None
    if room is None or (room.width() >= width and room.height() >= height):
        window.resize(width, height)
        return
    window.resize(min(width, room.width()), min(height, room.height()))
    window.move(room.topLeft())
    # The frame (title bar, borders) is known only once the window is shown: then the window
    # shrinks by as much as its frame would stick out.
    QTimer.singleShot(0, window, lambda: _keep_frame_inside(window))


def _keep_frame_inside(window: QWidget) -> None:
    if not shiboken6.isValid(window) or window.screen() is None:
        return
    room = window.screen().availableGeometry()
    frame = window.frameGeometry()
    if room.contains(frame):
        return
    extra_width = frame.width() - window.width()
    extra_height = frame.height() - window.height()
    window.resize(
        min(window.width(), room.width() - extra_width),
        min(window.height(), room.height() - extra_height),
    )
    window.move(room.topLeft())
