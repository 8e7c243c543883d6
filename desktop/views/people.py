"""The people list: a search box over a lazily paged table of persons, and the texts found.

What is typed in the search box narrows the list to the people named so (any spelling, Latin or
Cyrillic, initials, typos, or the beginning of a surname) and, on the second tab, lists the
pages, claims and notes that contain the words.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.keyboard import one_tab_stop
from desktop.models.people import (
    ARRESTED,
    BORN,
    COLUMN_OF_ORDER,
    FLAGS,
    NAME,
    SORTABLE,
    PeopleModel,
)
from desktop.searching import TextResults, search_texts
from desktop.views.search_results import TextResultsView

FILTER_DELAY_MS = 250


class PeoplePanel(QWidget):
    person_selected = Signal(int)
    hit_opened = Signal(object)  # desktop.searching.TextHit

    def __init__(self, model: PeopleModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self._wanted_id: int | None = None
        self._shown_id: int | None = None
        self._text_generation = 0
        self._arrested_width = 0

        self.filter = QLineEdit(self)
        self.filter.setObjectName("peopleFilter")
        self.filter.setPlaceholderText(self.tr("Search names and texts…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setToolTip(
            self.tr(
                "A name in any spelling — Cyrillic or Latin letters, with initials, with a "
                "typo, or only its beginning — or words to find in the texts"
            )
        )
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self._apply_filter_now)
        self.filter.textChanged.connect(lambda _text: self._filter_timer.start())
        self.filter.returnPressed.connect(self._apply_filter_now)

        self.table = QTableView(self)
        self.table.setObjectName("peopleTable")
        one_tab_stop(self.table)
        self.table.setAccessibleName(self.tr("People"))
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        # A long name loses its middle, not its patronymic's end; the tooltip has it whole.
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
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
        self.table.viewport().installEventFilter(self)
        # The indicator first: enabling sorting sorts by whatever it shows.
        header.setSortIndicator(
            COLUMN_OF_ORDER.get(model.order, NAME),
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

        self.texts = TextResultsView(self)
        self.texts.hit_opened.connect(self.hit_opened)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("peopleTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.setAccessibleName(self.tr("People and texts found"))
        people_tab = QWidget(self)
        people_layout = QVBoxLayout(people_tab)
        people_layout.setContentsMargins(0, 0, 0, 0)
        people_layout.setSpacing(2)
        people_layout.addWidget(self.table, 1)
        people_layout.addWidget(self.count)
        self.tabs.addTab(people_tab, self.tr("People"))
        self.tabs.addTab(self.texts, self.tr("In texts"))
        self.tabs.setTabToolTip(1, self.tr("Pages, claims and notes that contain the words"))

        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("x") * 40)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 0, 6)
        layout.setSpacing(4)
        layout.addWidget(self.filter)
        layout.addWidget(self.tabs, 1)

    def eventFilter(self, watched, event) -> bool:  # type: ignore[no-untyped-def]
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return super().eventFilter(watched, event)

    def _fit_columns(self) -> None:
        """A narrow list gives up the arrest column before it cuts the names short."""
        header = self.table.horizontalHeader()
        fixed = sum(header.sectionSize(c) for c in (BORN, FLAGS) if not header.isSectionHidden(c))
        wanted = self.table.fontMetrics().averageCharWidth() * 24  # a three-part name
        arrested = header.sectionSize(ARRESTED) or self._arrested_width
        self._arrested_width = arrested
        room = self.table.viewport().width() - fixed - arrested
        self.table.setColumnHidden(ARRESTED, room < wanted)

    def _apply_filter_now(self) -> None:
        self._filter_timer.stop()
        query = self.filter.text().strip()
        if query == self.model.query and self.texts.results is not None:
            return
        self.model.set_query(query)
        self._search_texts(query)

    def _search_texts(self, query: str) -> None:
        self._text_generation += 1
        generation = self._text_generation
        if not query:
            self.texts.show_hint()
            self.tabs.setTabText(1, self.tr("In texts"))
            return
        job = self.model.jobs.read(search_texts, self.model.catalog, query)
        job.on_success(self, lambda results: self._texts_found(generation, results))

    def _texts_found(self, generation: int, results: TextResults) -> None:
        if generation != self._text_generation:
            return
        self.texts.show_results(results)
        self.tabs.setTabText(1, self.tr("In texts (%1)").replace("%1", str(len(results.hits))))

    def refresh_texts(self) -> None:
        """Search the texts again (after an edit changed what they say)."""
        if self.model.query:
            self._search_texts(self.model.query)

    def _sort_changed(self, column: int, order: Qt.SortOrder) -> None:
        if column not in SORTABLE:
            # The flag column has no order of its own; keep the indicator honest.
            header = self.table.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(
                COLUMN_OF_ORDER.get(self.model.order, NAME),
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
        self.tabs.setTabText(
            0,
            self.tr("People (%1)").replace("%1", str(rows))
            if self.model.query
            else self.tr("People"),
        )
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
        self.tabs.setCurrentIndex(0)
        self.filter.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter.selectAll()

    def focus_text_search(self) -> None:
        self.tabs.setCurrentIndex(1)
        self.filter.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter.selectAll()
