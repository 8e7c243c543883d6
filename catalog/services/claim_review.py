"""Reviewing suggested claims: list a person's claims, accept or reject suggestions.

Accepting a suggestion identical to a claim already recorded for the person (same kind, date and
source document, already accepted) adds nothing: the result says which recorded claim it repeats.
Every id is checked before anything is written: an unknown id, an id given twice, or a claim that
is not a suggestion refuses the whole request and changes nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from catalog import models
from catalog.db import Catalog
from catalog.errors import InvalidInput, NotFound
from catalog.services import validate
from catalog.services.views import ClaimView, claim_view
from catalog.vocab import ClaimStatus


@dataclass(frozen=True)
class AcceptResult:
    accepted: tuple[int, ...]
    # (the suggestion, the recorded claim it repeats): not accepted, nothing added.
    duplicates: tuple[tuple[int, int], ...]
    persons: tuple[int, ...]  # whose claims changed


def person_claims(catalog: Catalog, person_id: int, status: str | None = None) -> list[ClaimView]:
    """A person's claims (accepted and suggested, or of one status), in date order."""
    if status is not None:
        status = validate.enum_value("status", status, ClaimStatus)
    with catalog.read() as session:
        if session.get(models.Person, person_id) is None:
            raise NotFound("person", person_id)
        statement = select(models.Claim).where(models.Claim.person_id == person_id)
        if status is not None:
            statement = statement.where(models.Claim.status == status)
        rows = session.scalars(
            statement.order_by(models.Claim.date.is_(None), models.Claim.date, models.Claim.id)
        )
        return [claim_view(claim) for claim in rows]


def _suggestions(session: Session, claim_ids: Sequence[int]) -> list[models.Claim]:
    seen: set[int] = set()
    claims = []
    for claim_id in claim_ids:
        if claim_id in seen:
            raise InvalidInput("claim", f"claim {claim_id} is given twice; nothing changed")
        seen.add(claim_id)
        claim = session.get(models.Claim, claim_id)
        if claim is None:
            raise NotFound("claim", claim_id)
        if claim.status != ClaimStatus.SUGGESTED.value:
            raise InvalidInput(
                "claim", f"claim {claim_id} is already accepted, not a suggestion; nothing changed"
            )
        claims.append(claim)
    if not claims:
        raise InvalidInput("claim", "no claim given")
    return claims


def identical_claim(session: Session, claim: models.Claim) -> int | None:
    """The id of an accepted claim of the same person stating the same (kind, date, document)."""
    return session.scalar(
        select(models.Claim.id)
        .where(
            models.Claim.person_id == claim.person_id,
            models.Claim.id != claim.id,
            models.Claim.status == ClaimStatus.ACCEPTED.value,
            models.Claim.kind == claim.kind,
            models.Claim.date.is_(None) if claim.date is None else models.Claim.date == claim.date,
            models.Claim.document_id.is_(None)
            if claim.document_id is None
            else models.Claim.document_id == claim.document_id,
        )
        .order_by(models.Claim.id)
        .limit(1)
    )


def accept_claims(
    catalog: Catalog, claim_ids: Sequence[int], *, discard_duplicates: bool = False
) -> AcceptResult:
    """Accept suggestions. One identical to a recorded claim is not accepted (and, with
    `discard_duplicates`, removed: used when the suggestion was made a moment ago)."""
    with catalog.write() as session:
        claims = _suggestions(session, claim_ids)
        accepted, duplicates, persons = [], [], set()
        for claim in claims:
            same = identical_claim(session, claim)
            if same is not None:
                duplicates.append((claim.id, same))
                if discard_duplicates:
                    session.delete(claim)
                continue
            claim.status = ClaimStatus.ACCEPTED.value
            session.flush()
            accepted.append(claim.id)
            persons.add(claim.person_id)
        return AcceptResult(tuple(accepted), tuple(duplicates), tuple(sorted(persons)))


def reject_claims(catalog: Catalog, claim_ids: Sequence[int]) -> tuple[int, ...]:
    """Delete suggestions a person judged wrong; the persons whose claims changed."""
    with catalog.write() as session:
        claims = _suggestions(session, claim_ids)
        persons = {claim.person_id for claim in claims}
        for claim in claims:
            session.delete(claim)
        return tuple(sorted(persons))
