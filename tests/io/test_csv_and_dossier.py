"""CSV tables for spreadsheets, and the family dossier PDF."""

from __future__ import annotations

import csv
import datetime as dt
import subprocess
from pathlib import Path

import pytest

from catalog.dates import PartialDate
from catalog.db import Catalog
from catalog.errors import InvalidInput
from catalog.io.csv_export import export_csv
from catalog.io.dossier import export_dossier
from catalog.io.labels import format_date, reason_text
from catalog.services.claims import ClaimFields, add_claim
from catalog.services.flags import list_flags, set_flag_status
from catalog.services.persons import PersonFields, add_person

Family = tuple[Catalog, dict[str, int]]


def read_csv(path: Path, encoding: str = "utf-8") -> list[dict[str, str]]:
    with path.open(encoding=encoding, newline="") as handle:
        return list(csv.DictReader(handle))


def test_csv_tables_round_trip_through_a_csv_reader(family_catalog: Family, tmp_path: Path) -> None:
    catalog, ids = family_catalog
    report = export_csv(catalog, tmp_path)
    assert (report.persons, report.claims, report.documents) == (2, 6, 4)
    assert not (tmp_path / "persons.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    persons = read_csv(tmp_path / "persons.csv")
    assert persons[0]["birth_place"] == "Полтавская губ., с. Ковали"  # a comma, quoted
    assert persons[0]["open_flags"] == "1"
    assert "Гончаренко Мария (maiden)" in persons[1]["name_variants"]
    claims = read_csv(tmp_path / "claims.csv")
    death = next(c for c in claims if c["kind"] == "death")
    assert (death["date"], death["cause"], death["document_kind"], death["page"]) == (
        "1943-06-10", "воспаление легких", "death_certificate", "1",
    )  # fmt: skip
    documents = read_csv(tmp_path / "documents.csv")
    assert {d["kind"] for d in documents} >= {"archival_reply", "photo"}
    assert next(d for d in documents if d["kind"] == "archival_reply")["delo"] == "12345-фп"
    assert ids["p1"]


def test_excel_mode_has_a_bom_and_inert_formulas(catalog: Catalog, tmp_path: Path) -> None:
    person = add_person(
        catalog, PersonFields(surname='=HYPERLINK("x")', given_name="+1", notes="-5")
    )
    add_claim(catalog, person.id, ClaimFields(kind="sentence", article="58-10", note="@cmd"))
    export_csv(catalog, tmp_path, excel=True)
    assert (tmp_path / "persons.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    row = read_csv(tmp_path / "persons.csv", "utf-8-sig")[0]
    assert row["surname"] == '\'=HYPERLINK("x")' and row["given_name"] == "'+1"
    assert row["notes"] == "-5"  # a negative number is not a formula
    claim = read_csv(tmp_path / "claims.csv", "utf-8-sig")[0]
    assert claim["article"] == "58-10" and claim["note"] == "'@cmd"
    export_csv(catalog, tmp_path / "plain")
    assert read_csv(tmp_path / "plain" / "persons.csv")[0]["surname"] == '=HYPERLINK("x")'


def test_csv_of_chosen_persons(family_catalog: Family, tmp_path: Path) -> None:
    catalog, ids = family_catalog
    report = export_csv(catalog, tmp_path, person_ids=[ids["p2"]])
    assert (report.persons, report.claims, report.documents) == (1, 0, 0)


def test_dates_and_reasons_in_three_languages() -> None:
    date = PartialDate(1937, 10, 20)
    assert format_date(date, "ru") == "20 октября 1937 г."
    assert format_date(date, "uk") == "20 жовтня 1937 р."
    assert format_date(date, "en") == "20 October 1937"
    assert format_date(PartialDate(1958, 3, qualifier="about"), "ru") == "около марта 1958 г."
    assert format_date(PartialDate(1958, 3), "ru") == "март 1958 г."
    assert format_date(PartialDate(1894, qualifier="after"), "uk") == "після 1894 р."
    reason = {"en": "shot in 1937", "ru": "расстрелян в 1937 г."}
    assert reason_text(reason, "uk") == "расстрелян в 1937 г."  # Ukrainian falls back to Russian
    assert reason_text(reason, "en") == "shot in 1937"
    assert reason_text({"en": "only English"}, "ru") == "only English"
    assert reason_text("plain words", "uk") == "plain words"


def pdf(path: Path, tool: str = "pdftotext") -> str:
    args = [tool, str(path)] + (["-"] if tool == "pdftotext" else [])
    return subprocess.run(args, check=True, capture_output=True, text=True, encoding="utf-8").stdout


def test_dossier_embeds_its_fonts_and_speaks_each_language(
    family_catalog: Family, tmp_path: Path
) -> None:
    catalog, ids = family_catalog
    expected = {
        "ru": (
            "Что сообщили семье",
            "Расстрелян",
            "дата, возможно, вымышлена",
            "указанию КГБ № 108сс",
        ),
        "uk": (
            "Що повідомили родині",
            "Розстріляний",
            "дата, можливо, вигадана",
            "вказівкою КДБ № 108сс",
        ),
        "en": (
            "What the family was told",
            "Shot",
            "this date may be invented",
            "instruction No. 108ss",
        ),
    }
    for language, phrases in expected.items():
        out = tmp_path / f"{language}.pdf"
        report = export_dossier(catalog, ids["p1"], out, language, today=dt.date(2026, 1, 2))
        assert report.pages >= 3 and report.page_images == 2 and report.claims == 6
        text = " ".join(pdf(out).split())
        for phrase in phrases:
            assert phrase in text, (language, phrase)
        assert "10 June 1943" in text if language == "en" else "1943" in text
        fonts = pdf(out, "pdffonts").splitlines()[2:]
        assert fonts and all(" yes yes " in line for line in fonts), fonts  # embedded subsets
        assert any("PTSerif" in line or "PT Serif" in line or "PTF" in line for line in fonts)


def test_dismissed_flag_leaves_the_dossier(family_catalog: Family, tmp_path: Path) -> None:
    catalog, ids = family_catalog
    flag = list_flags(catalog, person_id=ids["p1"])[0]
    set_flag_status(catalog, flag.id, "confirmed")
    export_dossier(catalog, ids["p1"], tmp_path / "confirmed.pdf", "en")
    assert "A researcher has confirmed this finding." in " ".join(
        pdf(tmp_path / "confirmed.pdf").split()
    )
    set_flag_status(catalog, flag.id, "dismissed")
    export_dossier(catalog, ids["p1"], tmp_path / "dismissed.pdf", "en")
    text = " ".join(pdf(tmp_path / "dismissed.pdf").split())
    assert "this date may be invented" not in text and "108ss" not in text
    # The two documents still disagree, so they still stand side by side.
    assert "What the family was told" in text


def test_dossier_of_a_person_with_nothing_yet(catalog: Catalog, tmp_path: Path) -> None:
    person = add_person(catalog, PersonFields(surname="Иванова", given_name="Анна", sex="f"))
    report = export_dossier(catalog, person.id, tmp_path / "anna.pdf", "uk")
    assert report.pages == 1 and report.claims == 0
    assert "Иванова Анна" in pdf(tmp_path / "anna.pdf")
    with pytest.raises(InvalidInput):
        export_dossier(catalog, person.id, tmp_path / "x.pdf", "de")
