"""“Paste a record…”: a Memorial or Book-of-Memory record read into a person and claims.

The pasted text is read by `catalog.text.parse_record` as it is typed or pasted (it takes a few
milliseconds); the preview shows the person's fields, the claims with the words each rests on,
and the parts that were not understood (those go into the person's notes, so nothing of the text
is lost). The record is added as a new person, or to the person selected in the list.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from catalog.text import ParsedRecord, parse_record
from desktop import labels, plain, theme
from desktop.views.claim_text import claim_details

PARSE_DELAY_MS = 300


class RecordDialog(QDialog):
    def __init__(
        self, parent: QWidget | None, person: tuple[int, str] | None = None, text: str = ""
    ) -> None:
        super().__init__(parent)
        self.setObjectName("recordDialog")
        self.setWindowTitle(self.tr("Paste a record"))
        self.resize(980, 700)
        self.parsed: ParsedRecord | None = None
        self.person = person

        intro = QLabel(
            self.tr(
                "Paste the text of a record from the Memorial database «Жертвы политического "
                "террора в СССР», a Book of Memory or the Open List. It is read into the "
                "person's details and dated claims, which cite the record."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("recordText")
        self.text.setAccessibleName(self.tr("Text of the record"))
        self.text.setPlaceholderText(
            "Карпенко Пётр Семёнович\nРодился в 1894 г., Полтавская губ., с. Ковали; украинец…"
        )
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PARSE_DELAY_MS)
        self._timer.timeout.connect(self.parse_now)
        self.text.textChanged.connect(self._timer.start)

        preview = QWidget(self)
        self.fields = QFormLayout()
        self.name = QLineEdit(preview)
        self.name.setObjectName("recordName")
        self.name.setPlaceholderText(self.tr("Surname Given name Patronymic"))
        self.fields.addRow(self.tr("Name:"), self.name)
        self.details = QLabel(preview)
        self.details.setObjectName("recordDetails")
        self.details.setWordWrap(True)
        self.fields.addRow(self.tr("Details:"), self.details)
        self.claims = QTableWidget(0, 4, preview)
        self.claims.setObjectName("recordClaims")
        self.claims.setAccessibleName(self.tr("Claims read from the record"))
        self.claims.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Event"), self.tr("Details"), self.tr("From the words")]
        )
        self.claims.verticalHeader().hide()
        self.claims.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.claims.setWordWrap(True)
        header = self.claims.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        # Wrapped cells are measured at the columns' widths, so measure again when they change.
        header.sectionResized.connect(lambda *_: self.claims.resizeRowsToContents())
        self.unparsed = QLabel(preview)
        self.unparsed.setObjectName("recordUnparsed")
        self.unparsed.setAccessibleName(self.tr("Lines not understood"))
        self.unparsed.setWordWrap(True)
        self.unparsed.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        preview_layout = QVBoxLayout(preview)
        preview_layout.setContentsMargins(0, 0, 0, 0)
        preview_layout.addLayout(self.fields)
        preview_layout.addWidget(QLabel(self.tr("Claims:"), preview))
        preview_layout.addWidget(self.claims, 1)
        preview_layout.addWidget(self.unparsed)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.text)
        splitter.addWidget(preview)
        splitter.setSizes([380, 600])

        self.as_new = QRadioButton(self.tr("Add as a new person"), self)
        self.as_new.setObjectName("recordAsNew")
        self.as_new.setChecked(True)
        self.to_person = QRadioButton(self)
        self.to_person.setObjectName("recordToPerson")
        if person is not None:
            self.to_person.setText(
                self.tr("Add to %1 (fills only the empty fields)").replace("%1", person[1])
            )
        else:
            self.to_person.setText(self.tr("Add to the person selected in the list"))
            self.to_person.setEnabled(False)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Add"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.as_new)
        layout.addWidget(self.to_person)
        layout.addWidget(self.buttons)
        self.text.setPlainText(text)
        self.parse_now()

    def parse_now(self) -> None:
        self._timer.stop()
        text = self.text.toPlainText()
        self.parsed = parse_record(text) if text.strip() else None
        self._show(self.parsed)

    def _show(self, parsed: ParsedRecord | None) -> None:
        self.claims.setRowCount(0)
        if parsed is None:
            self.name.setText("")
            self.details.setText("")
            self.unparsed.setText("")
            self.ok.setEnabled(False)
            return
        self.name.setText(parsed.full_name)
        facts = []
        if parsed.birth is not None:
            facts.append(self.tr("born %1").replace("%1", labels.date(parsed.birth)))
        for value in (
            parsed.birth_place,
            parsed.nationality,
            parsed.occupation,
            parsed.residence,
            *parsed.facts,
        ):
            if value:
                facts.append(value)
        self.details.setText(" · ".join(facts))
        self.claims.setRowCount(len(parsed.claims))
        for row, claim in enumerate(parsed.claims):
            values = [
                labels.date(claim.date) or "—",
                labels.claim_kind(str(claim.kind)),
                claim_details(claim),  # type: ignore[arg-type]
                " ".join(claim.quote(parsed.text).split()),
            ]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(plain.tooltip(value))
                self.claims.setItem(row, column, item)
        self.claims.resizeRowsToContents()
        lines = list(parsed.unparsed) + list(parsed.warnings)
        colour = theme.accents().warning if lines else theme.accents().muted_text
        self.unparsed.setStyleSheet(f"color: {theme.css(colour)};")
        self.unparsed.setText(
            self.tr("Not understood (kept in the person's notes): %1").replace(
                "%1", " | ".join(lines)
            )
            if lines
            else self.tr("Every part of the record was understood.")
        )
        self.ok.setEnabled(True)

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().showEvent(event)
        self.claims.resizeRowsToContents()

    def person_id(self) -> int | None:
        """The person to add the record to, or None for a new person."""
        if self.to_person.isChecked() and self.person is not None:
            return self.person[0]
        return None

    def record(self) -> ParsedRecord | None:
        """The parsed record with the name as corrected in the dialog."""
        if self.parsed is None:
            return None
        from dataclasses import replace

        from catalog.text.record_names import split_name

        surname, given, patronymic = split_name(self.name.text().strip())
        return replace(self.parsed, surname=surname, given_name=given, patronymic=patronymic)

    def accept(self) -> None:
        self.parse_now()
        record = self.record()
        if record is None:
            return
        if self.person_id() is None and not record.has_name:
            self.unparsed.setText(self.tr("Write the person's name: the record names no one."))
            self.name.setFocus()
            return
        super().accept()
