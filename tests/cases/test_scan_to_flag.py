"""Done when: from a fresh catalogue with no persons, two scans — a death certificate and an
archival reply about the same man, Фёдор in one and Федор in the other — are imported, read by
real Tesseract, extracted with `--accept --link`, and `spravka check --json` flags the invented
death date, with no other command."""

from __future__ import annotations

import json
from pathlib import Path

from tests.support.cli import run_spravka
from tests.support.pages import Person, render_certificate

OCR_ENV = {"OMP_THREAD_LIMIT": "1"}


def _scans(folder: Path) -> list[Path]:
    paths = []
    for kind, given, name in (("death", "Фёдор", "death.png"), ("archival", "Федор", "reply.png")):
        page = render_certificate(Person(given_name=given), kind=kind, dpi=200, seed=1)
        path = folder / name
        page.image.save(path, dpi=(page.dpi, page.dpi))
        paths.append(path)
    return paths


def _ok(*args: str, catalog: Path) -> str:
    result = run_spravka(*args, catalog=catalog, env=OCR_ENV)
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_from_two_scans_to_the_flag(tmp_path: Path) -> None:
    catalog = tmp_path / "catalog"
    death, reply = _scans(tmp_path)
    _ok("init", catalog=catalog)
    _ok("import", str(death), str(reply), catalog=catalog)
    inbox = json.loads(_ok("document", "list", "--unlinked", "--json", catalog=catalog))
    assert inbox["unlinked"] == 2 and [d["id"] for d in inbox["documents"]] == [1, 2]
    _ok("ocr", "--all", "--jobs", "1", catalog=catalog)

    first = json.loads(
        _ok("extract", "--document", "1", "--accept", "--link", "--json", catalog=catalog)
    )
    assert first["link"]["outcome"] == "created"
    assert first["link"]["name_in_text"] == "Корнилов Фёдор Игнатьевич"
    person = first["link"]["person"]
    assert {c["status"] for c in first["claims"]} == {"accepted"}
    assert "death" in {c["kind"] for c in first["claims"]}

    second = json.loads(
        _ok("extract", "--document", "2", "--accept", "--link", "--json", catalog=catalog)
    )
    # Федор in the reply is the Фёдор of the certificate: the same person, not a new one.
    assert second["link"]["outcome"] == "linked" and second["link"]["person"] == person
    assert "execution" in {c["kind"] for c in second["claims"]}

    inbox = json.loads(_ok("document", "list", "--unlinked", "--json", catalog=catalog))
    assert inbox["unlinked"] == 0
    flags = json.loads(_ok("check", "--json", catalog=catalog))["flags"]
    falsified = [f for f in flags if f["kind"] == "likely_falsified_death"]
    assert len(falsified) == 1 and falsified[0]["person"] == person
    assert falsified[0]["score"] >= 0.9
    assert any("Rule 1" in reason for reason in falsified[0]["reasons"])
