"""Claims the program proposed from a page's text, waiting for the person to accept or reject.

A suggestion is not yet part of what the documents say (the timeline and the conflicts leave it
out) until it is accepted; rejecting deletes it. Both are undoable.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from catalog.services.views import ClaimView
from desktop import labels, plain, theme
from desktop.views.claim_text import claim_details, source_text


class SuggestionRow(QFrame):
    accept = Signal(int)
    reject = Signal(int)
    source_clicked = Signal(int)

    def __init__(self, claim: ClaimView, read_only: bool, parent: QWidget) -> None:
        super().__init__(parent)
        self.claim = claim
        self.setObjectName("suggestionRow")
        grid = QGridLayout(self)
        grid.setContentsMargins(6, 5, 6, 5)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(1)
        bold = QFont(self.font())
        bold.setBold(True)
        date = QLabel(labels.date(claim.date) or "—", self)
        date.setFont(bold)
        grid.addWidget(date, 0, 0)
        kind = QLabel(labels.claim_kind(claim.kind), self)
        kind.setFont(bold)
        kind.setWordWrap(True)
        grid.addWidget(kind, 0, 1)
        source = QLabel(self)
        source.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        source.setWordWrap(True)
        if claim.document_id is not None:
            source.setTextFormat(Qt.TextFormat.RichText)
            source.setText(plain.link(source_text(claim), "source"))
            source.setToolTip(self.tr("Open the page with the words it was read from"))
            source.linkActivated.connect(lambda _link: self.source_clicked.emit(claim.id))
        grid.addWidget(source, 0, 2)
        row = 1
        details = claim_details(claim)
        if details:
            text = QLabel(details, self)
            text.setWordWrap(True)
            grid.addWidget(text, row, 0, 1, 3)
            row += 1
        if claim.quote:
            quote = QLabel(f"«{' '.join(claim.quote.split())}»", self)
            quote.setWordWrap(True)
            quote.setEnabled(False)
            italic = QFont(self.font())
            italic.setItalic(True)
            quote.setFont(italic)
            grid.addWidget(quote, row, 0, 1, 3)
            row += 1
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        accept = QPushButton(self.tr("Accept"), self)
        accept.setObjectName("acceptSuggestion")
        accept.setToolTip(self.tr("The page does say this: add it to what the documents say"))
        accept.clicked.connect(lambda: self.accept.emit(claim.id))
        reject = QPushButton(self.tr("Reject"), self)
        reject.setObjectName("rejectSuggestion")
        reject.setToolTip(self.tr("The program misread the page: delete this suggestion"))
        reject.clicked.connect(lambda: self.reject.emit(claim.id))
        for button in (accept, reject):
            button.setEnabled(not read_only)
            buttons.addWidget(button)
        grid.addLayout(buttons, row, 0, 1, 3)
        grid.setColumnStretch(2, 1)


class Suggestions(QFrame):
    """The list of suggested claims with Accept / Reject for each and for all."""

    accept = Signal(object)  # tuple of claim ids
    reject = Signal(object)  # tuple of claim ids
    open_source = Signal(int)  # claim id

    def __init__(self, claims: list[ClaimView], read_only: bool, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("suggestions")
        colours = theme.accents()
        self.setStyleSheet(
            "QFrame#suggestions {"
            f" background: {theme.css(colours.info_background)};"
            f" border: 1px dashed {theme.css(colours.muted_text)}; border-radius: 4px; }}"
        )
        self.rows: list[SuggestionRow] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(0)
        intro = QLabel(
            self.tr(
                "Read by the program from the text of a page. Check each against the page, "
                "then accept or reject it."
            ),
            self,
        )
        intro.setWordWrap(True)
        intro.setContentsMargins(6, 2, 6, 4)
        layout.addWidget(intro)
        for claim in claims:
            row = SuggestionRow(claim, read_only, self)
            row.accept.connect(lambda claim_id: self.accept.emit((claim_id,)))
            row.reject.connect(lambda claim_id: self.reject.emit((claim_id,)))
            row.source_clicked.connect(self.open_source)
            layout.addWidget(row)
            self.rows.append(row)
        if len(claims) > 1:
            ids = tuple(c.id for c in claims)
            all_buttons = QHBoxLayout()
            all_buttons.setContentsMargins(6, 4, 6, 2)
            all_buttons.addStretch(1)
            accept_all = QPushButton(self.tr("Accept all"), self)
            accept_all.setObjectName("acceptAllSuggestions")
            accept_all.clicked.connect(lambda: self.accept.emit(ids))
            reject_all = QPushButton(self.tr("Reject all"), self)
            reject_all.setObjectName("rejectAllSuggestions")
            reject_all.clicked.connect(lambda: self.reject.emit(ids))
            for button in (accept_all, reject_all):
                button.setEnabled(not read_only)
                all_buttons.addWidget(button)
            layout.addLayout(all_buttons)
