"""A parsed record added to the catalogue: a new person, or more for an existing one.

The record text itself becomes the source of every claim: a document of kind "other" whose notes
hold the text as pasted, and each claim quotes the words it was read from. What the parser could
not interpret goes into the person's notes, so that nothing of the text is lost.
"""

from __future__ import annotations

from dataclasses import dataclass

from catalog import models
from catalog.db import Catalog
from catalog.errors import InvalidInput
from catalog.services.claims import apply_claim_fields
from catalog.services.documents import get_model as get_document_model
from catalog.services.persons import apply_person_fields
from catalog.services.persons import get_model as get_person_model
from catalog.services.relatives import suggest_in
from catalog.text.record_model import ParsedRecord
from catalog.text.record_names import NAME_PARTS, name_variants, record_name, record_title
from catalog.vocab import ClaimStatus, DocumentKind, LinkRole


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
    surname, given, patronymic = record_name(parsed, name)
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
        for variant in name_variants(parsed, (surname, given, patronymic)):
            key = tuple(variant.get(part, "") for part in NAME_PARTS)
            if key not in present:
                person.name_variants.append(models.NameVariant(**variant, kind="spelling"))
                present.add(key)
        document = models.Document(
            kind=DocumentKind.OTHER.value,
            title=record_title(parsed, title),
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
        # Relatives the record names become suggestions citing the record's words.
        suggest_in(session, person.id, parsed.relatives, document_id=document.id)
        return StoredRecord(person.id, document.id, new)
