"""A document's details: what kind of paper it is, who issued it and when, where it is kept.

An imported scan starts as a "Document" titled by its file name; saying that it is, say, the
death certificate of 1957 from the civil registry lets every claim citing it name its source
properly ("Death certificate of 1957") and lets the checks weigh it.
"""

from __future__ import annotations

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

from catalog.errors import InvalidDate
from catalog.services.views import DocumentDetail
from desktop import labels, theme
from desktop.dates_input import parse_date_input
from desktop.fitting import fit_placeholders

ARCHIVE_FIELDS = ("archive", "fond", "opis", "delo", "sheets")


class DocumentDialog(QDialog):
    def __init__(self, parent: QWidget | None, document: DocumentDetail) -> None:
        super().__init__(parent)
        self.setObjectName("documentDialog")
        self.setWindowTitle(self.tr("Document details"))
        self.setMinimumWidth(520)
        summary = document.summary
        self.document = document

        self.kind = QComboBox(self)
        self.kind.setObjectName("documentKind")
        for value in labels.DOCUMENT_KINDS:
            self.kind.addItem(labels.document_kind(value), value)
        self.kind.setCurrentIndex(max(0, self.kind.findData(summary.kind)))
        self.title = QLineEdit(summary.title, self)
        self.title.setObjectName("documentTitle")
        self.issuer = QLineEdit(summary.issuer, self)
        self.issuer.setObjectName("documentIssuer")
        self.issuer.setPlaceholderText(self.tr("e.g. Бюро ЗАГС Кировского района г. Иркутска"))
        self.issued = QLineEdit(labels.date_field(summary.issued), self)
        self.issued.setObjectName("documentIssued")
        self.issued.setPlaceholderText(self.tr("e.g. 12.11.1957"))
        self.act_record = QLineEdit(labels.date_field(summary.act_record), self)
        self.act_record.setObjectName("documentActRecord")
        self.act_record.setToolTip(
            self.tr(
                "For civil registry certificates: the date of the act record, which a repeat "
                "certificate copies from the original"
            )
        )
        self.archive: dict[str, QLineEdit] = {}
        placeholders = {
            "archive": self.tr("archive"),
            "fond": self.tr("fond"),
            "opis": self.tr("opis"),
            "delo": self.tr("delo"),
            "sheets": self.tr("sheets"),
        }
        archive_row = QHBoxLayout()
        for name in ARCHIVE_FIELDS:
            edit = QLineEdit(getattr(document, name), self)
            edit.setObjectName(f"document_{name}")
            edit.setPlaceholderText(placeholders[name])
            archive_row.addWidget(edit, 3 if name == "archive" else 1)
            self.archive[name] = edit
        self.notes = QPlainTextEdit(document.notes, self)
        self.notes.setObjectName("documentNotes")
        self.notes.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.error = QLabel(self)
        self.error.setStyleSheet(f"color: {theme.css(theme.accents().warning)};")
        self.error.hide()

        form = QFormLayout()
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("&Issued by:"), self.issuer)
        form.addRow(self.tr("Date of &issue:"), self.issued)
        form.addRow(self.tr("&Act record of:"), self.act_record)
        form.addRow(self.tr("Archive reference:"), archive_row)
        form.addRow(self.tr("&Notes:"), self.notes)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def showEvent(self, event: QShowEvent) -> None:
        fit_placeholders(self)  # the examples are longer in Russian and Ukrainian
        super().showEvent(event)

    def accept(self) -> None:
        for edit in (self.issued, self.act_record):
            try:
                parse_date_input(edit.text())
            except InvalidDate:
                self.error.setText(self.tr("Write the date as 12.11.1957, 11.1957 or 1957."))
                self.error.show()
                edit.setFocus()
                return
        super().accept()

    def values(self) -> dict[str, Any]:
        """The fields as `catalog.services.documents.update_document` takes them."""
        values: dict[str, Any] = {
            "kind": self.kind.currentData(),
            "title": self.title.text().strip(),
            "issuer": self.issuer.text().strip(),
            "issued": parse_date_input(self.issued.text()),
            "act_record": parse_date_input(self.act_record.text()),
            "notes": self.notes.toPlainText().strip(),
        }
        for name, edit in self.archive.items():
            values[name] = edit.text().strip()
        return values

    def current(self) -> dict[str, Any]:
        """The same fields as the document has them now."""
        summary = self.document.summary
        values: dict[str, Any] = {
            "kind": summary.kind,
            "title": summary.title,
            "issuer": summary.issuer,
            "issued": summary.issued,
            "act_record": summary.act_record,
            "notes": self.document.notes,
        }
        for name in ARCHIVE_FIELDS:
            values[name] = getattr(self.document, name)
        return values
