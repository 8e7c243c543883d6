"""Privacy marks as the CLI and the GUI use them: set a document, a claim or a person's notes
private; mark a person living or deceased by hand; read a person's marks; and take private items
out of a person's snapshot before it is shown in a dossier.

Who is presumed living is decided here (`presumed_living`); what an export leaves out is
`catalog.io.privacy`.
"""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from catalog import models
from catalog.db import Catalog
from catalog.errors import NotFound
from catalog.services.views import PersonDetail

PRESUMED_LIFESPAN = 100  # years
END_OF_LIFE = ("death", "execution", "burial")


def _years_before(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def latest_birth(birth_date: str, qualifier: str | None) -> dt.date | None:
    """The latest day a partial ISO date ('1926', '1926-05', '1926-05-12') can mean."""
    if qualifier == "after":
        return dt.date.max
    parts = birth_date.split("-")
    try:
        year = int(parts[0])
        month = int(parts[1]) if len(parts) > 1 else 12
        day = int(parts[2]) if len(parts) > 2 else calendar.monthrange(year, month)[1]
        return dt.date(year, month, day)
    except (ValueError, IndexError):
        return None


def presumed_living(
    birth_date: str | None,
    birth_qualifier: str | None,
    has_end_of_life_claim: bool,
    mark: bool | None,
    today: dt.date,
) -> bool:
    """The rule itself, for one person (see the module's docstring)."""
    if mark is not None:
        return mark
    if has_end_of_life_claim or not birth_date:
        return False
    latest = latest_birth(birth_date, birth_qualifier)
    return latest is not None and latest > _years_before(today, PRESUMED_LIFESPAN)


def living_person_ids(session: Session, today: dt.date | None = None) -> set[int]:
    """Ids of every person presumed or marked living."""
    today = today or dt.date.today()
    # Only persons born in the last century (or marked) can be living: a string prefix
    # comparison on the ISO date keeps the read small in a large catalogue.
    since = str(today.year - PRESUMED_LIFESPAN - 1)
    rows = session.execute(
        select(
            models.Person.id,
            models.Person.birth_date,
            models.Person.birth_qualifier,
            models.Person.living,
        ).where(or_(models.Person.living.is_not(None), models.Person.birth_date >= since))
    ).all()
    if not rows:
        return set()
    ended = set(
        session.scalars(
            select(models.Claim.person_id).where(models.Claim.kind.in_(END_OF_LIFE)).distinct()
        )
    )
    return {
        row.id
        for row in rows
        if presumed_living(row.birth_date, row.birth_qualifier, row.id in ended, row.living, today)
    }


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
