"""`spravka parse-record` from the command line, as a real subprocess."""

from __future__ import annotations

import json
from pathlib import Path

from tests.support.cli import run_spravka

RECORD = (
    "Абабков Иван Алексеевич (1896)\nАрестован 15 ноября 1937 г.\nПриговор: ВМН\nнеясная приписка\n"
)


def test_reads_standard_input_and_prints_interchange_json() -> None:
    result = run_spravka("parse-record", input=RECORD)
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)
    assert document["format"] == "spravka-catalog"
    person = document["persons"][0]
    assert person["surname"] == "Абабков" and person["birth"] == "1896"
    assert [c["kind"] for c in person["claims"]] == ["birth", "arrest", "sentence"]
    assert document["unparsed"] == ["неясная приписка"]


def test_reads_a_file_and_takes_the_name_from_the_option(tmp_path: Path) -> None:
    path = tmp_path / "record.txt"
    path.write_text("Арестован 15 ноября 1937 г.\n", encoding="utf-8")
    result = run_spravka("parse-record", path, "--name", "Петров Иван Сергеевич")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["persons"][0]["surname"] == "Петров"


def test_warns_when_the_record_names_no_one(tmp_path: Path) -> None:
    result = run_spravka("parse-record", "-", input="Арестован 15 ноября 1937 г.\n")
    assert result.returncode == 0
    assert "names no one" in result.stderr


def test_bad_input_gets_a_clear_message(tmp_path: Path) -> None:
    missing = run_spravka("parse-record", tmp_path / "absent.txt")
    assert missing.returncode == 1 and "absent.txt: no such file" in missing.stderr
    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes("Арестован".encode("cp1251"))
    wrong = run_spravka("parse-record", latin1)
    assert wrong.returncode == 1 and "latin1.txt: is not UTF-8 text" in wrong.stderr
    empty = run_spravka("parse-record", "-", input="  \n")
    assert empty.returncode == 1 and "holds no text" in empty.stderr


def test_add_stores_the_person(tmp_path: Path) -> None:
    catalog = tmp_path / "catalog"
    assert run_spravka("init", catalog=catalog).returncode == 0
    result = run_spravka("parse-record", "--add", catalog=catalog, input=RECORD)
    assert result.returncode == 0, result.stderr
    assert "person 1: 3 claim(s) added" in result.stdout
    assert "неясная приписка" in result.stderr
    shown = run_spravka("person", "show", "1", "--json", catalog=catalog)
    assert "Абабков" in shown.stdout
