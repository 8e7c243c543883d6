"""Working the window from the keyboard: a visible focus ring, moving between panes, undo.

- `FocusRing` draws a thick frame in the palette's highlight colour around whatever widget has
  the keyboard focus, over the window's contents. It follows the focus everywhere (the people
  list, the dossier's buttons, a dialog's fields) without a style sheet per widget type, so
  widgets added later get it too, and the style's own look of a focused widget is kept.
- `PaneCycler` gives F6 / Shift+F6 and Ctrl+Tab / Ctrl+Shift+Tab: the focus moves from pane to
  pane (people, dossier, document), to the widget that had the focus there last.
- `tab_stops(root)` lists what Tab should reach; item views inside are one tab stop each
  (`one_tab_stop` turns off their cell-by-cell Tab).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtGui import QAction, QColor, QKeySequence, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QWidget,
)

RING_WIDTH = 3


class FocusRing(QWidget):
    """A frame drawn around the focused widget of its window, above everything else."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("focusRing")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground, True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.target: QWidget | None = None
        self.hide()
        app = QApplication.instance()
        if app is not None:
            app.focusChanged.connect(self._focus_changed)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if self.target is not None:
            with contextlib.suppress(RuntimeError):  # the widget is gone
                self.target.removeEventFilter(self)
        self.target = None
        try:
            if new is None or new.window() is not self.window():
                self.hide()
                return
        except RuntimeError:
            return
        self.target = new
        new.installEventFilter(self)
        self.follow()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Move, QEvent.Type.Resize, QEvent.Type.Hide):
            self.follow()
        return False

    def target_rect(self) -> QRect:
        """The focused widget's visible part, in the window's coordinates (empty if none)."""
        target = self.target
        if target is None or not target.isVisible():
            return QRect()
        shown = target
        # A scroll area's viewport shows the ring around the area, not around the viewport.
        parent = target.parentWidget()
        if isinstance(parent, QAbstractScrollArea) and target is parent.viewport():
            shown = parent
        visible = shown.visibleRegion().boundingRect()
        if isinstance(shown, QAbstractScrollArea):
            # Its viewport and scroll bars cover it: its own visible region is only the gaps
            # between them (a page scrolled by its width showed the ring around its scroll bar).
            visible = shown.rect()
        if visible.isEmpty():
            visible = shown.rect()
        top_left = shown.mapTo(self.window(), visible.topLeft())
        return QRect(top_left, visible.size())

    def follow(self) -> None:
        rect = self.target_rect()
        if rect.isEmpty():
            self.hide()
            return
        pad = RING_WIDTH
        self.setGeometry(rect.adjusted(-pad, -pad, pad, pad).intersected(self.window().rect()))
        self.show()
        self.raise_()
        self.update()

    def paintEvent(self, _event: QEvent) -> None:
        painter = QPainter(self)
        colour = QColor(self.palette().color(QPalette.ColorRole.Highlight))
        colour.setAlpha(255)
        pen = QPen(colour, RING_WIDTH)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        painter.setPen(pen)
        half = RING_WIDTH // 2
        painter.drawRect(self.rect().adjusted(half, half, -half - 1, -half - 1))


def one_tab_stop(view: QAbstractItemView) -> None:
    """Tab leaves the view; the arrow keys move inside it."""
    view.setTabKeyNavigation(False)


def tab_stops(root: QWidget) -> list[QWidget]:
    """The visible, enabled widgets under `root` that Tab should reach."""
    found = []
    for widget in root.findChildren(QWidget):
        if (
            widget.isVisibleTo(root)
            and widget.isVisible()
            and widget.isEnabled()
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and widget.focusProxy() is None
        ):
            # Scrolled out of sight still counts: Tab scrolls the dossier to it.
            found.append(widget)
    return found


class PaneCycler(QObject):
    """F6 and Ctrl+Tab move the focus to the next pane, Shift+F6 and Ctrl+Shift+Tab back."""

    def __init__(self, window: QWidget, panes: Callable[[], Iterable[QWidget]]) -> None:
        super().__init__(window)
        self.window = window
        self.panes = panes
        self.last_focus: dict[int, QWidget] = {}
        self.next_action = QAction(self.tr("&Next pane"), window)
        self.next_action.setShortcuts([QKeySequence(Qt.Key.Key_F6), QKeySequence("Ctrl+Tab")])
        self.next_action.triggered.connect(lambda: self.move(1))
        self.previous_action = QAction(self.tr("&Previous pane"), window)
        self.previous_action.setShortcuts(
            [QKeySequence("Shift+F6"), QKeySequence("Ctrl+Shift+Tab")]
        )
        self.previous_action.triggered.connect(lambda: self.move(-1))
        for action in (self.next_action, self.previous_action):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            window.addAction(action)
        app = QApplication.instance()
        if app is not None:
            app.focusChanged.connect(self._remember)

    def _remember(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is None:
            return
        try:
            for index, pane in enumerate(self.panes()):
                if pane is new or pane.isAncestorOf(new):
                    self.last_focus[index] = new
        except RuntimeError:  # the window is being torn down
            pass

    def current(self) -> int:
        focused = QApplication.focusWidget()
        for index, pane in enumerate(self.panes()):
            if focused is not None and (pane is focused or pane.isAncestorOf(focused)):
                return index
        return -1

    def move(self, step: int) -> None:
        panes = [p for p in self.panes() if p.isVisible()]
        if not panes:
            return
        all_panes = list(self.panes())
        index = self.current()
        position = panes.index(all_panes[index]) if index >= 0 and all_panes[index] in panes else -1
        target = panes[(position + step) % len(panes)]
        self.focus_pane(target, all_panes.index(target))

    def focus_pane(self, pane: QWidget, index: int) -> None:
        remembered = self.last_focus.get(index)
        try:
            usable = (
                remembered is not None
                and remembered.isVisible()
                and remembered.isEnabled()
                and pane.isAncestorOf(remembered)
            )
        except RuntimeError:
            usable = False
        target = remembered if usable else first_stop(pane)
        if target is not None:
            target.setFocus(Qt.FocusReason.TabFocusReason)


def first_stop(pane: QWidget) -> QWidget | None:
    """The first widget in `pane` that Tab reaches, in the focus chain's order."""
    if pane.isEnabled() and pane.focusPolicy() & Qt.FocusPolicy.TabFocus:
        return pane
    stops = {id(w) for w in tab_stops(pane)}
    widget = pane.nextInFocusChain()
    for _ in range(5000):
        if widget is None or widget is pane:
            break
        if id(widget) in stops:
            return widget
        widget = widget.nextInFocusChain()
    return None


def undo_falls_through(event: QEvent, can_undo: bool, can_redo: bool) -> bool:
    """For a text editor's ShortcutOverride: let Ctrl+Z / Ctrl+Shift+Z reach the window's
    Edit ▸ Undo / Redo when the editor itself has nothing to undo or redo."""
    if event.type() != QEvent.Type.ShortcutOverride:
        return False
    if event.matches(QKeySequence.StandardKey.Undo) and not can_undo:
        return True
    return event.matches(QKeySequence.StandardKey.Redo) and not can_redo


def add_focus_ring(window: QWidget) -> None:
    """Give a window or dialog its focus ring, once."""
    if (
        window.objectName() != "focusRing"
        and window.windowType() in (Qt.WindowType.Window, Qt.WindowType.Dialog)
        and window.findChild(FocusRing, "focusRing", Qt.FindChildOption.FindDirectChildrenOnly)
        is None
    ):
        FocusRing(window)
