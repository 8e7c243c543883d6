"""The source of a claim, chosen in the claim dialog: a document, one of its pages, and the
region of the page (the words selected on the image). With a document open it is the default;
"no document" makes the claim the researcher's own conclusion, and the dialog says so."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop import labels

if TYPE_CHECKING:
    from desktop.case_window import CaseWindow


@dataclass(frozen=True)
class ChosenSource:
    document_id: int | None
    page_id: int | None
    region: tuple[int, int, int, int] | None


@dataclass(frozen=True)
class SourceChoice:
    """A document the claim may cite, with the pages the dialog can offer."""

    document_id: int
    description: str  # "Death certificate of 1958 (#12)"
    pages: tuple[tuple[int, int], ...] = ()  # (page id, page number)


def describe(document_id: int, kind: str, title: str, issued: object = None) -> str:
    text = title or labels.document_kind(kind)
    if issued is not None:
        text += " — " + labels.date(issued)  # type: ignore[arg-type]
    return f"{text} (#{document_id})"


class SourcePicker(QWidget):
    def __init__(
        self,
        choices: list[SourceChoice],
        *,
        document_id: int | None = None,
        page_id: int | None = None,
        region: tuple[int, int, int, int] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("claimSourcePicker")
        self.choices = {choice.document_id: choice for choice in choices}
        self.region = region
        self._region_at = (document_id, page_id)

        self.document = QComboBox(self)
        self.document.setObjectName("claimSourceDocument")
        # As wide as the longest document's description: the dialog grows rather than cut it.
        self.document.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.document.setAccessibleName(self.tr("Document the claim cites"))
        self.document.addItem(self.tr("No document: my own conclusion"), None)
        for choice in choices:
            self.document.addItem(
                choice.description, choice.document_id
            )  # a combo shows plain text
        self.document.setMinimumWidth(min(self.document.sizeHint().width(), 700))
        self.page = QComboBox(self)
        self.page.setObjectName("claimSourcePage")
        self.page.setAccessibleName(self.tr("Page of the document"))
        self.note = QLabel(self)
        self.note.setObjectName("claimSourceNote")
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setWordWrap(True)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.document, 1)
        row.addWidget(self.page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.note)
        self.document.currentIndexChanged.connect(lambda _i: self._document_changed())
        self.page.currentIndexChanged.connect(lambda _i: self._update_note())
        index = self.document.findData(document_id) if document_id is not None else 0
        self.document.setCurrentIndex(max(0, index))
        self._document_changed()
        if page_id is not None:
            self.page.setCurrentIndex(max(0, self.page.findData(page_id)))
        self._update_note()

    def _document_changed(self) -> None:
        self.page.blockSignals(True)
        self.page.clear()
        choice = self.choices.get(self.document.currentData())
        self.page.addItem(self.tr("Whole document"), None)
        for page_id, seq in choice.pages if choice else ():
            self.page.addItem(self.tr("Page %1").replace("%1", str(seq)), page_id)
        self.page.setEnabled(choice is not None and bool(choice.pages))
        self.page.blockSignals(False)
        self._update_note()

    def _update_note(self) -> None:
        if self.document.currentData() is None:
            self.note.setText(
                self.tr(
                    "Without a document the claim is your own conclusion; "
                    "the checks never count it as an archival record."
                )
            )
        elif self.current_region() is not None:
            self.note.setText(self.tr("The selected words are marked on the page."))
        else:
            self.note.setText("")

    def current_region(self) -> tuple[int, int, int, int] | None:
        here = (self.document.currentData(), self.page.currentData())
        return self.region if here == self._region_at and here[1] is not None else None

    def chosen(self) -> ChosenSource:
        return ChosenSource(
            self.document.currentData(), self.page.currentData(), self.current_region()
        )


def claim_sources(window: CaseWindow) -> tuple[list[SourceChoice], int | None]:
    """The documents a claim of the shown person may cite — the document open in the workspace
    first (the default, with its pages), then the person's documents — and the default."""
    choices: list[SourceChoice] = []
    loaded = window.workspace.loaded
    open_document = None
    if loaded is not None:
        summary = loaded.document.summary
        open_document = summary.id
        choices.append(
            SourceChoice(
                summary.id,
                describe(summary.id, summary.kind, summary.title, summary.issued),
                tuple((page.id, page.seq) for page in loaded.document.pages),
            )
        )
    detail = window.detail
    for linked in detail.documents if detail is not None else ():
        document = linked.document
        if document.id != open_document:
            choices.append(
                SourceChoice(
                    document.id,
                    describe(document.id, document.kind, document.title, document.issued),
                )
            )
    return choices, open_document
