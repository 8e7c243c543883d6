"""`spravka document …`, `spravka claim …` and `extract --link` from the command line: the inbox,
linking and tagging, reviewing suggestions, and clear refusals that change nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from catalog.db import Catalog
from catalog.extract import propose_claims
from catalog.services.claims import ClaimFields, add_claim, list_claims
from catalog.services.persons import PersonFields, add_person
from tests.catalog.test_person_matching import DEATH, REPLY, _document
from tests.support.cli import run_spravka


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    folder = tmp_path / "catalog"
    with Catalog.create(folder) as catalog:
        _document(catalog, DEATH, kind="death_certificate")
        _document(catalog, REPLY, kind="archival_reply")
        add_person(catalog, PersonFields(surname="Зеров", given_name="Николай"))
    return folder


def _json(folder: Path, *args: str) -> dict:
    result = run_spravka(*args, "--json", catalog=folder)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_inbox_link_tag_and_show(folder: Path) -> None:
    listed = _json(folder, "document", "list", "--unlinked")
    assert listed["unlinked"] == 2 and [d["id"] for d in listed["documents"]] == [1, 2]
    assert listed["documents"][0]["ocr_state"] == "done"
    linked = run_spravka("document", "link", "2", "1", "--role", "applicant", catalog=folder)
    assert linked.returncode == 0 and "linked to person 1 as applicant" in linked.stdout
    assert _json(folder, "document", "list", "--unlinked")["unlinked"] == 1
    assert run_spravka("document", "tag", "2", "коробка 1", catalog=folder).returncode == 0
    assert [
        d["id"] for d in _json(folder, "document", "list", "--tag", "коробка 1")["documents"]
    ] == [2]
    assert [
        d["id"] for d in _json(folder, "document", "list", "--kind", "archival_reply")["documents"]
    ] == [2]
    shown = _json(folder, "document", "show", "2")
    assert shown["tags"] == ["коробка 1"]
    assert [(p["person"]["id"], p["role"]) for p in shown["persons"]] == [(1, "applicant")]
    text = run_spravka("document", "show", "2", catalog=folder).stdout
    assert "Зеров Николай (applicant)" in text
    removed = run_spravka("document", "tag", "2", "коробка 1", "--remove", catalog=folder)
    assert removed.returncode == 0
    assert run_spravka("document", "unlink", "2", "1", catalog=folder).returncode == 0
    assert _json(folder, "document", "list", "--unlinked")["unlinked"] == 2


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("document", "link", "9", "1"), "no document with id 9"),
        (("document", "link", "1", "9"), "no person with id 9"),
        (("document", "link", "1", "1", "--role", "aunt"), "unknown value 'aunt'"),
        (("document", "unlink", "1", "1"), "is not linked to person 1"),
        (("document", "tag", "9", "x"), "no document with id 9"),
        (("document", "show", "9"), "no document with id 9"),
        (("claim", "accept", "99"), "no claim with id 99"),
        (("claim", "list", "--person", "9"), "no person with id 9"),
    ],
)
def test_bad_input_is_refused_and_changes_nothing(
    folder: Path, args: tuple[str, ...], message: str
) -> None:
    before = run_spravka("dump", catalog=folder).stdout
    result = run_spravka(*args, catalog=folder)
    assert result.returncode == 1 and message in result.stderr
    assert run_spravka("dump", catalog=folder).stdout == before


def test_linking_twice_is_refused(folder: Path) -> None:
    assert run_spravka("document", "link", "1", "1", catalog=folder).returncode == 0
    again = run_spravka("document", "link", "1", "1", catalog=folder)
    assert again.returncode == 1 and "already linked to person 1 as subject" in again.stderr


def test_review_suggested_claims(folder: Path) -> None:
    with Catalog.open(folder) as catalog:
        person = add_person(catalog, PersonFields(surname="Корнилов", given_name="Фёдор")).id
        ids = [c.id for c in propose_claims(catalog, 1, person)]
    suggested = _json(folder, "claim", "list", "--person", str(person), "--status", "suggested")
    assert {c["id"] for c in suggested["claims"]} == set(ids)
    twice = run_spravka("claim", "accept", str(ids[0]), str(ids[0]), catalog=folder)
    assert twice.returncode == 1 and "given twice" in twice.stderr
    accepted = _json(folder, "claim", "accept", str(ids[0]))
    assert accepted["accepted"] == [str(ids[0])]
    again = run_spravka("claim", "accept", str(ids[0]), catalog=folder)
    assert again.returncode == 1 and "already accepted" in again.stderr
    rejected = run_spravka("claim", "reject", *[str(i) for i in ids[1:]], catalog=folder)
    assert rejected.returncode == 0, rejected.stderr
    with Catalog.open(folder) as catalog:
        assert [c.id for c in list_claims(catalog, person)] == [ids[0]]


def test_an_identical_claim_is_not_added_twice(folder: Path) -> None:
    with Catalog.open(folder) as catalog:
        person = add_person(catalog, PersonFields(surname="Корнилов", given_name="Фёдор")).id
        first = propose_claims(catalog, 1, person)
        death = next(c for c in first if c.kind == "death")
    assert run_spravka("claim", "accept", str(death.id), catalog=folder).returncode == 0
    # The same death, proposed again (another reading of the page): accepting it adds nothing.
    with Catalog.open(folder) as catalog:
        copy = add_claim(
            catalog,
            person,
            ClaimFields("death", "1943-08-17", status="suggested", document_id=1, quote="умер"),
        )
    result = run_spravka("claim", "accept", str(copy.id), catalog=folder)
    assert result.returncode == 0
    assert f"claim {copy.id} is the same as claim {death.id}, already recorded" in result.stdout


def test_extract_link_ties_and_nameless_texts_link_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "catalog"
    with Catalog.create(folder) as catalog:
        _document(catalog, REPLY)
        _document(catalog, "Справка выдана для предъявления по месту требования.")
        for _ in range(2):
            add_person(
                catalog,
                PersonFields(surname="Корнилов", given_name="Фёдор", patronymic="Игнатьевич"),
            )
    tied = run_spravka("extract", "--document", "1", "--accept", "--link", catalog=folder)
    assert tied.returncode == 1
    assert "2 persons match equally well; nothing linked" in tied.stderr
    assert "person 1:" in tied.stderr and "person 2:" in tied.stderr
    nameless = run_spravka("extract", "--document", "2", "--link", catalog=folder)
    assert nameless.returncode == 1 and "its text names nobody; nothing linked" in nameless.stderr
    assert _json(folder, "document", "list", "--unlinked")["unlinked"] == 2
