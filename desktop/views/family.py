"""The family in the dossier: parents, spouses, children and siblings, each a link to their own
dossier, with the words of the source that names them.

The panel shows a `Family` snapshot (`catalog.services.families.family_of`); it never reads the
catalogue. What a person does here is emitted as a signal: open a relative, add one, remove a
relationship, accept or dismiss a relative suggested from a record's text. Names and quotes are
catalogue data, shown as plain text.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from catalog.services.families import Family, Relative
from catalog.text.person_fields import sex_from_name
from desktop import labels

ROLES = ("parents", "spouses", "children", "siblings")


class FamilyPanel(QWidget):
    open_person = Signal(int)
    add_relative = Signal()
    remove_relationship = Signal(int)
    accept_relative = Signal(int)
    dismiss_relative = Signal(int)

    def __init__(self, read_only: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("familyPanel")
        self.setAccessibleName(self.tr("Family"))
        self.read_only = read_only
        self.family: Family | None = None
        self.person_buttons: dict[int, QPushButton] = {}
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(2)
        self._build()

    def _role_word(self, relative: Relative, role: str) -> str:
        person = relative.person
        sex = person.sex or sex_from_name(person.surname, person.given_name, person.patronymic)
        words = {
            "parents": ("father", "mother", "parent"),
            "spouses": ("husband", "wife", "spouse"),
            "children": ("son", "daughter", "child"),
            "siblings": ("brother", "sister", "sibling"),
        }[role]
        return labels.relation(words[0] if sex == "m" else words[1] if sex == "f" else words[2])

    def show_family(self, family: Family) -> None:
        self.family = family
        self._build()

    def _clear(self) -> None:
        while self._layout.count():
            item = self._layout.takeAt(0)
            widget = item.widget()
            if widget is not None:
                widget.deleteLater()
            elif item.layout() is not None:
                inner = item.layout()
                while inner.count():
                    child = inner.takeAt(0).widget()
                    if child is not None:
                        child.deleteLater()

    def _build(self) -> None:
        self._clear()
        self.person_buttons = {}
        title_row = QHBoxLayout()
        title = QLabel(self.tr("Family"), self)
        font = title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        title.setFont(font)
        title_row.addWidget(title, 1)
        add = QPushButton(self.tr("Add relative…"), self)
        add.setObjectName("addRelative")
        add.setToolTip(self.tr("Add a parent, spouse, child or sibling"))
        add.setEnabled(not self.read_only)
        add.clicked.connect(self.add_relative)
        title_row.addWidget(add, 0)
        self._layout.addLayout(title_row)
        family = self.family
        if family is not None and family.chsir:
            chsir = QLabel(self.tr("Family member of a traitor to the Motherland (ЧСИР)"), self)
            chsir.setObjectName("chsirCategory")
            chsir.setWordWrap(True)
            self._layout.addWidget(chsir)
        if family is None:
            return
        if family.is_empty:
            empty = QLabel(self.tr("No relatives recorded."), self)
            empty.setEnabled(False)
            self._layout.addWidget(empty)
            return
        for role in ROLES:
            for relative in getattr(family, role):
                self._layout.addWidget(self._row(relative, role))

    def _row(self, relative: Relative, role: str) -> QWidget:
        row = QWidget(self)
        row.setObjectName("relativeRow")
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        word = QLabel(self._role_word(relative, role) + ":", row)
        word.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(word)
        person = relative.person
        name = QPushButton(person.full_name, row)
        name.setObjectName("relativeName")
        name.setFlat(True)
        name.setCursor(Qt.CursorShape.PointingHandCursor)
        name.setToolTip(self.tr("Open %1's dossier").replace("%1", person.full_name))
        name.setAccessibleName(
            self.tr("%1: %2")
            .replace("%1", self._role_word(relative, role))
            .replace("%2", person.full_name)
        )
        name.clicked.connect(lambda _=False, pid=person.id: self.open_person.emit(pid))
        self.person_buttons[person.id] = name
        layout.addWidget(name)
        details = []
        if person.birth:
            details.append(labels.date(person.birth))
        relationship = relative.relationship
        if relationship is not None and (relationship.began or relationship.ended):
            details.append(
                self.tr("married %1").replace("%1", labels.date(relationship.began))
                if relationship.began
                else ""
            )
            if relationship.ended:
                details.append(self.tr("until %1").replace("%1", labels.date(relationship.ended)))
        if relative.chsir:
            details.append(self.tr("ЧСИР"))
        if relationship is None:
            details.append(self.tr("through a shared parent"))
        info = QLabel(" · ".join(d for d in details if d), row)
        info.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(info)
        if relationship is not None:
            source = relationship.quote or relationship.document_title
            if source:
                quote = QLabel(f"«{source}»", row)
                quote.setTextFormat(Qt.TextFormat.PlainText)
                quote.setWordWrap(True)
                quote.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
                quote.setToolTip(self.tr("The words of the source"))
                layout.addWidget(quote, 1)
            else:
                layout.addStretch(1)
            if relationship.status == "suggested":
                for text, signal, tip in (
                    (self.tr("Accept"), self.accept_relative, self.tr("This relative is right")),
                    (self.tr("Dismiss"), self.dismiss_relative, self.tr("Not a relative")),
                ):
                    button = QPushButton(text, row)
                    button.setToolTip(tip)
                    button.setAccessibleName(f"{text}: {person.full_name}")
                    button.setEnabled(not self.read_only)
                    button.clicked.connect(
                        lambda _=False, rid=relationship.id, s=signal: s.emit(rid)
                    )
                    layout.addWidget(button)
            else:
                remove = QToolButton(row)
                remove.setText("×")
                remove.setToolTip(self.tr("Remove this relationship"))
                remove.setAccessibleName(
                    self.tr("Remove the relationship with %1").replace("%1", person.full_name)
                )
                remove.setEnabled(not self.read_only)
                remove.clicked.connect(
                    lambda _=False, rid=relationship.id: self.remove_relationship.emit(rid)
                )
                layout.addWidget(remove)
        else:
            layout.addStretch(1)
        return row
