"""`spravka check` from the command line: the JSON of spec/catalog-json.md and the text report."""

from __future__ import annotations

import json
from pathlib import Path

from tests.support.cli import run_spravka

CASE = {
    "format": "spravka-catalog",
    "version": 1,
    "persons": [
        {
            "id": "p1",
            "surname": "Злотников",
            "given_name": "Семён",
            "claims": [
                {"id": "a1", "kind": "arrest", "date": "1937-11-15", "source": "d2"},
                {
                    "id": "s1",
                    "kind": "sentence",
                    "date": "1938-01-02",
                    "sentence": "ВМН",
                    "body": "Комиссия НКВД СССР и Прокурора СССР",
                    "source": "d2",
                },
                {"id": "e1", "kind": "execution", "date": "1938-01-09", "source": "d2"},
                {
                    "id": "x1",
                    "kind": "death",
                    "date": "1943-06-10",
                    "cause": "гнойный плеврит",
                    "place": "в местах заключения",
                    "source": "d1",
                },
            ],
        },
        {
            "id": "p2",
            "surname": "Лагерный",
            "claims": [
                {
                    "id": "s2",
                    "kind": "sentence",
                    "date": "1938-05-10",
                    "sentence": "8 лет ИТЛ",
                    "body": "ОСО при НКВД СССР",
                },
                {
                    "id": "x2",
                    "kind": "death",
                    "date": "1942-02-11",
                    "cause": "пеллагра",
                    "note": "акт о смерти",
                },
            ],
        },
    ],
    "documents": [
        {
            "id": "d1",
            "kind": "death_certificate",
            "title": "Свидетельство о смерти",
            "issued": "1957-05-14",
            "act_record_date": "1957-05-14",
        },
        {"id": "d2", "kind": "archival_reply", "title": "Архивная справка", "issued": "1992-11-03"},
    ],
}


def loaded(tmp_path: Path) -> Path:
    catalog = tmp_path / "catalog"
    assert run_spravka("init", catalog=catalog).returncode == 0
    case = tmp_path / "case.json"
    case.write_text(json.dumps(CASE, ensure_ascii=False), encoding="utf-8")
    assert run_spravka("load", case, catalog=catalog).returncode == 0
    return catalog


def test_json_output_follows_the_spec(tmp_path: Path) -> None:
    catalog = loaded(tmp_path)
    result = run_spravka("check", "--json", catalog=catalog)
    assert result.returncode == 0, result.stderr
    flags = json.loads(result.stdout)["flags"]
    (flag,) = [f for f in flags if f["kind"] == "likely_falsified_death"]
    assert flag["person"] == "1" and flag["person_source_id"] == "p1"
    assert 0.0 <= flag["score"] <= 1.0
    assert all(isinstance(c, str) for c in flag["claims"])
    assert {"x1", "e1"} <= set(flag["claim_source_ids"])
    assert all(isinstance(r, str) for r in flag["reasons"])
    assert flag["reasons"][0].startswith("possibly fabricated (108ss)")
    assert flag["reasons_ru"][0].startswith("возможно вымышлено (108сс)")
    assert flag["label"] == "possibly fabricated (108ss)"
    assert not [f for f in flags if f["person_source_id"] == "p2"]
    dump = json.loads(run_spravka("dump", catalog=catalog).stdout)
    person_ids = {p["id"] for p in dump["persons"]}
    assert flag["person"] in person_ids


def test_rerun_does_not_duplicate_and_text_output_names_the_rule(tmp_path: Path) -> None:
    catalog = loaded(tmp_path)
    first = json.loads(run_spravka("check", "--json", catalog=catalog).stdout)["flags"]
    second = json.loads(run_spravka("check", "--json", catalog=catalog).stdout)["flags"]
    assert [f["id"] for f in first] == [f["id"] for f in second]
    text = run_spravka("check", "--lang", "ru", catalog=catalog)
    assert text.returncode == 0
    assert "возможно вымышлено (108сс)" in text.stdout and "Правило 1" in text.stdout
    assert "проверено людей: 2" in text.stdout  # the summary follows --lang too


def test_check_one_person_by_its_loaded_id(tmp_path: Path) -> None:
    catalog = loaded(tmp_path)
    result = run_spravka("check", "--json", "--person", "p2", catalog=catalog)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {"flags": []}
    missing = run_spravka("check", "--person", "nobody", catalog=catalog)
    assert missing.returncode == 1 and "no person" in missing.stderr
