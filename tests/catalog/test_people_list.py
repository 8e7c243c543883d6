"""The people list's service queries: order, filter, rows, and the indexes they use."""

from __future__ import annotations

from sqlalchemy import text

from catalog.db import Catalog
from catalog.services import flags, persons
from catalog.services.claims import ClaimFields, add_claim
from catalog.services.persons import PersonFields, VariantFields, person_ids, person_rows


def add(catalog: Catalog, surname: str, given: str, birth: str | None = None) -> int:
    return persons.add_person(
        catalog, PersonFields(surname=surname, given_name=given, birth=birth)
    ).id


def test_ids_in_name_and_birth_order_with_undated_last(catalog: Catalog) -> None:
    b = add(catalog, "Борисов", "Иван", "1901")
    a = add(catalog, "Андреев", "Пётр")
    c = add(catalog, "Васильева", "Анна", "1899-05")
    assert person_ids(catalog) == [a, b, c]
    assert person_ids(catalog, descending=True) == [c, b, a]
    assert person_ids(catalog, order="birth") == [c, b, a]
    assert person_ids(catalog, order="birth", descending=True) == [b, c, a]


def test_filter_by_name_prefixes_and_variants(catalog: Catalog) -> None:
    karpenko = persons.add_person(
        catalog,
        PersonFields(surname="Карпенко", given_name="Пётр"),
        [VariantFields(surname="Karpenko", given_name="Petr", script="Latn")],
    ).id
    other = add(catalog, "Карпов", "Иван")
    assert person_ids(catalog, query="карп") == [karpenko, other]
    assert person_ids(catalog, query="КАРП пётр") == [karpenko]
    assert person_ids(catalog, query="karpenko") == [karpenko]
    assert person_ids(catalog, query="иван") == [other]
    assert person_ids(catalog, query="%") == [karpenko, other]  # wildcards are not patterns
    assert person_ids(catalog, query="Сидоров") == []


def test_rows_carry_birth_first_arrest_and_flag_counts(catalog: Catalog) -> None:
    person = add(catalog, "Карпенко", "Пётр", "1894")
    quiet = add(catalog, "Лебедева", "Анна")
    add_claim(catalog, person, ClaimFields(kind="arrest", date="1938-02"))
    add_claim(catalog, person, ClaimFields(kind="arrest", date="1937-08-12"))
    flags.add_person_flag(catalog, person, "conflicting_dates", "two dates")
    rows = person_rows(catalog, [quiet, person, 999])
    assert [r.id for r in rows] == [quiet, person]
    assert rows[1].name == "Карпенко Пётр"
    assert rows[1].birth.iso == "1894"
    assert rows[1].first_arrest.iso == "1937-08-12"
    assert (rows[1].flags_suggested, rows[1].flags_confirmed) == (0, 1)
    assert (rows[0].first_arrest, rows[0].flags_confirmed) == (None, 0)


def plan(catalog: Catalog, sql: str) -> str:
    with catalog.read() as session:
        rows = session.execute(text("EXPLAIN QUERY PLAN " + sql)).all()
    return " | ".join(row[-1] for row in rows)


def test_list_queries_use_indexes(catalog: Catalog) -> None:
    add(catalog, "Карпенко", "Пётр", "1894")
    by_name = plan(
        catalog,
        "SELECT id FROM persons ORDER BY surname, given_name, patronymic, id",
    )
    assert "ix_persons_name" in by_name and "TEMP B-TREE" not in by_name
    by_birth = plan(
        catalog,
        "SELECT id FROM persons WHERE birth_date IS NOT NULL ORDER BY birth_date DESC, id DESC",
    )
    assert "ix_persons_birth_date" in by_birth and "TEMP B-TREE" not in by_birth
    rows = plan(catalog, "SELECT id, surname FROM persons WHERE id IN (1, 2, 3)")
    assert "INTEGER PRIMARY KEY" in rows
    arrests = plan(
        catalog,
        "SELECT person_id, min(date) FROM claims WHERE person_id IN (1, 2) "
        "AND kind = 'arrest' AND date IS NOT NULL GROUP BY person_id",
    )
    assert "ix_claims_person_kind" in arrests
    flag_counts = plan(
        catalog,
        "SELECT person_id, status, count(*) FROM flags WHERE person_id IN (1, 2) "
        "AND status IN ('suggested', 'confirmed') GROUP BY person_id, status",
    )
    assert "ix_flags_person_status" in flag_counts
