"""A parsed record as an interchange document (spec/catalog-json.md), as `spravka parse-record`
prints it.

The record text itself becomes the source of every claim: a document of kind "other" whose notes
hold the text as pasted, and each claim quotes the words it was read from. What the parser could
not interpret is listed as "unparsed", so that nothing of the text is lost.
"""

from __future__ import annotations

from typing import Any

from catalog.io.interchange_read import FORMAT, VERSION
from catalog.text.record_model import ParsedRecord
from catalog.text.record_names import name_variants, record_name, record_title
from catalog.text.relatives import family_surname
from catalog.vocab import DocumentKind, LinkRole, Qualifier


def _date(value: Any) -> Any:
    if value is None:
        return None
    if value.qualifier == Qualifier.EXACT:
        return value.iso
    date = {"date": value.iso, "qualifier": value.qualifier.value}
    if value.end is not None:
        date["end"] = value.end_iso
    return date


def _relatives(parsed: ParsedRecord, surname: str) -> tuple[list[dict[str, Any]], list[Any]]:
    """The relatives the record names, as persons p2… and suggested relationships to p1."""
    people: list[dict[str, Any]] = []
    links: list[dict[str, Any]] = []
    for number, mention in enumerate(parsed.relatives, start=2):
        local = f"p{number}"
        relative = {
            "id": local,
            "surname": mention.surname or family_surname(surname, mention.sex),
            "given_name": mention.given_name,
            "patronymic": mention.patronymic,
            "sex": mention.sex,
            "birth": str(mention.birth_year) if mention.birth_year else None,
        }
        people.append({k: v for k, v in relative.items() if v not in (None, "")})
        if mention.kind == "child":
            kind, person, other = "parent", "p1", local
        elif mention.kind == "parent":
            kind, person, other = "parent", local, "p1"
        else:
            kind, person, other = mention.kind, "p1", local
        links.append(
            {
                "id": f"r{number - 1}",
                "kind": kind,
                "person": person,
                "relative": other,
                "status": "suggested",
                "source": "d1",
                "quote": mention.quote,
            }
        )
    return people, links


def to_interchange(
    parsed: ParsedRecord, *, name: str | None = None, title: str | None = None
) -> dict[str, Any]:
    """The interchange document `spravka parse-record` prints (spec/catalog-json.md)."""
    surname, given, patronymic = record_name(parsed, name)
    claims = []
    for number, claim in enumerate(parsed.claims, start=1):
        record: dict[str, Any] = {"id": f"c{number}", "kind": str(claim.kind)}
        if claim.date is not None:
            record["date"] = claim.date.iso
            if claim.date.qualifier != Qualifier.EXACT:
                record["date_qualifier"] = claim.date.qualifier.value
            if claim.date.end is not None:
                record["date_end"] = claim.date.end_iso
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
        "name_variants": name_variants(parsed, (surname, given, patronymic)),
        "claims": claims,
    }
    person = {key: value for key, value in person.items() if value not in (None, "", [])}
    document = {
        "id": "d1",
        "kind": DocumentKind.OTHER.value,
        "title": record_title(parsed, title),
        "notes": parsed.text,
        "persons": [{"person": "p1", "role": LinkRole.SUBJECT.value}],
    }
    relatives, relationships = _relatives(parsed, surname)
    for relative in relatives:
        document["persons"].append({"person": relative["id"], "role": LinkRole.MENTIONED.value})
    result: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "persons": [person, *relatives],
        "documents": [document],
    }
    if relationships:
        result["relationships"] = relationships
    result["unparsed"] = list(parsed.unparsed)
    return result
