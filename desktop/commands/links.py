"""Undoable links between documents and persons: link, unlink, and a new person made from the
name a document's text gives, linked as its subject."""

from __future__ import annotations

from catalog.services import documents, persons, snapshots
from catalog.services.persons import PersonFields
from desktop.commands.base import Change, Command, Edits


def _change(document_id: int, person_id: int) -> Change:
    return Change(persons=frozenset({person_id}), documents=frozenset({document_id}))


class LinkPerson(Command):
    def __init__(
        self, edits: Edits, text: str, document_id: int, person_id: int, role: str
    ) -> None:
        super().__init__(edits, text)
        self.document_id, self.person_id, self.role = document_id, person_id, role

    def do(self) -> Change:
        documents.link_person(self.catalog, self.document_id, self.person_id, self.role)
        return _change(self.document_id, self.person_id)

    def revert(self) -> Change:
        documents.unlink_person(self.catalog, self.document_id, self.person_id, self.role)
        return _change(self.document_id, self.person_id)


class UnlinkPerson(Command):
    """Remove a person's links to a document (every role); undo puts the same roles back."""

    def __init__(self, edits: Edits, text: str, document_id: int, person_id: int) -> None:
        super().__init__(edits, text)
        self.document_id, self.person_id = document_id, person_id
        self.roles: tuple[str, ...] = ()

    def do(self) -> Change:
        self.roles = documents.unlink_person(self.catalog, self.document_id, self.person_id)
        return _change(self.document_id, self.person_id)

    def revert(self) -> Change:
        for role in self.roles:
            documents.link_person(self.catalog, self.document_id, self.person_id, role)
        return _change(self.document_id, self.person_id)


class LinkNewPerson(Command):
    """A new person made from the name in the document, linked as its subject. Undo deletes
    the person (and so the link); redo brings back the very same person from a snapshot."""

    def __init__(self, edits: Edits, text: str, document_id: int, values: PersonFields) -> None:
        super().__init__(edits, text)
        self.document_id, self.values = document_id, values
        self.person_id: int | None = None
        self.snapshot: snapshots.PersonSnapshot | None = None

    def do(self) -> Change:
        if self.snapshot is None:
            self.person_id = persons.add_person(self.catalog, self.values).id
            documents.link_person(self.catalog, self.document_id, self.person_id, "subject")
        else:
            self.person_id = snapshots.restore_person(self.catalog, self.snapshot)
        return Change(
            people_list=True,
            select_person=self.person_id,
            documents=frozenset({self.document_id}),
        )

    def revert(self) -> Change:
        if self.person_id is None:
            return Change()
        self.snapshot = snapshots.person_snapshot(self.catalog, self.person_id)
        persons.delete_person(self.catalog, self.person_id)
        return Change(
            persons=frozenset({self.person_id}),
            people_list=True,
            documents=frozenset({self.document_id}),
        )
