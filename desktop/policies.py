"""One application-wide event filter for the rules every widget follows, whoever made it.

- a label that chose no text format shows plain text (`desktop.plain`: data is never markup);
- an item view is one Tab stop (`desktop.keyboard`);
- every window and dialog has a focus ring (`desktop.keyboard.FocusRing`);
- an interactive widget without an accessible name gets one (`desktop.accessibility`);
- a dialog is as wide as its title needs (`desktop.fitting`).

One filter rather than five: it sees every event of the program, so it does the least work it
can (two event types, looked up once) before letting the event go on.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QAbstractItemView, QApplication, QDialog, QLabel, QWidget

from desktop import accessibility, fitting, keyboard, plain

POLISH, SHOW = QEvent.Type.Polish, QEvent.Type.Show


class WidgetPolicies(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == POLISH:
            if isinstance(watched, QLabel):
                plain.make_plain(watched)
            elif isinstance(watched, QAbstractItemView):
                keyboard.one_tab_stop(watched)
        elif kind == SHOW and isinstance(watched, QWidget):
            accessibility.give_name(watched)
            if watched.isWindow():
                keyboard.add_focus_ring(watched)
                if isinstance(watched, QDialog):
                    fitting.make_room_for_title(watched)
        return False


def install(app: QApplication) -> WidgetPolicies:
    policies = app.findChild(WidgetPolicies)
    if policies is None:
        policies = WidgetPolicies(app)
        app.installEventFilter(policies)
    return policies
