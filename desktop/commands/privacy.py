"""Undoable privacy marks: a document, a claim or a person's notes private; living by hand."""

from __future__ import annotations

from typing import Any

from catalog.services import privacy
from desktop.commands.base import Change, Command, Edits

SETTERS = {
    "document": privacy.set_document_private,
    "claim": privacy.set_claim_private,
    "notes": privacy.set_notes_private,
    "living": privacy.set_living,
}


class SetMark(Command):
    """Set the mark `kind` of the record `ident` from `old` to `new`; `person_id` is refreshed."""

    def __init__(
        self,
        edits: Edits,
        text: str,
        kind: str,
        ident: int,
        old: Any,
        new: Any,
        person_id: int | None,
    ) -> None:
        super().__init__(edits, text)
        self.kind, self.ident, self.old, self.new = kind, ident, old, new
        self.person_id = person_id

    def _set(self, value: Any) -> Change:
        SETTERS[self.kind](self.catalog, self.ident, value)
        return Change(persons=frozenset({self.person_id} if self.person_id else ()))

    def do(self) -> Change:
        return self._set(self.new)

    def revert(self) -> Change:
        return self._set(self.old)
