"""The people list's model: ids in memory, rows fetched from SQL a page at a time.

Like Anki's browser table, the model holds only the ordered ids (8 bytes each in an `array`), asked
for once per sort or search in a worker (`catalog.search.person_ids`: by name, birth or first
arrest, each along an index; a search finds any spelling, Latin or Cyrillic, initials and typos),
and reads the rows it is asked to show in pages of `PAGE_SIZE` through `catalog.search.person_rows`
(indexed look-ups), keeping a bounded cache of pages. A catalogue of a million people costs 8 MB
of ids and a few hundred cached rows.
"""

from __future__ import annotations

from array import array
from collections import OrderedDict
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QApplication

from catalog.db import Catalog
from catalog.errors import CatalogDamaged
from catalog.search import PersonRow, person_ids, person_rows
from desktop import labels, plain
from desktop.workers import Jobs

PAGE_SIZE = 50  # one fetch costs a few milliseconds, well inside a frame
MAX_CACHED_PAGES = 80
# Stands for a row of a damaged database: shown as such, never as a person.
UNREADABLE: Any = object()

NAME, BORN, ARRESTED, FLAGS = range(4)
SORTABLE = {NAME: "name", BORN: "birth", ARRESTED: "arrest"}
COLUMN_OF_ORDER = {order: column for column, order in SORTABLE.items()}

AnyIndex = QModelIndex | QPersistentModelIndex


class PeopleModel(QAbstractTableModel):
    loaded = Signal(int)  # number of rows after a (re)load

    def __init__(self, catalog: Catalog, jobs: Jobs, parent: Any = None) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self.jobs = jobs
        self.ids = array("q")
        self._pages: OrderedDict[int, list[PersonRow | None]] = OrderedDict()
        self.order = "name"
        self.descending = False
        self.query = ""
        self._generation = 0
        self._badges: dict[tuple[str, int], QIcon] = {}

    # -- loading -------------------------------------------------------------------------------

    def reload(self) -> None:
        """Ask a worker for the ids in the current order and filter; rows follow on demand."""
        self._generation += 1
        generation = self._generation
        job = self.jobs.read(
            person_ids,
            self.catalog,
            order=self.order,
            descending=self.descending,
            query=self.query or None,
            prefix=True,
        )
        job.on_success(self, lambda ids: self._set_ids(generation, ids))

    def set_query(self, query: str) -> None:
        self.query = query.strip()
        self.reload()

    def _set_ids(self, generation: int, ids: list[int]) -> None:
        if generation != self._generation:
            return  # a later sort or filter superseded this one
        self.beginResetModel()
        self.ids = array("q", ids)
        self._pages.clear()
        self.endResetModel()
        self.loaded.emit(len(self.ids))

    def refresh_rows(self, person_ids: set[int] | None = None) -> None:
        """Forget cached rows (all, or those of some persons) and repaint them."""
        self._pages.clear()
        if self.ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.ids) - 1, FLAGS))

    def _row(self, row: int) -> PersonRow | None:
        page_no = row // PAGE_SIZE
        page = self._pages.get(page_no)
        if page is None:
            start = page_no * PAGE_SIZE
            wanted = self.ids[start : start + PAGE_SIZE].tolist()
            try:
                found = {r.id: r for r in person_rows(self.catalog, wanted)}
            except CatalogDamaged:
                # A damaged database (the banner says so): these rows cannot be read.
                found = {person_id: UNREADABLE for person_id in wanted}
            page = [found.get(person_id) for person_id in wanted]
            self._pages[page_no] = page
            while len(self._pages) > MAX_CACHED_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page_no)
        return page[row - page_no * PAGE_SIZE]

    # -- lookup --------------------------------------------------------------------------------

    def id_at(self, row: int) -> int | None:
        return self.ids[row] if 0 <= row < len(self.ids) else None

    def row_of(self, person_id: int) -> int | None:
        try:
            return self.ids.index(person_id)
        except ValueError:
            return None

    def cached_rows(self) -> int:
        return sum(len(page) for page in self._pages.values())

    # -- Qt model ------------------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            # The flag column is titled with the flag sign itself: narrow in every language.
            return (self.tr("Name"), self.tr("Born"), self.tr("Arrested"), "⚑")[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return (
                self.tr("Surname, given name and patronymic; click to sort"),
                self.tr("Year or date of birth; click to sort"),
                self.tr("Earliest arrest date stated in the documents; click to sort"),
                self.tr("Flags: suspicions raised by the checks or by you"),
            )[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.DecorationRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.UserRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            return None
        if role == Qt.ItemDataRole.UserRole:
            return self.id_at(index.row())
        row = self._row(index.row())
        if row is UNREADABLE:
            return self.tr("(cannot be read)") if role == Qt.ItemDataRole.DisplayRole else None
        if row is None:
            return self.tr("(deleted)") if role == Qt.ItemDataRole.DisplayRole else None
        column = index.column()
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._spoken(row, column)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == NAME:
                return row.full_name
            # Years keep the columns narrow and the names readable; the tooltip has the date.
            if column == BORN:
                return labels.year(row.birth)
            if column == ARRESTED:
                return labels.year(row.first_arrest)
            if column == FLAGS:
                total = row.flags_suggested + row.flags_confirmed
                return str(total) if total else ""
        if role == Qt.ItemDataRole.DecorationRole and column == FLAGS:
            if row.flags_confirmed:
                return self._badge("confirmed")
            if row.flags_suggested:
                return self._badge("suggested")
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == FLAGS and (row.flags_suggested or row.flags_confirmed):
                parts = []
                if row.flags_suggested:
                    parts.append(self.tr("%n flag(s) to review", "", row.flags_suggested))
                if row.flags_confirmed:
                    parts.append(self.tr("%n confirmed flag(s)", "", row.flags_confirmed))
                return "; ".join(parts)
            if column == NAME:
                return plain.tooltip(row.full_name)  # the whole name, however narrow the list
            if column == BORN and row.birth is not None:
                return labels.date(row.birth)
            if column == ARRESTED and row.first_arrest is not None:
                return labels.date(row.first_arrest)
        return None

    def _spoken(self, row: Any, column: int) -> str:
        """What a screen reader says for a cell: words, not "~1899" or "⚑ 1"."""
        if column == NAME:
            return row.full_name
        if column == BORN:
            return self.tr("born %1").replace("%1", labels.date(row.birth)) if row.birth else ""
        if column == ARRESTED:
            return (
                self.tr("arrested %1").replace("%1", labels.date(row.first_arrest))
                if row.first_arrest
                else ""
            )
        parts = []
        if row.flags_suggested:
            parts.append(self.tr("%n flag(s) to review", "", row.flags_suggested))
        if row.flags_confirmed:
            parts.append(self.tr("%n confirmed flag(s)", "", row.flags_confirmed))
        return "; ".join(parts) or self.tr("no flags")

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = SORTABLE.get(column)
        if key is None:
            return
        self.order = key
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    def _badge(self, status: str) -> QIcon:
        """A small round badge; confirmed flags are solid, flags to review are outlined."""
        palette = QApplication.palette()
        dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
        key = (status, int(dark))
        if key not in self._badges:
            color = QColor("#e0524a" if dark else "#c62828")
            size = 14
            ratio = QApplication.instance().devicePixelRatio() if QApplication.instance() else 1
            pixmap = QPixmap(int(size * ratio), int(size * ratio))
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(color)
            if status == "confirmed":
                painter.setBrush(color)
            painter.drawEllipse(2, 2, size - 4, size - 4)
            painter.end()
            self._badges[key] = QIcon(pixmap)
        return self._badges[key]
