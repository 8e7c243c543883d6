"""Undoable changes from the document workspace: a page's processing parameters (the image
file is never touched), the document's details, and the claims proposed from a page's text."""

from __future__ import annotations

from typing import Any

from catalog.importing import update_processing
from catalog.services import claims, documents, snapshots
from desktop.commands.base import Change, Command, Edits


class SetProcessing(Command):
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


class AutoDeskew(Command):
    """Straighten a page by the skew measured on its lines of text (stored as `deskew`)."""

    def __init__(self, edits: Edits, text: str, page_id: int, old: dict[str, Any]) -> None:
        super().__init__(edits, text)
        self.page_id, self.old = page_id, old
        self.new: dict[str, Any] | None = None

    def do(self) -> Change:
        if self.new is None:
            # Measured once; a redo after an undo puts back the same angle.
            page = update_processing(self.catalog, self.page_id, {}, detect_deskew=True)
            self.new = dict(page.processing)
        else:
            documents.set_page_processing(self.catalog, self.page_id, self.new)
        return Change(pages=frozenset({self.page_id}))

    def revert(self) -> Change:
        documents.set_page_processing(self.catalog, self.page_id, self.old)
        return Change(pages=frozenset({self.page_id}))


class ProposeClaims(Command):
    """Suggested claims that `propose_claims` has just stored: undo deletes them, redo brings
    the same ones back. (The proposal itself runs before the command is pushed, so that a page
    with nothing new to propose leaves nothing on the undo stack.)"""

    def __init__(self, edits: Edits, text: str, person_id: int, claim_ids: tuple[int, ...]) -> None:
        super().__init__(edits, text)
        self.person_id = person_id
        self.claim_ids = list(claim_ids)
        self.snapshots: list[snapshots.ClaimSnapshot] = []
        self._stored = True

    def do(self) -> Change:
        if self._stored:
            self._stored = False  # the first redo, at push time: already written
        else:
            self.claim_ids = [snapshots.restore_claim(self.catalog, s) for s in self.snapshots]
        return Change(persons=frozenset({self.person_id}), select_person=self.person_id)

    def revert(self) -> Change:
        self.snapshots = [snapshots.claim_snapshot(self.catalog, c) for c in self.claim_ids]
        for claim_id in self.claim_ids:
            claims.delete_claim(self.catalog, claim_id)
        return Change(persons=frozenset({self.person_id}))


class EditDocument(Command):
    """A document's kind, title, issuer, dates and archive reference."""

    def __init__(
        self,
        edits: Edits,
        text: str,
        document_id: int,
        old: dict[str, Any],
        new: dict[str, Any],
        touched: Change,
    ) -> None:
        super().__init__(edits, text)
        self.document_id, self.old, self.new, self.touched = document_id, old, new, touched

    def do(self) -> Change:
        documents.update_document(self.catalog, self.document_id, **self.new)
        return self.touched

    def revert(self) -> Change:
        documents.update_document(self.catalog, self.document_id, **self.old)
        return self.touched
