"""GEDCOM 5.5.1: the line grammar, dates, and a real import into Gramps."""

from __future__ import annotations

import gzip
import os
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from catalog.dates import PartialDate
from catalog.db import Catalog
from catalog.io.gedcom import export_gedcom
from catalog.io.gedcom_lines import MAX_VALUE, Writer, gedcom_date
from catalog.services.claims import ClaimFields, add_claim
from catalog.services.persons import PersonFields, add_person

Family = tuple[Catalog, dict[str, int]]
LINE = re.compile(
    r"^(0|[1-9][0-9]?) (?:(@[A-Za-z0-9_]{1,20}@) )?([A-Z_][A-Z0-9_]{0,30})(?: (.*))?$"
)
GRAMPS_NS = {"g": "http://gramps-project.org/xml/1.7.1/"}


@pytest.mark.parametrize(
    ("date", "expected"),
    [
        (PartialDate(1937, 10, 20), "20 OCT 1937"),
        (PartialDate(1937, 10), "OCT 1937"),
        (PartialDate(1937), "1937"),
        (PartialDate(1894, qualifier="about"), "ABT 1894"),
        (PartialDate(1943, 6, qualifier="before"), "BEF JUN 1943"),
        (PartialDate(1937, 1, 2, qualifier="after"), "AFT 2 JAN 1937"),
    ],
)
def test_dates_in_gedcom_syntax(date: PartialDate, expected: str) -> None:
    assert gedcom_date(date) == expected


def test_long_and_multiline_values_continue_without_losing_a_character() -> None:
    writer = Writer()
    value = "слово " * 80 + "\nвторая строка с @ знаком"
    writer.line(1, "NOTE", value)
    lines = writer.lines
    assert all(len(line) <= 255 for line in lines)
    assert lines[0].startswith("1 NOTE ")
    rebuilt = lines[0][len("1 NOTE ") :]
    for line in lines[1:]:
        level, tag, rest = line.split(" ", 2)
        assert level == "2"
        rebuilt += ("\n" if tag == "CONT" else "") + rest
    expected = "\n".join(part.rstrip() for part in value.replace("@", "@@").split("\n"))
    assert rebuilt == expected
    # CONC never splits next to a space, which some readers would trim.
    for line in lines[1:]:
        if " CONC " in line:
            assert not line.endswith(" ") and not line.split(" CONC ", 1)[1].startswith(" ")
    assert all(len(line.split(" ", 2)[-1]) <= MAX_VALUE for line in lines[1:])


def grammar_errors(text: str) -> list[str]:
    """Check the 5.5.1 line grammar: levels, xrefs, pointers that resolve, header and trailer."""
    errors = []
    lines = text.split("\n")
    assert lines[-1] == "", "the file ends with a line terminator"
    lines = lines[:-1]
    defined, used = set(), set()
    previous = -1
    for number, line in enumerate(lines, start=1):
        if len(line) > 255:
            errors.append(f"line {number} is longer than 255 characters")
        match = LINE.match(line)
        if not match:
            errors.append(f"line {number} is not a GEDCOM line: {line!r}")
            continue
        level = int(match.group(1))
        if level > previous + 1:
            errors.append(f"line {number} jumps from level {previous} to {level}")
        previous = level
        if match.group(2):
            defined.add(match.group(2))
        value = match.group(4) or ""
        if re.fullmatch(r"@[A-Za-z0-9_]+@", value):
            used.add(value)
    if lines[0] != "0 HEAD" or lines[-1] != "0 TRLR":
        errors.append("the file must begin with 0 HEAD and end with 0 TRLR")
    errors += [f"pointer {p} has no record" for p in sorted(used - defined)]
    return errors


def test_family_gedcom_follows_the_line_grammar(family_catalog: Family, tmp_path: Path) -> None:
    catalog, _ids = family_catalog
    report = export_gedcom(catalog, tmp_path / "f.ged")
    raw = (tmp_path / "f.ged").read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8")
    assert grammar_errors(text) == []
    assert "1 CHAR UTF-8" in text and "2 VERS 5.5.1" in text
    assert (report.persons, report.sources) == (2, 4)
    # Conflicting claims stay separate events, each citing its own source.
    assert "1 DEAT\n2 DATE 10 JUN 1943\n2 PLAC в местах заключения" in text
    assert "1 EVEN\n2 TYPE Execution\n2 DATE 20 OCT 1937" in text
    assert "2 DATE ABT MAR 1958" in text and "2 DATE AFT 1937" in text


