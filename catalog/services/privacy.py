"""Privacy marks as the CLI and the GUI use them: set a document, a claim or a person's notes
private; mark a person living or deceased by hand; read a person's marks; and take private items
out of a person's snapshot before it is shown in a dossier.

The rules themselves (who is presumed living, what an export leaves out) are in
`catalog.io.privacy`.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from catalog import models
from catalog.db import Catalog
from catalog.errors import NotFound
from catalog.io.privacy import END_OF_LIFE, presumed_living
from catalog.services.views import PersonDetail


@dataclass(frozen=True)
class PersonPrivacy:
    person_id: int
    living_mark: bool | None  # set by hand; None: presumed
    living: bool  # the mark, or else the presumption
    notes_private: bool
    private_claims: frozenset[int]
    private_documents: frozenset[int]  # among the documents linked to or cited by the person


def _get(session, model, ident: int, entity: str):  # type: ignore[no-untyped-def]
    record = session.get(model, ident)
    if record is None:
        raise NotFound(entity, ident)
    return record


def set_document_private(catalog: Catalog, document_id: int, private: bool = True) -> None:
    with catalog.write() as session:
        _get(session, models.Document, document_id, "document").private = private


def set_claim_private(catalog: Catalog, claim_id: int, private: bool = True) -> None:
    with catalog.write() as session:
        _get(session, models.Claim, claim_id, "claim").private = private


def set_notes_private(catalog: Catalog, person_id: int, private: bool = True) -> None:
    with catalog.write() as session:
        _get(session, models.Person, person_id, "person").notes_private = private


def set_living(catalog: Catalog, person_id: int, living: bool | None) -> None:
    """Mark a person living (True) or deceased (False) by hand; None returns to the presumption."""
    with catalog.write() as session:
        _get(session, models.Person, person_id, "person").living = living


def document_is_private(catalog: Catalog, document_id: int) -> bool:
    with catalog.read() as session:
        return bool(_get(session, models.Document, document_id, "document").private)


def person_privacy(catalog: Catalog, person_id: int, today: dt.date | None = None) -> PersonPrivacy:
    with catalog.read() as session:
        person = _get(session, models.Person, person_id, "person")
        claims = session.execute(
            select(models.Claim.id, models.Claim.kind, models.Claim.private).where(
                models.Claim.person_id == person_id
            )
        ).all()
        linked = select(models.DocumentLink.document_id).where(
            models.DocumentLink.person_id == person_id
        )
        cited = select(models.Claim.document_id).where(models.Claim.person_id == person_id)
        private_documents = frozenset(
            session.scalars(
                select(models.Document.id).where(
                    models.Document.private,
                    models.Document.id.in_(linked) | models.Document.id.in_(cited),
                )
            )
        )
        living = presumed_living(
            person.birth_date,
            person.birth_qualifier,
            any(row.kind in END_OF_LIFE for row in claims),
            person.living,
            today or dt.date.today(),
        )
        return PersonPrivacy(
            person_id,
            person.living,
            living,
            bool(person.notes_private),
            frozenset(row.id for row in claims if row.private),
            private_documents,
        )


def without_private(person: PersonDetail, privacy: PersonPrivacy) -> PersonDetail:
    """The person's snapshot with private notes, claims and documents (and the claims and flags
    that rest on a private document or claim) taken out, for the dossier."""
    hidden_documents = privacy.private_documents
    claims = tuple(
        c
        for c in person.claims
        if c.id not in privacy.private_claims and c.document_id not in hidden_documents
    )
    shown_claims = {c.id for c in claims}
    hidden_claims = {c.id for c in person.claims} - shown_claims
    flags = tuple(
        f
        for f in person.flags
        if f.claim_id not in hidden_claims
        and f.document_id not in hidden_documents
        and not (set(f.evidence) & hidden_claims)
    )
    documents = tuple(d for d in person.documents if d.document.id not in hidden_documents)
    return dataclasses.replace(
        person,
        notes="" if privacy.notes_private else person.notes,
        claims=claims,
        flags=flags,
        documents=documents,
    )


def name_only(person: PersonDetail) -> PersonDetail:
    """A living person's snapshot reduced to the names (`catalog.io.privacy.Living.NAME_ONLY`)."""
    summary = dataclasses.replace(person.summary, birth=None, birth_place="")
    return dataclasses.replace(
        person,
        summary=summary,
        nationality="",
        occupation="",
        residence="",
        notes="",
        claims=(),
        documents=(),
        flags=(),
        tags=(),
    )
