"""EXPLAIN QUERY PLAN: every list, search and indexing query walks an index."""

from __future__ import annotations

import sqlite3

import pytest

from catalog import models
from catalog.db import Catalog
from catalog.search import indexer, person_ids, person_page, person_rows, search
from catalog.search.plans import capture_plans, full_scans
from tests.search.conftest import add_page, transcribe

SURNAMES = ["Иванов", "Петров", "Зеров", "Гросингер", "Щербаков", "Олейник", "Смирнов"]
GIVEN = ["Иван", "Пётр", "Михаил", "Давид", "Юрий", "Григорий"]


@pytest.fixture(scope="module")
def populated(module_catalog: Catalog) -> Catalog:
    with module_catalog.write() as session:
        for i in range(300):
            person = models.Person(
                surname=SURNAMES[i % len(SURNAMES)] + ("а" if i % 5 == 0 else ""),
                given_name=GIVEN[i % len(GIVEN)],
                patronymic=GIVEN[(i // 7) % len(GIVEN)] + "ович",
                birth_date=str(1880 + i % 40) if i % 3 else None,
                notes="расстрелян" if i % 4 == 0 else "",
            )
            person.name_variants = (
                [models.NameVariant(surname="Ivanov", script="Latn")] if i % 9 == 0 else []
            )
            person.claims = [models.Claim(kind="arrest", date=f"{1930 + i % 9}-01-0{1 + i % 9}")]
            session.add(person)
    from catalog.services import documents

    for i in range(1, 6):
        doc = documents.add_document(
            module_catalog, documents.DocumentFields(title="Справка"), [(i, "subject")]
        )
        transcribe(
            module_catalog,
            add_page(module_catalog, doc.id),
            f"Иванов приговорён тройкой по ст. 58-10, лист {i}",
        )
    return module_catalog


QUERIES = [
    "Иванов", "Иванова И. П.", "И. П. Иванов", "Иванов Иван Иванович", "Иван Иванович",
    "Ivanov", "Zerov Mikhail", "Зкров", "Гроссингер", "Иванович", "Иванов Бонифатий",
    "тройкой", "58-10", "приговорён тройкой Иванов", "расстреляна",
]  # fmt: skip


def test_search_and_list_queries_use_indexes(populated: Catalog) -> None:
    def work() -> None:
        for query in QUERIES:
            search(populated, query)
        for order in ("name", "birth", "arrest"):
            for descending in (False, True):
                person_ids(populated, order=order, descending=descending)  # type: ignore[arg-type]
                person_page(populated, order=order, descending=descending, offset=290, limit=20)  # type: ignore[arg-type]
            person_ids(populated, order=order, query="Иванов")  # type: ignore[arg-type]
            person_ids(populated, order=order, query="Ива", prefix=True)  # type: ignore[arg-type]
            person_ids(populated, order=order, query="Ivan", prefix=True)  # type: ignore[arg-type]
        person_rows(populated, list(range(1, 120)))

    plans = capture_plans(populated, work)
    assert len(plans) > 20
    bad = full_scans(plans)
    assert not bad, "\n\n".join(f"{plan.sql}\n{plan.text()}" for plan, _ in bad)


def test_indexing_queries_use_indexes(populated: Catalog) -> None:
    statements: list[str] = []
    with populated.write() as session:
        raw = session.connection().connection.driver_connection
        raw.set_trace_callback(statements.append)
        try:
            indexer.refresh(
                raw,
                names=[1, 2, 3],
                arrests=[4, 5],
                person_texts=[1, 2],
                claims=[1, 2],
                documents=[1],
                pages=[1, 2],
            )
        finally:
            raw.set_trace_callback(None)
    probe = sqlite3.connect(f"file:{populated.db_path}?mode=ro", uri=True)
    checked = 0
    for sql in dict.fromkeys(statements):
        if not sql.lstrip().upper().startswith(("SELECT", "DELETE", "UPDATE")):
            continue
        steps = [row[3] for row in probe.execute(f"EXPLAIN QUERY PLAN {sql}")]
        checked += 1
        assert not any(step.startswith("SCAN") for step in steps), f"{sql}\n{steps}"
    probe.close()
    assert checked >= 8
