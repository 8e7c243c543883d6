"""The people list: a filter box over a lazily paged table of persons."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.models.people import ARRESTED, BORN, FLAGS, NAME, SORTABLE, PeopleModel

FILTER_DELAY_MS = 250


class PeoplePanel(QWidget):
    person_selected = Signal(int)

    def __init__(self, model: PeopleModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self._wanted_id: int | None = None
        self._shown_id: int | None = None

        self.filter = QLineEdit(self)
        self.filter.setObjectName("peopleFilter")
        self.filter.setPlaceholderText(self.tr("Filter by name…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setToolTip(
            self.tr("Show the people whose names (or name variants) start with these words")
        )
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(lambda: self.model.set_query(self.filter.text()))
        self.filter.textChanged.connect(lambda _text: self._filter_timer.start())
        self.filter.returnPressed.connect(self._apply_filter_now)

        self.table = QTableView(self)
        self.table.setObjectName("peopleTable")
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        # Uniform rows: the view never measures rows it does not show.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        # Widths from the font, not from the rows: sizing to contents would read (and fetch)
        # a thousand rows on every reset.
        metrics = self.table.fontMetrics()
        for column, sample in ((BORN, "~0000"), (ARRESTED, "~0000"), (FLAGS, "99")):
            title = str(model.headerData(column, Qt.Orientation.Horizontal, 0))
            width = max(metrics.horizontalAdvance(sample), metrics.horizontalAdvance(title))
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            # Room for the sort arrow, and for the badge in the flag column.
            header.resizeSection(column, width + 22 + (18 if column == FLAGS else 0))
        header.setHighlightSections(False)
        # The indicator first: enabling sorting sorts by whatever it shows.
        header.setSortIndicator(
            BORN if model.order == "birth" else NAME,
            Qt.SortOrder.DescendingOrder if model.descending else Qt.SortOrder.AscendingOrder,
        )
        self.table.setSortingEnabled(True)
        header.sortIndicatorChanged.connect(self._sort_changed)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)

        self.count = QLabel(self)
        self.count.setObjectName("peopleCount")
        self.count.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.count.setEnabled(False)  # a quieter colour for secondary information
        model.loaded.connect(self._loaded)

        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("x") * 40)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 0, 6)
        layout.setSpacing(4)
        layout.addWidget(self.filter)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)

    def _apply_filter_now(self) -> None:
        self._filter_timer.stop()
        self.model.set_query(self.filter.text())

    def _sort_changed(self, column: int, order: Qt.SortOrder) -> None:
        if column not in SORTABLE:
            # Only name and birth can be sorted in SQL for now; keep the indicator honest.
            header = self.table.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(
                BORN if self.model.order == "birth" else NAME,
                Qt.SortOrder.DescendingOrder
                if self.model.descending
                else Qt.SortOrder.AscendingOrder,
            )
            header.blockSignals(False)

    def _current_changed(self, current, _previous) -> None:  # type: ignore[no-untyped-def]
        person_id = self.model.id_at(current.row()) if current.isValid() else None
        if person_id is not None:
            self._wanted_id = person_id
            self._shown_id = person_id
            self.person_selected.emit(person_id)

    def _loaded(self, rows: int) -> None:
        self.count.setText(self.tr("%n person(s)", "", rows))
        if self._wanted_id is not None:
            # Re-select after a sort or filter; announce it only if it is not shown yet.
            self.select_person(self._wanted_id, emit=self._wanted_id != self._shown_id)

    def current_person(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.id_at(index.row()) if index.isValid() else None

    def select_person(self, person_id: int, *, emit: bool = True) -> bool:
        """Select and show a person if the current filter lists them."""
        self._wanted_id = person_id
        row = self.model.row_of(person_id)
        if row is None:
            return False
        index = self.model.index(row, NAME)
        selection = self.table.selectionModel()
        if not emit:
            selection.blockSignals(True)
        selection.setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        if not emit:
            selection.blockSignals(False)
            self.table.viewport().update()
        self.table.scrollTo(index)
        return True

    def focus_filter(self) -> None:
        self.filter.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter.selectAll()
