"""File ▸ Import a family tree (GEDCOM)…: a tree kept in Gramps or on a genealogy site, brought in.

The file is chosen, imported in a worker (`catalog.io.gedcom_import`, one transaction) with a task
window showing its progress, and the window then says what was added, what was already in the
catalogue, and lists each problem and each kind of line that could not be mapped, with its line
number. Importing changes the catalogue, so the action is off in a catalogue opened read-only.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QFileDialog

from desktop.dialogs.task import TaskDialog


def import_tree(catalog: Any, path: Path, *, language: str, progress: Any, cancel: Any) -> Any:
    """The worker's part (imported there: the reader is not needed before it is used)."""
    from catalog.io.gedcom_import import import_gedcom

    return import_gedcom(catalog, path, language=language, progress=progress, cancel=cancel)


class GedcomImport(QObject):
    """The action and its flow; `window` is the main window (catalog, jobs, make_action…)."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.tasks: list[TaskDialog] = []
        self.action = window.make_action(
            self.tr("Import a family &tree (GEDCOM)…"),
            None,
            self.choose,
            self.tr("Persons, families, events and sources from Gramps or a genealogy site"),
        )

    def set_editable(self, editable: bool) -> None:
        self.action.setEnabled(editable)

    def choose(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Import a family tree"),
            str(Path.home()),
            self.tr("GEDCOM family tree (*.ged *.GED *.gedcom)"),
        )
        if chosen:
            self.start(Path(chosen))

    def start(self, path: Path) -> TaskDialog:
        language = self.window.language if self.window.language in ("ru", "uk") else "en"
        job = self.window.jobs.long(import_tree, self.window.catalog, path, language=language)
        task = TaskDialog(
            self.window,
            self.tr("Importing a family tree"),
            job,
            self.describe,
            details=self.details,
        )
        task.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        task.destroyed.connect(lambda _o=None, t=task: self._forget(t))
        task.finished_with.connect(lambda _r: self.window.refresh_all())
        self.tasks.append(task)
        task.show()
        return task

    def _forget(self, task: TaskDialog) -> None:
        if task in self.tasks:
            self.tasks.remove(task)

    def describe(self, report: Any) -> str:
        created, present = report.created, report.present
        parts = [
            self.tr("%n person(s) added", "", created.get("person", 0)),
            self.tr("%n relationship(s) added", "", created.get("relationship", 0)),
            self.tr("%n event(s) added", "", created.get("claim", 0)),
            self.tr("%n source(s) added", "", created.get("document", 0)),
        ]
        text = ", ".join(parts)
        already = sum(present.values())
        if already:
            text += "; " + self.tr("%n record(s) already in the catalogue", "", already)
        if report.problems:
            text += "; " + self.tr("%n problem(s), listed below", "", len(report.problems))
        if report.unmapped:
            text += "; " + self.tr("%n line(s) not brought in", "", len(report.unmapped))
        return text + "."

    def details(self, report: Any) -> list[str]:
        lines = [
            self.tr("Encoding: %1 (the file says %2)")
            .replace("%1", report.encoding)
            .replace("%2", report.declared or "—")
        ]
        lines += [
            self.tr("Line %1: %2").replace("%1", str(p.line)).replace("%2", p.message)
            for p in report.problems
        ]
        for tag, count in report.unmapped_by_tag().items():
            first = next(p for p in report.unmapped if p.tag == tag)
            lines.append(
                self.tr("Not brought in: %1 (%2 line(s), the first at line %3)")
                .replace("%1", tag)
                .replace("%2", str(count))
                .replace("%3", str(first.line))
            )
        return lines
