"""The checks' own reasons in the exports: in the language asked for, in a reader's words.

The family catalogue is checked by the real rules, so the dossier and the GEDCOM notes carry the
reasons the checks write (not only the hand-written ones of the fixture)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from catalog.checks import run_checks
from catalog.db import Catalog
from catalog.io.dossier import export_dossier
from catalog.io.gedcom import export_gedcom
from tests.io.test_csv_and_dossier import pdf

Family = tuple[Catalog, dict[str, int]]

# Words that belong to the program, not to a reader: numbered claims, raw scores, statuses,
# and a full stop doubled after an abbreviation («1958 г..»).
INTERNAL = re.compile(
    r"\b(?:claim|утверждение|твердження)\s+\d|score|оценка|оцінка|\(suggested|suggested,|"
    r"\b[гр]\.\.",
    re.IGNORECASE,
)

RULE_1 = {
    "uk": "Правило 1, суперечність з архівною датою розстрілу",
    "ru": "Правило 1, противоречие с архивной датой расстрела",
    "en": "Rule 1, conflict with an archival execution",
}
STATEMENT = {
    "uk": "твердження з документа «Архивная справка»",
    "ru": "утверждение из документа «Архивная справка»",
    "en": "the statement in «Архивная справка»",
}


@pytest.fixture
def checked(family_catalog: Family) -> Family:
    catalog, ids = family_catalog
    assert run_checks(catalog).findings >= 1
    return catalog, ids


@pytest.mark.parametrize("language", ["uk", "ru", "en"])
def test_dossier_gives_the_checks_reasons_in_its_language(
    checked: Family, tmp_path: Path, language: str
) -> None:
    catalog, ids = checked
    out = tmp_path / f"{language}.pdf"
    export_dossier(catalog, ids["p1"], out, language, today=dt.date(2026, 1, 2))
    text = " ".join(pdf(out).split())
    assert RULE_1[language] in text
    assert STATEMENT[language] in text
    assert not INTERNAL.search(text), INTERNAL.search(text)
    if language == "uk":
        assert "Чому ця дата викликає сумнів" in text and "ймовірність 99 %" in text
        assert "Правило 1, противоречие" not in text and "Rule 1" not in text


@pytest.mark.parametrize("language", ["uk", "ru", "en"])
def test_gedcom_notes_give_the_checks_reasons_in_its_language(
    checked: Family, tmp_path: Path, language: str
) -> None:
    catalog, _ids = checked
    out = tmp_path / f"{language}.ged"
    export_gedcom(catalog, out, language=language)
    # GEDCOM continues long notes on CONC lines, cutting anywhere: join them back.
    text = re.sub(r"\n\d+ CONC ", "", out.read_text("utf-8"))
    notes = [line for line in text.splitlines() if " NOTE " in line]
    assert any(RULE_1[language] in note for note in notes)
    assert not [note for note in notes if INTERNAL.search(note)]
    if language == "uk":
        flag = next(note for note in notes if RULE_1["uk"] in note)
        assert flag.startswith("2 NOTE Дата смерті, можливо, вигадана (вказівка 108сс). ")
        assert "Припущення програми, ще не підтверджене дослідником; ймовірність 99\u00a0%." in flag
        assert "Видано: 14 травня 1958 р. Актовий запис: 14 травня 1958 р." in text
