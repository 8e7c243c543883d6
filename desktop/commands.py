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
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from catalog.db import Catalog
from catalog.services import claims, documents, flags, persons, snapshots
from catalog.services.claims import ClaimFields
from catalog.services.persons import PersonFields
from desktop.workers import Jobs


@dataclass(frozen=True)
class Change:
    """What a finished write touched."""

    persons: frozenset[int] = field(default_factory=frozenset)
    pages: frozenset[int] = field(default_factory=frozenset)
    people_list: bool = False  # persons were added or removed (the list's ids change)
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


class _Command(QUndoCommand):
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


class AddPerson(_Command):
    def __init__(self, edits: Edits, text: str, values: PersonFields) -> None:
        super().__init__(edits, text)
        self.values = values
        self.person_id: int | None = None
        self.snapshot: snapshots.PersonSnapshot | None = None

    def do(self) -> Change:
        if self.snapshot is None:
            self.person_id = persons.add_person(self.catalog, self.values).id
        else:
            self.person_id = snapshots.restore_person(self.catalog, self.snapshot)
        return Change(people_list=True, select_person=self.person_id)

    def revert(self) -> Change:
        if self.person_id is None:
            return Change()
        self.snapshot = snapshots.person_snapshot(self.catalog, self.person_id)
        persons.delete_person(self.catalog, self.person_id)
        return Change(persons=frozenset({self.person_id}), people_list=True)


class EditPerson(_Command):
    def __init__(
        self, edits: Edits, text: str, person_id: int, old: dict[str, Any], new: dict[str, Any]
    ) -> None:
        super().__init__(edits, text)
        self.person_id, self.old, self.new = person_id, old, new

    def do(self) -> Change:
        persons.update_person(self.catalog, self.person_id, **self.new)
        return Change(persons=frozenset({self.person_id}), people_list=True)

    def revert(self) -> Change:
        persons.update_person(self.catalog, self.person_id, **self.old)
        return Change(persons=frozenset({self.person_id}), people_list=True)


class DeletePerson(_Command):
    def __init__(self, edits: Edits, text: str, person_id: int) -> None:
        super().__init__(edits, text)
        self.person_id = person_id
        self.snapshot: snapshots.PersonSnapshot | None = None

    def do(self) -> Change:
        self.snapshot = snapshots.person_snapshot(self.catalog, self.person_id)
        persons.delete_person(self.catalog, self.person_id)
        return Change(persons=frozenset({self.person_id}), people_list=True)

    def revert(self) -> Change:
        if self.snapshot is None:
            return Change()
        self.person_id = snapshots.restore_person(self.catalog, self.snapshot)
        return Change(people_list=True, select_person=self.person_id)


class AddClaim(_Command):
    def __init__(self, edits: Edits, text: str, person_id: int, values: ClaimFields) -> None:
        super().__init__(edits, text)
        self.person_id = person_id
        self.values = values
        self.claim_id: int | None = None
        self.snapshot: snapshots.ClaimSnapshot | None = None

    def do(self) -> Change:
        if self.snapshot is None:
            self.claim_id = claims.add_claim(self.catalog, self.person_id, self.values).id
        else:
            self.claim_id = snapshots.restore_claim(self.catalog, self.snapshot)
        return Change(persons=frozenset({self.person_id}), select_person=self.person_id)

    def revert(self) -> Change:
        if self.claim_id is None:
            return Change()
        self.snapshot = snapshots.claim_snapshot(self.catalog, self.claim_id)
        claims.delete_claim(self.catalog, self.claim_id)
        return Change(persons=frozenset({self.person_id}))


class EditClaim(_Command):
    def __init__(
        self,
        edits: Edits,
        text: str,
        person_id: int,
        claim_id: int,
        old: dict[str, Any],
        new: dict[str, Any],
    ) -> None:
        super().__init__(edits, text)
        self.person_id, self.claim_id, self.old, self.new = person_id, claim_id, old, new

    def do(self) -> Change:
        claims.update_claim(self.catalog, self.claim_id, **self.new)
        return Change(persons=frozenset({self.person_id}))

    def revert(self) -> Change:
        claims.update_claim(self.catalog, self.claim_id, **self.old)
        return Change(persons=frozenset({self.person_id}))


class DeleteClaim(_Command):
    def __init__(self, edits: Edits, text: str, person_id: int, claim_id: int) -> None:
        super().__init__(edits, text)
        self.person_id, self.claim_id = person_id, claim_id
        self.snapshot: snapshots.ClaimSnapshot | None = None

    def do(self) -> Change:
        self.snapshot = snapshots.claim_snapshot(self.catalog, self.claim_id)
        claims.delete_claim(self.catalog, self.claim_id)
        return Change(persons=frozenset({self.person_id}))

    def revert(self) -> Change:
        if self.snapshot is not None:
            self.claim_id = snapshots.restore_claim(self.catalog, self.snapshot)
        return Change(persons=frozenset({self.person_id}))


class SetFlagStatus(_Command):
    def __init__(
        self, edits: Edits, text: str, person_id: int, flag_id: int, old: str, new: str
    ) -> None:
        super().__init__(edits, text)
        self.person_id, self.flag_id, self.old, self.new = person_id, flag_id, old, new

    def do(self) -> Change:
        flags.set_flag_status(self.catalog, self.flag_id, self.new)
        return Change(persons=frozenset({self.person_id}))

    def revert(self) -> Change:
        flags.set_flag_status(self.catalog, self.flag_id, self.old)
        return Change(persons=frozenset({self.person_id}))


class SetProcessing(_Command):
    """Rotation and crop: parameters of the page, the image file is never touched."""

    def __init__(
        self, edits: Edits, text: str, page_id: int, old: dict[str, Any], new: dict[str, Any]
    ) -> None:
        super().__init__(edits, text)
        self.page_id, self.old, self.new = page_id, old, new

    def do(self) -> Change:
        documents.set_page_processing(self.catalog, self.page_id, self.new)
        return Change(pages=frozenset({self.page_id}))

    def revert(self) -> Change:
        documents.set_page_processing(self.catalog, self.page_id, self.old)
        return Change(pages=frozenset({self.page_id}))
