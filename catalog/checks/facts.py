"""What the rules look at: a person's accepted claims with their documents, as plain values.

Rules never touch the database: `load_facts` reads a batch of persons in two queries and turns
them into `PersonFacts`, and tests build `PersonFacts` by hand. Each `ClaimFact` carries the
normalised readings the rules need (sentence code, cause code, body code) so that every rule
reads the same interpretation of the text.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from catalog import models
from catalog.dates import PartialDate, parse_optional_iso
from catalog.text.bodies import body_code
from catalog.text.causes import normalise_cause
from catalog.text.sentences import Sentence, normalise_sentence
from catalog.vocab import ClaimKind, ClaimStatus


@dataclass(frozen=True)
class ClaimFact:
    id: int
    kind: str
    date: PartialDate | None = None
    place: str = ""
    body: str = ""
    body_code: str = ""
    article: str = ""
    sentence: str = ""
    cause: str = ""
    basis: str = ""
    note: str = ""
    quote: str = ""
    source_id: str | None = None
    document_id: int | None = None
    document_kind: str = ""
    document_title: str = ""
    document_issuer: str = ""
    document_issued: PartialDate | None = None
    document_act_record: PartialDate | None = None

    @cached_property
    def sentence_info(self) -> Sentence:
        return normalise_sentence(self.sentence)

    @cached_property
    def cause_code(self) -> str:
        return normalise_cause(self.cause).code

    @cached_property
    def code(self) -> str:
        """The body's code, read from the text if the claim was stored without one."""
        return self.body_code or body_code(self.body, self.date)

    @property
    def text(self) -> str:
        """Everything the claim says in words, for vocabulary searches."""
        return " ".join(
            part
            for part in (
                self.place,
                self.body,
                self.article,
                self.sentence,
                self.cause,
                self.basis,
                self.note,
                self.quote,
            )
            if part
        )

    def earliest(self) -> dt.date | None:
        return self.date.earliest() if self.date else None

    def latest(self) -> dt.date | None:
        return self.date.latest() if self.date else None


@dataclass(frozen=True)
class RelativeFact:
    """A relative of the person checked, with what the rules about families need to know."""

    person_id: int
    name: str
    kind: str  # from the checked person's side: parent, child, spouse, sibling
    arrests: tuple[PartialDate, ...] = ()
    sentenced: bool = False


@dataclass(frozen=True)
class PersonFacts:
    person_id: int
    name: str = ""
    birth: PartialDate | None = None
    claims: tuple[ClaimFact, ...] = field(default=())
    relatives: tuple[RelativeFact, ...] = field(default=())

    def of_kind(self, *kinds: str) -> list[ClaimFact]:
        return [claim for claim in self.claims if claim.kind in kinds]

    @property
    def deaths(self) -> list[ClaimFact]:
        return self.of_kind(ClaimKind.DEATH)

    @property
    def executions(self) -> list[ClaimFact]:
        return self.of_kind(ClaimKind.EXECUTION)

    @property
    def sentences(self) -> list[ClaimFact]:
        return self.of_kind(ClaimKind.SENTENCE)

    @property
    def arrests(self) -> list[ClaimFact]:
        return self.of_kind(ClaimKind.ARREST)

    def text(self) -> str:
        return " ".join(claim.text for claim in self.claims).lower()


def before(a: PartialDate | None, b: PartialDate | None) -> bool:
    """True only if `a` is certainly before `b` (every day `a` can mean precedes `b`)."""
    return a is not None and b is not None and a.latest() < b.earliest()


def days_between(a: PartialDate, b: PartialDate) -> int:
    """The fewest days from `a` to `b` that their precision allows (0 if they may coincide)."""
    return max(0, (b.earliest() - a.latest()).days)


