"""Merging a package never changes local data silently: transcriptions, claims, unknown fields."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from catalog import models
from catalog.db import Catalog
from catalog.io.interchange_load import load_file
from catalog.io.interchange_merge import CONFLICTING_VALUES
from catalog.io.package_export import export_package
from catalog.io.package_import import import_package
from catalog.services.claims import update_claim
from catalog.services.transcriptions import (
    add_transcription,
    current_transcription,
    transcription_history,
)
from tests.support.cli import run_spravka

Family = tuple[Catalog, dict[str, int]]


@pytest.fixture
def two(family_catalog: Family, tmp_path: Path):  # type: ignore[no-untyped-def]
    """The family catalogue and a second one that received it through a package."""
    catalog, ids = family_catalog
    export_package(catalog, tmp_path / "first.zip")
    with Catalog.create(tmp_path / "other") as other:
        import_package(other, tmp_path / "first.zip")
        yield catalog, other, ids


def first_page(catalog: Catalog) -> int:
    with catalog.read() as session:
        return session.scalars(select(models.Page.id).order_by(models.Page.id)).first()


def test_a_differing_transcription_is_a_version_and_the_local_correction_stays_current(
    two: tuple[Catalog, Catalog, dict[str, int]], tmp_path: Path
) -> None:
    catalog, other, _ids = two
    page = first_page(other)
    add_transcription(other, page, "СВИДЕТЕЛЬСТВО О СМЕРТИ (исправлено здесь)", author="Ольга")
    add_transcription(catalog, first_page(catalog), "СВИДЕТЕЛЬСТВО (там)", author="Иван")
    export_package(catalog, tmp_path / "second.zip")

    report = import_package(other, tmp_path / "second.zip")

    current = current_transcription(other, page)
    assert current is not None and current.text == "СВИДЕТЕЛЬСТВО О СМЕРТИ (исправлено здесь)"
    assert current.author == "Ольга"
    texts = [t.text for t in transcription_history(other, page)]
    assert "СВИДЕТЕЛЬСТВО (там)" in texts  # the package's text is reachable in the history
    assert [c for c in report.conflicts if "transcription" in c and "page 1" in c]
    assert "conflict(s)" in report.summary()
    assert report.log is not None
    logged = report.log.read_text("utf-8")
    assert "transcription differs" in logged
    # The same package again: nothing added, nothing reported, the correction still current.
    again = import_package(other, tmp_path / "second.zip")
    assert again.created == {} and again.conflicts == ()
    assert current_transcription(other, page).text == current.text  # type: ignore[union-attr]


def test_cli_lists_the_transcription_conflict_and_the_log(
    two: tuple[Catalog, Catalog, dict[str, int]], tmp_path: Path
) -> None:
    catalog, other, _ids = two
    add_transcription(other, first_page(other), "здесь", author="Ольга")
    add_transcription(catalog, first_page(catalog), "там", author="Иван")
    export_package(catalog, tmp_path / "second.zip")
    result = run_spravka("import", "package", tmp_path / "second.zip", catalog=other.folder)
    assert result.returncode == 0, result.stderr
    assert (
        "spravka: conflict: page 1 of document" in result.stderr
        and "stays current" in result.stderr
    )
    assert "1 conflict(s)" in result.stdout and "Logged in" in result.stdout


def test_a_differing_claim_is_kept_beside_the_local_one(
    two: tuple[Catalog, Catalog, dict[str, int]], tmp_path: Path
) -> None:
    catalog, other, ids = two
    with catalog.read() as session:
        death = session.scalar(select(models.Claim).where(models.Claim.kind == "death"))
        death_id, death_uid = death.id, death.uid
    update_claim(catalog, death_id, date="1942-01-05", cause="упадок сердечной деятельности")
    export_package(catalog, tmp_path / "second.zip", [ids["p1"]])

    report = import_package(other, tmp_path / "second.zip")

    with other.read() as session:
        deaths = list(
            session.scalars(
                select(models.Claim).where(models.Claim.kind == "death").order_by(models.Claim.id)
            )
        )
        assert len(deaths) == 2
        mine = next(c for c in deaths if c.uid == death_uid)
        assert (mine.date, mine.cause) == ("1943-06-10", "воспаление легких")
        theirs = next(c for c in deaths if c.uid != death_uid)
        assert (theirs.date, theirs.cause) == ("1942-01-05", "упадок сердечной деятельности")
        assert theirs.document_id == mine.document_id
    conflict = next(c for c in report.conflicts if "claim" in c)
    assert "date is '1943-06-10'" in conflict and "'1942-01-05' in the file" in conflict
    assert "cause" in conflict
    assert report.created == {"claim": 1}
    again = import_package(other, tmp_path / "second.zip")
    assert again.created == {} and again.conflicts == ()


def test_unknown_fields_keep_both_values(catalog: Catalog, tmp_path: Path) -> None:
    def file(name: str, extra: dict[str, object]) -> Path:
        path = tmp_path / name
        person = {"id": "p1", "uid": "7d0c7a30-0000-4000-8000-00000000abcd", "surname": "Карпенко"}
        path.write_text(json.dumps({"format": "spravka-catalog", "version": 1,
                                    "persons": [{**person, **extra}]}), "utf-8")  # fmt: skip
        return path

    load_file(catalog, file("a.json", {"memorial_id": "m-1", "only_here": 1}))
    report = load_file(catalog, file("b.json", {"memorial_id": "m-2", "only_there": [2]}))

    with catalog.read() as session:
        extra = session.scalars(select(models.Person.extra)).one()
    assert extra["memorial_id"] == "m-1"  # the catalogue's value stays
    assert extra[CONFLICTING_VALUES] == {"memorial_id": ["m-2"]}  # the file's is kept too
    assert extra["only_here"] == 1 and extra["only_there"] == [2]
    assert len(report.conflicts) == 1 and "memorial_id" in report.conflicts[0]
    # Loading it again changes nothing and reports nothing new.
    assert load_file(catalog, file("b.json", {"memorial_id": "m-2"})).conflicts == []


def test_a_correction_made_where_the_page_came_from_becomes_current(
    two: tuple[Catalog, Catalog, dict[str, int]], tmp_path: Path
) -> None:
    """Not a conflict: the receiving catalogue never changed the page, the package carries its
    current text in its history and a newer correction after it."""
    catalog, other, _ids = two
    add_transcription(catalog, first_page(catalog), "СВИДЕТЕЛЬСТВО (уточнено)", author="Иван")
    export_package(catalog, tmp_path / "second.zip")
    report = import_package(other, tmp_path / "second.zip")
    assert report.conflicts == ()
    current = current_transcription(other, first_page(other))
    assert current is not None and current.text == "СВИДЕТЕЛЬСТВО (уточнено)"
