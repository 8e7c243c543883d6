"""Windows that grow to show all of their text rather than cutting it.

A word-wrapped label asks for more height the narrower it is; a dialog whose message changes
after it was shown (a summary, a path) does not grow by itself. `grow_to_fit` makes it as tall
as its contents need at its width (never wider than the screen allows).
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget


def grow_to_fit(window: QWidget) -> None:
    layout = window.layout()
    if layout is None:
        return
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
    screen = window.screen()
    if screen is not None:
        needed = min(needed, screen.availableGeometry().height())
    if needed > window.height():
        window.resize(width, needed)
