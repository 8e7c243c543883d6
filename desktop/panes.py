"""How the main window shares its width between the list, the dossier and the document.

With the People tab open, the three panes sit side by side as the person left them. With the
Documents tab open the work is reading a page and linking it: the document pane gets the room.
On a narrow window (1024 px) the dossier steps aside while the Documents tab is open (the
page at a width one can read, and its text), and comes back with the People tab. Each tab keeps
the splitter sizes the person gave it.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QByteArray, QEvent, QObject
from PySide6.QtWidgets import QSplitter, QTabWidget, QWidget


class PanedWindow(Protocol):
    """What the pane sizes need of the main window (`desktop.main_window.MainWindow`, also
    their Qt parent): written against this, this module never imports the window."""

    sides: QTabWidget
    splitter: QSplitter
    dossier: QWidget

    def width(self) -> int: ...

    def installEventFilter(self, watcher: QObject) -> None: ...


# Below this width the list, the dossier and a readable page do not fit side by side.
WIDE_ENOUGH = 1400
PEOPLE, DOCUMENTS = 0, 1
# Shares of the width on the Documents tab: the list, the dossier, the document.
DOCUMENTS_SHARES = (0.32, 0.22, 0.46)
NARROW_LIST_SHARE = 0.38  # the list's share when the dossier steps aside


class PaneSizes(QObject):
    def __init__(self, window: PanedWindow) -> None:
        super().__init__(window)  # type: ignore[arg-type]
        self.window = window
        self.sizes: dict[int, list[int]] = {}
        self.tab = window.sides.currentIndex()
        window.sides.currentChanged.connect(self._tab_changed)
        window.installEventFilter(self)

    def dossier_steps_aside(self) -> bool:
        return self.tab == DOCUMENTS and self.window.width() < WIDE_ENOUGH

    def _tab_changed(self, tab: int) -> None:
        if self.tab == tab:
            return
        self._remember()
        self.tab = tab
        self._arrange()

    def _remember(self) -> None:
        sizes = self.window.splitter.sizes()
        if self.window.dossier.isVisibleTo(self.window) and all(sizes):
            self.sizes[self.tab] = sizes

    def _arrange(self) -> None:
        window = self.window
        splitter = window.splitter
        width = max(sum(splitter.sizes()), splitter.width())
        if self.dossier_steps_aside():
            window.dossier.hide()
            listed = max(int(width * NARROW_LIST_SHARE), window.sides.minimumSizeHint().width())
            splitter.setSizes([listed, 0, width - listed])
            return
        window.dossier.show()
        sizes = self.sizes.get(self.tab)
        if sizes is None and self.tab == DOCUMENTS:
            sizes = [int(width * share) for share in DOCUMENTS_SHARES]
        if sizes is not None:
            splitter.setSizes(sizes)

    def people_state(self) -> QByteArray:
        """The splitter as the People tab has it, which is how the window opens next time."""
        splitter = self.window.splitter
        if self.tab == PEOPLE:
            return splitter.saveState()
        self._remember()
        self.window.dossier.show()
        if PEOPLE in self.sizes:
            splitter.setSizes(self.sizes[PEOPLE])
        state = splitter.saveState()
        self._arrange()
        return state

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Resize and self.tab == DOCUMENTS:
            hidden = not self.window.dossier.isVisibleTo(self.window)
            if hidden != self.dossier_steps_aside():
                self._arrange()
        return False
