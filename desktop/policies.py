"""The rules every widget follows, whoever made it, applied as each widget is polished.

- a label that chose no text format shows plain text (`desktop.plain`: data is never markup);
- an item view is one Tab stop (`desktop.keyboard`);
- every window and dialog has a focus ring (`desktop.keyboard.FocusRing`);
- an interactive widget without an accessible name gets one (`desktop.accessibility`);
- a dialog is as wide as its title needs (`desktop.fitting`).

They hang on the application's style (a `QProxyStyle` over the platform's own): Qt asks the
style to polish every widget once, before it is first shown. An application-wide event filter
would see every event of the program instead, and cost about a fifth of the time of building
and painting a dossier (measured: docs/user-guide-accessibility.md).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QLabel,
    QProxyStyle,
    QStyleFactory,
    QWidget,
)

from desktop import accessibility, fitting, keyboard, plain


def apply(widget: QWidget) -> None:
    if isinstance(widget, QLabel):
        plain.make_plain(widget)
    elif isinstance(widget, QAbstractItemView):
        keyboard.one_tab_stop(widget)
    accessibility.give_name(widget)
    if widget.isWindow():
        keyboard.add_focus_ring(widget)
        if isinstance(widget, QDialog):
            fitting.make_room_for_title(widget)


class PolicyStyle(QProxyStyle):
    def polish(self, target: Any) -> Any:
        result = super().polish(target)
        if isinstance(target, QWidget):
            apply(target)
        return result


def install(app: QApplication) -> None:
    """Put the policies over the application's current style (once)."""
    style = app.style()
    if isinstance(style, PolicyStyle):
        return
    base = QStyleFactory.create(style.name()) if style is not None else None
    app.setStyle(PolicyStyle(base) if base is not None else PolicyStyle())
