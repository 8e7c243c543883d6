"""Adding a relative: who they are to the person, and either a person already in the catalogue
(found by name) or a new one (names, sex, birth).

The dialog runs no query: the finder it is given (`find`) looks names up off the GUI thread and
calls `show_candidates` with the hits.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from catalog.errors import InvalidDate
from catalog.services.persons import PersonFields
from desktop import labels
from desktop.dates_input import parse_date_input

KINDS = ("parent", "spouse", "child", "sibling")


class RelativeDialog(QDialog):
    def __init__(
        self, parent: QWidget | None, person_name: str, find: Callable[[str], None]
    ) -> None:
        super().__init__(parent)
        self.setObjectName("relativeDialog")
        self.setWindowTitle(self.tr("Add a relative of %1").replace("%1", person_name))
        self.setMinimumWidth(480)
        self._find = find
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.kind = QComboBox(self)
        self.kind.setObjectName("relativeKind")
        names = {
            "parent": self.tr("Parent (father or mother)"),
            "spouse": self.tr("Spouse (husband or wife)"),
            "child": self.tr("Child (son or daughter)"),
            "sibling": self.tr("Sibling (brother or sister)"),
        }
        for kind in KINDS:
            self.kind.addItem(names[kind], kind)
        form.addRow(self.tr("&Relative is a:"), self.kind)
        layout.addLayout(form)

        self.pick_existing = QRadioButton(self.tr("A person already in the &catalogue"), self)
        self.make_new = QRadioButton(self.tr("A &new person"), self)
        group = QButtonGroup(self)
        group.addButton(self.pick_existing)
        group.addButton(self.make_new)
        self.make_new.setChecked(True)
        layout.addWidget(self.make_new)
        new_form = QFormLayout()
        self.surname = QLineEdit(self)
        self.given_name = QLineEdit(self)
        self.patronymic = QLineEdit(self)
        self.sex = QComboBox(self)
        self.sex.addItem(self.tr("not stated"), None)
        self.sex.addItem(labels.sex("m"), "m")
        self.sex.addItem(labels.sex("f"), "f")
        self.birth = QLineEdit(self)
        self.birth.setPlaceholderText(self.tr("e.g. 14.05.1901 or 1901"))
        for caption, widget, name in (
            (self.tr("&Surname:"), self.surname, "relativeSurname"),
            (self.tr("&Given name:"), self.given_name, "relativeGivenName"),
            (self.tr("&Patronymic:"), self.patronymic, "relativePatronymic"),
            (self.tr("Se&x:"), self.sex, "relativeSex"),
            (self.tr("&Born:"), self.birth, "relativeBirth"),
        ):
            widget.setObjectName(name)
            new_form.addRow(caption, widget)
        self.new_box = QWidget(self)
        self.new_box.setLayout(new_form)
        layout.addWidget(self.new_box)

        layout.addWidget(self.pick_existing)
        self.query = QLineEdit(self)
        self.query.setObjectName("relativeQuery")
        self.query.setPlaceholderText(self.tr("Type a name to find the person"))
        self.query.setAccessibleName(self.tr("Find a person by name"))
        self.candidates = QListWidget(self)
        self.candidates.setObjectName("relativeCandidates")
        self.candidates.setAccessibleName(self.tr("People found"))
        layout.addWidget(self.query)
        layout.addWidget(self.candidates)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(lambda: self._find(self.query.text()))
        self.query.textChanged.connect(lambda _t: self._timer.start())
        self.query.textChanged.connect(lambda _t: self.pick_existing.setChecked(True))
        self.problem = QLabel(self)
        self.problem.setObjectName("relativeProblem")
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setWordWrap(True)
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.pick_existing.toggled.connect(self._mode)
        self._mode()

    def _mode(self) -> None:
        existing = self.pick_existing.isChecked()
        self.new_box.setEnabled(not existing)
        self.query.setEnabled(existing)
        self.candidates.setEnabled(existing)

    def show_candidates(self, hits: list[Any]) -> None:
        """Persons found for the query: (id, name, birth) for each."""
        self.candidates.clear()
        for person_id, name, birth in hits:
            text = f"{name} ({labels.date(birth)})" if birth else name
            item = QListWidgetItem(text, self.candidates)
            item.setData(Qt.ItemDataRole.UserRole, person_id)
        if self.candidates.count():
            self.candidates.setCurrentRow(0)

    def kind_value(self) -> str:
        return str(self.kind.currentData())

    def chosen_person(self) -> int | None:
        if not self.pick_existing.isChecked():
            return None
        item = self.candidates.currentItem()
        return int(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def new_person(self) -> PersonFields | None:
        if self.pick_existing.isChecked():
            return None
        birth = None
        if self.birth.text().strip():
            birth = parse_date_input(self.birth.text())
        return PersonFields(
            surname=self.surname.text().strip(),
            given_name=self.given_name.text().strip(),
            patronymic=self.patronymic.text().strip(),
            sex=self.sex.currentData(),
            birth=birth,
        )

    def _accept(self) -> None:
        if self.pick_existing.isChecked():
            if self.chosen_person() is None:
                self.problem.setText(self.tr("Find and choose the person first."))
                return
        else:
            try:
                person = self.new_person()
            except (InvalidDate, ValueError) as exc:
                self.problem.setText(self.tr("The date of birth: %1").replace("%1", str(exc)))
                return
            if person is None or not (person.surname or person.given_name):
                self.problem.setText(self.tr("A new person needs a surname or a given name."))
                return
        self.accept()
