"""Use cases on persons: add, edit, delete, list a page of them, show one in full."""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass, fields
from typing import Any, Literal

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.orm import Session, selectinload

from catalog import models
from catalog.dates import PartialDate, parse_optional_iso
from catalog.db import Catalog
from catalog.errors import InvalidInput, NotFound
from catalog.services import validate
from catalog.services.views import (
    LinkedDocument,
    PersonDetail,
    PersonRow,
    PersonSummary,
    claim_view,
    document_summary,
    flag_view,
    name_variant_view,
    person_summary,
)
from catalog.vocab import ClaimKind, FlagStatus, Sex

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


# -- the people list at scale ---------------------------------------------------------------------
# The GUI's list holds only ids (one query over an index) and asks for the rows it shows a page at
# a time. The name filter below is deliberately simple (name-part prefixes); the search service
# replaces it with spelling- and transliteration-aware matching.

ListOrder = Literal["name", "birth"]
ROWS_LIMIT = 1000


@functools.lru_cache(maxsize=8192)
def _cached_date(
    text: str | None, qualifier: str | None, end: str | None = None
) -> PartialDate | None:
    # Birth years and arrest dates repeat a great deal; a PartialDate is immutable, so one
    # parsed value can serve every row that states the same date.
    return parse_optional_iso(text, qualifier, end)


def _name_filter(query: str) -> ColumnElement[bool] | None:
    """Every word of the query starts one of the name parts (or one of a name variant's)."""
    conditions = []
    for token in query.split():
        token = token.replace("%", "").replace("_", "")
        if not token:
            continue
        # SQLite's LIKE folds only ASCII case: try the forms names are written in.
        forms = {token, token.lower(), token.capitalize(), token.upper()}
        columns = (models.Person.surname, models.Person.given_name, models.Person.patronymic)
        own = [column.like(f"{form}%") for column in columns for form in forms]
        variant_columns = (
            models.NameVariant.surname,
            models.NameVariant.given_name,
            models.NameVariant.patronymic,
        )
        variant = (
            select(models.NameVariant.id)
            .where(
                models.NameVariant.person_id == models.Person.id,
                or_(*[c.like(f"{form}%") for c in variant_columns for form in forms]),
            )
            .exists()
        )
        conditions.append(or_(*own, variant))
    return and_(*conditions) if conditions else None


def person_ids(
    catalog: Catalog,
    *,
    order: ListOrder = "name",
    descending: bool = False,
    query: str | None = None,
) -> list[int]:
    """The ids of all (or all matching) persons in list order, read through an index.

    Persons without a birth date come last in both directions when ordered by birth.
    """
    if order not in ("name", "birth"):
        raise InvalidInput("order", f"unknown order {order!r} (name, birth)")
    condition = _name_filter(query) if query else None

    def ordered(*columns: Any) -> list[Any]:
        return [column.desc() if descending else column for column in columns]

    with catalog.read() as session:
        base = select(models.Person.id)
        if condition is not None:
            base = base.where(condition)
        if order == "name":
            statement = base.order_by(
                *ordered(
                    models.Person.surname,
                    models.Person.given_name,
                    models.Person.patronymic,
                    models.Person.id,
                )
            )
            return list(session.scalars(statement))
        # Two index ranges instead of "ORDER BY birth_date IS NULL", which no index serves.
        dated = base.where(models.Person.birth_date.is_not(None)).order_by(
            *ordered(models.Person.birth_date, models.Person.id)
        )
        undated = base.where(models.Person.birth_date.is_(None)).order_by(models.Person.id)
        return list(session.scalars(dated)) + list(session.scalars(undated))


def person_rows(catalog: Catalog, ids: Iterable[int]) -> list[PersonRow]:
    """The list rows of the given persons, in the order of `ids` (missing ids are skipped).

    Three indexed look-ups: persons by primary key, first arrest by (person_id, kind), flag
    counts by (person_id, status).
    """
    wanted = list(dict.fromkeys(ids))
    if len(wanted) > ROWS_LIMIT:
        raise InvalidInput("ids", f"at most {ROWS_LIMIT} rows at a time")
    if not wanted:
        return []
    with catalog.read() as session:
        people = {
            row.id: row
            for row in session.execute(
                select(
                    models.Person.id,
                    models.Person.surname,
                    models.Person.given_name,
                    models.Person.patronymic,
                    models.Person.birth_date,
                    models.Person.birth_qualifier,
                    models.Person.birth_date_end,
                ).where(models.Person.id.in_(wanted))
            )
        }
        arrests = dict(
            session.execute(
                select(models.Claim.person_id, func.min(models.Claim.date))
                .where(
                    models.Claim.person_id.in_(wanted),
                    models.Claim.kind == ClaimKind.ARREST.value,
                    models.Claim.date.is_not(None),
                )
                .group_by(models.Claim.person_id)
            ).all()
        )
        flags: dict[tuple[int, str], int] = {
            (person_id, status): count
            for person_id, status, count in session.execute(
                select(models.Flag.person_id, models.Flag.status, func.count())
                .where(
                    models.Flag.person_id.in_(wanted),
                    models.Flag.status.in_(
                        (FlagStatus.SUGGESTED.value, FlagStatus.CONFIRMED.value)
                    ),
                )
                .group_by(models.Flag.person_id, models.Flag.status)
            )
        }
    rows = []
    for person_id in wanted:
        person = people.get(person_id)
        if person is None:
            continue
        name = " ".join(p for p in (person.surname, person.given_name, person.patronymic) if p)
        rows.append(
            PersonRow(
                id=person_id,
                name=name,
                birth=_cached_date(
                    person.birth_date, person.birth_qualifier, person.birth_date_end
                ),
                first_arrest=_cached_date(arrests.get(person_id), None),
                flags_suggested=flags.get((person_id, FlagStatus.SUGGESTED.value), 0),
                flags_confirmed=flags.get((person_id, FlagStatus.CONFIRMED.value), 0),
            )
        )
    return rows
