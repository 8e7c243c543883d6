"""A parsed record as interchange JSON (loadable by `spravka load`) and added to a catalogue."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from catalog.db import Catalog
from catalog.errors import InvalidInput
from catalog.io.interchange_load import load_file
from catalog.io.record_interchange import to_interchange
from catalog.services.persons import PersonFields, add_person, get_person
from catalog.services.records import add_parsed_record, store_parsed_record
from catalog.text import parse_record

RECORD = """\
(варианты фамилии: Карпенков)
Родился в 1894 г., Полтавская губ., с. Ковали; украинец; б/п;
Арестован  12 августа 1937 г.
Приговорен: Тройка при УНКВД по Харьковской обл. 10 октября 1937 г., обв.: 54-10 УК УССР.
Приговор: ВМН
Расстрелян 20 октября 1937 г.
взята подписка о невыезде
"""


def test_interchange_document_has_one_person_claims_and_unparsed() -> None:
    document = to_interchange(parse_record(RECORD), name="Карпенко Пётр Семёнович")
    assert document["format"] == "spravka-catalog" and document["version"] == 2
    (person,) = document["persons"]
    assert (person["surname"], person["given_name"], person["patronymic"]) == (
        "Карпенко",
        "Пётр",
        "Семёнович",
    )
    assert person["birth"] == "1894" and person["sex"] == "m"
    assert person["name_variants"] == [
        {"surname": "Карпенков", "given_name": "Пётр", "patronymic": "Семёнович"}
    ]
    assert [c["kind"] for c in person["claims"]] == ["birth", "arrest", "sentence", "execution"]
    assert all(c["source"] == "d1" and c["quote"] for c in person["claims"])
    sentence = person["claims"][2]
    assert sentence["body_code"] == "TROIKA_NKVD" and sentence["article"] == "54-10 УК УССР"
    assert document["documents"][0]["notes"] == RECORD
    assert document["unparsed"] == ["взята подписка о невыезде"]
    assert "взята подписка о невыезде" in person["notes"]


def test_interchange_document_loads_into_a_catalogue(catalog: Catalog, tmp_path: Path) -> None:
    document = to_interchange(parse_record(RECORD), name="Карпенко Пётр Семёнович")
    path = tmp_path / "record.json"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    report = load_file(catalog, path)
    assert report.created["person"] == 1 and report.created["claim"] == 4
    assert any("unparsed" in warning for warning in report.warnings)
    detail = get_person(catalog, 1)
    assert detail.summary.full_name == "Карпенко Пётр Семёнович"
    assert {c.kind for c in detail.claims} == {"birth", "arrest", "sentence", "execution"}
    assert all(c.document_title.startswith("Запись базы") for c in detail.claims)


def test_add_parsed_record_creates_person_document_and_cited_claims(catalog: Catalog) -> None:
    person_id = add_parsed_record(catalog, parse_record(RECORD), name="Карпенко Пётр Семёнович")
    detail = get_person(catalog, person_id)
    assert detail.summary.birth.iso == "1894"  # type: ignore[union-attr]
    assert detail.nationality == "украинец"
    assert "Партийность: б/п" in detail.notes and "взята подписка" in detail.notes
    assert [v.surname for v in detail.variants] == ["Карпенков"]
    (document,) = detail.documents
    assert document.role == "subject" and document.document.kind == "other"
    execution = next(c for c in detail.claims if c.kind == "execution")
    assert execution.status == "accepted"
    assert execution.document_id == document.document.id
    assert execution.quote == "Расстрелян 20 октября 1937 г."


def test_add_to_an_existing_person_fills_only_empty_fields(catalog: Catalog) -> None:
    existing = add_person(
        catalog, PersonFields(surname="Карпенко", given_name="Пётр", birth_place="Ковали")
    )
    person_id = add_parsed_record(
        catalog, parse_record(RECORD), person_id=existing.id, status="suggested"
    )
    assert person_id == existing.id
    detail = get_person(catalog, person_id)
    assert detail.summary.birth_place == "Ковали"  # kept: the record is one more source
    assert detail.summary.birth.iso == "1894"  # type: ignore[union-attr]
    assert detail.nationality == "украинец"
    assert {c.status for c in detail.claims} == {"suggested"}


def test_storing_a_record_names_the_document_it_made(catalog: Catalog) -> None:
    stored = store_parsed_record(catalog, parse_record(RECORD), name="Карпенко Пётр Семёнович")
    assert stored.created_person
    detail = get_person(catalog, stored.person_id)
    assert [d.document.id for d in detail.documents] == [stored.document_id]
    again = store_parsed_record(catalog, parse_record(RECORD), person_id=stored.person_id)
    assert not again.created_person and again.document_id != stored.document_id


def test_a_record_without_a_name_needs_one(catalog: Catalog) -> None:
    with pytest.raises(InvalidInput, match="names no one"):
        add_parsed_record(catalog, parse_record("Арестован 15 ноября 1937 г."))
