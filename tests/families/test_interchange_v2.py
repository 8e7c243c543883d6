"""Interchange format version 2: date ranges and relationships; version 1 files read as before."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest

from catalog.dates import PartialDate
from catalog.db import Catalog
from catalog.errors import InterchangeErrors
from catalog.io.interchange_dump import dump_catalog
from catalog.io.interchange_load import load_file
from catalog.services import claims, families, persons
from catalog.vocab import Qualifier

FAMILY: dict[str, Any] = {
    "format": "spravka-catalog",
    "version": 2,
    "persons": [
        {
            "id": "p1",
            "surname": "Иванов",
            "given_name": "Иван",
            "birth": {"date": "1890", "qualifier": "between", "end": "1895"},
            "claims": [
                {
                    "id": "c1",
                    "kind": "death",
                    "date": "1941",
                    "date_qualifier": "between",
                    "date_end": "1943",
                    "source": "d1",
                },
                {"id": "c2", "kind": "exile", "date": "1930", "date_qualifier": "period",
                 "date_end": "1933"},
            ],
        },
        {"id": "p2", "surname": "Иванова", "given_name": "Мария"},
        {"id": "p3", "surname": "Иванов", "given_name": "Пётр"},
    ],
    "documents": [
        {"id": "d1", "kind": "archival_reply", "title": "Ответ", "issued": "1992",
         "issued_qualifier": "between", "issued_end": "1993"},
    ],
    "relationships": [
        {"id": "r1", "kind": "spouse", "person": "p2", "relative": "p1", "began": "1920",
         "ended": {"date": "1937", "qualifier": "between", "end": "1938"}, "source": "d1",
         "quote": "жена — Иванова Мария"},
        {"id": "r2", "kind": "parent", "person": "p1", "relative": "p3", "detail": "birth"},
        {"id": "r3", "kind": "parent", "person": "p2", "relative": "p3", "status": "suggested"},
    ],
}  # fmt: skip


def write(tmp_path: Path, data: dict[str, Any], name: str = "family.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def dump(catalog: Catalog, tmp_path: Path) -> dict[str, Any]:
    out = io.StringIO()
    dump_catalog(catalog, out, base_dir=tmp_path)
    return json.loads(out.getvalue())


def test_ranges_and_relationships_load_dump_and_load_again_unchanged(
    catalog: Catalog, tmp_path: Path
) -> None:
    report = load_file(catalog, write(tmp_path, FAMILY))
    assert report.created["relationship"] == 3 and not report.warnings
    ivan = persons.resolve_person(catalog, "p1")
    detail = persons.get_person(catalog, ivan)
    assert detail.summary.birth == PartialDate.range_of(PartialDate(1890), PartialDate(1895))
    by_kind = {c.kind: c.date for c in claims.list_claims(catalog, ivan)}
    assert by_kind["death"] == PartialDate.range_of(PartialDate(1941), PartialDate(1943))
    assert by_kind["exile"].qualifier is Qualifier.PERIOD
    family = families.family_of(catalog, ivan)
    marriage = family.spouses[0].relationship
    assert marriage.ended == PartialDate.range_of(PartialDate(1937), PartialDate(1938))
    assert (marriage.quote, marriage.document_title) == ("жена — Иванова Мария", "Ответ")
    assert [c.person.given_name for c in family.children] == ["Пётр"]

    dumped = dump(catalog, tmp_path)
    assert dumped["version"] == 2
    assert dumped["documents"][0]["issued_end"] == "1993"
    spouse = next(r for r in dumped["relationships"] if r["kind"] == "spouse")
    assert spouse["ended"] == {"date": "1937", "qualifier": "between", "end": "1938"}
    assert next(r for r in dumped["relationships"] if r.get("status") == "suggested")

    again = load_file(catalog, write(tmp_path, FAMILY))
    assert again.created["relationship"] == 0 and again.merged["relationship"] == 3
    fresh = tmp_path / "fresh"
    other = Catalog.create(fresh)
    try:
        load_file(other, write(tmp_path, dumped, "dumped.json"))
        assert dump(other, tmp_path)["relationships"] == dumped["relationships"]
    finally:
        other.close()


def test_a_version_1_file_is_read_as_before_and_version_2_keys_stay_unknown(
    catalog: Catalog, tmp_path: Path
) -> None:
    old = {
        "format": "spravka-catalog",
        "version": 1,
        "persons": [
            {"id": "p1", "surname": "Петров", "birth": {"date": "1894", "qualifier": "about"},
             "claims": [{"id": "c1", "kind": "death", "date": "1941", "date_end": "1943"}]}
        ],
        "relationships": [],
    }  # fmt: skip
    report = load_file(catalog, write(tmp_path, old))
    assert report.created["person"] == 1
    assert any("date_end: unknown key" in w for w in report.warnings)
    assert any("relationships: unknown key" in w for w in report.warnings)
    person = persons.resolve_person(catalog, "p1")
    assert claims.list_claims(catalog, person)[0].date == PartialDate(1941)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            lambda d: d["relationships"].append(
                {"id": "r9", "kind": "parent", "person": "p3", "relative": "p1"}
            ),
            "relationships[3]: person 1 is already an ancestor",
        ),
        (
            lambda d: d["relationships"].append(
                {"id": "r9", "kind": "parent", "person": "p3", "relative": "p3"}
            ),
            "cannot be their own parent",
        ),
        (
            lambda d: d["relationships"].append(
                {"id": "r9", "kind": "cousin", "person": "p3", "relative": "p1"}
            ),
            "relationships[3].kind: unknown value 'cousin'",
        ),
        (
            lambda d: d["relationships"].append(
                {"id": "r9", "kind": "sibling", "person": "p3", "relative": "p7"}
            ),
            "relationships[3].relative: no person with id 'p7'",
        ),
        (
            lambda d: d["persons"][0]["claims"][0].update(date_end="1939"),
            "persons[0].claims[0].date: impossible date '1941/1939': the range ends before",
        ),
        (
            lambda d: d["persons"][0]["claims"][0].update(date_qualifier="about"),
            "only a between or period date has an end",
        ),
    ],
)
def test_bad_relationships_and_ranges_are_refused_and_nothing_is_loaded(
    catalog: Catalog, tmp_path: Path, change, message: str
) -> None:
    data = json.loads(json.dumps(FAMILY))
    change(data)
    with pytest.raises(InterchangeErrors) as refused:
        load_file(catalog, write(tmp_path, data))
    assert message in str(refused.value)
    assert "family.json" in str(refused.value)
    assert persons.count_persons(catalog) == 0
