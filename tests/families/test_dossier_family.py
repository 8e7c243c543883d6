"""The exported dossier names the family and the category ЧСИР, in each language."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

from catalog.dates import PartialDate
from catalog.db import Catalog
from catalog.io.dossier import export_dossier
from catalog.services import claims, families, persons
from catalog.services.families import RelationshipFields


def pdf_text(path: Path) -> str:
    result = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True
    )
    return " ".join(result.stdout.split())


def test_the_dossier_lists_the_family_and_the_category(catalog: Catalog, tmp_path: Path) -> None:
    wife = persons.add_person(
        catalog,
        persons.PersonFields(surname="Иванова", given_name="Мария", sex="f", birth="1899"),
    ).id
    husband = persons.add_person(
        catalog, persons.PersonFields(surname="Иванов", given_name="Иван", sex="m")
    ).id
    son = persons.add_person(
        catalog, persons.PersonFields(surname="Иванов", given_name="Пётр", sex="m")
    ).id
    claims.add_claim(
        catalog, wife, claims.ClaimFields(kind="sentence", date="1938-02-01", article="ЧСИР")
    )
    families.add_relationship(
        catalog,
        wife,
        husband,
        RelationshipFields(
            kind="spouse",
            began=PartialDate(1920),
            ended=PartialDate.range_of(PartialDate(1937), PartialDate(1938)),
            quote="муж — Иванов Иван",
        ),
    )
    families.add_relationship(
        catalog, wife, son, RelationshipFields(kind="parent", status="suggested")
    )
    expected = {
        "ru": ("Семья", "Член семьи изменника Родины (ЧСИР)", "Муж: Иванов Иван", "брак с 1920 г.",
               "прекращён между 1937 и 1938 г.", "Сын: Иванов Пётр", "ещё не подтверждено"),
        "uk": ("Родина", "Член родини зрадника Батьківщини (ЧСІР)", "Чоловік: Иванов Иван",
               "Син: Иванов Пётр"),
        "en": ("Family", "Family member of a traitor to the Motherland", "Husband: Иванов Иван",
               "married 1920", "ended between 1937 and 1938", "Son: Иванов Пётр",
               "not yet confirmed"),
    }  # fmt: skip
    for language, phrases in expected.items():
        out = tmp_path / f"{language}.pdf"
        export_dossier(catalog, wife, out, language, today=dt.date(2026, 1, 2))
        text = pdf_text(out)
        for phrase in phrases:
            assert phrase in text, (language, phrase)
