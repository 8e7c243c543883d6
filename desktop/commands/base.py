"""Undoable edits: each command calls the catalogue's services on the single writer thread.

A command's `redo` and `undo` queue their service call on `Jobs.write`, whose one thread runs
jobs in order; so an undo always runs after the redo it reverses, and a command can keep the id
its redo created for its undo to use. Deleting takes a snapshot first and undoing restores that
snapshot — the same record with the same uid and, where still free, the same ids — and undoing
an addition deletes the record after taking such a snapshot, so redo brings back the very same one.

When a write finishes, `Edits.changed` tells the window what to refresh; when it fails, `failed`
carries the error for a message.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from catalog.db import Catalog
from desktop.workers import Jobs


@dataclass(frozen=True)
class Change:
    """What a finished write touched."""

    persons: frozenset[int] = field(default_factory=frozenset)
    pages: frozenset[int] = field(default_factory=frozenset)
    people_list: bool = False  # persons were added or removed (the list's ids change)
    documents: frozenset[int] = field(default_factory=frozenset)  # links or tags changed
    # Suggestions not accepted because a recorded claim says the same: (suggestion, recorded).
    duplicates: tuple[tuple[int, int], ...] = ()
    select_person: int | None = None


class Edits(QObject):
    """The undo stack and the writer that its commands use."""

    changed = Signal(object)  # Change
    failed = Signal(object)  # exception

    def __init__(self, catalog: Catalog, jobs: Jobs, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self.jobs = jobs
        self.stack = QUndoStack(self)

    def run(self, fn: Callable[[], Change], command: QUndoCommand | None = None) -> None:
        job = self.jobs.write(fn)
        job.on_success(self, lambda change: self.changed.emit(change))
        job.on_failure(self, lambda exc: self._failed(exc, command))

    def _failed(self, exc: BaseException, command: QUndoCommand | None) -> None:
        # A redo that could not be written must not stay on the stack as if it had been.
        index = self.stack.index()
        if command is not None and index > 0 and self.stack.command(index - 1) is command:
            command.setObsolete(True)
            self.stack.undo()
        self.failed.emit(exc)

    def push(self, command: QUndoCommand) -> None:
        self.stack.push(command)


class Command(QUndoCommand):
    def __init__(self, edits: Edits, text: str) -> None:
        super().__init__(text)
        self.edits = edits
        self.catalog = edits.catalog

    def redo(self) -> None:
        self.edits.run(self.do, self)

    def undo(self) -> None:
        self.edits.run(self.revert)

    def do(self) -> Change:  # runs on the writer thread
        raise NotImplementedError

    def revert(self) -> Change:  # runs on the writer thread
        raise NotImplementedError
