"""The index follows every ORM write incrementally, and equals a full rebuild afterwards."""

from __future__ import annotations

import sqlite3
from typing import Any

import pytest
from sqlalchemy import event

from catalog import models
from catalog.db import Catalog
from catalog.io.interchange_load import load_file
from catalog.search import index_status, reindex, search
from catalog.services import claims, documents, persons
from tests.search.conftest import add, add_page, transcribe

SNAPSHOT = {
    "keys": "SELECT key, term, base FROM search_keys ORDER BY 1, 2, 3",
    "names": "SELECT * FROM search_names ORDER BY 1, 2, 3, 4, 5",
    "persons": "SELECT * FROM search_persons ORDER BY 1",
    "texts": "SELECT person_id, document_id, page_id, claim_id, transcription_id, tokens "
    "FROM search_texts ORDER BY 1, 2, 3, 4",
    "fts": "SELECT rowid FROM search_fts WHERE search_fts MATCH 'зер OR тройк OR курбас' "
    "ORDER BY rowid",
}


def snapshot(catalog: Catalog) -> dict[str, list[tuple[Any, ...]]]:
    with sqlite3.connect(catalog.db_path) as conn:
        result = {name: conn.execute(sql).fetchall() for name, sql in SNAPSHOT.items()}
        # The FTS index itself must be consistent with its content table.
        conn.execute("INSERT INTO search_fts(search_fts) VALUES ('integrity-check')")
    # Row ids of texts differ after a rebuild; compare what they hold.
    result["fts"] = [(len(result["fts"]),)]
    return result


def test_edits_through_services_equal_a_full_rebuild(catalog: Catalog) -> None:
    zerov = add(catalog, "Зеров Михаил Константинович", birth="1890")
    kurbas = add(catalog, "Курбас Лесь", variants=[("Kurbas Les", "transliteration")])
    gone = add(catalog, "Удалённый Человек")
    doc = documents.add_document(
        catalog, documents.DocumentFields(title="Справка", notes="тройка"), [(zerov, "subject")]
    ).id
    page = add_page(catalog, doc)
    transcribe(catalog, page, "Зеров расстрелян", origin="engine")
    transcribe(catalog, page, "Зеров расстрелян тройкой", origin="human")
    arrest = claims.add_claim(catalog, zerov, claims.ClaimFields(kind="arrest", date="1935-04-28"))
    claims.add_claim(catalog, kurbas, claims.ClaimFields(kind="sentence", body="тройка"))
    variant = persons.add_name_variant(catalog, kurbas, persons.VariantFields("Курбасъ"))
    persons.update_person(catalog, zerov, given_name="Микола", notes="поэт")
    claims.update_claim(catalog, arrest.id, date="1935-04-27")
    persons.remove_name_variant(catalog, variant)
    persons.delete_person(catalog, gone)

    incremental = snapshot(catalog)
    assert search(catalog, "Зеров Микола").persons[0].id == zerov
    assert search(catalog, "Удалённый").persons == []
    assert index_status(catalog).current

    report = reindex(catalog)
    assert report.persons == 2 and report.pages == 1
    rebuilt = snapshot(catalog)
    # The key dictionary keeps the keys of names no longer used (harmless: they lead to no
    # person); a rebuild drops them. Everything else is identical.
    assert set(rebuilt.pop("keys")) < set(incremental.pop("keys"))
    assert rebuilt == incremental


def test_an_interchange_load_is_indexed(catalog: Catalog, tmp_path: Any) -> None:
    source = tmp_path / "people.json"
    source.write_text(
        '{"format": "spravka-catalog", "version": 1, "persons": [{"id": "p1", '
        '"surname": "Карпенко", "given_name": "Пётр", "claims": [{"id": "c1", "kind": "arrest", '
        '"date": "1937-08-12", "place": "Харьков"}]}], "documents": []}',
        encoding="utf-8",
    )
    load_file(catalog, source)
    hit = search(catalog, "Karpenko Petr").persons[0]
    assert (hit.name, hit.source_id) == ("Карпенко Пётр", "p1")
    assert search(catalog, "Харькова").notes[0].person_id == hit.id


def test_adding_a_person_or_a_page_writes_only_its_own_rows(catalog: Catalog) -> None:
    for i in range(30):
        add(catalog, f"Петров{'а' * (i % 2)} Иван")
    statements: list[str] = []

    def on_checkout(dbapi_connection: sqlite3.Connection, *_: Any) -> None:
        dbapi_connection.set_trace_callback(statements.append)

    def on_checkin(dbapi_connection: sqlite3.Connection, *_: Any) -> None:
        dbapi_connection.set_trace_callback(None)

    engine = catalog._write_engine
    event.listen(engine, "checkout", on_checkout)
    event.listen(engine, "checkin", on_checkin)
    try:
        pid = add(catalog, "Новиков Семён")
        doc = documents.add_document(catalog, documents.DocumentFields(), [(pid, "subject")]).id
        transcribe(catalog, add_page(catalog, doc), "Новиков арестован")
    finally:
        event.remove(engine, "checkout", on_checkout)
        event.remove(engine, "checkin", on_checkin)
    writes = [
        s for s in statements if "search_" in s and not s.lstrip().upper().startswith("SELECT")
    ]
    assert writes, "the index was not written"
    # A handful of statements for a person, a document and a page, whatever the catalogue holds
    # (plus the key rows of a name not seen before, a few dozen per new word).
    assert len([s for s in writes if "search_keys" not in s]) < 20, writes
    assert not any("rebuild" in s or "delete-all" in s for s in writes)
    # Every delete is bounded to the records just written.
    assert all(" WHERE " in s.upper() for s in writes if s.lstrip().upper().startswith("DELETE"))
    assert search(catalog, "Новиков").persons[0].id == pid
    assert search(catalog, "арестован Новиков").pages


def test_a_rolled_back_write_leaves_the_index_unchanged(catalog: Catalog) -> None:
    add(catalog, "Зеров Михаил")
    before = snapshot(catalog)
    with pytest.raises(RuntimeError), catalog.write() as session:
        session.add(models.Person(surname="Откатов", given_name="Иван"))
        session.flush()
        raise RuntimeError("the user cancelled")
    assert snapshot(catalog) == before
    assert search(catalog, "Откатов").persons == []


def test_reindex_repairs_rows_written_past_the_orm(catalog: Catalog) -> None:
    with catalog.write() as session:
        session.execute(
            models.Person.__table__.insert(),
            [{"surname": "Ядров", "given_name": "Ян", "uid": "u-1"}],
        )
    assert search(catalog, "Ядров").persons == []
    assert not index_status(catalog).current
    reindex(catalog)
    assert search(catalog, "Ядров").persons[0].name == "Ядров Ян"
    assert index_status(catalog).current
