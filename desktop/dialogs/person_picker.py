"""Choosing a person for a document: the same any-spelling name search as the people list,
and the role the document gives them."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from catalog.db import Catalog
from catalog.search import search
from catalog.vocab import LinkRole, choices
from desktop import labels
from desktop.workers import Jobs

DELAY_MS = 200
LIMIT = 50


def find_people(catalog: Catalog, query: str) -> list[Any]:
    """In a worker: persons named so, under any spelling, best first."""
    return search(catalog, query, limit=LIMIT, texts=False).persons


class PersonPicker(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        catalog: Catalog,
        jobs: Jobs,
        *,
        title: str,
        query: str = "",
        role: str = LinkRole.SUBJECT.value,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("personPicker")
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self.catalog, self.jobs = catalog, jobs
        self._generation = 0

        self.query = QLineEdit(self)
        self.query.setObjectName("personPickerQuery")
        self.query.setAccessibleName(self.tr("Name to search for"))
        self.query.setPlaceholderText(self.tr("A name in any spelling, e.g. Корнилов Ф. И."))
        self.query.setClearButtonEnabled(True)
        self.results = QListWidget(self)
        self.results.setObjectName("personPickerResults")
        self.results.setAccessibleName(self.tr("Persons found"))
        self.results.itemDoubleClicked.connect(lambda _item: self.accept())
        self.role = QComboBox(self)
        self.role.setObjectName("personPickerRole")
        self.role.setAccessibleName(self.tr("Role of the person in the document"))
        for value in choices(LinkRole):
            self.role.addItem(labels.link_role_name(value), value)
        self.role.setCurrentIndex(max(0, self.role.findData(role)))
        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setEnabled(False)

        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.query)
        form.addRow(self.tr("&Role:"), self.role)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Link"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self._search)
        self.query.textChanged.connect(lambda _text: self._timer.start())
        self.results.currentItemChanged.connect(lambda *_: self._update_ok())
        self._update_ok()
        if query:
            self.query.setText(query)
            self._search()

    def _search(self) -> None:
        self._timer.stop()
        self._generation += 1
        generation = self._generation
        text = self.query.text().strip()
        if not text:
            self.results.clear()
            self._update_ok()
            return
        job = self.jobs.read(find_people, self.catalog, text)
        job.on_success(self, lambda hits: self._found(generation, hits))

    def _found(self, generation: int, hits: list[Any]) -> None:
        if generation != self._generation:
            return
        self.results.clear()
        for hit in hits:
            born = labels.year(hit.birth) if hit.birth else ""
            text = f"{hit.name} ({born})" if born else hit.name
            item = QListWidgetItem(text)  # a list item shows plain text
            item.setData(Qt.ItemDataRole.UserRole, hit.id)
            self.results.addItem(item)
        if hits:
            self.results.setCurrentRow(0)
        self.status.setText(self.tr("%n person(s) found", "", len(hits)))
        self._update_ok()

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.results.currentItem() is not None)

    def person_id(self) -> int | None:
        item = self.results.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def chosen_role(self) -> str:
        return str(self.role.currentData())
