"""`spravka person family|relate|unrelate|duplicates|merge` as a real subprocess."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from catalog.db import Catalog
from catalog.services import persons
from tests.support.cli import run_spravka


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    folder = tmp_path / "cat"
    catalog = Catalog.create(folder)
    try:
        for surname, given, patronymic, birth in (
            ("Карпенко", "Ефим", "Семёнович", "1894"),
            ("Карпенко", "Евфимий", "Семенович", "1894"),
            ("Карпенко", "Мария", "Ивановна", "1898"),
            ("Карпенко", "Пётр", "Ефимович", "1921"),
        ):
            persons.add_person(
                catalog,
                persons.PersonFields(
                    surname=surname, given_name=given, patronymic=patronymic, birth=birth
                ),
            )
    finally:
        catalog.close()
    return folder


def test_relate_family_duplicates_and_merge(folder: Path) -> None:
    assert run_spravka("person", "relate", "1", "parent", "4", catalog=folder).returncode == 0
    married = run_spravka(
        "person", "relate", "3", "spouse", "1", "--married", "1920", "--json", catalog=folder
    )
    assert married.returncode == 0, married.stderr
    assert json.loads(married.stdout)["began"] == "1920"

    family = run_spravka("person", "family", "1", "--lang", "ru", catalog=folder)
    assert "Жена: Карпенко Мария Ивановна (id 3) 1898 [1920 – ]" in family.stdout
    assert "Сын: Карпенко Пётр Ефимович (id 4) 1921" in family.stdout

    cycle = run_spravka("person", "relate", "1", "child", "4", catalog=folder)
    assert cycle.returncode != 0 and "ancestor" in cycle.stderr

    found = run_spravka("person", "duplicates", "--json", catalog=folder)
    pairs = json.loads(found.stdout)["pairs"]
    assert [(p["a"], p["b"]) for p in pairs] == [(1, 2)]
    assert 0 <= pairs[0]["score"] <= 1
    assert "Ефим and Евфимий are forms of one given name" in pairs[0]["reasons"]

    refused = run_spravka("person", "merge", "1", "1", "--lang", "uk", catalog=folder)
    assert refused.returncode != 0 and "не можна об'єднати особу з нею самою" in refused.stderr
    refused = run_spravka("person", "merge", "4", "1", catalog=folder)
    assert refused.returncode != 0 and "1 is an ancestor of 4" in refused.stderr

    merged = run_spravka("person", "merge", "1", "2", "--json", catalog=folder)
    assert merged.returncode == 0, merged.stderr
    assert json.loads(merged.stdout)["merged"] == 2
    assert json.loads(run_spravka("person", "duplicates", "--json", catalog=folder).stdout) == {
        "pairs": [],
        "candidates": 0,
        "truncated": False,
    }
    family = json.loads(run_spravka("person", "family", "1", "--json", catalog=folder).stdout)
    assert [c["name"] for c in family["children"]] == ["Карпенко Пётр Ефимович"]
