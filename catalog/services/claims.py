"""Use cases on claims: what a document states about a person, with its citation."""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from catalog import models
from catalog.dates import PartialDate
from catalog.db import Catalog
from catalog.errors import InvalidInput, NotFound
from catalog.services import validate
from catalog.services.documents import link_cited
from catalog.services.persons import get_model as get_person_model
from catalog.services.views import ClaimView, claim_view
from catalog.vocab import ClaimKind, ClaimStatus


@dataclass(frozen=True)
class ClaimFields:
    kind: str
    date: PartialDate | str | None = None
    place: str = ""
    body: str = ""
    body_code: str = ""
    article: str = ""
    sentence: str = ""
    cause: str = ""
    basis: str = ""
    note: str = ""
    status: str = ClaimStatus.ACCEPTED.value
    document_id: int | None = None
    page_id: int | None = None
    region: tuple[int, int, int, int] | list[int] | None = None
    quote: str = ""


EDITABLE = {f.name for f in fields(ClaimFields)}
TEXT_FIELDS = (
    "place",
    "body",
    "body_code",
    "article",
    "sentence",
    "cause",
    "basis",
    "note",
    "quote",
)


def apply_claim_fields(session: Session, claim: models.Claim, values: dict[str, Any]) -> None:
    """Validate and set claim fields; the citation must point at a real document and page."""
    for name, value in values.items():
        if name not in EDITABLE:
            raise InvalidInput(name, "not a claim field")
        if name == "kind":
            claim.kind = validate.enum_value("kind", value, ClaimKind)
        elif name == "status":
            claim.status = validate.enum_value("status", value, ClaimStatus)
        elif name == "date":
            claim.when = validate.partial_date("date", value)
        elif name == "region":
            claim.region = validate.region("region", value)
        elif name in ("document_id", "page_id"):
            setattr(claim, name, value)
        else:
            setattr(claim, name, validate.text(name, value))
    # The claim may not be in the session yet; looking up its citation must not flush it half-made.
    with session.no_autoflush:
        _check_citation(session, claim)


def _check_citation(session: Session, claim: models.Claim) -> None:
    if claim.document_id is not None and session.get(models.Document, claim.document_id) is None:
        raise NotFound("document", claim.document_id)
    if claim.page_id is not None:
        page = session.get(models.Page, claim.page_id)
        if page is None:
            raise NotFound("page", claim.page_id)
        if claim.document_id is None:
            claim.document_id = page.document_id
        elif page.document_id != claim.document_id:
            raise InvalidInput("page_id", "the page belongs to another document")
    if claim.region is not None and claim.page_id is None:
        raise InvalidInput("region", "a region needs the page it is on")


def get_model(session: Session, claim_id: int) -> models.Claim:
    claim = session.get(models.Claim, claim_id)
    if claim is None:
        raise NotFound("claim", claim_id)
    return claim


def add_claim(catalog: Catalog, person_id: int, values: ClaimFields) -> ClaimView:
    with catalog.write() as session:
        person = get_person_model(session, person_id)
        # The new claim joins person.claims at once; no autoflush may write it half-filled
        # while the citation is being checked.
        with session.no_autoflush:
            claim = models.Claim(person=person)
            apply_claim_fields(
                session, claim, {f.name: getattr(values, f.name) for f in fields(values)}
            )
        session.add(claim)
        session.flush()
        link_cited(session, claim.person_id, claim.document_id)
        session.flush()
        session.refresh(claim)
        return claim_view(claim)


def update_claim(catalog: Catalog, claim_id: int, **changes: Any) -> ClaimView:
    with catalog.write() as session:
        claim = get_model(session, claim_id)
        apply_claim_fields(session, claim, changes)
        session.flush()
        link_cited(session, claim.person_id, claim.document_id)
        session.flush()
        session.refresh(claim)
        return claim_view(claim)


def delete_claim(catalog: Catalog, claim_id: int) -> None:
    with catalog.write() as session:
        session.delete(get_model(session, claim_id))


def get_claim(catalog: Catalog, claim_id: int) -> ClaimView:
    with catalog.read() as session:
        return claim_view(get_model(session, claim_id))


def list_claims(catalog: Catalog, person_id: int) -> list[ClaimView]:
    with catalog.read() as session:
        rows = session.scalars(
            select(models.Claim)
            .where(models.Claim.person_id == person_id)
            .order_by(models.Claim.date.is_(None), models.Claim.date, models.Claim.id)
        )
        return [claim_view(claim) for claim in rows]
