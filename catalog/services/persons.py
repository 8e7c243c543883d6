"""Use cases on persons: add, edit, delete, list a page of them, show one in full."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, fields
from typing import Any, Literal

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, selectinload

from catalog import models
from catalog.dates import PartialDate
from catalog.db import Catalog
from catalog.errors import InvalidInput, NotFound
from catalog.services import validate
from catalog.services.views import (
    LinkedDocument,
    PersonDetail,
    PersonSummary,
    claim_view,
    document_summary,
    flag_view,
    name_variant_view,
    person_summary,
)
from catalog.vocab import Sex

PersonOrder = Literal["name", "birth", "id"]


@dataclass(frozen=True)
class PersonFields:
    surname: str = ""
    given_name: str = ""
    patronymic: str = ""
    sex: str | None = None
    birth: PartialDate | str | None = None
    birth_place: str = ""
    nationality: str = ""
    occupation: str = ""
    residence: str = ""
    notes: str = ""


@dataclass(frozen=True)
class VariantFields:
    surname: str = ""
    given_name: str = ""
    patronymic: str = ""
    script: str = "Cyrl"
    scheme: str = ""
    kind: str = "spelling"
    note: str = ""


EDITABLE = {f.name for f in fields(PersonFields)}
VARIANT_KINDS = ("spelling", "maiden", "transliteration", "other")


def apply_person_fields(person: models.Person, values: dict[str, Any]) -> None:
    """Validate and set person fields (shared with the interchange loader)."""
    for name, value in values.items():
        if name not in EDITABLE:
            raise InvalidInput(name, "not a person field")
        if name == "sex":
            person.sex = validate.optional_enum_value("sex", value, Sex)
        elif name == "birth":
            person.birth = validate.partial_date("birth", value)
        else:
            setattr(person, name, validate.text(name, value))


def _variant(values: VariantFields) -> models.NameVariant:
    if values.kind not in VARIANT_KINDS:
        raise InvalidInput("kind", f"unknown name variant kind {values.kind!r}")
    return models.NameVariant(
        surname=validate.text("surname", values.surname),
        given_name=validate.text("given_name", values.given_name),
        patronymic=validate.text("patronymic", values.patronymic),
        script=validate.text("script", values.script) or "Cyrl",
        scheme=validate.text("scheme", values.scheme),
        kind=values.kind,
        note=validate.text("note", values.note),
    )


def get_model(session: Session, person_id: int) -> models.Person:
    person = session.get(models.Person, person_id)
    if person is None:
        raise NotFound("person", person_id)
    return person


def add_person(
    catalog: Catalog, values: PersonFields, variants: Iterable[VariantFields] = ()
) -> PersonSummary:
    given = {f.name: getattr(values, f.name) for f in fields(PersonFields)}
    if not any(str(given[k] or "").strip() for k in ("surname", "given_name", "patronymic")):
        raise InvalidInput("name", "a person needs at least a surname or a given name")
    with catalog.write() as session:
        person = models.Person()
        apply_person_fields(person, given)
        person.name_variants = [_variant(v) for v in variants]
        session.add(person)
        session.flush()
        return person_summary(person)


def update_person(catalog: Catalog, person_id: int, **changes: Any) -> PersonSummary:
    with catalog.write() as session:
        person = get_model(session, person_id)
        apply_person_fields(person, changes)
        if not (person.surname or person.given_name or person.patronymic):
            raise InvalidInput("name", "a person needs at least a surname or a given name")
        session.flush()
        return person_summary(person)


def delete_person(catalog: Catalog, person_id: int) -> None:
    """Delete a person with their claims and flags; documents stay (they may concern others)."""
    with catalog.write() as session:
        session.delete(get_model(session, person_id))


def add_name_variant(catalog: Catalog, person_id: int, values: VariantFields) -> int:
    with catalog.write() as session:
        person = get_model(session, person_id)
        variant = _variant(values)
        person.name_variants.append(variant)
        session.flush()
        return variant.id


def remove_name_variant(catalog: Catalog, variant_id: int) -> None:
    with catalog.write() as session:
        variant = session.get(models.NameVariant, variant_id)
        if variant is None:
            raise NotFound("name variant", variant_id)
        session.delete(variant)


def count_persons(catalog: Catalog) -> int:
    with catalog.read() as session:
        return session.scalar(select(func.count(models.Person.id))) or 0


_ORDERS = {
    "name": (
        models.Person.surname,
        models.Person.given_name,
        models.Person.patronymic,
        models.Person.id,
    ),
    "birth": (models.Person.birth_date, models.Person.id),
    "id": (models.Person.id,),
}


def list_persons(
    catalog: Catalog, *, offset: int = 0, limit: int = 100, order: PersonOrder = "name"
) -> list[PersonSummary]:
    """One page of people, ordered in SQL by an indexed key."""
    if order not in _ORDERS:
        raise InvalidInput("order", f"unknown order {order!r} (name, birth, id)")
    if limit < 0 or offset < 0:
        raise InvalidInput("limit", "offset and limit must not be negative")
    with catalog.read() as session:
        rows = session.scalars(
            select(models.Person).order_by(*_ORDERS[order]).offset(offset).limit(limit)
        )
        return [person_summary(person) for person in rows]


def resolve_person(catalog: Catalog, reference: str | int) -> int:
    """Find a person by catalogue id, uid, or the id they were loaded under (if unique)."""
    text = str(reference).strip()
    with catalog.read() as session:
        if text.isdigit() and session.get(models.Person, int(text)) is not None:
            return int(text)
        matches = list(
            session.scalars(
                select(models.Person.id)
                .where(or_(models.Person.uid == text, models.Person.source_id == text))
                .limit(2)
            )
        )
    if len(matches) == 1:
        return matches[0]
    if len(matches) > 1:
        raise InvalidInput("person", f"{text!r} names several persons; use the catalogue id")
    raise NotFound("person", text)


def get_person(catalog: Catalog, person_id: int) -> PersonDetail:
    with catalog.read() as session:
        person = session.scalar(
            select(models.Person)
            .where(models.Person.id == person_id)
            .options(
                selectinload(models.Person.name_variants),
                selectinload(models.Person.claims).selectinload(models.Claim.document),
                selectinload(models.Person.claims).selectinload(models.Claim.page),
                selectinload(models.Person.links)
                .selectinload(models.DocumentLink.document)
                .selectinload(models.Document.pages),
                selectinload(models.Person.tags),
            )
        )
        if person is None:
            raise NotFound("person", person_id)
        flags = session.scalars(
            select(models.Flag)
            .where(models.Flag.person_id == person_id)
            .order_by(models.Flag.score.desc(), models.Flag.id)
        )
        claims = sorted(
            person.claims,
            key=lambda c: (c.date is None, c.date or "", c.id),
        )
        return PersonDetail(
            summary=person_summary(person),
            nationality=person.nationality,
            occupation=person.occupation,
            residence=person.residence,
            notes=person.notes,
            variants=tuple(name_variant_view(v) for v in person.name_variants),
            claims=tuple(claim_view(c) for c in claims),
            documents=tuple(
                LinkedDocument(document_summary(link.document), link.role)
                for link in sorted(person.links, key=lambda link: link.document_id)
            ),
            flags=tuple(flag_view(f) for f in flags),
            tags=tuple(tag.name for tag in person.tags),
        )