def test_suggested_claims_only_when_asked(catalog: Catalog, tmp_path: Path) -> None:
    person = add_person(catalog, PersonFields(surname="Иванов", given_name="Иван"))
    add_claim(catalog, person.id, ClaimFields(kind="arrest", date="1937-08", status="suggested"))
    report = export_gedcom(catalog, tmp_path / "a.ged")
    assert report.skipped_suggested == 1 and "1937" not in (tmp_path / "a.ged").read_text()
    report = export_gedcom(catalog, tmp_path / "b.ged", include_suggested=True)
    text = (tmp_path / "b.ged").read_text()
    assert report.skipped_suggested == 0 and "2 DATE AUG 1937" in text
    assert "not yet reviewed" in text


def test_person_selection_and_slashes_in_names(catalog: Catalog, tmp_path: Path) -> None:
    first = add_person(catalog, PersonFields(surname="Петров/Петровский", given_name="Пётр"))
    add_person(catalog, PersonFields(surname="Сидоров", given_name="Сидор"))
    export_gedcom(catalog, tmp_path / "one.ged", person_ids=[first.id])
    text = (tmp_path / "one.ged").read_text()
    assert "Сидоров" not in text
    assert "1 NAME Пётр /Петров Петровский/" in text
    assert grammar_errors(text) == []


def gramps_import(ged: Path, home: Path) -> tuple[str, ET.Element]:
    """Import into a fresh Gramps tree and export that as Gramps XML; return log and XML."""
    gramps = shutil.which("gramps")
    assert gramps, "Gramps is needed (packaging/install-system-deps.sh installs it)"
    env = {**os.environ, "HOME": str(home), "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"}
    env.pop("DISPLAY", None)
    out = home / "out.gramps"
    result = subprocess.run(
        [gramps, "-y", "-C", "spravka-test", "-i", str(ged), "-e", str(out)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        env=env,
        timeout=180,
        check=False,
    )
    log = result.stdout + result.stderr
    assert result.returncode == 0, log
    return log, ET.fromstring(gzip.decompress(out.read_bytes()))


def test_gramps_imports_the_family_without_errors(family_catalog: Family, tmp_path: Path) -> None:
    catalog, _ids = family_catalog
    export_gedcom(catalog, tmp_path / "family.ged", language="ru")
    log, tree = gramps_import(tmp_path / "family.ged", tmp_path)
    assert "No errors detected" in log, log

    people = tree.findall(".//g:people/g:person", GRAMPS_NS)
    assert len(people) == 2
    names = {
        (name.get("type"), name.findtext("g:first", namespaces=GRAMPS_NS),
         name.findtext("g:surname", namespaces=GRAMPS_NS))
        for name in tree.iterfind(".//g:person/g:name", GRAMPS_NS)
    }  # fmt: skip
    assert ("Birth Name", "Пётр Семёнович", "Карпенко") in names
    assert ("maiden", "Мария", "Гончаренко") in names
    assert any(surname == "Karpenko" for _t, _f, surname in names)

    events = {
        (event.findtext("g:type", namespaces=GRAMPS_NS),
         event.find("g:dateval", GRAMPS_NS).get("val") if event.find("g:dateval", GRAMPS_NS)
         is not None else None)
        for event in tree.iterfind(".//g:events/g:event", GRAMPS_NS)
    }  # fmt: skip
    assert {
        ("Арест", "1937-08-12"),
        ("Приговор", "1937-10-10"),
        ("Расстрел", "1937-10-20"),
        ("Death", "1943-06-10"),
        ("Реабилитация", "1958-03"),
        ("Burial", "1937"),
    } <= events
    qualified = {
        event.find("g:dateval", GRAMPS_NS).get("type")
        for event in tree.iterfind(".//g:events/g:event", GRAMPS_NS)
        if event.find("g:dateval", GRAMPS_NS) is not None
    }
    assert {"about", "after"} <= qualified
    titles = {
        s.findtext("g:stitle", namespaces=GRAMPS_NS)
        for s in tree.iterfind(".//g:source", GRAMPS_NS)
    }
    assert "Свидетельство о смерти (повторное)" in titles and "Архивная справка" in titles
    pages = {
        c.findtext("g:page", namespaces=GRAMPS_NS)
        for c in tree.iterfind(".//g:citation", GRAMPS_NS)
    }
    assert "стр. 1" in pages
    repositories = [
        r.findtext("g:rname", namespaces=GRAMPS_NS)
        for r in tree.iterfind(".//g:repository", GRAMPS_NS)
    ]
    assert repositories == ["ГДА СБУ"]
