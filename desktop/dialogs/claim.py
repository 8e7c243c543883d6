"""Adding or editing a claim: what one source states, with its citation."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from catalog.dates import PartialDate
from catalog.errors import InvalidDate
from catalog.services.views import ClaimView
from desktop import labels, theme
from desktop.dates_input import format_date_input, parse_date_input
from desktop.dialogs.claim_source import SourceChoice, SourcePicker, describe
from desktop.fitting import fit_placeholders, grow_to_fit

QUALIFIERS = ("exact", "about", "before", "after")
TEXT_FIELDS = ("place", "body", "article", "sentence", "cause", "basis")


@dataclass(frozen=True)
class Citation:
    document_id: int | None
    page_id: int | None
    region: tuple[int, int, int, int] | None
    description: str  # e.g. "Death certificate of 1958, page 1"


class ClaimDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        *,
        title: str,
        persons: list[tuple[int, str]] | None = None,
        claim: ClaimView | None = None,
        kind: str = "other",
        date: PartialDate | None = None,
        quote: str = "",
        citation: Citation | None = None,
        fields: dict[str, str] | None = None,
        sources: list[Any] | None = None,
        source_document: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("claimDialog")
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        self.citation = citation
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)

        self.person = QComboBox(self)
        self.person.setObjectName("claimPerson")
        for person_id, name in persons or []:
            self.person.addItem(name, person_id)
        if persons and len(persons) > 1:
            form.addRow(self.tr("Person:"), self.person)
        else:
            self.person.hide()  # one person (or none): nothing to choose

        self.kind = QComboBox(self)
        self.kind.setObjectName("claimKind")
        for value in labels.CLAIM_KINDS:
            self.kind.addItem(labels.claim_kind(value), value)
        self.kind.setCurrentIndex(self.kind.findData(claim.kind if claim else kind))
        form.addRow(self.tr("&Event:"), self.kind)

        self.date = QLineEdit(self)
        self.date.setObjectName("claimDate")
        self.date.setPlaceholderText(self.tr("e.g. 20.10.1937, 10.1937 or 1937"))
        stated = claim.date if claim else date
        if stated is not None:
            self.date.setText(format_date_input(stated))
        self.qualifier = QComboBox(self)
        self.qualifier.setObjectName("claimQualifier")
        for value in QUALIFIERS:
            self.qualifier.addItem(labels.qualifier(value), value)
        if stated is not None:
            self.qualifier.setCurrentIndex(self.qualifier.findData(stated.qualifier.value))
        date_row = QHBoxLayout()
        date_row.addWidget(self.date, 1)
        date_row.addWidget(self.qualifier)
        date_label = QLabel(self.tr("&Date:"), self)
        date_label.setBuddy(self.date)
        form.addRow(date_label, date_row)
        self.date_error = QLabel(self)
        self.date_error.setObjectName("dateError")
        self.date_error.setStyleSheet(f"color: {theme.css(theme.accents().warning)};")
        self.date_error.hide()
        form.addRow("", self.date_error)

        captions = {
            "place": self.tr("&Place:"),
            "body": self.tr("&Body:"),
            "article": self.tr("&Article:"),
            "sentence": self.tr("&Sentence:"),
            "cause": self.tr("&Cause of death:"),
            "basis": self.tr("&Basis:"),
        }
        tips = {
            "body": self.tr("The court, troika or office that decided, as written"),
            "article": self.tr("e.g. 58-10 or 54-10"),
            "sentence": self.tr("e.g. ВМН or 10 лет ИТЛ"),
            "basis": self.tr("e.g. за отсутствием состава преступления"),
        }
        self.fields: dict[str, QLineEdit] = {}
        for name in TEXT_FIELDS:
            edit = QLineEdit(self)
            edit.setObjectName(f"claim_{name}")
            if claim is not None:
                edit.setText(getattr(claim, name))
            elif fields and fields.get(name):
                edit.setText(fields[name])
            if name in tips:
                edit.setPlaceholderText(tips[name])
            self.fields[name] = edit
            form.addRow(captions[name], edit)

        self.note = QPlainTextEdit(self)
        self.note.setObjectName("claimNote")
        self.note.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        if claim is not None:
            self.note.setPlainText(claim.note)
        form.addRow(self.tr("&Note:"), self.note)

        self.quote = QLineEdit(self)
        self.quote.setObjectName("claimQuote")
        self.quote.setText(claim.quote if claim else quote)
        form.addRow(self.tr("&Quoted words:"), self.quote)

        # With documents to choose from, the source is picked (desktop.dialogs.claim_source);
        # the open document is the default.
        self.source_picker = None
        if sources is not None:
            sources = list(sources)
            known = {choice.document_id for choice in sources}
            if claim is not None and claim.document_id is not None:
                # The document the claim cites is always offered: editing never drops it.
                pages = (
                    ((claim.page_id, claim.page_seq),) if claim.page_id and claim.page_seq else ()
                )
                if claim.document_id not in known:
                    sources.append(
                        SourceChoice(
                            claim.document_id,
                            describe(
                                claim.document_id,
                                claim.document_kind,
                                claim.document_title,
                                claim.document_issued,
                            ),
                            pages,
                        )
                    )
                else:
                    sources = [
                        choice
                        if choice.document_id != claim.document_id or choice.pages
                        else SourceChoice(choice.document_id, choice.description, pages)
                        for choice in sources
                    ]
            chosen = citation or (
                Citation(claim.document_id, claim.page_id, claim.region, "")
                if claim is not None
                else Citation(source_document, None, None, "")
            )
            self.source_picker = SourcePicker(
                sources,
                document_id=chosen.document_id,
                page_id=chosen.page_id,
                region=chosen.region,
                parent=self,
            )
        source = QLabel(self)
        source.setObjectName("claimSource")
        source.setWordWrap(True)
        if citation is not None and citation.document_id is not None:
            text = citation.description
            if citation.region is not None:
                text += self.tr(" (the selected words are marked on the page)")
            source.setText(text)
        elif claim is not None and claim.document_id is not None:
            source.setText(self.tr("Cited document kept as it is"))
        else:
            source.setText(self.tr("No document: the claim is your own conclusion"))
        if self.source_picker is not None:
            source.hide()
            form.addRow(self.tr("&Source:"), self.source_picker)
        else:
            form.addRow(self.tr("Source:"), source)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.date.setFocus()
        self.date.textChanged.connect(lambda _t: self.date_error.hide())

    def showEvent(self, event: QShowEvent) -> None:
        # Measured once polished, in the font it is shown in: the examples in the empty fields
        # are longer in Russian and Ukrainian, and the source's description may wrap.
        fit_placeholders(self)
        super().showEvent(event)
        grow_to_fit(self)

    def parsed_date(self) -> PartialDate | None:
        value = parse_date_input(self.date.text())
        if value is not None and value.end is None:  # a range says what it is itself
            value = value.with_qualifier(self.qualifier.currentData())
        return value

    def accept(self) -> None:
        try:
            self.parsed_date()
        except InvalidDate:
            self.date_error.setText(
                self.tr("Write the date as 20.10.1937, 10.1937, 1937 or 1937-10-20.")
            )
            self.date_error.show()
            self.date.setFocus()
            return
        super().accept()

    def person_id(self) -> int | None:
        return self.person.currentData()

    def values(self) -> dict[str, Any]:
        """The edited fields, as `catalog.services.claims` takes them."""
        values: dict[str, Any] = {
            "kind": self.kind.currentData(),
            "date": self.parsed_date(),
            "note": self.note.toPlainText().strip(),
            "quote": self.quote.text().strip(),
        }
        for name, edit in self.fields.items():
            values[name] = edit.text().strip()
        if self.source_picker is not None:
            chosen = self.source_picker.chosen()
            values["document_id"] = chosen.document_id
            values["page_id"] = chosen.page_id
            values["region"] = list(chosen.region) if chosen.region else None
        elif self.citation is not None:
            values["document_id"] = self.citation.document_id
            values["page_id"] = self.citation.page_id
            values["region"] = list(self.citation.region) if self.citation.region else None
        return values
