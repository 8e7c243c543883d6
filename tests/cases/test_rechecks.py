"""Checks keep up by themselves: accepting, rejecting or editing a person's claims re-runs that
person's checks, so the flag appears (and a stale suggestion goes) without `spravka check`."""

from __future__ import annotations

from pathlib import Path

from catalog.checks import flag_rows
from catalog.db import Catalog
from catalog.services.claims import ClaimFields, add_claim, update_claim
from catalog.services.documents import DocumentFields, add_document
from catalog.services.persons import PersonFields, add_person
from catalog.services.rechecks import recheck_persons
from tests.support.cli import run_spravka


def _case(catalog: Catalog) -> tuple[int, int]:
    """A man shot in 1938 by the archive's reply, and a suggested death of 1943."""
    person = add_person(catalog, PersonFields(surname="Корнилов", given_name="Фёдор")).id
    reply = add_document(catalog, DocumentFields(kind="archival_reply", issued="1992-11-03")).id
    certificate = add_document(
        catalog, DocumentFields(kind="death_certificate", issued="1957-11-12")
    ).id
    add_claim(catalog, person, ClaimFields("arrest", "1937-11-15", document_id=reply))
    add_claim(
        catalog,
        person,
        ClaimFields(
            "sentence", "1938-02-19", body="Тройка УНКВД", sentence="ВМН", document_id=reply
        ),
    )
    add_claim(catalog, person, ClaimFields("execution", "1938-02-21", document_id=reply))
    death = add_claim(
        catalog,
        person,
        ClaimFields(
            "death",
            "1943-08-17",
            cause="воспаление легких",
            status="suggested",
            document_id=certificate,
        ),
    ).id
    return person, death


def test_accepting_from_the_command_line_raises_the_flag(tmp_path: Path) -> None:
    folder = tmp_path / "catalog"
    with Catalog.create(folder) as catalog:
        person, death = _case(catalog)
        assert flag_rows(catalog, person_ids=[person]) == []
    assert run_spravka("claim", "accept", str(death), catalog=folder).returncode == 0
    with Catalog.open(folder) as catalog:
        flags = flag_rows(catalog, person_ids=[person])
        assert [f.kind for f in flags] == ["likely_falsified_death"]


def test_an_edit_that_removes_the_conflict_removes_the_suggested_flag(catalog: Catalog) -> None:
    person, death = _case(catalog)
    update_claim(catalog, death, status="accepted")
    recheck_persons(catalog, [person])
    assert [f.kind for f in flag_rows(catalog, person_ids=[person])] == ["likely_falsified_death"]
    # The researcher corrects the reading: the death was in 1938, the day of the execution.
    update_claim(catalog, death, date="1938-02-21", cause="расстрел")
    report = recheck_persons(catalog, [person, 999])  # an id no longer there is skipped
    assert report.removed == 1 and flag_rows(catalog, person_ids=[person]) == []
