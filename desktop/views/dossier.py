"""The selected person's dossier: names, flags, conflicting claims, a timeline and documents.

The dossier shows a `PersonDetail` snapshot; it never reads the catalogue itself. Everything a
person can do here is emitted as a signal that the main window turns into an undoable command or
into opening a page in the document workspace.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon, QImage, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from catalog.services.conflicts import Conflict, find_conflicts
from catalog.services.views import ClaimView, FlagView, PersonDetail
from desktop import labels, plain, theme
from desktop.views.claim_text import claim_details, source_text
from desktop.views.family import FamilyPanel
from desktop.views.flags import FlagCard
from desktop.views.suggestions import Suggestions
from desktop.views.timeline import Timeline

THUMB = QSize(96, 128)


def _section_title(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.1)
    label.setFont(font)
    label.setContentsMargins(0, 10, 0, 2)
    label.setWordWrap(True)
    return label


def _wrapping(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class DossierView(QScrollArea):
    open_source = Signal(object)  # ClaimView
    open_document = Signal(int)
    flag_status = Signal(int, str, str)  # flag id, old status, new status
    add_claim = Signal()
    edit_claim = Signal(int)
    delete_claim = Signal(int)
    edit_person = Signal()
    delete_person = Signal()
    accept_suggestions = Signal(object)  # claim ids
    reject_suggestions = Signal(object)  # claim ids
    family_panel_created = Signal(object)  # FamilyPanel, filled by desktop.controllers.families

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dossier")
        self.setAccessibleName(self.tr("Dossier"))
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        # The dossier reflows to its width (side-by-side cards stack when narrow); only what
        # cannot wrap at all makes it scroll sideways, so nothing is ever out of reach.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self._card_rows: list[QBoxLayout] = []
        self.detail: PersonDetail | None = None
        self.conflicts: list[Conflict] = []
        self._thumbnails: dict[int, QImage] = {}
        self.timeline: Timeline | None = None
        self.documents: QListWidget | None = None
        self.suggestions: Suggestions | None = None
        self.flag_cards: list[FlagCard] = []
        self.read_only = False
        self.show_empty()

    # -- building ------------------------------------------------------------------------------

    def set_read_only(self, read_only: bool) -> None:
        """Show the dossier without the buttons that change it (another window edits it)."""
        self.read_only = read_only
        if self.detail is not None:
            self.show_person(self.detail)

    def show_empty(self, text: str | None = None) -> None:
        self.detail = None
        self._card_rows = []
        self.timeline = None
        self.documents = None
        self.suggestions = None
        self.flag_cards = []
        page = QWidget(self)
        layout = QVBoxLayout(page)
        hint = QLabel(text or self.tr("Choose a person in the list to see their dossier."), page)
        hint.setObjectName("dossierHint")
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint.setWordWrap(True)
        hint.setEnabled(False)
        layout.addWidget(hint)
        self.setWidget(page)

    def show_person(self, detail: PersonDetail) -> None:
        self.detail = detail
        self._card_rows = []
        self.timeline = None
        self.documents = None
        self.suggestions = None
        self.flag_cards = []
        accepted = [c for c in detail.claims if c.status != "suggested"]
        suggested = [c for c in detail.claims if c.status == "suggested"]
        # A suggestion is not yet something the documents say: it joins no conflict until
        # the person accepts it.
        self.conflicts = find_conflicts(accepted)
        page = QWidget(self)
        page.setObjectName("dossierPage")
        layout = QVBoxLayout(page)
        layout.setContentsMargins(10, 10, 10, 14)
        layout.setSpacing(6)
        self._add_header(layout, page, detail)
        family = FamilyPanel(self.read_only, page)
        layout.addWidget(family)
        self.family_panel_created.emit(family)
        if detail.flags:
            self._add_flags(layout, page, detail.flags)
        if self.conflicts:
            self._add_conflicts(layout, page)
        if suggested:
            self._add_suggestions(layout, page, suggested)
        self._add_timeline(layout, page, detail, accepted)
        self._add_documents(layout, page, detail)
        layout.addStretch(1)
        plain.plain_labels(page)  # names, notes and details are data, never markup
        self.setWidget(page)
        self._stack_cards()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._stack_cards()

    def _stack_cards(self) -> None:
        """Cards side by side when they fit the dossier's width, else one above the other."""
        width = self.viewport().width() - 20
        for row in self._card_rows:
            needed = sum(
                row.itemAt(i).widget().minimumSizeHint().width() + row.spacing()
                for i in range(row.count())
                if row.itemAt(i).widget() is not None
            )
            wanted = (
                QBoxLayout.Direction.LeftToRight
                if needed <= width
                else QBoxLayout.Direction.TopToBottom
            )
            if row.direction() != wanted:
                row.setDirection(wanted)

    def _add_header(self, layout: QVBoxLayout, page: QWidget, detail: PersonDetail) -> None:
        person = detail.summary
        top = QHBoxLayout()
        name = QLabel(person.full_name, page)
        name.setObjectName("personName")
        name.setWordWrap(True)
        name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = name.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        name.setFont(font)
        top.addWidget(name, 1)
        edit = QPushButton(self.tr("Edit…"), page)
        edit.setToolTip(self.tr("Edit this person's names and details (F2)"))
        edit.clicked.connect(self.edit_person)
        edit.setEnabled(not self.read_only)
        top.addWidget(edit, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)

        facts = []
        if person.birth:
            born = labels.date(person.birth)
            facts.append(
                (self.tr("born %1, %2") if person.birth_place else self.tr("born %1"))
                .replace("%1", born)
                .replace("%2", person.birth_place)
            )
        elif person.birth_place:
            facts.append(self.tr("born in %1").replace("%1", person.birth_place))
        for value in (detail.nationality, detail.occupation):
            if value:
                facts.append(value)
        if detail.residence:
            facts.append(self.tr("lived in %1").replace("%1", detail.residence))
        if facts:
            layout.addWidget(_wrapping(" · ".join(facts), page))
        if detail.variants:
            names = []
            for variant in detail.variants:
                extra = [labels.name_variant_kind(variant.kind)]
                if variant.scheme:
                    extra.append(variant.scheme.upper())
                names.append(f"{variant.full_name} ({', '.join(e for e in extra if e)})")
            layout.addWidget(
                _wrapping(self.tr("Also written as: %1").replace("%1", "; ".join(names)), page)
            )
        if detail.notes:
            notes = _wrapping(detail.notes, page)
            notes.setObjectName("personNotes")
            font = notes.font()
            font.setItalic(True)
            notes.setFont(font)
            layout.addWidget(notes)

    def _add_flags(self, layout: QVBoxLayout, page: QWidget, flags: tuple[FlagView, ...]) -> None:
        layout.addWidget(_section_title(self.tr("Flags"), page))
        claim_ids = {c.id for c in self.detail.claims} if self.detail else set()
        for flag in flags:
            card = FlagCard(flag, claim_ids, self.read_only, page)
            card.status_requested.connect(self.flag_status)
            card.claim_clicked.connect(self._claim_link)
            layout.addWidget(card)
            self.flag_cards.append(card)

    def _claim_link(self, claim_id: int) -> None:
        """A claim named in a flag's reasons: select it and open the page it cites."""
        self.select_claim(claim_id)
        claim = self.claim(claim_id)
        if claim is not None and claim.document_id is not None:
            self.open_source.emit(claim)

    def _add_suggestions(self, layout: QVBoxLayout, page: QWidget, claims: list[ClaimView]) -> None:
        layout.addWidget(
            _section_title(
                self.tr("Suggested from the text (%1)").replace("%1", str(len(claims))), page
            )
        )
        self.suggestions = Suggestions(claims, self.read_only, page)
        self.suggestions.accept.connect(self.accept_suggestions)
        self.suggestions.reject.connect(self.reject_suggestions)
        self.suggestions.open_source.connect(
            lambda claim_id: self.open_source.emit(self.claim(claim_id))
        )
        layout.addWidget(self.suggestions)

    def _add_conflicts(self, layout: QVBoxLayout, page: QWidget) -> None:
        colours = theme.accents()
        for conflict in self.conflicts:
            title = {
                "fate": self.tr("The documents disagree about how and when the person died"),
                "birth": self.tr("The documents disagree about the birth"),
                "arrest": self.tr("The documents disagree about the arrest"),
                "sentence": self.tr("The documents disagree about the sentence"),
            }[conflict.topic]
            layout.addWidget(_section_title(title, page))
            row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
            row.setSpacing(8)
            self._card_rows.append(row)
            for claim in conflict.claims:
                card = QFrame(page)
                card.setObjectName("conflictCard")
                card.setStyleSheet(
                    "QFrame#conflictCard {"
                    f" background: {theme.css(colours.info_background)};"
                    f" border: 1px solid {theme.css(colours.muted_text)}; border-radius: 4px; }}"
                )
                card.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
                box = QVBoxLayout(card)
                box.setContentsMargins(10, 8, 10, 8)
                kind = QLabel(labels.claim_kind(claim.kind), card)
                kind.setWordWrap(True)
                box.addWidget(kind)
                when = QLabel(labels.date(claim.date) or self.tr("date unknown"), card)
                when.setObjectName("conflictDate")
                font = when.font()
                font.setBold(True)
                font.setPointSizeF(font.pointSizeF() * 1.3)
                when.setFont(font)
                when.setWordWrap(True)
                box.addWidget(when)
                details = claim_details(claim)
                if details:
                    box.addWidget(_wrapping(details, card))
                source = QPushButton(source_text(claim), card)
                source.setObjectName("conflictSource")
                source.setFlat(True)
                source.setCursor(Qt.CursorShape.PointingHandCursor)
                source.setStyleSheet("text-align: left; text-decoration: underline;")
                source.setEnabled(claim.document_id is not None)
                source.setToolTip(self.tr("Open the page this claim comes from"))
                source.clicked.connect(lambda _=False, c=claim: self.open_source.emit(c))
                box.addWidget(source)
                box.addStretch(1)
                row.addWidget(card, 1)
            layout.addLayout(row)

    def _add_timeline(
        self, layout: QVBoxLayout, page: QWidget, detail: PersonDetail, claims: list[ClaimView]
    ) -> None:
        head = QHBoxLayout()
        head.addWidget(_section_title(self.tr("What the documents say"), page), 1)
        add = QPushButton(self.tr("Add claim…"), page)
        add.setObjectName("addClaim")
        add.setToolTip(self.tr("Record what a document (or your research) states"))
        add.clicked.connect(self.add_claim)
        add.setEnabled(not self.read_only)
        head.addWidget(add, 0, Qt.AlignmentFlag.AlignBottom)
        layout.addLayout(head)

        evidence = {c for f in detail.flags if f.status != "dismissed" for c in f.evidence}
        conflicting = {c.id for conflict in self.conflicts for c in conflict.claims}
        if not claims:
            layout.addWidget(
                _wrapping(self.tr("No claims yet. Add what the documents state."), page)
            )
            return
        self.timeline = Timeline(tuple(claims), evidence | conflicting, page)
        self.timeline.open_source.connect(
            lambda claim_id: self.open_source.emit(self.claim(claim_id))
        )
        self.timeline.edit.connect(self.edit_claim)
        layout.addWidget(self.timeline)

        actions = QHBoxLayout()
        actions.addStretch(1)
        edit = QPushButton(self.tr("Edit claim…"), page)
        edit.setObjectName("editClaim")
        delete = QPushButton(self.tr("Delete claim"), page)
        delete.setObjectName("deleteClaim")
        for button in (edit, delete):
            button.setEnabled(False)
            actions.addWidget(button)

        def enable(current: object) -> None:
            edit.setEnabled(current is not None and not self.read_only)
            delete.setEnabled(current is not None and not self.read_only)

        self.timeline.current_changed.connect(enable)
        edit.clicked.connect(lambda: self._emit_for_current(self.edit_claim))
        delete.clicked.connect(lambda: self._emit_for_current(self.delete_claim))
        layout.addLayout(actions)

    def _emit_for_current(self, signal: Signal) -> None:
        claim_id = self.current_claim_id()
        if claim_id is not None:
            signal.emit(claim_id)

    def current_claim_id(self) -> int | None:
        if self.detail is None or self.timeline is None:
            return None
        return self.timeline.current

    def select_claim(self, claim_id: int) -> None:
        if self.timeline is not None:
            self.timeline.select(claim_id)

    def claim(self, claim_id: int) -> ClaimView | None:
        if self.detail is None:
            return None
        return next((c for c in self.detail.claims if c.id == claim_id), None)

    def _add_documents(self, layout: QVBoxLayout, page: QWidget, detail: PersonDetail) -> None:
        layout.addWidget(_section_title(self.tr("Documents"), page))
        if not detail.documents:
            layout.addWidget(
                _wrapping(self.tr("No documents are linked to this person yet."), page)
            )
            return
        grid = QListWidget(page)
        grid.setObjectName("documents")
        grid.setAccessibleName(self.tr("Documents"))
        self.documents = grid
        grid.setViewMode(QListWidget.ViewMode.IconMode)
        grid.setIconSize(THUMB)
        grid.setGridSize(
            QSize(THUMB.width() + 80, THUMB.height() + 3 * grid.fontMetrics().height() + 16)
        )
        grid.setSpacing(4)
        grid.setResizeMode(QListWidget.ResizeMode.Adjust)
        grid.setMovement(QListWidget.Movement.Static)
        grid.setWordWrap(True)
        grid.setUniformItemSizes(True)
        # One row of thumbnails, scrolled sideways: room for the sideways scroll bar too, so
        # that it never brings a second, vertical one.
        grid.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        bar = grid.style().pixelMetric(grid.style().PixelMetric.PM_ScrollBarExtent)
        grid.setFixedHeight(grid.gridSize().height() + 2 * grid.frameWidth() + 4 + bar)
        grid.setFlow(QListWidget.Flow.LeftToRight)
        grid.setWrapping(False)
        placeholder = self.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon)
        for linked in detail.documents:
            document = linked.document
            year = f"{document.issued.year}" if document.issued else ""
            name = labels.document_name(document.kind, document.title, document.issuer, document.id)
            text = name + (f", {year}" if year else "")
            item = QListWidgetItem(text, grid)
            item.setData(Qt.ItemDataRole.UserRole, document.id)
            item.setData(
                Qt.ItemDataRole.AccessibleTextRole,
                ", ".join(
                    p
                    for p in (
                        name,
                        labels.date(document.issued),
                        self.tr("%n page(s)", "", document.page_count),
                    )
                    if p
                ),
            )
            item.setToolTip(
                plain.tooltip(
                    "\n".join(
                        p
                        for p in (
                            document.title,
                            document.issuer,
                            labels.date(document.issued),
                            labels.link_role(linked.role),
                            self.tr("%n page(s)", "", document.page_count),
                        )
                        if p
                    )
                )
            )
            image = self._thumbnails.get(document.id)
            item.setIcon(QIcon(QPixmap.fromImage(image)) if image is not None else placeholder)
        grid.itemActivated.connect(
            lambda item: self.open_document.emit(item.data(Qt.ItemDataRole.UserRole))
        )
        grid.itemDoubleClicked.connect(
            lambda item: self.open_document.emit(item.data(Qt.ItemDataRole.UserRole))
        )
        layout.addWidget(grid)

    def set_thumbnail(self, document_id: int, image: QImage) -> None:
        self._thumbnails[document_id] = image
        grid = self.documents
        if grid is None:
            return
        for i in range(grid.count()):
            item = grid.item(i)
            if item.data(Qt.ItemDataRole.UserRole) == document_id:
                item.setIcon(QIcon(QPixmap.fromImage(image)))
