"""Undoable edits of families: add or remove a relative, accept or dismiss a suggested one, merge
two records of one person."""

from __future__ import annotations

from catalog.services import families, merge, persons, relatives, snapshots
from catalog.services.families import RelationshipFields, RelationshipSnapshot
from catalog.services.persons import PersonFields
from desktop.commands.base import Change, Command, Edits


class AddRelative(Command):
    """Relate the person to an existing person or to one made here (`new_person`)."""

    def __init__(
        self,
        edits: Edits,
        text: str,
        person_id: int,
        kind: str,
        *,
        relative_id: int | None = None,
        new_person: PersonFields | None = None,
    ) -> None:
        super().__init__(edits, text)
        self.person_id, self.kind = person_id, kind
        self.relative_id, self.new_person = relative_id, new_person
        self.relationship_id: int | None = None
        self.person_snapshot: snapshots.PersonSnapshot | None = None
        self.snapshot: RelationshipSnapshot | None = None

    def _pair(self, relative_id: int) -> tuple[int, int, str]:
        if self.kind == "child":  # the person is the parent
            return self.person_id, relative_id, "parent"
        if self.kind == "parent":
            return relative_id, self.person_id, "parent"
        return self.person_id, relative_id, self.kind

    def do(self) -> Change:
        if self.new_person is not None:
            if self.person_snapshot is None:
                self.relative_id = persons.add_person(self.catalog, self.new_person).id
            else:
                self.relative_id = snapshots.restore_person(self.catalog, self.person_snapshot)
        assert self.relative_id is not None
        if self.snapshot is not None and self.new_person is None:
            self.relationship_id = families.restore_relationship(self.catalog, self.snapshot)
        elif self.person_snapshot is None:
            first, second, kind = self._pair(self.relative_id)
            self.relationship_id = families.add_relationship(
                self.catalog, first, second, RelationshipFields(kind=kind)
            ).id
        return Change(
            persons=frozenset({self.person_id, self.relative_id}),
            people_list=self.new_person is not None,
        )

    def revert(self) -> Change:
        if self.relationship_id is None or self.relative_id is None:
            return Change()
        if self.new_person is not None:
            # The person made here goes, and their relationship with them (restored together).
            self.person_snapshot = snapshots.person_snapshot(self.catalog, self.relative_id)
            persons.delete_person(self.catalog, self.relative_id)
        else:
            self.snapshot = families.remove_relationship(self.catalog, self.relationship_id)
        return Change(
            persons=frozenset({self.person_id, self.relative_id}),
            people_list=self.new_person is not None,
        )


class RemoveRelationship(Command):
    def __init__(self, edits: Edits, text: str, relationship_id: int, person_id: int) -> None:
        super().__init__(edits, text)
        self.relationship_id, self.person_id = relationship_id, person_id
        self.snapshot: RelationshipSnapshot | None = None

    def do(self) -> Change:
        self.snapshot = families.remove_relationship(self.catalog, self.relationship_id)
        return Change(persons=frozenset({self.person_id}))

    def revert(self) -> Change:
        if self.snapshot is not None:
            self.relationship_id = families.restore_relationship(self.catalog, self.snapshot)
        return Change(persons=frozenset({self.person_id}))


class AcceptRelative(Command):
    def __init__(self, edits: Edits, text: str, relationship_id: int, person_id: int) -> None:
        super().__init__(edits, text)
        self.relationship_id, self.person_id = relationship_id, person_id

    def do(self) -> Change:
        relatives.accept_suggestion(self.catalog, self.relationship_id)
        return Change(persons=frozenset({self.person_id}))

    def revert(self) -> Change:
        families.update_relationship(self.catalog, self.relationship_id, status="suggested")
        return Change(persons=frozenset({self.person_id}))


class DismissRelative(Command):
    def __init__(self, edits: Edits, text: str, relationship_id: int, person_id: int) -> None:
        super().__init__(edits, text)
        self.relationship_id, self.person_id = relationship_id, person_id
        self.dismissed: relatives.Dismissed | None = None

    def do(self) -> Change:
        self.dismissed = relatives.dismiss_suggestion(
            self.catalog, self.relationship_id, self.person_id
        )
        return Change(persons=frozenset({self.person_id}), people_list=True)

    def revert(self) -> Change:
        if self.dismissed is not None:
            relatives.restore_dismissed(self.catalog, self.dismissed)
            self.relationship_id = int(dict(self.dismissed.relationship.row)["id"])
        return Change(persons=frozenset({self.person_id}), people_list=True)


class MergePersons(Command):
    def __init__(self, edits: Edits, text: str, keep_id: int, other_id: int) -> None:
        super().__init__(edits, text)
        self.keep_id, self.other_id = keep_id, other_id
        self.undo_data: merge.MergeUndo | None = None

    def do(self) -> Change:
        result = merge.merge_persons(self.catalog, self.keep_id, self.other_id)
        self.undo_data = result.undo
        return Change(
            persons=frozenset({self.keep_id, self.other_id}),
            people_list=True,
            select_person=self.keep_id,
        )

    def revert(self) -> Change:
        if self.undo_data is not None:
            merge.undo_merge(self.catalog, self.undo_data)
        return Change(
            persons=frozenset({self.keep_id, self.other_id}),
            people_list=True,
            select_person=self.keep_id,
        )
