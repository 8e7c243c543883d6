"""Proposed claims stored in a catalogue: suggested, citing the page, the region and the words."""

from __future__ import annotations

import io
import re

import pytest
from PIL import Image

from catalog.db import Catalog
from catalog.errors import InvalidInput
from catalog.extract import extract_page, propose_claims
from catalog.services.claims import list_claims
from catalog.services.documents import DocumentFields, add_document, add_page, link_person
from catalog.services.persons import PersonFields, add_person
from catalog.services.transcriptions import add_transcription
from catalog.transcripts import Word

TEXT = """\
СВИДЕТЕЛЬСТВО О СМЕРТИ
Гражданин Злотников Семён Абрамович
умер(ла) 10 июня 1943 г.
в возрасте 43 лет, о чем в книге записей актов гражданского состояния о смерти
1957 года мая месяца 14 числа произведена запись за № 123
Причина смерти гнойный плеврит
Место смерти: город, селение — район —
Место регистрации Бюро ЗАГС г. Минска
Дата выдачи 14 мая 1957 г.
"""


def laid_out(text: str, *, offsets: bool = True) -> list[Word]:
    """Words as an OCR engine would give them: 12 px per character, 40 px per line."""
    words = []
    position = 0
    for number, line in enumerate(text.split("\n")):
        for match in re.finditer(r"\S+", line):
            words.append(
                Word(
                    match.group(),
                    x=10 + 12 * match.start(),
                    y=20 + 40 * number,
                    width=12 * len(match.group()),
                    height=30,
                    confidence=91.0,
                    line=number,
                    start=position + match.start() if offsets else None,
                    end=position + match.end() if offsets else None,
                )
            )
        position += len(line) + 1
    return words


def page_with(
    catalog: Catalog, text: str, *, person: bool = True, offsets: bool = True
) -> tuple[int, int | None]:
    image = io.BytesIO()
    Image.new("L", (1200, 500), 255).save(image, "PNG")
    stored = catalog.blobs.put_bytes(image.getvalue())
    document = add_document(catalog, DocumentFields(kind="death_certificate"))
    page = add_page(catalog, document.id, stored, media_type="image/png", width=1200, height=500)
    add_transcription(
        catalog, page.id, text, origin="engine", words=laid_out(text, offsets=offsets)
    )
    person_id = None
    if person:
        person_id = add_person(catalog, PersonFields(surname="Злотников")).id
        link_person(catalog, document.id, person_id)
    return page.id, person_id


def test_proposals_are_suggested_and_cite_the_words(catalog: Catalog) -> None:
    page_id, person_id = page_with(catalog, TEXT)
    created = propose_claims(catalog, page_id)
    assert {c.status for c in created} == {"suggested"}
    assert {c.page_id for c in created} == {page_id}
    death = next(c for c in created if c.kind == "death")
    assert death.person_id == person_id
    assert death.date.iso == "1943-06-10"  # type: ignore[union-attr]
    assert death.cause == "гнойный плеврит" and death.place == ""
    assert death.quote.startswith("умер(ла) 10 июня 1943 г.")
    assert "Причина смерти гнойный плеврит" in death.quote
    # The region holds the words from «умер(ла)» (line 2) to «Место смерти» (line 6).
    x, y, width, height = death.region  # type: ignore[misc]
    assert (x, y) == (10, 20 + 40 * 2) and y + height == 20 + 40 * 6 + 30 and width > 0
    name = next(c for c in created if c.kind == "other" and "ФИО" in c.note)
    assert name.note == "ФИО в документе: Злотников Семён Абрамович"
    assert name.region == (10 + 12 * 10, 60, 12 * 25, 30)
    act = next(c for c in created if c.kind == "other" and "запись акта" in c.note)
    assert act.date.iso == "1957-05-14"  # type: ignore[union-attr]


def test_words_without_offsets_are_aligned_to_the_text(catalog: Catalog) -> None:
    page_id, _ = page_with(catalog, TEXT, offsets=False)
    death = next(c for c in propose_claims(catalog, page_id) if c.kind == "death")
    assert death.region is not None and death.quote.startswith("умер(ла)")


def test_running_again_adds_nothing(catalog: Catalog) -> None:
    page_id, person_id = page_with(catalog, TEXT)
    first = propose_claims(catalog, page_id)
    assert propose_claims(catalog, page_id) == []
    assert len(list_claims(catalog, person_id)) == len(first)  # type: ignore[arg-type]


def test_nothing_is_accepted_without_a_person(catalog: Catalog) -> None:
    page_id, _ = page_with(catalog, TEXT, person=False)
    with pytest.raises(InvalidInput, match="linked to no person"):
        propose_claims(catalog, page_id)
    someone = add_person(catalog, PersonFields(surname="Злотников")).id
    created = propose_claims(catalog, page_id, someone)
    assert created and {c.person_id for c in created} == {someone}


def test_extract_page_reads_without_writing(catalog: Catalog) -> None:
    page_id, person_id = page_with(catalog, TEXT)
    extraction = extract_page(catalog, page_id)
    assert extraction.kind == "death_certificate"
    assert {f.name for f in extraction.document_fields} >= {"issuer", "act_record", "issued"}
    issued = next(f for f in extraction.document_fields if f.name == "issued")
    assert issued.citation.quote == "Дата выдачи 14 мая 1957 г."
    assert list_claims(catalog, person_id) == []  # type: ignore[arg-type]


def test_a_page_without_transcription_is_refused_plainly(catalog: Catalog) -> None:
    image = io.BytesIO()
    Image.new("L", (10, 10), 255).save(image, "PNG")
    document = add_document(catalog, DocumentFields())
    page = add_page(
        catalog, document.id, catalog.blobs.put_bytes(image.getvalue()), media_type="image/png"
    )
    with pytest.raises(InvalidInput, match="no transcription"):
        extract_page(catalog, page.id)
