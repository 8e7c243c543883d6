"""Adding or editing a person's names and details."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from catalog.errors import InvalidDate
from catalog.services.views import PersonDetail
from desktop import labels, theme
from desktop.dates_input import parse_date_input

TEXT_FIELDS = (
    "surname",
    "given_name",
    "patronymic",
    "birth_place",
    "nationality",
    "occupation",
    "residence",
)


class PersonDialog(QDialog):
    def __init__(self, parent: QWidget | None, title: str, detail: PersonDetail | None = None):
        super().__init__(parent)
        self.setObjectName("personDialog")
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        form = QFormLayout()
        captions = {
            "surname": self.tr("&Surname:"),
            "given_name": self.tr("&Given name:"),
            "patronymic": self.tr("&Patronymic:"),
            "birth_place": self.tr("Place of &birth:"),
            "nationality": self.tr("&Nationality:"),
            "occupation": self.tr("&Occupation:"),
            "residence": self.tr("&Lived in:"),
        }
        current: dict[str, str] = {}
        if detail is not None:
            summary = detail.summary
            current = {
                "surname": summary.surname,
                "given_name": summary.given_name,
                "patronymic": summary.patronymic,
                "birth_place": summary.birth_place,
                "nationality": detail.nationality,
                "occupation": detail.occupation,
                "residence": detail.residence,
            }
        self.fields: dict[str, QLineEdit] = {}
        for name in TEXT_FIELDS:
            edit = QLineEdit(current.get(name, ""), self)
            edit.setObjectName(f"person_{name}")
            self.fields[name] = edit
            form.addRow(captions[name], edit)
            if name == "patronymic":
                self.sex = QComboBox(self)
                self.sex.setObjectName("personSex")
                self.sex.addItem(self.tr("not stated"), None)
                self.sex.addItem(labels.sex("m"), "m")
                self.sex.addItem(labels.sex("f"), "f")
                if detail is not None:
                    self.sex.setCurrentIndex(self.sex.findData(detail.summary.sex))
                form.addRow(self.tr("Se&x:"), self.sex)
                self.birth = QLineEdit(self)
                self.birth.setObjectName("personBirth")
                self.birth.setPlaceholderText(self.tr("e.g. 14.05.1901 or 1901"))
                if detail is not None and detail.summary.birth is not None:
                    self.birth.setText(labels.date_field(detail.summary.birth))
                form.addRow(self.tr("Date of bi&rth:"), self.birth)
        self.notes = QPlainTextEdit(detail.notes if detail else "", self)
        self.notes.setObjectName("personNotes")
        self.notes.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        form.addRow(self.tr("No&tes:"), self.notes)
        self.error = QLabel(self)
        self.error.setStyleSheet(f"color: {theme.css(theme.accents().warning)};")
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def accept(self) -> None:
        if not any(self.fields[k].text().strip() for k in ("surname", "given_name", "patronymic")):
            self.error.setText(self.tr("Write at least a surname or a given name."))
            self.error.show()
            self.fields["surname"].setFocus()
            return
        try:
            parse_date_input(self.birth.text())
        except InvalidDate:
            self.error.setText(self.tr("Write the date of birth as 14.05.1901, 05.1901 or 1901."))
            self.error.show()
            self.birth.setFocus()
            return
        super().accept()

    def values(self) -> dict[str, Any]:
        values: dict[str, Any] = {name: edit.text().strip() for name, edit in self.fields.items()}
        values["sex"] = self.sex.currentData()
        values["birth"] = parse_date_input(self.birth.text())
        values["notes"] = self.notes.toPlainText().strip()
        return values
