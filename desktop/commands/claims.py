"""Undoable edits of claims and flags: add, edit, delete, accept or reject suggestions."""

from __future__ import annotations

from typing import Any

from catalog.services import claim_review, claims, documents, flags, snapshots
from catalog.services.claims import ClaimFields
from desktop.commands.base import Change, Command, Edits


def _roles(catalog: Any, document_id: int | None, person_id: int) -> tuple[str, ...]:
    return documents.link_roles(catalog, document_id, person_id) if document_id else ()


def _unlink_made(
    catalog: Any, document_id: int | None, person_id: int, made: tuple[str, ...]
) -> None:
    """Undo the links a claim's write made to its document (and no other link)."""
    if document_id is None:
        return
    present = _roles(catalog, document_id, person_id)
    for role in made:
        if role in present:
            documents.unlink_person(catalog, document_id, person_id, role)


def _documents(document_id: int | None) -> frozenset[int]:
    return frozenset({document_id}) if document_id else frozenset()


class AddClaim(Command):
    """A new claim. Citing a document links the person to it (`link_cited`) when they were
    not linked yet: undo deletes the claim and that link, and only that one."""

    def __init__(self, edits: Edits, text: str, person_id: int, values: ClaimFields) -> None:
        super().__init__(edits, text)
        self.person_id = person_id
        self.values = values
        self.claim_id: int | None = None
        self.snapshot: snapshots.ClaimSnapshot | None = None
        self.links_made: tuple[str, ...] = ()

    def do(self) -> Change:
        document_id = self.values.document_id
        if self.snapshot is None:
            before = _roles(self.catalog, document_id, self.person_id)
            self.claim_id = claims.add_claim(self.catalog, self.person_id, self.values).id
            after = _roles(self.catalog, document_id, self.person_id)
            self.links_made = tuple(role for role in after if role not in before)
        else:
            self.claim_id = snapshots.restore_claim(self.catalog, self.snapshot)
            present = _roles(self.catalog, document_id, self.person_id)
            for role in self.links_made:
                if role not in present and document_id is not None:
                    documents.link_person(self.catalog, document_id, self.person_id, role)
        return Change(
            persons=frozenset({self.person_id}),
            select_person=self.person_id,
            documents=_documents(document_id),
        )

    def revert(self) -> Change:
        if self.claim_id is None:
            return Change()
        self.snapshot = snapshots.claim_snapshot(self.catalog, self.claim_id)
        claims.delete_claim(self.catalog, self.claim_id)
        _unlink_made(self.catalog, self.values.document_id, self.person_id, self.links_made)
        return Change(
            persons=frozenset({self.person_id}), documents=_documents(self.values.document_id)
        )


class EditClaim(Command):
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
        self.links_made: tuple[str, ...] = ()

    def do(self) -> Change:
        # Citing another document links the person to it if need be; undo removes that link.
        document_id = self.new.get("document_id")
        before = _roles(self.catalog, document_id, self.person_id)
        claims.update_claim(self.catalog, self.claim_id, **self.new)
        after = _roles(self.catalog, document_id, self.person_id)
        self.links_made = tuple(role for role in after if role not in before)
        return Change(persons=frozenset({self.person_id}), documents=_documents(document_id))

    def revert(self) -> Change:
        claims.update_claim(self.catalog, self.claim_id, **self.old)
        document_id = self.new.get("document_id")
        _unlink_made(self.catalog, document_id, self.person_id, self.links_made)
        return Change(persons=frozenset({self.person_id}), documents=_documents(document_id))


class DeleteClaim(Command):
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


class SetFlagStatus(Command):
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


class AcceptClaims(Command):
    """Suggested claims become accepted: the person checked them against the page."""

    def __init__(self, edits: Edits, text: str, person_id: int, claim_ids: tuple[int, ...]) -> None:
        super().__init__(edits, text)
        self.person_id, self.claim_ids = person_id, claim_ids
        self.accepted: tuple[int, ...] = ()

    def do(self) -> Change:
        # One identical to a recorded claim (same kind, date, source) is not accepted: said so.
        result = claim_review.accept_claims(self.catalog, self.claim_ids)
        self.accepted = result.accepted
        return Change(persons=frozenset({self.person_id}), duplicates=result.duplicates)

    def revert(self) -> Change:
        for claim_id in self.accepted:
            claims.update_claim(self.catalog, claim_id, status="suggested")
        return Change(persons=frozenset({self.person_id}))


class DeleteClaims(Command):
    """Several claims deleted at once (rejected suggestions); undo brings each back."""

    def __init__(self, edits: Edits, text: str, person_id: int, claim_ids: tuple[int, ...]) -> None:
        super().__init__(edits, text)
        self.person_id = person_id
        self.claim_ids = list(claim_ids)
        self.snapshots: list[snapshots.ClaimSnapshot] = []

    def do(self) -> Change:
        self.snapshots = [snapshots.claim_snapshot(self.catalog, c) for c in self.claim_ids]
        for claim_id in self.claim_ids:
            claims.delete_claim(self.catalog, claim_id)
        return Change(persons=frozenset({self.person_id}))

    def revert(self) -> Change:
        self.claim_ids = [snapshots.restore_claim(self.catalog, s) for s in self.snapshots]
        return Change(persons=frozenset({self.person_id}))
