"""Privacy marks in the window: Person ▸ Privacy (notes private, the claim private, living or
deceased by hand), Document ▸ Document is private, and View ▸ Show private items.

The dossier leaves private notes, claims and documents out, as the printed dossier does; the
researcher who needs to see or unmark them turns on View ▸ Show private items for the session
(it is never remembered). Each mark is an undoable command (`desktop.commands.privacy`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu

from catalog.services import persons, privacy
from catalog.services.views import PersonDetail
from desktop.commands.privacy import SetMark

if TYPE_CHECKING:
    from desktop.controllers.window import Window


def load_person(catalog: Any, person_id: int) -> tuple[PersonDetail, privacy.PersonPrivacy]:
    """The person and their privacy marks, read together (in a worker)."""
    return persons.get_person(catalog, person_id), privacy.person_privacy(catalog, person_id)


class Privacy(QObject):
    def __init__(self, window: Window) -> None:
        super().__init__(window)
        self.window = window
        self.marks: privacy.PersonPrivacy | None = None
        self.document_private: bool | None = None  # of the document open in the workspace
        action = window.make_action
        self.notes_action = action(
            self.tr("&Notes are private"), None, self.toggle_notes,
            self.tr("Leave this person's notes out of every export, package and dossier"),
        )  # fmt: skip
        self.claim_action = action(
            self.tr("The chosen &claim is private"), None, self.toggle_claim,
            self.tr("Leave the claim chosen in the timeline out of every export, package and "
                    "dossier"),
        )  # fmt: skip
        self.document_action = action(
            self.tr("Document is &private"), None, self.toggle_document,
            self.tr("Leave this document, its pages and the claims citing it out of every "
                    "export, package and dossier"),
        )  # fmt: skip
        self.show_action = action(
            self.tr("Show &private items"), None, self.toggle_shown,
            self.tr("Show private notes, claims and documents in the dossier (this session only)"),
        )  # fmt: skip
        for item in (self.notes_action, self.claim_action, self.document_action, self.show_action):
            item.setCheckable(True)
        self.living_group = QActionGroup(self)
        self.living_actions: dict[bool | None, QAction] = {}
        for value, text in (
            (None, self.tr("Living or not: &presumed from the dates")),
            (True, self.tr("Marked &living")),
            (False, self.tr("Marked &deceased")),
        ):
            item = action(text, None, lambda _=False, v=value: self.set_living(v))
            item.setCheckable(True)
            self.living_group.addAction(item)
            self.living_actions[value] = item
        # An undone or redone document mark: read it again.
        window.edits.changed.connect(lambda _change: self._load_document_mark())

    # -- menus ---------------------------------------------------------------------------------

    def person_menu(self, parent: QMenu) -> QMenu:
        menu = parent.addMenu(self.tr("P&rivacy"))
        menu.addAction(self.notes_action)
        menu.addAction(self.claim_action)
        menu.addSeparator()
        for item in self.living_actions.values():
            menu.addAction(item)
        menu.aboutToShow.connect(self.update_checks)
        return menu

    def update_actions(self, has_person: bool, has_document: bool, editable: bool) -> None:
        for item in (self.notes_action, self.claim_action, *self.living_actions.values()):
            item.setEnabled(has_person and editable and self.marks is not None)
        self.document_action.setEnabled(has_document and editable)
        if has_document:
            self._load_document_mark()
        self.update_checks()

    def update_checks(self) -> None:
        marks = self.marks
        self.notes_action.setChecked(bool(marks and marks.notes_private))
        claim_id = self.window.dossier.current_claim_id()
        self.claim_action.setEnabled(self.notes_action.isEnabled() and claim_id is not None)
        self.claim_action.setChecked(bool(marks and claim_id in marks.private_claims))
        living = marks.living_mark if marks else None
        self.living_actions[living].setChecked(True)
        self.document_action.setChecked(bool(self.document_private))

    # -- the person shown ----------------------------------------------------------------------

    def shown(self, detail: PersonDetail, marks: privacy.PersonPrivacy | None) -> PersonDetail:
        """What the dossier shows of the person: private items left out unless asked."""
        self.marks = marks
        if marks is None or self.show_action.isChecked():
            return detail
        return privacy.without_private(detail, marks)

    def _load_document_mark(self) -> None:
        loaded = self.window.workspace.loaded
        if loaded is None:
            return
        document_id = loaded.document.summary.id
        job = self.window.jobs.read(privacy.document_is_private, self.window.catalog, document_id)
        job.on_success(self, lambda private: self._document_mark(document_id, private))

    def _document_mark(self, document_id: int, private: bool) -> None:
        loaded = self.window.workspace.loaded
        if loaded is not None and loaded.document.summary.id == document_id:
            self.document_private = private
            self.document_action.setChecked(private)

    # -- the marks -----------------------------------------------------------------------------

    def _push(self, text: str, kind: str, ident: int, old: Any, new: Any) -> None:
        person_id = self.window.detail.id if self.window.detail is not None else None
        self.window.edits.push(SetMark(self.window.edits, text, kind, ident, old, new, person_id))

    def toggle_notes(self, checked: bool) -> None:
        detail = self.window.detail
        if detail is None or self.marks is None:
            return
        text = self.tr("Notes private") if checked else self.tr("Notes not private")
        self._push(text, "notes", detail.id, self.marks.notes_private, checked)

    def toggle_claim(self, checked: bool) -> None:
        claim_id = self.window.dossier.current_claim_id()
        if claim_id is None or self.marks is None:
            return
        text = self.tr("Claim private") if checked else self.tr("Claim not private")
        self._push(text, "claim", claim_id, claim_id in self.marks.private_claims, checked)

    def set_living(self, value: bool | None) -> None:
        detail = self.window.detail
        if detail is None or self.marks is None or value == self.marks.living_mark:
            return
        self._push(
            self.tr("Mark living or deceased"), "living", detail.id, self.marks.living_mark, value
        )

    def toggle_document(self, checked: bool) -> None:
        loaded = self.window.workspace.loaded
        if loaded is None:
            return
        text = self.tr("Document private") if checked else self.tr("Document not private")
        self.document_private = checked
        self._push(text, "document", loaded.document.summary.id, not checked, checked)

    def toggle_shown(self, _checked: bool) -> None:
        if self.window.detail is not None:
            self.window.show_person(self.window.detail.id)
