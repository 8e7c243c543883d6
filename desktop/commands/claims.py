"""Undoable edits of claims and flags: add, edit, delete, accept or reject suggestions."""

from __future__ import annotations

from typing import Any

from catalog.services import claim_review, claims, flags, snapshots
from catalog.services.claims import ClaimFields
from desktop.commands.base import Change, Command, Edits


class AddClaim(Command):
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

    def do(self) -> Change:
        claims.update_claim(self.catalog, self.claim_id, **self.new)
        return Change(persons=frozenset({self.person_id}))

    def revert(self) -> Change:
        claims.update_claim(self.catalog, self.claim_id, **self.old)
        return Change(persons=frozenset({self.person_id}))


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
