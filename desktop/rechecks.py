"""Checks keep up by themselves in the desktop application: after an edit changed a person's
claims or links, that person's checks re-run on the writer thread, in the background, and the
people list and the dossier show the flag without Tools ▸ Check."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from catalog.services.rechecks import recheck_persons
from desktop import commands

if TYPE_CHECKING:
    from desktop.case_window import CaseWindow


class AutoChecks(QObject):
    checked = Signal(object)  # the CheckReport of a background re-check

    def __init__(self, window: CaseWindow) -> None:
        super().__init__(window)
        self.window = window
        window.edits.changed.connect(self._changed)

    def _changed(self, change: commands.Change) -> None:
        persons = set(change.persons)
        if change.select_person is not None:
            persons.add(change.select_person)
        if not persons or not self.window.editable:
            return
        job = self.window.jobs.write(recheck_persons, self.window.catalog, sorted(persons))
        job.on_success(self, lambda report: self._done(persons, report))

    def _done(self, persons: set[int], report: Any) -> None:
        if report.created or report.updated or report.removed:
            self.window.people_model.refresh_rows(persons)
            detail = self.window.detail
            if detail is not None and detail.id in persons:
                self.window.show_person(detail.id)
        self.checked.emit(report)
