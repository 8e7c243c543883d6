"""`spravka import gedcom FILE.ged`: the family tree import from the command line, beside the
image import it shares the command with."""

from __future__ import annotations

import json

from catalog.cli.main import main
from tests.io.test_gedcom_import import BAD, FAMILY, HEAD
from tests.support import images


def test_import_gedcom_reports_in_words_and_in_json(catalog, tmp_path, capsys) -> None:
    tree = tmp_path / "tree.ged"
    tree.write_text(HEAD + FAMILY.format(char="UTF-8"), encoding="utf-8")
    where = ["--catalog", str(catalog.folder)]
    assert main([*where, "import", "gedcom", str(tree)]) == 0
    out = capsys.readouterr().out
    assert "encoding: CHAR UTF-8, read as utf-8" in out
    assert "4 person(s) added" in out and "5 relationship(s) added" in out
    assert main([*where, "import", "gedcom", str(tree), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["created"] == {} and report["present"]["person"] == 4


def test_problems_are_listed_with_their_lines(catalog, tmp_path, capsys) -> None:
    tree = tmp_path / "bad.ged"
    tree.write_text(HEAD + BAD, encoding="utf-8")
    assert main(["--catalog", str(catalog.folder), "import", "gedcom", str(tree)]) == 0
    out = capsys.readouterr().out
    assert "problem: line 13: not a GEDCOM line, skipped" in out
    assert "not mapped: _MILT ×1 (first at line 12)" in out


def test_a_missing_or_foreign_file_is_refused_by_name(catalog, tmp_path, capsys) -> None:
    where = ["--catalog", str(catalog.folder)]
    assert main([*where, "import", "gedcom", str(tmp_path / "none.ged")]) == 1
    assert "none.ged: cannot be read" in capsys.readouterr().err
    foreign = tmp_path / "notes.ged"
    foreign.write_text("just some notes\n", encoding="utf-8")
    assert main([*where, "import", "gedcom", str(foreign)]) == 1
    assert "notes.ged: not a GEDCOM file" in capsys.readouterr().err


def test_an_image_named_gedcom_is_still_imported_by_its_path(
    catalog, tmp_path, capsys, monkeypatch
) -> None:
    images.png(tmp_path / "gedcom")
    monkeypatch.chdir(tmp_path)
    assert main(["--catalog", str(catalog.folder), "import", "./gedcom", "--jobs", "1"]) == 0
    assert "new document 1: gedcom (1 page(s))" in capsys.readouterr().out


def test_load_of_a_gedcom_file_points_to_the_gedcom_import(catalog, tmp_path, capsys) -> None:
    tree = tmp_path / "family.ged"
    tree.write_text(HEAD + FAMILY.format(char="UTF-8"), encoding="utf-16")
    assert main(["--catalog", str(catalog.folder), "load", str(tree)]) == 1
    assert "not an interchange file: import it with `spravka import gedcom FILE`" in (
        capsys.readouterr().err
    )
