"""Undoable tags on documents: putting a tag on, taking it off."""

from __future__ import annotations

from catalog.services import document_tags
from desktop.commands.base import Change, Command, Edits


class TagDocument(Command):
    def __init__(self, edits: Edits, text: str, document_id: int, tag: str) -> None:
        super().__init__(edits, text)
        self.document_id, self.tag = document_id, tag

    def do(self) -> Change:
        # The name as stored (spaces tidied), so that undo takes off the very same tag.
        self.tag = document_tags.tag_document(self.catalog, self.document_id, self.tag)
        return Change(documents=frozenset({self.document_id}))

    def revert(self) -> Change:
        document_tags.untag_document(self.catalog, self.document_id, self.tag)
        return Change(documents=frozenset({self.document_id}))


class UntagDocument(Command):
    def __init__(self, edits: Edits, text: str, document_id: int, tag: str) -> None:
        super().__init__(edits, text)
        self.document_id, self.tag = document_id, tag

    def do(self) -> Change:
        self.tag = document_tags.untag_document(self.catalog, self.document_id, self.tag)
        return Change(documents=frozenset({self.document_id}))

    def revert(self) -> Change:
        document_tags.tag_document(self.catalog, self.document_id, self.tag)
        return Change(documents=frozenset({self.document_id}))
