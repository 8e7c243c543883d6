"""`spravka check --lang uk` and the reasons in three languages in its JSON."""

from __future__ import annotations

import json
from pathlib import Path

from tests.checks.test_checks_cli import loaded
from tests.support.cli import run_spravka


def test_reasons_in_ukrainian_from_the_command_line(tmp_path: Path) -> None:
    catalog = loaded(tmp_path)
    result = run_spravka("check", "--lang", "uk", catalog=catalog)
    assert result.returncode == 0, result.stderr
    text = result.stdout
    assert "можливо вигадано (108сс): ймовірність 99" in text
    assert "Правило 1, суперечність з архівною датою розстрілу: твердження" in text
    assert "Правило 6, місце смерті: «в местах заключения»" in text
    # Neither the Russian nor the English wording leaks into the Ukrainian report.
    assert "Правило 1, противоречие" not in text and "Rule 1" not in text
    assert "score" not in text


def test_json_carries_reasons_and_labels_in_every_language(tmp_path: Path) -> None:
    catalog = loaded(tmp_path)
    result = run_spravka("check", "--json", catalog=catalog)
    assert result.returncode == 0, result.stderr
    (flag,) = json.loads(result.stdout)["flags"]
    assert len(flag["reasons"]) == len(flag["reasons_ru"]) == len(flag["reasons_uk"]) > 3
    assert all(isinstance(r, str) for r in flag["reasons_uk"])
    assert flag["reasons_uk"][0].startswith("можливо вигадано (108сс), ймовірність 99")
    assert flag["reasons"][0].startswith("possibly fabricated (108ss), likelihood 99%")
    assert flag["reasons_ru"][0].startswith("возможно вымышлено (108сс), вероятность 99")
    assert flag["label_uk"] == "можливо вигадано (108сс)"
    # The researcher's wording names the claims by their catalogue ids.
    rule_1 = next(r for r in flag["reasons_uk"] if r.startswith("Правило 1"))
    pairs = zip(flag["claims"], flag["claim_source_ids"], strict=True)
    execution = next(claim for claim, source in pairs if source == "e1")
    assert f"твердження {execution} (розстріл, Архивная справка)" in rule_1


def test_an_unknown_language_is_refused(tmp_path: Path) -> None:
    catalog = loaded(tmp_path)
    result = run_spravka("check", "--lang", "de", catalog=catalog)
    assert result.returncode == 2 and "invalid choice" in result.stderr
