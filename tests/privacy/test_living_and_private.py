"""Living people and private marks: what leaves the catalogue in every export and package."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import zipfile
from pathlib import Path

import pytest

from catalog.cli.main import main
from catalog.db import Catalog
from catalog.io.package_export import export_package
from catalog.io.package_import import import_package
from catalog.io.privacy import ExportPolicy, Living, living_person_ids, presumed_living
from catalog.services.privacy import person_privacy, set_living
from tests.privacy import marks
from tests.support.cli import run_spravka

TODAY = dt.date(2026, 12, 6)


@pytest.fixture
def marked(catalog: Catalog, tmp_path: Path) -> tuple[Catalog, dict[str, int]]:
    return catalog, marks.build(catalog, tmp_path / "source")


def pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def exports(catalog: Catalog, ids: dict[str, int], folder: Path, *options: str) -> dict[str, str]:
    """Every export that carries person data, written by the CLI with `options`; name -> text."""
    folder.mkdir()
    base = ["--catalog", str(catalog.folder)]
    runs = {
        "dump.json": ["dump", "-o", str(folder / "dump.json")],
        "export.json": ["export", "json", str(folder / "export.json")],
        "family.ged": ["export", "gedcom", str(folder / "family.ged")],
        "csv": ["export", "csv", str(folder / "csv")],
    }
    for name, command in runs.items():
        assert main([*base, *command, *options]) == 0, name
    texts = {
        name: (folder / name).read_text("utf-8")
        for name in ("dump.json", "export.json", "family.ged")
    }
    for table in ("persons", "claims", "documents"):
        texts[f"{table}.csv"] = (folder / "csv" / f"{table}.csv").read_text("utf-8")
    living = [o for o in options if o != "--include-private"]
    for person in ("p1", "p9"):
        out = folder / f"dossier-{person}.pdf"
        code = main([*base, "export", "dossier", str(out), "--person", str(ids[person]), *living])
        if code == 0:
            texts[out.name] = pdf_text(out)
    return texts


def test_the_presumption_of_life() -> None:
    assert presumed_living("1961-04-02", None, False, None, TODAY)
    assert not presumed_living("1961-04-02", None, True, None, TODAY)  # a death claim
    assert not presumed_living("1894", None, False, None, TODAY)
    assert not presumed_living(None, None, False, None, TODAY)  # no birth date: not presumed
    # The latest day a partial date allows: born in 1926 may be 31 December 1926.
    assert presumed_living("1926", None, False, None, TODAY)
    assert not presumed_living("1926-11", None, False, None, TODAY)
    assert presumed_living("1926-12", None, False, None, TODAY)
    assert presumed_living("1900", "after", False, None, TODAY)  # could be any later year
    assert not presumed_living("1961", None, False, False, TODAY)  # marked deceased by hand
    assert presumed_living("1894", None, True, True, TODAY)  # marked living by hand


def test_living_people_are_found_and_marks_override(marked) -> None:  # type: ignore[no-untyped-def]
    catalog, ids = marked
    with catalog.read() as session:
        assert living_person_ids(session, TODAY) == {ids["p9"]}
    set_living(catalog, ids["p9"], False)
    set_living(catalog, ids["p2"], True)
    with catalog.read() as session:
        assert living_person_ids(session, TODAY) == {ids["p2"]}
    assert person_privacy(catalog, ids["p2"]).living_mark is True
    set_living(catalog, ids["p2"], None)
    assert person_privacy(catalog, ids["p2"]).living is False


def test_a_living_person_appears_in_no_default_export(marked, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    catalog, ids = marked
    texts = exports(catalog, ids, tmp_path / "default")
    assert set(texts) >= {
        "dump.json",
        "family.ged",
        "persons.csv",
        "dossier-p1.pdf",
        "dossier-p9.pdf",
    }
    for name, text in texts.items():
        for secret in marks.LIVING_SECRETS:
            assert secret not in text, (name, secret)
    # The name stays (name-only), in every export that lists persons.
    for name in ("dump.json", "export.json", "family.ged", "persons.csv", "dossier-p9.pdf"):
        assert "Ольга" in texts[name], name
    # What proves the test could fail: with --living include every detail is there.
    included = exports(catalog, ids, tmp_path / "include", "--living", "include")
    for name in ("dump.json", "family.ged", "persons.csv"):
        assert all(secret in included[name] for secret in ("1961", "Чугуев")), name
    assert "ЗаявлениеОльги" in included["documents.csv"]
    assert "Сумская" in included["dossier-p9.pdf"]
    excluded = exports(catalog, ids, tmp_path / "exclude", "--living", "exclude")
    assert "dossier-p9.pdf" not in excluded  # refused, with a message
    assert all("Ольга" not in text for text in excluded.values())


def test_dump_says_what_its_defaults_kept_out(marked, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """`dump` is the whole catalogue's format: when the privacy defaults reduce it, it says so
    (on standard error, as standard output may be the JSON itself)."""
    catalog, _ = marked
    held_back = run_spravka("dump", catalog=catalog.folder)
    assert held_back.returncode == 0, held_back.stderr
    assert "1 living person(s) written by name only" in held_back.stderr
    assert "1 private document(s) left out" in held_back.stderr
    assert "--living include --include-private" in held_back.stderr
    json.loads(held_back.stdout)  # the file itself is untouched by the notice
    everything = run_spravka(
        "dump", "--living", "include", "--include-private", catalog=catalog.folder
    )
    assert everything.returncode == 0 and everything.stderr == ""
    assert marks.PRIVATE_DOCUMENT in everything.stdout and "Чугуев" in everything.stdout


def test_a_private_note_claim_and_document_appear_in_no_export(marked, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    catalog, ids = marked
    for options in ((), ("--living", "include")):
        texts = exports(catalog, ids, tmp_path / ("-".join(options) or "default"), *options)
        for name, text in texts.items():
            for secret in marks.PRIVATE_SECRETS:
                assert secret not in text, (name, secret)
        assert "Карпенко" in texts["dossier-p1.pdf"]
    export_package(catalog, tmp_path / "plain.zip")
    with zipfile.ZipFile(tmp_path / "plain.zip") as archive:
        package = archive.read("catalog.json").decode("utf-8")
    assert not any(secret in package for secret in marks.PRIVATE_SECRETS)
    # Asked for, they are there: the test could fail.
    texts = exports(catalog, ids, tmp_path / "private", "--include-private")
    assert all(secret in texts["dump.json"] for secret in marks.PRIVATE_SECRETS)
    assert (
        marks.PRIVATE_NOTE in texts["family.ged"]
        and marks.PRIVATE_DOCUMENT in texts["documents.csv"]
    )
    # The dossier never shows them.
    assert not any(secret in texts["dossier-p1.pdf"] for secret in marks.PRIVATE_SECRETS)


def test_packages_carry_living_people_and_private_items_only_when_asked(
    marked, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    catalog, _ids = marked
    export_package(catalog, tmp_path / "all.zip", include_private=True)
    with zipfile.ZipFile(tmp_path / "all.zip") as archive:
        data = json.loads(archive.read("catalog.json"))
    text = json.dumps(data, ensure_ascii=False)
    assert all(secret in text for secret in marks.LIVING_SECRETS)
    assert all(secret in text for secret in marks.PRIVATE_SECRETS)
    # The marks travel with the records and hold in the receiving catalogue.
    with Catalog.create(tmp_path / "other") as other:
        import_package(other, tmp_path / "all.zip")
        texts = exports(other, _ids_by_source(other), tmp_path / "received")
        for name, text in texts.items():
            for secret in (*marks.PRIVATE_SECRETS, *marks.LIVING_SECRETS):
                assert secret not in text, (name, secret)


def _ids_by_source(catalog: Catalog) -> dict[str, int]:
    from sqlalchemy import select

    from catalog import models

    with catalog.read() as session:
        return {
            p.source_id or "": p.id
            for p in session.scalars(select(models.Person))
            if p.source_id in ("p1", "p9")
        }


def test_the_marks_from_the_command_line(marked, capsys: pytest.CaptureFixture) -> None:  # type: ignore[no-untyped-def]
    catalog, ids = marked
    base = ["--catalog", str(catalog.folder)]
    assert main([*base, "document", "private", str(ids["d10"]), "--off"]) == 0
    assert "not private" in capsys.readouterr().out
    assert main([*base, "claim", "private", str(ids["private_claim"]), "--off", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["private"] is False
    assert main([*base, "person", "notes-private", str(ids["p1"]), "--off"]) == 0
    assert "notes not private" in capsys.readouterr().out
    privacy = person_privacy(catalog, ids["p1"])
    assert not privacy.notes_private and not privacy.private_claims
    assert not privacy.private_documents
    assert main([*base, "person", "living", str(ids["p9"]), "deceased", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {
        "person": str(ids["p9"]), "mark": "deceased", "living": False
    }  # fmt: skip
    assert main([*base, "claim", "private", "999999"]) == 1
    assert "no claim with id 999999" in capsys.readouterr().err
    policy = ExportPolicy(Living.NAME_ONLY, today=TODAY)
    assert policy.living is Living.NAME_ONLY


def test_a_private_document_is_refused_by_the_per_document_exports(
    marked, tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:  # type: ignore[no-untyped-def]
    catalog, ids = marked
    from catalog.services.privacy import set_document_private

    set_document_private(catalog, ids["d1"])
    base = ["--catalog", str(catalog.folder)]
    document = ["--document", str(ids["d1"])]
    for command, out in (
        (["export", "text"], tmp_path / "d1.txt"),
        (["export", "alto"], tmp_path / "alto"),
        (["export", "pdf"], tmp_path / "d1.pdf"),
    ):
        capsys.readouterr()
        assert main([*base, *command, str(out), *document]) == 1
        assert "marked private" in capsys.readouterr().err
        assert not out.exists() or not any(out.iterdir())
        assert main([*base, *command, str(out), *document, "--include-private"]) == 0
        assert out.exists()
