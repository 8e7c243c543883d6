"""The `spravka` command line, run as a real (offline) subprocess."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from catalog.cli.main import build_parser
from tests.catalog.test_interchange import FIXTURES, make_page_image
from tests.support.cli import run_spravka

SPEC_EXAMPLE = {
    "format": "spravka-catalog",
    "version": 1,
    "persons": [
        {
            "id": "p1",
            "surname": "Карпенко",
            "given_name": "Пётр",
            "patronymic": "Семёнович",
            "sex": "m",
            "birth": {"date": "1894"},
            "claims": [
                {"id": "c3", "kind": "execution", "date": "1937-10-20", "source": "d2"},
                {
                    "id": "c4",
                    "kind": "death",
                    "date": "1943-06-10",
                    "cause": "воспаление легких",
                    "source": "d1",
                },
            ],
        }
    ],
    "documents": [
        {"id": "d1", "kind": "death_certificate", "issued": "1958-05-14"},
        {"id": "d2", "kind": "archival_reply", "issued": "1992-11-03"},
    ],
}


@pytest.fixture
def example(tmp_path: Path) -> Path:
    file = tmp_path / "example.json"
    file.write_text(json.dumps(SPEC_EXAMPLE, ensure_ascii=False), encoding="utf-8")
    return file


def test_init_load_dump_round_trips(tmp_path: Path, example: Path) -> None:
    catalog = tmp_path / "catalog"
    assert run_spravka("init", catalog=catalog).returncode == 0
    loaded = run_spravka("load", example, catalog=catalog)
    assert loaded.returncode == 0, loaded.stderr
    assert "1 person(s) added" in loaded.stdout and "2 claim(s) added" in loaded.stdout
    dumped = run_spravka("dump", catalog=catalog)
    assert dumped.returncode == 0, dumped.stderr
    data = json.loads(dumped.stdout)
    person = data["persons"][0]
    assert person["source_id"] == "p1" and person["surname"] == "Карпенко"
    assert [(c["source_id"], c["kind"], c["date"]) for c in person["claims"]] == [
        ("c3", "execution", "1937-10-20"),
        ("c4", "death", "1943-06-10"),
    ]
    sources = {d["id"]: d["source_id"] for d in data["documents"]}
    assert [sources[c["source"]] for c in person["claims"]] == ["d2", "d1"]

    # The dump loads into a fresh catalogue and dumps to the same document.
    (tmp_path / "dump.json").write_text(dumped.stdout, encoding="utf-8")
    second = tmp_path / "second"
    run_spravka("init", catalog=second)
    assert run_spravka("load", tmp_path / "dump.json", catalog=second).returncode == 0
    assert json.loads(run_spravka("dump", catalog=second).stdout) == data


def test_init_is_idempotent(tmp_path: Path) -> None:
    catalog = tmp_path / "catalog"
    first = run_spravka("init", catalog=catalog)
    second = run_spravka("init", catalog=catalog)
    assert first.returncode == second.returncode == 0
    assert "created" in first.stdout and "nothing changed" in second.stdout


def test_the_catalogue_comes_from_the_environment_when_not_given(tmp_path: Path) -> None:
    catalog = tmp_path / "from-env"
    result = run_spravka("init", env={"SPRAVKA_CATALOG": str(catalog)})
    assert result.returncode == 0 and (catalog / "catalog.sqlite").is_file()


def test_dump_to_a_file_with_its_images_travels_on_its_own(tmp_path: Path) -> None:
    source = tmp_path / "input"
    source.mkdir()
    shutil.copy(FIXTURES / "full.json", source / "full.json")
    for name in ("d1-1.png", "d2-1.png"):
        make_page_image(source / "images" / name, name)
    catalog = tmp_path / "catalog"
    run_spravka("init", catalog=catalog)
    assert run_spravka("load", source / "full.json", catalog=catalog).returncode == 0

    out = tmp_path / "export" / "all.json"
    out.parent.mkdir()
    result = run_spravka("dump", "-o", out, "--copy-images", catalog=catalog)
    assert result.returncode == 0, result.stderr
    assert "2 person(s), 3 document(s), 2 flag(s)" in result.stdout
    shutil.rmtree(source)  # the originals are gone; the export must not need them
    moved = tmp_path / "moved"
    shutil.move(out.parent, moved)
    other = tmp_path / "other"
    run_spravka("init", catalog=other)
    loaded = run_spravka("load", moved / "all.json", catalog=other)
    assert loaded.returncode == 0, loaded.stderr
    assert "2 page(s) added" in loaded.stdout


def test_person_add_list_and_show(tmp_path: Path) -> None:
    catalog = tmp_path / "catalog"
    run_spravka("init", catalog=catalog)
    added = run_spravka(
        "person",
        "add",
        "Злотников",
        "Семён",
        "Ильич",
        "--sex",
        "m",
        "--birth",
        "1900",
        "--birth-place",
        "Минск",
        "--variant",
        "Zlotnikov Semen",
        "--json",
        catalog=catalog,
    )
    assert added.returncode == 0, added.stderr
    person = json.loads(added.stdout)
    assert (person["surname"], person["given_name"], person["patronymic"]) == (
        "Злотников",
        "Семён",
        "Ильич",
    )
    run_spravka("person", "add", "--surname", "Агафонов", "--given-name", "К.", catalog=catalog)

    listing = run_spravka("person", "list", catalog=catalog)
    lines = listing.stdout.splitlines()
    assert "Агафонов К." in lines[0] and "Злотников Семён Ильич  1900  Минск" in lines[1]
    assert lines[-1] == "(1–2 of 2)"
    as_json = json.loads(
        run_spravka("person", "list", "--json", "--limit", "1", catalog=catalog).stdout
    )
    assert as_json["total"] == 2 and len(as_json["persons"]) == 1

    shown = run_spravka("person", "show", str(person["id"]), catalog=catalog)
    assert "Злотников Семён Ильич" in shown.stdout and "Zlotnikov Semen" in shown.stdout
    detail = json.loads(
        run_spravka("person", "show", str(person["id"]), "--json", catalog=catalog).stdout
    )
    assert detail["variants"][0]["script"] == "Latn"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["person", "add", "--surname", "А", "--birth", "1937-13-45"],
            "birth: impossible date '1937-13-45'",
        ),
        (["person", "show", "42"], "no person with id 42"),
        (["load", "missing.json"], "missing.json: file not found"),
    ],
)
def test_errors_exit_1_with_a_clear_message(tmp_path: Path, args: list[str], message: str) -> None:
    catalog = tmp_path / "catalog"
    run_spravka("init", catalog=catalog)
    result = run_spravka(*args, catalog=catalog, cwd=tmp_path)
    assert result.returncode == 1
    assert result.stderr.startswith("spravka: error: ") and message in result.stderr
    assert "Traceback" not in result.stderr


def test_a_bad_file_names_file_path_and_problem(tmp_path: Path) -> None:
    catalog = tmp_path / "catalog"
    run_spravka("init", catalog=catalog)
    bad = tmp_path / "bad.json"
    bad.write_text(
        '{"format": "spravka-catalog", "version": 1, "persons": [{"id": "p1", "surname": "А",'
        ' "claims": [{"id": "c1", "kind": "arrest", "date": "1937-13-45"}]}]}',
        encoding="utf-8",
    )
    result = run_spravka("load", bad, catalog=catalog)
    assert result.returncode == 1
    assert f"{bad}: persons[0].claims[0].date: impossible date '1937-13-45'" in result.stderr
    assert "nothing was loaded" in result.stderr


def test_no_catalogue_and_not_a_catalogue_are_explained(tmp_path: Path) -> None:
    missing = run_spravka("person", "list", catalog=tmp_path / "none")
    assert missing.returncode == 1 and "spravka init" in missing.stderr
    folder = tmp_path / "documents"
    folder.mkdir()
    (folder / "letter.txt").write_text("dear …")
    refused = run_spravka("init", catalog=folder)
    assert refused.returncode == 1 and "not empty and holds no catalogue" in refused.stderr
    assert sorted(p.name for p in folder.iterdir()) == ["letter.txt"]


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    assert run_spravka("no-such-command").returncode == 2
    assert run_spravka("person", "list", "--limit", "many").returncode == 2


def _command_paths() -> list[list[str]]:
    parser = build_parser()
    paths: list[list[str]] = []

    def walk(current: object, prefix: list[str]) -> None:
        for action in getattr(current, "_actions", []):
            choices = getattr(action, "choices", None)
            if isinstance(choices, dict):
                for name, sub in choices.items():
                    paths.append([*prefix, name])
                    walk(sub, [*prefix, name])

    walk(parser, [])
    return paths


def test_every_command_has_help() -> None:
    paths = _command_paths()
    assert ["init"] in paths and ["person", "show"] in paths
    for path in paths:
        result = run_spravka(*path, "--help")
        assert result.returncode == 0, path
        assert result.stdout.startswith("usage: spravka"), path


def test_version() -> None:
    result = run_spravka("--version")
    assert result.returncode == 0 and result.stdout.startswith("spravka ")
