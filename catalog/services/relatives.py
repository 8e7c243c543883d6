"""Relatives a text names, stored as suggestions; accepting or dismissing them.

`suggest_relatives` turns the mentions `catalog.text.relatives` found («жена — Иванова Мария
Петровна», «сын Пётр (1925)») into persons and `suggested` relationships that cite the document
and quote the words. A person then accepts a suggestion (it becomes an ordinary relationship) or
dismisses it (the relationship goes, and so does the person it made if nothing else refers to
them). A relative called ЧСИР in those words gets a suggested sentencing claim with that
accusation, so the checks and the dossier know the category.

Running it again over the same document adds nothing: a suggestion citing the same document for
a relative of the same name and kind is already there.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from catalog import models
from catalog.dates import PartialDate
from catalog.db import Catalog
from catalog.errors import InvalidInput
from catalog.services.families import (
    RelationshipFields,
    RelationshipSnapshot,
    RelationshipView,
    _get,
    _row_of,
    new_relationship,
    relationship_view,
    restore_relationship,
)
from catalog.services.persons import get_model as get_person_model
from catalog.services.snapshots import PersonSnapshot, person_snapshot, restore_person
from catalog.text.relatives import RelativeMention, family_surname
from catalog.vocab import ClaimKind, ClaimStatus, RelationKind

CHSIR = "ЧСИР"


@dataclass(frozen=True)
class Dismissed:
    """What dismissing a suggestion removed, for undo."""

    relationship: RelationshipSnapshot
    person: PersonSnapshot | None


def _existing(
    session: Session, subject_id: int, document_id: int | None, mention: RelativeMention
) -> bool:
    other = models.Person
    rel = models.Relationship
    query = (
        select(rel.id)
        .join(other, or_(other.id == rel.person_id, other.id == rel.relative_id))
        .where(
            or_(rel.person_id == subject_id, rel.relative_id == subject_id),
            other.id != subject_id,
            rel.quote == mention.quote,
            rel.document_id.is_(None) if document_id is None else rel.document_id == document_id,
            other.given_name == mention.given_name,
        )
        .limit(1)
    )
    return session.scalar(query) is not None


def suggest_relatives(
    catalog: Catalog,
    person_id: int,
    mentions: Iterable[RelativeMention],
    *,
    document_id: int | None = None,
    page_id: int | None = None,
) -> list[RelationshipView]:
    """Store each mention as a new person and a suggested relationship citing its words."""
    with catalog.write() as session:
        return suggest_in(session, person_id, mentions, document_id=document_id, page_id=page_id)


def suggest_in(
    session: Session,
    person_id: int,
    mentions: Iterable[RelativeMention],
    *,
    document_id: int | None = None,
    page_id: int | None = None,
) -> list[RelationshipView]:
    """`suggest_relatives` inside an open write session (storing a parsed record uses it)."""
    made: list[RelationshipView] = []
    subject = get_person_model(session, person_id)
    for mention in mentions:
        if not (mention.given_name or mention.surname):
            continue
        if _existing(session, person_id, document_id, mention):
            continue
        surname = mention.surname or family_surname(subject.surname, mention.sex)
        relative = models.Person(
            surname=surname,
            given_name=mention.given_name,
            patronymic=mention.patronymic,
            sex=mention.sex,
        )
        if mention.birth_year is not None:
            relative.birth = PartialDate(mention.birth_year)
        session.add(relative)
        session.flush()
        if mention.chsir:
            session.add(
                models.Claim(
                    person=relative,
                    kind=ClaimKind.SENTENCE.value,
                    status=ClaimStatus.SUGGESTED.value,
                    article=CHSIR,
                    document_id=document_id,
                    page_id=page_id,
                    quote=mention.quote,
                )
            )
        first, second = _direction(mention.kind, person_id, relative.id)
        row = new_relationship(
            session,
            first,
            second,
            RelationshipFields(
                kind=RelationKind.PARENT.value if mention.kind == "child" else mention.kind,
                status=ClaimStatus.SUGGESTED.value,
                document_id=document_id,
                page_id=page_id,
                quote=mention.quote,
            ),
        )
        made.append(relationship_view(row))
    return made


def _direction(kind: str, subject_id: int, relative_id: int) -> tuple[int, int]:
    if kind == "child":  # the subject is the parent
        return subject_id, relative_id
    if kind == RelationKind.PARENT.value:
        return relative_id, subject_id
    return subject_id, relative_id


def accept_suggestion(catalog: Catalog, relationship_id: int) -> RelationshipView:
    with catalog.write() as session:
        row = _get(session, relationship_id)
        row.status = ClaimStatus.ACCEPTED.value
        session.flush()
        return relationship_view(row)


def _refers_elsewhere(session: Session, person_id: int, relationship_id: int) -> bool:
    rel = models.Relationship
    others = session.scalar(
        select(func.count(rel.id)).where(
            or_(rel.person_id == person_id, rel.relative_id == person_id), rel.id != relationship_id
        )
    )
    links = session.scalar(select(func.count()).where(models.DocumentLink.person_id == person_id))
    accepted = session.scalar(
        select(func.count(models.Claim.id)).where(
            models.Claim.person_id == person_id,
            models.Claim.status == ClaimStatus.ACCEPTED.value,
        )
    )
    return bool(others or links or accepted)


def dismiss_suggestion(catalog: Catalog, relationship_id: int, subject_id: int) -> Dismissed:
    """Remove a suggested relationship and the person it made, unless they are referred to
    elsewhere; the value returned lets `restore_dismissed` undo it."""
    with catalog.read() as session:
        row = _get(session, relationship_id)
        if row.status != ClaimStatus.SUGGESTED.value:
            raise InvalidInput("relationship", "only a suggested relationship can be dismissed")
        if subject_id not in (row.person_id, row.relative_id):
            raise InvalidInput(
                "person", f"relationship {relationship_id} is not person {subject_id}'s"
            )
        other = row.relative_id if row.person_id == subject_id else row.person_id
        remove_person = not _refers_elsewhere(session, other, relationship_id)
        relationship = RelationshipSnapshot(row=_row_of(session, relationship_id))
    person = person_snapshot(catalog, other) if remove_person else None
    with catalog.write() as session:
        session.delete(_get(session, relationship_id))
        if remove_person:
            session.delete(get_person_model(session, other))
    return Dismissed(relationship, person)


def restore_dismissed(catalog: Catalog, dismissed: Dismissed) -> None:
    """Undo `dismiss_suggestion`: the person (with their relationships) and the suggestion."""
    if dismissed.person is not None:
        restore_person(catalog, dismissed.person)  # brings the relationship back with them
        return
    restore_relationship(catalog, dismissed.relationship)
