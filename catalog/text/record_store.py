"""A parsed record as an interchange document, and as a person added to the catalogue.

The record text itself becomes the source of every claim: a document of kind "other" whose notes
hold the text as pasted, and each claim quotes the words it was read from. What the parser could
not interpret goes into the person's notes, so that nothing of the text is lost.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from catalog import models
from catalog.db import Catalog
from catalog.errors import InvalidInput
from catalog.io.interchange_read import FORMAT, VERSION
from catalog.services.claims import apply_claim_fields
from catalog.services.documents import get_model as get_document_model
from catalog.services.persons import apply_person_fields
from catalog.services.persons import get_model as get_person_model
from catalog.text.record_model import ParsedRecord
from catalog.vocab import ClaimStatus, DocumentKind, LinkRole, Qualifier

TITLES = {
    "memorial": "Запись базы «Жертвы политического террора в СССР»",
    "book": "Запись Книги памяти",
    "openlist": "Запись «Открытого списка»",
}
NAME_PARTS = ("surname", "given_name", "patronymic")


def split_name(name: str) -> tuple[str, str, str]:
    """«Фамилия Имя Отчество» into its parts; extra words stay with the patronymic."""
    parts = name.split()
    if len(parts) > 3:
        parts = [*parts[:2], " ".join(parts[2:])]
    parts += [""] * (3 - len(parts))
    return parts[0], parts[1], parts[2]


def _name(parsed: ParsedRecord, name: str | None) -> tuple[str, str, str]:
    if name and name.strip():
        return split_name(name.strip())
    return parsed.surname, parsed.given_name, parsed.patronymic


def _date(value: Any) -> Any:
    if value is None:
        return None
    if value.qualifier == Qualifier.EXACT:
        return value.iso
    return {"date": value.iso, "qualifier": value.qualifier.value}


def _variants(parsed: ParsedRecord, name: tuple[str, str, str]) -> list[dict[str, str]]:
    """«варианты фамилии: Моор» as whole names: the variant part with the other parts kept."""
    found = []
    for part, value in parsed.variants:
        variant = dict(zip(NAME_PARTS, name, strict=True))
        variant[part] = value
        found.append({key: text for key, text in variant.items() if text})
    return found


def to_interchange(
    parsed: ParsedRecord, *, name: str | None = None, title: str | None = None
) -> dict[str, Any]:
    """The interchange document `spravka parse-record` prints (spec/catalog-json.md)."""
    surname, given, patronymic = _name(parsed, name)
    claims = []
    for number, claim in enumerate(parsed.claims, start=1):
        record: dict[str, Any] = {"id": f"c{number}", "kind": str(claim.kind)}
        if claim.date is not None:
            record["date"] = claim.date.iso
            if claim.date.qualifier != Qualifier.EXACT:
                record["date_qualifier"] = claim.date.qualifier.value
        for key in ("place", "body", "body_code", "article", "sentence", "cause", "basis", "note"):
            value = getattr(claim, key)
            if value:
                record[key] = value
        record["source"] = "d1"
        quote = claim.quote(parsed.text)
        if quote:
            record["quote"] = quote
        claims.append(record)
    person: dict[str, Any] = {
        "id": "p1",
        "surname": surname,
        "given_name": given,
        "patronymic": patronymic,
        "sex": parsed.sex,
        "birth": _date(parsed.birth),
        "birth_place": parsed.birth_place,
        "nationality": parsed.nationality,
        "occupation": parsed.occupation,
        "residence": parsed.residence,
        "notes": parsed.notes,
        "name_variants": _variants(parsed, (surname, given, patronymic)),
        "claims": claims,
    }
    person = {key: value for key, value in person.items() if value not in (None, "", [])}
    document = {
        "id": "d1",
        "kind": DocumentKind.OTHER.value,
        "title": title or TITLES.get(parsed.form, TITLES["memorial"]),
        "notes": parsed.text,
        "persons": [{"person": "p1", "role": LinkRole.SUBJECT.value}],
    }
    return {
        "format": FORMAT,
        "version": VERSION,
        "persons": [person],
        "documents": [document],
        "unparsed": list(parsed.unparsed),
    }


@dataclass(frozen=True)
class StoredRecord:
    """What storing a record made: the person (new or existing) and the record's document."""

    person_id: int
    document_id: int
    created_person: bool


def add_parsed_record(
    catalog: Catalog,
    parsed: ParsedRecord,
    *,
    person_id: int | None = None,
    name: str | None = None,
    title: str | None = None,
    status: str = ClaimStatus.ACCEPTED.value,
) -> int:
    """Store a parsed record in one transaction and return the person's id.

    A new person is created unless `person_id` names an existing one, whose empty fields are then
    filled (fields already set are left as they are: the record is one more source, not the
    truth). The record text becomes a document linked to the person; every claim cites it.
    """
    return store_parsed_record(
        catalog, parsed, person_id=person_id, name=name, title=title, status=status
    ).person_id


def store_parsed_record(
    catalog: Catalog,
    parsed: ParsedRecord,
    *,
    person_id: int | None = None,
    name: str | None = None,
    title: str | None = None,
    status: str = ClaimStatus.ACCEPTED.value,
) -> StoredRecord:
    """`add_parsed_record`, telling also which document it made (an undo removes it)."""
    surname, given, patronymic = _name(parsed, name)
    with catalog.write() as session:
        if person_id is None:
            if not (surname or given or patronymic):
                raise InvalidInput(
                    "name", "the record names no one; give the person's name to add it"
                )
            person = models.Person()
            session.add(person)
            new = True
        else:
            person = get_person_model(session, person_id)
            new = False
        values = {
            "surname": surname,
            "given_name": given,
            "patronymic": patronymic,
            "sex": parsed.sex,
            "birth": parsed.birth,
            "birth_place": parsed.birth_place,
            "nationality": parsed.nationality,
            "occupation": parsed.occupation,
            "residence": parsed.residence,
        }
        if not new:
            values = {
                key: value
                for key, value in values.items()
                if value not in (None, "") and getattr(person, key) in (None, "")
            }
        apply_person_fields(person, {k: v for k, v in values.items() if v is not None})
        if parsed.notes:
            person.notes = (
                f"{person.notes}\n{parsed.notes}".strip() if person.notes else parsed.notes
            )
        present = {(v.surname, v.given_name, v.patronymic) for v in person.name_variants}
        for variant in _variants(parsed, (surname, given, patronymic)):
            key = tuple(variant.get(part, "") for part in NAME_PARTS)
            if key not in present:
                person.name_variants.append(models.NameVariant(**variant, kind="spelling"))
                present.add(key)
        document = models.Document(
            kind=DocumentKind.OTHER.value,
            title=title or TITLES.get(parsed.form, TITLES["memorial"]),
            notes=parsed.text,
        )
        session.add(document)
        session.flush()
        document = get_document_model(session, document.id)
        document.links.append(models.DocumentLink(person=person, role=LinkRole.SUBJECT.value))
        for claim in parsed.claims:
            row = models.Claim(person=person)
            with session.no_autoflush:
                apply_claim_fields(
                    session,
                    row,
                    {
                        "kind": str(claim.kind),
                        "status": status,
                        "date": claim.date,
                        "place": claim.place,
                        "body": claim.body,
                        "body_code": claim.body_code,
                        "article": claim.article,
                        "sentence": claim.sentence,
                        "cause": claim.cause,
                        "basis": claim.basis,
                        "note": claim.note,
                        "document_id": document.id,
                        "quote": claim.quote(parsed.text),
                    },
                )
            session.add(row)
        session.flush()
        return StoredRecord(person.id, document.id, new)
