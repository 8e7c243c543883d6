"""The family catalogue with a living granddaughter and private marks, for the privacy tests.

Every detail that must not leave the catalogue is a word found nowhere else in the family,
so a test can look for it in any export's bytes."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import select

from catalog import models
from catalog.db import Catalog
from catalog.io.interchange_load import load_file
from catalog.services.privacy import set_claim_private, set_document_private, set_notes_private
from tests.io import family

# The living granddaughter's details (left out by default).
LIVING_NAME = "Карпенко Ольга Ивановна"
LIVING_SECRETS = ("1961", "Чугуев", "Сумская", "Лозовая", "ЗаявлениеОльги")
# Private marks on the executed grandfather's records (left out of every export by default).
PRIVATE_NOTE = "ПетренкоОсведомитель"
PRIVATE_CLAIM_PLACE = "ЗмиёвТайное"
PRIVATE_DOCUMENT = "МедсправкаТайная"
PRIVATE_SECRETS = (PRIVATE_NOTE, PRIVATE_CLAIM_PLACE, PRIVATE_DOCUMENT)


def extra_records() -> dict:
    return {
        "format": "spravka-catalog",
        "version": 1,
        "persons": [
            {
                "id": "p9",
                "surname": "Карпенко",
                "given_name": "Ольга",
                "patronymic": "Ивановна",
                "sex": "f",
                "birth": {"date": "1961-04-02"},
                "birth_place": "г. Чугуев",
                "residence": "г. Лозовая",
                "notes": "Заявитель; адрес: ул. Сумская, 10, кв. 5",
                "claims": [{"id": "c91", "kind": "birth", "date": "1961-04-02",
                            "place": "г. Чугуев", "source": "d9"}],
            },
        ],
        "documents": [
            {"id": "d9", "kind": "letter", "title": "ЗаявлениеОльги",
             "persons": [{"person": "p9", "role": "subject"}]},
            {"id": "d10", "kind": "other", "title": PRIVATE_DOCUMENT},
        ],
    }  # fmt: skip


def build(catalog: Catalog, folder: Path) -> dict[str, int]:
    """The family, the granddaughter, and private marks on the grandfather's records."""
    ids = family.build(catalog, folder)
    file = folder / "extra.json"
    file.write_text(json.dumps(extra_records(), ensure_ascii=False), "utf-8")
    load_file(catalog, file)
    with catalog.write() as session:
        p1 = session.get(models.Person, ids["p1"])
        assert p1 is not None
        p1.notes = f"{p1.notes} {PRIVATE_NOTE}".strip()
        claim = models.Claim(person=p1, kind="other", place=PRIVATE_CLAIM_PLACE)
        session.add(claim)
        session.flush()
        claim_id = claim.id
        for person in session.scalars(select(models.Person)):
            ids[person.source_id or ""] = person.id
        for document in session.scalars(select(models.Document)):
            ids[document.source_id or ""] = document.id
        # The private document concerns the grandfather.
        session.add(
            models.DocumentLink(document_id=ids["d10"], person_id=ids["p1"], role="subject")
        )
    set_notes_private(catalog, ids["p1"])
    set_claim_private(catalog, claim_id)
    set_document_private(catalog, ids["d10"])
    ids["private_claim"] = claim_id
    return ids
