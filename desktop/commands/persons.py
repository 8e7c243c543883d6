"""Undoable edits of persons: add, edit, delete (a deletion is undone from a snapshot)."""

from __future__ import annotations

from typing import Any

from catalog.services import persons, snapshots
from catalog.services.persons import PersonFields
from desktop.commands.base import Change, Command, Edits


class AddPerson(Command):
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


class EditPerson(Command):
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


class DeletePerson(Command):
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
