"""Families and duplicates in the window: the dossier's family panel, Add relative, and the list
of persons recorded twice with its merge.

Reads run on the read pool (`Jobs.read`); every change is an undoable command
(`desktop.commands.families`). The panel and the dialogs only show what they are given.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog

from catalog.search import search
from catalog.services import duplicates, families, merge
from desktop import labels
from desktop.commands.families import (
    AcceptRelative,
    AddRelative,
    DismissRelative,
    MergePersons,
    RemoveRelationship,
)
from desktop.dialogs.merge import DuplicatesDialog
from desktop.dialogs.relative import RelativeDialog
from desktop.views.family import FamilyPanel

if TYPE_CHECKING:
    from desktop.controllers.window import Window


def _hits(catalog: Any, text: str) -> list[tuple[int, str, Any]]:
    """In a reader: persons whose name matches, as (id, name, birth)."""
    if len(text.strip()) < 2:
        return []
    found = search(catalog, text, limit=20, texts=False)
    return [(hit.id, hit.name, hit.birth) for hit in found.persons]


class FamilyActions(QObject):
    def __init__(self, window: Window) -> None:
        super().__init__(window)
        self.window = window
        self.edits = window.edits
        self.panel: FamilyPanel | None = None
        self.panel_person: int | None = None
        self.dialog: DuplicatesDialog | None = None
        self.relative_dialog: RelativeDialog | None = None
        self._generation = 0
        self.add_relative_action = window.make_action(
            self.tr("Add &relative…"),
            "Ctrl+Shift+L",
            self.add_relative,
            self.tr("Add a parent, spouse, child or sibling of this person"),
        )
        self.duplicates_action = window.make_action(
            self.tr("Find persons recorded &twice…"),
            None,
            self.find_duplicates,
            self.tr("Pairs of records that may be one person, with a merge"),
        )
        window.dossier.family_panel_created.connect(self._panel_created)
        self.edits.changed.connect(self._changed)

    def person_actions(self) -> list[QAction | None]:
        return [self.add_relative_action]

    def tool_actions(self) -> list[QAction | None]:
        return [self.duplicates_action]

    def update_actions(self, has_person: bool, editable: bool) -> None:
        self.add_relative_action.setEnabled(has_person and editable)
        self.duplicates_action.setEnabled(True)

    # -- the dossier's family -------------------------------------------------------------------

    def _panel_created(self, panel: FamilyPanel) -> None:
        detail = self.window.dossier.detail
        self.panel = panel
        self.panel_person = detail.id if detail is not None else None
        panel.open_person.connect(self.open_person)
        panel.add_relative.connect(self.add_relative)
        panel.remove_relationship.connect(self.remove_relationship)
        panel.accept_relative.connect(self.accept_relative)
        panel.dismiss_relative.connect(self.dismiss_relative)
        if self.panel_person is not None:
            self._load_family(self.panel_person)

    def _load_family(self, person_id: int) -> None:
        self._generation += 1
        generation = self._generation
        job = self.window.jobs.read(families.family_of, self.window.catalog, person_id)
        job.on_success(self, lambda family: self._family_loaded(generation, family))

    def _family_loaded(self, generation: int, family: families.Family) -> None:
        if generation == self._generation and self.panel is not None:
            # The dossier may have been rebuilt meanwhile; its new panel loads itself.
            with contextlib.suppress(RuntimeError):
                self.panel.show_family(family)

    def open_person(self, person_id: int) -> None:
        self.window.people.select_person(person_id)
        self.window.show_person(person_id)

    # -- changes --------------------------------------------------------------------------------

    def add_relative(self) -> None:
        detail = self.window.detail
        if detail is None or not self.window.editable:
            return
        dialog = RelativeDialog(self.window, detail.summary.full_name, self._find)
        self.relative_dialog = dialog
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            kind = dialog.kind_value()
            chosen, new = dialog.chosen_person(), dialog.new_person()
        finally:
            self.relative_dialog = None
        self.edits.push(
            AddRelative(
                self.edits,
                self.tr("Add a relative of %1").replace("%1", detail.summary.full_name),
                detail.id,
                kind,
                relative_id=chosen,
                new_person=new,
            )
        )

    def _find(self, text: str) -> None:
        job = self.window.jobs.read(_hits, self.window.catalog, text)
        job.on_success(self, self._found)

    def _found(self, hits: list[tuple[int, str, Any]]) -> None:
        detail = self.window.detail
        if self.relative_dialog is not None:
            shown = detail.id if detail is not None else None
            self.relative_dialog.show_candidates([h for h in hits if h[0] != shown])

    def remove_relationship(self, relationship_id: int) -> None:
        if self.panel_person is not None:
            self.edits.push(
                RemoveRelationship(
                    self.edits, self.tr("Remove a relationship"), relationship_id, self.panel_person
                )
            )

    def accept_relative(self, relationship_id: int) -> None:
        if self.panel_person is not None:
            self.edits.push(
                AcceptRelative(
                    self.edits, self.tr("Accept a relative"), relationship_id, self.panel_person
                )
            )

    def dismiss_relative(self, relationship_id: int) -> None:
        if self.panel_person is not None:
            self.edits.push(
                DismissRelative(
                    self.edits, self.tr("Dismiss a relative"), relationship_id, self.panel_person
                )
            )

    def _changed(self, _change: Any) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            self._load_pairs()

    # -- duplicates -----------------------------------------------------------------------------

    def find_duplicates(self) -> None:
        if self.dialog is None:
            self.dialog = DuplicatesDialog(self.window)
            self.dialog.preview_requested.connect(self._preview)
            self.dialog.merge_requested.connect(self._merge)
        self.dialog.keep_left.setEnabled(False)
        self.dialog.keep_right.setEnabled(False)
        self.dialog.show()
        self._load_pairs()

    def _load_pairs(self) -> None:
        job = self.window.jobs.read(duplicates.find_duplicates, self.window.catalog)
        job.on_success(self, self._pairs_loaded)

    def _pairs_loaded(self, report: duplicates.DuplicateReport) -> None:
        if self.dialog is not None:
            self.dialog.show_pairs(report.pairs, labels.language())

    def _preview(self, a: int, b: int) -> None:
        job = self.window.jobs.read(merge.merge_preview, self.window.catalog, a, b)
        job.on_success(self, self._preview_loaded)

    def _preview_loaded(self, preview: merge.MergePreview) -> None:
        if self.dialog is not None:
            self.dialog.show_preview(preview)

    def _merge(self, keep: int, other: int) -> None:
        if not self.window.editable:
            return
        self.edits.push(
            MergePersons(self.edits, self.tr("Merge two records of one person"), keep, other)
        )
