"""The scan finds its person: who a document's text names, the persons of the catalogue who match
(ranked, with the reasons), and one click to link the document to one of them — or to a new
person made from the name. Two equally good matches are never chosen for the person: the box
then asks."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from catalog.services.person_matching import PersonProposal
from desktop import labels


class PersonProposalBox(QFrame):
    link_requested = Signal(int, int)  # document id, person id
    create_requested = Signal(int, object)  # document id, PersonFields

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("personProposal")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.language = language
        self.proposal: PersonProposal | None = None

        self.heading = QLabel(self)
        self.heading.setObjectName("proposalHeading")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)  # the name is data, never markup
        self.heading.setWordWrap(True)
        self.matches = QListWidget(self)
        self.matches.setObjectName("proposalMatches")
        self.matches.setAccessibleName(self.tr("Persons who match the name in the document"))
        self.matches.setWordWrap(True)
        self.matches.itemDoubleClicked.connect(lambda _item: self._link())
        self.matches.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.link_button = QPushButton(self.tr("Li&nk to this person"), self)
        self.link_button.setObjectName("proposalLink")
        self.link_button.setAccessibleName(self.tr("Link the document to the chosen person"))
        self.link_button.clicked.connect(self._link)
        self.create_button = QPushButton(self)
        self.create_button.setObjectName("proposalCreate")
        self.create_button.setAccessibleName(
            self.tr("Make a new person from the name in the document and link it")
        )
        self.create_button.clicked.connect(self._create)
        buttons = QHBoxLayout()
        buttons.addWidget(self.link_button)
        buttons.addWidget(self.create_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.heading)
        layout.addWidget(self.matches, 1)
        layout.addLayout(buttons)
        self.hide()

    def show_proposal(self, proposal: PersonProposal) -> None:
        self.proposal = proposal
        self.matches.clear()
        named = proposal.named
        if named is None:
            self.heading.setText(
                self.tr(
                    "The text of this document names nobody the program can read. Link it "
                    "to a person with “Link person…”."
                )
            )
            self.matches.hide()
            self.link_button.hide()
            self.create_button.hide()
            self.show()
            return
        tied = proposal.tied if len(proposal.tied) > 1 else ()
        if not proposal.matches:
            heading = self.tr("The document names “%1”; nobody in the catalogue matches.")
        elif tied:
            heading = self.tr(
                "The document names “%1”; several persons match equally well: choose one."
            )
        else:
            heading = self.tr("The document names “%1”. Is it this person?")
        self.heading.setText(heading.replace("%1", named.name))
        for match in proposal.matches:
            born = labels.year(match.person.birth) if match.person.birth else ""
            title = f"{match.person.full_name} ({born})" if born else match.person.full_name
            reasons = "; ".join(reason.text(self.language) for reason in match.reasons)
            item = QListWidgetItem(f"{title}\n{reasons}")  # list items show plain text
            item.setData(Qt.ItemDataRole.UserRole, match.person.id)
            item.setToolTip(reasons)
            self.matches.addItem(item)
        self.matches.setVisible(bool(proposal.matches))
        self.link_button.setVisible(bool(proposal.matches))
        if proposal.matches and not tied:
            self.matches.setCurrentRow(0)
        self.create_button.setText(self.tr("Ne&w person “%1”").replace("%1", named.name))
        self.create_button.setVisible(proposal.new_person is not None)
        self._update_buttons()
        self.show()

    def clear(self) -> None:
        self.proposal = None
        self.hide()

    def _update_buttons(self) -> None:
        self.link_button.setEnabled(self.matches.currentItem() is not None)

    def _link(self) -> None:
        item = self.matches.currentItem()
        if self.proposal is not None and item is not None:
            self.link_requested.emit(
                self.proposal.document_id, int(item.data(Qt.ItemDataRole.UserRole))
            )

    def _create(self) -> None:
        if self.proposal is not None and self.proposal.new_person is not None:
            self.create_requested.emit(self.proposal.document_id, self.proposal.new_person)
