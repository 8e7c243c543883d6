"""GEDCOM import: every date form, Cyrillic in every encoding, bad input, a second import."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest
from sqlalchemy import func, select

from catalog import models
from catalog.dates import PartialDate
from catalog.db import Catalog
from catalog.errors import InvalidInput
from catalog.io.gedcom_dates import parse_gedcom_date
from catalog.io.gedcom_import import import_gedcom
from catalog.io.gedcom_read import decode, parse_text
from catalog.services.families import family_of
from catalog.vocab import Qualifier

B, P = Qualifier.BETWEEN, Qualifier.PERIOD

HEAD = "0 HEAD\n1 SOUR TEST\n1 DATE 1 JAN 2024\n2 TIME 10:00:00\n1 GEDC\n2 VERS 5.5.1\n"

FAMILY = """1 CHAR {char}
0 @I1@ INDI
1 NAME Пётр Семёнович /Карпенко/
2 GIVN Пётр Семёнович
2 SURN Карпенко
1 NAME Петро /Карпенко/
2 TYPE aka
2 NICK Петрусь
1 SEX M
1 BIRT
2 DATE ABT 1894
2 PLAC Киев
1 DEAT
2 DATE 20 OCT 1937
2 PLAC Быковня
2 SOUR @S1@
3 PAGE л. 12
3 DATA
4 TEXT расстрелян 20 октября 1937 г.
1 EVEN
2 TYPE Арест
2 DATE 12 AUG 1937
1 OCCU учитель
1 NOTE Записано со слов дочери.
1 FAMS @F1@
0 @I2@ INDI
1 NAME Мария Ивановна /Карпенко/
1 NAME Мария /Гончаренко/
2 TYPE maiden
1 SEX F
1 FAMS @F1@
0 @I3@ INDI
1 NAME Анна /Карпенко/
1 SEX F
1 FAMC @F1@
0 @I4@ INDI
1 NAME Иван /Карпенко/
1 SEX M
1 FAMC @F1@
2 PEDI adopted
0 @F1@ FAM
1 HUSB @I1@
1 WIFE @I2@
1 CHIL @I3@
1 CHIL @I4@
1 MARR
2 DATE 1920
1 DIV
2 DATE BET 1935 AND 1936
0 @S1@ SOUR
1 TITL Архивная справка
1 AUTH ГДА СБУ
1 PUBL Киев, 1992
0 TRLR
"""


def write(tmp_path: Path, text: str, encoding: str = "utf-8", name: str = "tree.ged") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def count(catalog: Catalog, model: type[models.Base]) -> int:
    with catalog.read() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def person_named(catalog: Catalog, given: str) -> models.Person:
    with catalog.read() as session:
        person = session.scalars(
            select(models.Person).where(models.Person.given_name == given)
        ).one()
        session.expunge(person)
        return person


# -- dates ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("1937", PartialDate(1937)),
        ("OCT 1937", PartialDate(1937, 10)),
        ("20 OCT 1937", PartialDate(1937, 10, 20)),
        ("ABT 1894", PartialDate(1894, qualifier="about")),
        ("CAL 1894", PartialDate(1894, qualifier="about")),
        ("EST MAR 1894", PartialDate(1894, 3, qualifier="about")),
        ("BEF JUN 1943", PartialDate(1943, 6, qualifier="before")),
        ("AFT 2 JAN 1937", PartialDate(1937, 1, 2, qualifier="after")),
        ("BET 1937 AND 1938", PartialDate(1937, qualifier=B, end=PartialDate(1938))),
        ("BET MAR 1937 AND MAY 1937", PartialDate.season("spring", 1937)),
        ("FROM 1941 TO 1946", PartialDate(1941, qualifier=P, end=PartialDate(1946))),
        ("FROM 1941", PartialDate(1941, qualifier="after")),
        ("TO 1946", PartialDate(1946, qualifier="before")),
        ("INT 20 OCT 1937 (двадцатого октября)", PartialDate(1937, 10, 20)),
        ("(весной, до войны)", None),
        ("11 FEB 1731/32", PartialDate(1732, 2, 11)),
        ("@#DJULIAN@ 25 OCT 1917", PartialDate(1917, 11, 7)),
        ("@#DJULIAN@ OCT 1917", PartialDate(1917, 10)),
        ("@#DGREGORIAN@ 7 NOV 1917", PartialDate(1917, 11, 7)),
        ("@#DHEBREW@ 1 TSH 5700", None),
        ("bet 1937 and 1938", PartialDate(1937, qualifier=B, end=PartialDate(1938))),
        ("20.10.1937", PartialDate(1937, 10, 20)),
        ("ABT 1937-10-20", PartialDate(1937, 10, 20, qualifier="about")),
    ],
)
def test_every_date_form(value: str, expected: PartialDate | None) -> None:
    assert parse_gedcom_date(value).date == expected


def test_what_a_date_lost_is_said() -> None:
    assert parse_gedcom_date("CAL 1894").notes == ["calculated"]
    assert parse_gedcom_date("INT 1937 (со слов)").notes == ["(со слов)"]
    assert "converted" in parse_gedcom_date("@#DJULIAN@ 25 OCT 1917").notes[0]
    assert parse_gedcom_date("@#DHEBREW@ 1 TSH 5700").problems
    impossible = parse_gedcom_date("ABT 31 FEB 1937")
    assert impossible.date == PartialDate(1937, 2, qualifier="about")
    assert "28 days" in impossible.problems[0]
    backwards = parse_gedcom_date("BET 1938 AND 1937")
    assert backwards.date is None and "ends before it begins" in backwards.problems[0]
    assert parse_gedcom_date("31 XYZ 1937").date is None


# -- a family -----------------------------------------------------------------------------------


def test_a_family_comes_in_with_names_events_sources_and_relationships(
    catalog: Catalog, tmp_path: Path
) -> None:
    report = import_gedcom(catalog, write(tmp_path, HEAD + FAMILY.format(char="UTF-8")))
    assert report.problems == []
    assert report.created == {"person": 4, "document": 1, "claim": 3, "relationship": 5}

    father = person_named(catalog, "Пётр")
    assert (father.surname, father.patronymic, father.sex) == ("Карпенко", "Семёнович", "m")
    assert father.birth == PartialDate(1894, qualifier="about")
    assert (father.birth_place, father.occupation) == ("Киев", "учитель")
    assert father.notes == "Записано со слов дочери."
    with catalog.read() as session:
        claims = {
            c.kind: c
            for c in session.scalars(
                select(models.Claim).where(models.Claim.person_id == father.id)
            )
        }
        assert set(claims) == {"birth", "death", "arrest"}
        death = claims["death"]
        assert death.when == PartialDate(1937, 10, 20) and death.place == "Быковня"
        assert death.document is not None and death.document.title == "Архивная справка"
        assert death.document.issuer == "ГДА СБУ" and "Киев, 1992" in death.document.notes
        assert death.quote == "л. 12; расстрелян 20 октября 1937 г."
        assert claims["arrest"].when == PartialDate(1937, 8, 12)
        variants = session.scalars(select(models.NameVariant).order_by(models.NameVariant.id)).all()
        assert {(v.given_name, v.surname, v.kind) for v in variants} == {
            ("Петро", "Карпенко", "other"),
            ("Петрусь", "", "other"),
            ("Мария", "Гончаренко", "maiden"),
        }

    family = family_of(catalog, father.id)
    assert [s.person.given_name for s in family.spouses] == ["Мария"]
    marriage = family.spouses[0].relationship
    assert marriage is not None and marriage.began == PartialDate(1920)
    assert marriage.ended == PartialDate(1935, qualifier=B, end=PartialDate(1936))
    children = {c.person.given_name: c.relationship for c in family.children}
    assert set(children) == {"Анна", "Иван"}
    assert children["Иван"] is not None and children["Иван"].detail == "adopted"
    mother = person_named(catalog, "Мария")
    assert mother.patronymic == "Ивановна"
    assert {c.person.given_name for c in family_of(catalog, mother.id).children} == {"Анна", "Иван"}


def test_importing_the_same_file_twice_adds_nothing(catalog: Catalog, tmp_path: Path) -> None:
    path = write(tmp_path, HEAD + FAMILY.format(char="UTF-8"))
    import_gedcom(catalog, path)
    counts = [count(catalog, m) for m in (models.Person, models.Claim, models.Relationship)]
    again = import_gedcom(catalog, path)
    assert sum(again.created.values()) == 0
    assert again.present == {"person": 4, "document": 1, "relationship": 5}
    assert [count(catalog, m) for m in (models.Person, models.Claim, models.Relationship)] == counts
    # Another file with the same xrefs (another export) is another family.
    other = write(
        tmp_path, HEAD.replace("10:00:00", "11:00:00") + FAMILY.format(char="UTF-8"), name="b.ged"
    )
    assert import_gedcom(catalog, other).created["person"] == 4
    # A file whose header happens to be the same but whose I1 is someone else: not taken for
    # the first file's I1.
    stranger = HEAD + "1 CHAR UTF-8\n0 @I1@ INDI\n1 NAME Ольга /Лысенко/\n0 TRLR\n"
    assert import_gedcom(catalog, write(tmp_path, stranger, name="c.ged")).created["person"] == 1


# -- encodings ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("char", "encoding", "read_as"),
    [
        ("UTF-8", "utf-8", "utf-8"),
        ("UTF-8", "utf-8-sig", "utf-8-sig"),
        ("UNICODE", "utf-16", "utf-16-le"),
        ("UNICODE", "utf-16-be", "utf-16-be"),
        ("ANSI", "cp1251", "cp1251"),
        ("WINDOWS-1251", "cp1251", "cp1251"),
        ("ANSEL", "cp1251", "cp1251"),
    ],
)
def test_cyrillic_in_every_encoding(
    catalog: Catalog, tmp_path: Path, char: str, encoding: str, read_as: str
) -> None:
    path = write(tmp_path, HEAD + FAMILY.format(char=char), encoding)
    report = import_gedcom(catalog, path)
    assert report.encoding == read_as
    if char in ("ANSI", "ANSEL"):
        assert "Windows-1251" in " ".join(str(p) for p in report.problems)
    father = person_named(catalog, "Пётр")
    assert (father.surname, father.patronymic) == ("Карпенко", "Семёнович")


def test_ansel_letters_with_diacritics(catalog: Catalog, tmp_path: Path) -> None:
    # ANSEL writes the combining mark before its letter: 0xE2 acute + "e" is "é".
    text = HEAD + "1 CHAR ANSEL\n0 @I1@ INDI\n1 NAME Ren\xe2e /M\xe8uller/\n0 TRLR\n"
    path = tmp_path / "ansel.ged"
    path.write_bytes(text.encode("latin-1"))
    report = import_gedcom(catalog, path)
    assert report.encoding == "ansel"
    person = person_named(catalog, "René")
    assert person.surname == "Müller"


def test_utf8_declared_but_cp1251_written_is_read_and_reported() -> None:
    raw = (HEAD + "1 CHAR UTF-8\n0 @I1@ INDI\n1 NAME Иван /Петров/\n").encode("cp1251")
    text, declared, codec, problems = decode(raw)
    assert (declared, codec) == ("UTF-8", "cp1251") and "Иван /Петров/" in text
    assert problems[0].line == 9 and "not valid UTF-8" in problems[0].message
    assert codecs.lookup(codec)


# -- bad input ------------------------------------------------------------------------------------

BAD = """1 CHAR UTF-8
0 @I1@ INDI
1 NAME Иван /Петров/
1 BIRT
2 DATE ABT 31 FEB 1937
1 _MILT служил в армии
this line is broken
1 FAMC @F1@
1 FAMS @F1@
0 @I2@ INDI
1 NAME Пётр /Петров/
1 FAMS @F2@
1 FAMC @F2@
0 @I3@ INDI
1 NAME Семён /Петров/
0 @F1@ FAM
1 HUSB @I1@
1 CHIL @I1@
0 @F2@ FAM
1 HUSB @I2@
1 CHIL @I3@
1 CHIL @I9@
0 @F3@ FAM
1 HUSB @I3@
1 CHIL @I2@
0 TRLR
"""


def test_bad_input_is_imported_as_far_as_it_goes_each_problem_with_its_line(
    catalog: Catalog, tmp_path: Path
) -> None:
    report = import_gedcom(catalog, write(tmp_path, HEAD + BAD))
    problems = {p.line: p.message for p in report.problems}
    first = len(HEAD.splitlines())
    # ABT 31 FEB 1937: the day does not exist; February 1937 is kept.
    assert "28 days" in problems[first + 5]
    assert person_named(catalog, "Иван").birth == PartialDate(1937, 2, qualifier="about")
    # A broken line is skipped with its number.
    assert "not a GEDCOM line" in problems[first + 7]
    # A person who is his own parent.
    assert "own parent" in problems[first + 18]
    # A pointer to nobody.
    assert "@I9@" in problems[first + 22]
    # A cycle: Семён is Пётр's son and cannot also be his father.
    assert "ancestor" in problems[first + 25] or "child's child" in problems[first + 25]
    # An unknown tag is reported as not mapped, with its line.
    assert [(p.line, p.tag) for p in report.unmapped] == [(first + 6, "_MILT")]
    assert report.created["person"] == 3
    assert report.created["relationship"] == 1
    with catalog.read() as session:
        rows = session.scalars(select(models.Relationship)).all()
        assert [(r.kind, r.person.given_name, r.relative.given_name) for r in rows] == [
            ("parent", "Пётр", "Семён")
        ]


def test_a_family_of_one_parent_keeps_its_note_on_the_parent_links(
    catalog: Catalog, tmp_path: Path
) -> None:
    text = HEAD + (
        "1 CHAR UTF-8\n0 @I1@ INDI\n1 NAME Мария /Лысенко/\n0 @I2@ INDI\n1 NAME Ольга /Лысенко/\n"
        "0 @F1@ FAM\n1 WIFE @I1@\n1 CHIL @I2@\n1 NOTE отец неизвестен\n0 TRLR\n"
    )
    report = import_gedcom(catalog, write(tmp_path, text))
    assert report.created["relationship"] == 1 and report.problems == []
    with catalog.read() as session:
        row = session.scalars(select(models.Relationship)).one()
        assert (row.kind, row.note) == ("parent", "отец неизвестен")


def test_a_level_jump_is_reported_and_read_at_the_next_level() -> None:
    records, problems = parse_text("0 HEAD\n0 @I1@ INDI\n1 NAME A /B/\n3 GIVN A\n")
    assert records[1].children[0].children[0].tag == "GIVN"
    assert problems[0].line == 4 and "level 3" in problems[0].message


def test_continuations_and_a_lost_line_break_in_a_note() -> None:
    text = "0 HEAD\n0 @N1@ NOTE Первая\n1 CONT вторая\n1 CONC  строка\nтретья\n"
    records, problems = parse_text(text)
    assert records[1].value == "Первая\nвторая строка\nтретья"
    assert problems[0].line == 5 and "kept as part of line 2" in problems[0].message


def test_a_record_given_twice_keeps_the_first_and_says_so(catalog: Catalog, tmp_path: Path) -> None:
    text = "0 HEAD\n1 CHAR UTF-8\n0 @I1@ INDI\n1 NAME Иван /Петров/\n"
    text += "0 @I1@ INDI\n1 NAME Иван /Петров/\n0 TRLR\n"
    report = import_gedcom(catalog, write(tmp_path, text, name="twice.ged"))
    assert count(catalog, models.Person) == 1
    said = " ".join(str(p) for p in report.problems)
    assert "@I1@ appears again (first at line 3)" in said and "5" in said


def test_not_a_gedcom_file_changes_nothing(catalog: Catalog, tmp_path: Path) -> None:
    path = write(tmp_path, '{"format": "spravka-catalog"}', name="x.ged")
    with pytest.raises(InvalidInput, match="not a GEDCOM file"):
        import_gedcom(catalog, path)
    assert count(catalog, models.Person) == 0


def test_a_failure_while_storing_leaves_nothing_half_written(
    catalog: Catalog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from catalog.io import gedcom_import

    def broken(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(gedcom_import, "new_relationship", broken)
    with pytest.raises(RuntimeError):
        import_gedcom(catalog, write(tmp_path, HEAD + FAMILY.format(char="UTF-8")))
    assert count(catalog, models.Person) == 0 and count(catalog, models.Document) == 0