def _person_facts(
    person: models.Person, rows: Sequence[tuple[models.Claim, models.Document | None]]
) -> PersonFacts:
    claims = []
    for claim, document in rows:
        claims.append(
            ClaimFact(
                id=claim.id,
                kind=claim.kind,
                date=claim.when,
                place=claim.place,
                body=claim.body,
                body_code=claim.body_code,
                article=claim.article,
                sentence=claim.sentence,
                cause=claim.cause,
                basis=claim.basis,
                note=claim.note,
                quote=claim.quote,
                source_id=claim.source_id,
                document_id=claim.document_id,
                document_kind=document.kind if document else "",
                document_title=document.title if document else "",
                document_issuer=document.issuer if document else "",
                document_issued=document.issued if document else None,
                document_act_record=document.act_record if document else None,
            )
        )
    return PersonFacts(
        person_id=person.id, name=person.full_name, birth=person.birth, claims=tuple(claims)
    )


def load_facts(session: Session, person_ids: Iterable[int]) -> list[PersonFacts]:
    """The accepted claims of these persons with their documents; suggested claims are left out
    (they are unverified readings until a person accepts them)."""
    ids = list(person_ids)
    persons = {
        person.id: person
        for person in session.scalars(select(models.Person).where(models.Person.id.in_(ids)))
    }
    rows: dict[int, list[tuple[models.Claim, models.Document | None]]] = {i: [] for i in persons}
    query = (
        select(models.Claim, models.Document)
        .outerjoin(models.Document, models.Claim.document_id == models.Document.id)
        .where(models.Claim.person_id.in_(ids), models.Claim.status == ClaimStatus.ACCEPTED.value)
        .order_by(models.Claim.person_id, models.Claim.id)
    )
    for claim, document in session.execute(query):
        rows[claim.person_id].append((claim, document))
    relatives = _relatives(session, ids)
    return [
        replace(_person_facts(persons[i], rows[i]), relatives=tuple(relatives.get(i, ())))
        for i in ids
        if i in persons
    ]


def _relatives(session: Session, ids: list[int]) -> dict[int, list[RelativeFact]]:
    """Each person's relatives (accepted kinship) with their accepted arrests and sentences."""
    rel = models.Relationship
    links: dict[int, list[tuple[int, str]]] = {}
    for kind, person_id, relative_id in session.execute(
        select(rel.kind, rel.person_id, rel.relative_id).where(
            or_(rel.person_id.in_(ids), rel.relative_id.in_(ids)),
            rel.status == ClaimStatus.ACCEPTED.value,
        )
    ):
        if person_id in ids:
            side = "child" if kind == "parent" else kind
            links.setdefault(person_id, []).append((relative_id, side))
        if relative_id in ids:
            links.setdefault(relative_id, []).append((person_id, kind))
    others = sorted({other for pairs in links.values() for other, _ in pairs})
    if not others:
        return {}
    names = dict(
        session.execute(
            select(models.Person.id, models.Person.surname + " " + models.Person.given_name).where(
                models.Person.id.in_(others)
            )
        ).all()
    )
    arrests: dict[int, list[PartialDate]] = {}
    sentenced: set[int] = set()
    for person_id, kind, when, qualifier, end in session.execute(
        select(
            models.Claim.person_id,
            models.Claim.kind,
            models.Claim.date,
            models.Claim.date_qualifier,
            models.Claim.date_end,
        ).where(
            models.Claim.person_id.in_(others),
            models.Claim.status == ClaimStatus.ACCEPTED.value,
            models.Claim.kind.in_((ClaimKind.ARREST.value, ClaimKind.SENTENCE.value)),
        )
    ):
        if kind == ClaimKind.SENTENCE.value:
            sentenced.add(person_id)
        elif when:
            arrests.setdefault(person_id, []).append(parse_optional_iso(when, qualifier, end))
    return {
        person_id: [
            RelativeFact(
                other,
                (names.get(other) or "").strip(),
                side,
                tuple(arrests.get(other, ())),
                other in sentenced,
            )
            for other, side in pairs
            if other in names
        ]
        for person_id, pairs in links.items()
    }
