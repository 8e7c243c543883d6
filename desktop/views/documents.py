"""The Documents view beside People: every document, the inbox of those linked to no one,
filters and orders, linking persons (a picker with the any-spelling search, or by dragging a
document onto a person), tags, and the person the selected document's text names.

`DocumentsPanel` is the widget; `attach_documents(window)` wires it into the main window (opening
a document in the workspace, refreshing after edits, imports and OCR, drops on the people list,
the checks that keep up by themselves), so that the window itself changes little.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from catalog.services import document_tags, documents
from catalog.services.document_list import DocumentFilter
from catalog.services.person_matching import propose_person
from catalog.vocab import DocumentKind, choices
from desktop import commands, labels
from desktop.dialogs.person_picker import PersonPicker
from desktop.models.documents import (
    COLUMN_OF_ORDER,
    DOCUMENT_MIME,
    ISSUED,
    KIND,
    OCR,
    PAGES,
    PERSONS,
    THUMB,
    THUMB_SIZE,
    TITLE,
    DocumentsModel,
)
from desktop.rechecks import AutoChecks
from desktop.views.flow import FlowRow
from desktop.views.person_proposal import PersonProposalBox

if TYPE_CHECKING:
    from desktop.case_window import CaseWindow

FILTER_DELAY_MS = 250


class DocumentsPanel(QWidget):
    document_opened = Signal(int)
    document_selected = Signal(int)
    # A document whose text was just read and which is linked to no one was chosen by itself.
    needs_person = Signal(int)

    def __init__(self, model: DocumentsModel, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("documentsPanel")
        self.model = model
        self._current: int | None = None
        self._proposal_generation = 0
        self._pick_inbox = False

        self.text = QLineEdit(self)
        self.text.setObjectName("documentsFilter")
        self.text.setAccessibleName(self.tr("Words to find in the documents"))
        self.text.setPlaceholderText(self.tr("Find words in titles, issuers and texts…"))
        self.text.setClearButtonEnabled(True)
        self.inbox = QCheckBox(self.tr("&Inbox: linked to no one"), self)
        self.inbox.setObjectName("documentsInbox")
        self.inbox.setAccessibleName(self.tr("Show only documents linked to no one"))
        self.kind = QComboBox(self)
        self.kind.setObjectName("documentsKind")
        self.kind.setAccessibleName(self.tr("Kind of document"))
        self.kind.addItem(self.tr("Every kind"), None)
        for value in choices(DocumentKind):
            self.kind.addItem(labels.document_kind(value), value)
        self.ocr = QComboBox(self)
        self.ocr.setObjectName("documentsOcr")
        self.ocr.setAccessibleName(self.tr("State of the text"))
        self.ocr.addItem(self.tr("Any text state"), None)
        for value in ("not_done", "done", "corrected"):
            self.ocr.addItem(labels.ocr_state(value), value)
        self.tag = QComboBox(self)
        self.tag.setObjectName("documentsTag")
        self.tag.setAccessibleName(self.tr("Tag"))
        self.tag.addItem(self.tr("Any tag"), None)
        # The tags are the person's own words: the filter grows to the chosen one (up to a
        # limit, a tag may be 200 characters long).
        self.tag.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.tag.setMaximumWidth(self.fontMetrics().averageCharWidth() * 32)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(FILTER_DELAY_MS)
        self._timer.timeout.connect(self.apply_filter)
        self.text.textChanged.connect(lambda _t: self._timer.start())
        self.text.returnPressed.connect(self.apply_filter)
        self.inbox.toggled.connect(lambda _on: self.apply_filter())
        for combo in (self.kind, self.ocr, self.tag):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filter())

        self.table = QTableView(self)
        self.table.setObjectName("documentsTable")
        self.table.setAccessibleName(self.tr("Documents"))
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setIconSize(THUMB_SIZE)
        self.table.setDragEnabled(True)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.table.verticalHeader().hide()
        # Uniform rows: the view never measures rows it does not show.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(THUMB_SIZE.height() + 6)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        metrics = self.table.fontMetrics()
        header.setSectionResizeMode(THUMB, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(THUMB, THUMB_SIZE.width() + 22)
        for column, sample in (
            (KIND, "x" * 16),
            (TITLE, "x" * 16),
            (PERSONS, "x" * 24),
            (ISSUED, "00.00.0000"),
            (PAGES, "999"),
            (OCR, "исправлен"),
        ):
            header.resizeSection(column, metrics.horizontalAdvance(sample) + 24)
        header.setStretchLastSection(True)
        header.setSortIndicator(
            COLUMN_OF_ORDER.get(model.order, THUMB),
            Qt.SortOrder.DescendingOrder if model.descending else Qt.SortOrder.AscendingOrder,
        )
        self.table.setSortingEnabled(True)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.doubleClicked.connect(self._open_index)
        self.table.activated.connect(self._open_index)

        self.count = QLabel(self)
        self.count.setObjectName("documentsCount")
        self.count.setTextFormat(Qt.TextFormat.PlainText)
        self.link_button = QPushButton(self.tr("&Link person…"), self)
        self.link_button.setObjectName("documentsLink")
        self.link_button.setAccessibleName(self.tr("Link a person to the selected document"))
        self.unlink_button = QPushButton(self.tr("&Unlink…"), self)
        self.unlink_button.setObjectName("documentsUnlink")
        self.unlink_button.setAccessibleName(
            self.tr("Remove a person's link to the selected document")
        )
        self.tag_button = QPushButton(self.tr("Ta&g…"), self)
        self.tag_button.setObjectName("documentsTagButton")
        self.tag_button.setAccessibleName(self.tr("Put a tag on the selected document"))
        self.untag_button = QPushButton(self.tr("Remo&ve tag…"), self)
        self.untag_button.setObjectName("documentsUntag")
        self.untag_button.setAccessibleName(self.tr("Take a tag off the selected document"))
        self.find_button = QPushButton(self.tr("Find its pe&rson"), self)
        self.find_button.setObjectName("documentsFind")
        self.find_button.setAccessibleName(
            self.tr("Find the person the selected document's text names")
        )
        self.find_button.clicked.connect(self.propose)
        self.proposal = PersonProposalBox(language, self)

        # The filters and the buttons wrap onto a second line rather than widen the pane: at
        # 1024 px (and in Russian) the page beside it needs the room.
        filters = FlowRow((self.kind, self.ocr, self.tag), self)
        buttons = FlowRow(
            (
                self.link_button,
                self.unlink_button,
                self.tag_button,
                self.untag_button,
                self.find_button,
            ),
            self,
        )
        top = QWidget(self)
        column = QVBoxLayout(top)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        column.addWidget(self.text)
        column.addWidget(self.inbox)
        column.addWidget(filters)
        column.addWidget(self.table, 1)
        column.addWidget(self.count)
        column.addWidget(buttons)
        self.split = QSplitter(Qt.Orientation.Vertical, self)
        self.split.addWidget(top)
        self.split.addWidget(self.proposal)
        self.split.setChildrenCollapsible(False)
        self.split.setStretchFactor(0, 3)
        self.split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 0, 6)
        layout.addWidget(self.split)
        model.loaded.connect(self._loaded)
        self._update_buttons()

    # -- filters -------------------------------------------------------------------------------

    def current_filter(self) -> DocumentFilter:
        return DocumentFilter(
            unlinked=self.inbox.isChecked(),
            kind=self.kind.currentData(),
            ocr=self.ocr.currentData(),
            tag=self.tag.currentData(),
            text=self.text.text().strip() or None,
        )

    def apply_filter(self) -> None:
        self._timer.stop()
        self.model.set_filter(self.current_filter())

    def set_tags(self, names: list[str]) -> None:
        chosen = self.tag.currentData()
        self.tag.blockSignals(True)
        self.tag.clear()
        self.tag.addItem(self.tr("Any tag"), None)
        for name in names:
            self.tag.addItem(name, name)
        index = self.tag.findData(chosen) if chosen is not None else 0
        self.tag.setCurrentIndex(max(0, index))
        self.tag.blockSignals(False)

    def _loaded(self, rows: int, unlinked: int) -> None:
        self.count.setText(
            self.tr("%n document(s)", "", rows) + " · " + self.tr("%n in the inbox", "", unlinked)
        )
        if self._current is not None and not self.select_document(self._current, emit=False):
            self._current = None
            self.proposal.clear()
        if self._pick_inbox and self._current is None:
            self._pick_inbox = False
            self._select_first_to_link()
        self._update_buttons()

    # -- selection -----------------------------------------------------------------------------

    def current_document(self) -> int | None:
        return self._current

    def select_document(self, document_id: int, *, emit: bool = True) -> bool:
        row = self.model.row_of(document_id)
        if row is None:
            return False
        index = self.model.index(row, TITLE)
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
        self._current = document_id
        self.table.scrollTo(index)
        return True

    def _current_changed(self, current, _previous) -> None:  # type: ignore[no-untyped-def]
        document_id = self.model.id_at(current.row()) if current.isValid() else None
        self._current = document_id
        self._update_buttons()
        if document_id is None:
            self.proposal.clear()
            return
        self.document_selected.emit(document_id)
        row = self.model.row_data(current.row())
        if row is not None and not row.linked and row.ocr_state in ("done", "corrected"):
            self.propose()
        else:
            self.proposal.clear()

    def _open_index(self, index) -> None:  # type: ignore[no-untyped-def]
        document_id = self.model.id_at(index.row())
        if document_id is not None:
            self.document_opened.emit(document_id)

    def _update_buttons(self) -> None:
        has = self._current is not None
        for button in (self.link_button, self.unlink_button, self.tag_button, self.find_button):
            button.setEnabled(has)
        self.untag_button.setEnabled(bool(self.current_tags()))

    def current_tags(self) -> tuple[str, ...]:
        """The tags on the selected document, as listed."""
        row = self.model.row_of(self._current) if self._current is not None else None
        data = self.model.row_data(row) if row is not None else None
        return data.tags if data is not None else ()

    # -- the person the text names -------------------------------------------------------------

    def after_reading(self) -> None:
        """Pages were read: list again; with no document chosen, choose the first one whose
        text can now name its person, so that the proposal shows (an import with no person)."""
        self._pick_inbox = self._current is None
        self.model.reload()
        if self._current is not None:
            self.propose_if_unlinked()

    def _select_first_to_link(self) -> None:
        for row in range(min(self.model.rowCount(), 50)):
            data = self.model.row_data(row)
            if data is not None and not data.linked and data.ocr_state in ("done", "corrected"):
                self.select_document(data.id)
                self.needs_person.emit(data.id)
                return

    def propose_if_unlinked(self) -> None:
        """After the pages were read: propose the person if the document is linked to no one."""
        row = self.model.row_of(self._current) if self._current is not None else None
        data = self.model.row_data(row) if row is not None else None
        if data is not None and not data.linked:
            self.propose()

    def propose(self) -> None:
        document_id = self._current
        if document_id is None:
            return
        self._proposal_generation += 1
        generation = self._proposal_generation
        job = self.model.jobs.read(propose_person, self.model.catalog, document_id)
        job.on_success(self, lambda proposal: self._proposed(generation, proposal))

    def _proposed(self, generation: int, proposal: Any) -> None:
        if generation == self._proposal_generation and proposal.document_id == self._current:
            self.proposal.show_proposal(proposal)


class PersonDropTarget(QObject):
    """Documents dragged from the documents list onto a person in the people list."""

    dropped = Signal(int, int)  # document id, person id

    def __init__(self, table: QTableView, person_at: Any) -> None:
        super().__init__(table)
        self.table = table
        self.person_at = person_at
        table.setAcceptDrops(True)
        table.viewport().setAcceptDrops(True)
        table.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop):
            return False
        mime = event.mimeData()  # type: ignore[attr-defined]
        if not mime.hasFormat(DOCUMENT_MIME):
            return False  # files dropped to import: the window takes them
        person_id = self.person_at(event.position().toPoint())  # type: ignore[attr-defined]
        if person_id is None:
            event.ignore()
            return True
        event.setDropAction(Qt.DropAction.LinkAction)  # type: ignore[attr-defined]
        event.accept()
        if kind == QEvent.Type.Drop:
            raw = bytes(mime.data(DOCUMENT_MIME)).decode("ascii")
            for text in raw.split(","):
                if text.strip().isdigit():
                    self.dropped.emit(int(text), person_id)
        return True


class DocumentsController(QObject):
    """Links, tags and proposals from the documents view, as undoable commands."""

    def __init__(self, window: CaseWindow, panel: DocumentsPanel) -> None:
        super().__init__(window)
        self.window = window
        self.panel = panel
        self.edits = window.edits
        panel.link_button.clicked.connect(self.link_person)
        panel.unlink_button.clicked.connect(self.unlink_person)
        panel.tag_button.clicked.connect(self.tag_document)
        panel.untag_button.clicked.connect(self.untag_document)
        panel.proposal.link_requested.connect(self.link_proposed)
        panel.proposal.create_requested.connect(self.create_person)
        panel.document_opened.connect(lambda doc: window.workspace.open(doc))
        self.edits.changed.connect(self._changed)
        self.load_tags()

    def _changed(self, change: commands.Change) -> None:
        for suggestion, recorded in change.duplicates:
            self.window.statusBar().showMessage(
                self.tr("Claim %1 says the same as claim %2, already recorded: nothing added.")
                .replace("%1", str(suggestion))
                .replace("%2", str(recorded)),
                10000,
            )
        if change.documents or change.people_list or change.persons:
            self.panel.model.reload()
            self.load_tags()
            if self.panel.current_document() in change.documents:
                self.panel.proposal.clear()

    def load_tags(self) -> None:
        job = self.window.jobs.read(document_tags.document_tags, self.window.catalog)
        job.on_success(self, lambda tags: self.panel.set_tags([t.name for t in tags]))

    def link(self, document_id: int, person_id: int, role: str) -> None:
        if not self.window.editable:
            return
        text = self.tr("Link document %1 to a person").replace("%1", str(document_id))
        self.edits.push(commands.LinkPerson(self.edits, text, document_id, person_id, role))

    def link_proposed(self, document_id: int, person_id: int) -> None:
        self.link(document_id, person_id, "subject")
        self.fill_details(document_id)

    def create_person(self, document_id: int, values: Any) -> None:
        if not self.window.editable:
            return
        text = self.tr("New person from document %1").replace("%1", str(document_id))
        self.edits.push(commands.LinkNewPerson(self.edits, text, document_id, values))
        self.fill_details(document_id)

    def fill_details(self, document_id: int) -> None:
        """The text was read to find the person: its kind, issuer and dates fill the document's
        empty details too (nothing a person entered is overwritten)."""
        job = self.window.jobs.write(fill_details, self.window.catalog, document_id)
        job.on_success(self, lambda _filled: self.panel.model.refresh_rows())

    def link_person(self) -> None:
        document_id = self.panel.current_document()
        if document_id is None:
            return
        proposal = self.panel.proposal.proposal
        query = proposal.named.name if proposal and proposal.named else ""
        picker = PersonPicker(
            self.window,
            self.window.catalog,
            self.window.jobs,
            title=self.tr("Link a person to document %1").replace("%1", str(document_id)),
            query=query,
        )
        if picker.exec() == PersonPicker.DialogCode.Accepted and picker.person_id() is not None:
            self.link(document_id, int(picker.person_id()), picker.chosen_role())

    def unlink_person(self) -> None:
        document_id = self.panel.current_document()
        if document_id is None:
            return
        job = self.window.jobs.read(documents.get_document, self.window.catalog, document_id)
        job.on_success(self, self._choose_unlink)

    def _choose_unlink(self, detail: Any) -> None:
        persons = {}
        for linked in detail.persons:
            persons.setdefault(linked.person.id, linked.person.full_name)
        if not persons:
            QMessageBox.information(
                self.window, self.tr("Unlink"), self.tr("This document is linked to no one.")
            )
            return
        names = [f"{name} ({person_id})" for person_id, name in persons.items()]
        choice, ok = QInputDialog.getItem(
            self.window, self.tr("Unlink"), self.tr("Person to unlink:"), names, 0, False
        )
        if not ok:
            return
        person_id = list(persons)[names.index(choice)]
        text = self.tr("Unlink a person from document %1").replace("%1", str(detail.summary.id))
        self.edits.push(commands.UnlinkPerson(self.edits, text, detail.summary.id, person_id))

    def tag_document(self) -> None:
        document_id = self.panel.current_document()
        if document_id is None or not self.window.editable:
            return
        tags = [self.panel.tag.itemData(i) for i in range(1, self.panel.tag.count())]
        name, ok = QInputDialog.getItem(
            self.window,
            self.tr("Tag"),
            self.tr("Tag (a box, a family, a batch):"),
            tags,
            0,
            True,
        )
        if not ok or not name.strip():
            return
        text = self.tr("Tag document %1 «%2»").replace("%1", str(document_id))
        self.edits.push(
            commands.TagDocument(
                self.edits, text.replace("%2", " ".join(name.split())), document_id, name
            )
        )

    def untag_document(self) -> None:
        document_id = self.panel.current_document()
        tags = list(self.panel.current_tags())
        if document_id is None or not tags or not self.window.editable:
            return
        name, ok = QInputDialog.getItem(
            self.window, self.tr("Remove tag"), self.tr("Tag to take off:"), tags, 0, False
        )
        if not ok:
            return
        text = self.tr("Remove tag «%2» from document %1").replace("%1", str(document_id))
        self.edits.push(
            commands.UntagDocument(self.edits, text.replace("%2", name), document_id, name)
        )


def fill_details(catalog: Any, document_id: int) -> dict[str, str]:
    """In the writer: fill a document's empty details from its pages' text."""
    from catalog.errors import InvalidInput
    from catalog.extract.propose import fill_document

    filled: dict[str, str] = {}
    for page in documents.get_document(catalog, document_id).pages:
        try:
            filled.update(fill_document(catalog, page.id))
        except InvalidInput:
            continue  # a page without text yet
    return filled


def person_at(window: CaseWindow, point: Any) -> int | None:
    index = window.people.table.indexAt(point)
    return window.people_model.id_at(index.row()) if index.isValid() else None


def attach_documents(window: CaseWindow) -> DocumentsController:
    """Wire the documents view into the window: links, drops, refreshes, automatic checks."""
    controller = DocumentsController(window, window.documents)
    target = PersonDropTarget(window.people.table, lambda point: person_at(window, point))
    target.dropped.connect(lambda doc, person: controller.link(doc, person, "subject"))
    controller.drop_target = target  # type: ignore[attr-defined]
    window.work.ocr.pages_read.connect(lambda _pages: window.documents.after_reading())
    # After an import with no person, the proposal is where the person looks next.
    window.documents.needs_person.connect(
        lambda _doc: window.sides.setCurrentWidget(window.documents)
    )
    controller.checks = AutoChecks(window)  # type: ignore[attr-defined]
    return controller
