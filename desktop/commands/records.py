"""Adding a pasted Memorial / Book-of-Memory record, undoably.

The record becomes a document (its text) and claims citing it, of a new person or of one
already in the catalogue (whose empty fields it fills). Undo removes the document and puts the
person back as they were; redo brings back the very same records from snapshots.
"""

from __future__ import annotations

from catalog.services import documents, persons, snapshots
from catalog.services.records import store_parsed_record
from catalog.text import ParsedRecord
from desktop.commands.base import Change, Command, Edits


class AddRecord(Command):
    def __init__(
        self, edits: Edits, text: str, parsed: ParsedRecord, person_id: int | None = None
    ) -> None:
        super().__init__(edits, text)
        self.parsed = parsed
        self.person_id = person_id
        self.document_id: int | None = None
        self.created_person = person_id is None
        self.before: snapshots.PersonSnapshot | None = None  # an existing person, as they were
        self.after: snapshots.PersonSnapshot | None = None
        self.document: snapshots.DocumentSnapshot | None = None

    def do(self) -> Change:
        if self.document is None:
            if self.person_id is not None:
                self.before = snapshots.person_snapshot(self.catalog, self.person_id)
            stored = store_parsed_record(self.catalog, self.parsed, person_id=self.person_id)
            self.person_id, self.document_id = stored.person_id, stored.document_id
        else:
            if not self.created_person and self.person_id is not None:
                persons.delete_person(self.catalog, self.person_id)
            # The document first: the claims restored with the person cite it.
            self.document_id = snapshots.restore_document(self.catalog, self.document)
            assert self.after is not None
            self.person_id = snapshots.restore_person(self.catalog, self.after)
        return Change(people_list=True, select_person=self.person_id)

    def revert(self) -> Change:
        if self.person_id is None or self.document_id is None:
            return Change()
        self.after = snapshots.person_snapshot(self.catalog, self.person_id)
        self.document = snapshots.document_snapshot(self.catalog, self.document_id)
        documents.delete_document(self.catalog, self.document_id)
        persons.delete_person(self.catalog, self.person_id)
        if self.before is not None:
            self.person_id = snapshots.restore_person(self.catalog, self.before)
            return Change(people_list=True, select_person=self.person_id)
        return Change(persons=frozenset({self.person_id}), people_list=True)
