"""The record parser: Memorial line form, Book-of-Memory prose, Stalin lists; nothing dropped.

Records here are hand-written in the shapes of the development data (lists.memo.ru) and of the
brief's examples; no real record text is copied.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from catalog.text import parse_record
from catalog.text.record_model import ParsedClaim, ParsedRecord

MEMORIAL = """\
Родился в 1896 г., Иркутская обл., Качугский р-н, с. Манзурка; русский; б/п;
колхозник.
Проживал: Иркутская обл., Качугский р-н, с. Манзурка.
Арестован  15 ноября 1937 г.
Приговорен: Тройка при УНКВД Иркутской обл. 19 февраля 1938 г., \
обв.: по ст. ст. 58-1 "а", 58-2, 58-8, 58-11 УК РСФСР.
Приговор: расстрел
Расстрелян 21 февраля 1938 г.
Место захоронения - г. Иркутск.
Реабилитирован 25 января 1957 г. определением Военного трибунала ЗабВО \
за отсутствием состава преступления
"""

FLORENSKY = (
    "Флоренский Павел Александрович, 1882 г. р., уроженец м. Евлах Елизаветпольской губ., "
    "русский, беспартийный, профессор, проживал: г. Загорск. Арестован 26 февраля 1933 г. "
    "Коллегией ОГПУ 26 июля 1933 г. осужден по ст. ст. 58-10-11 УК РСФСР на 10 лет ИТЛ. "
    "Особой тройкой УНКВД ЛО 25 ноября 1937 г. приговорен к высшей мере наказания. "
    "Расстрелян 8 декабря 1937 г."
)

STALIN_LIST = """\
Абрамов Иван Петрович
Род. в 1902, армянин; член ВКП(б)
Приговор: ВК ВС СССР, 11.10.1937 – ВМН
Реабилитирован ВК ВС СССР 01.06.1957
"""


def kinds(record: ParsedRecord) -> list[str]:
    return [str(c.kind) for c in record.claims]


def only(record: ParsedRecord, kind: str) -> ParsedClaim:
    found = [c for c in record.claims if c.kind == kind]
    assert len(found) == 1, (kind, record.claims)
    return found[0]


def test_memorial_record_reads_every_line() -> None:
    record = parse_record(MEMORIAL)
    assert record.form == "memorial"
    assert record.unparsed == ()
    assert (record.sex, record.birth.iso) == ("m", "1896")  # type: ignore[union-attr]
    assert record.birth_place == "Иркутская обл., Качугский р-н, с. Манзурка"
    assert record.nationality == "русский"
    assert record.occupation == "колхозник"
    assert record.residence == "Иркутская обл., Качугский р-н, с. Манзурка"
    assert "Партийность: б/п" in record.facts
    assert kinds(record) == [
        "birth",
        "arrest",
        "sentence",
        "execution",
        "burial",
        "rehabilitation",
    ]
    sentence = only(record, "sentence")
    assert sentence.date.iso == "1938-02-19"  # type: ignore[union-attr]
    assert sentence.body == "Тройка при УНКВД Иркутской обл."
    assert sentence.body_code == "TROIKA_NKVD"
    assert sentence.article == "58-1а, 58-2, 58-8, 58-11 УК РСФСР"
    assert sentence.sentence == "расстрел"
    assert only(record, "execution").date.iso == "1938-02-21"  # type: ignore[union-attr]
    assert only(record, "burial").place == "г. Иркутск"
    rehabilitation = only(record, "rehabilitation")
    assert rehabilitation.date.iso == "1957-01-25"  # type: ignore[union-attr]
    assert rehabilitation.body == "определением Военного трибунала ЗабВО"
    assert rehabilitation.body_code == "VT"
    assert rehabilitation.basis == "за отсутствием состава преступления"


def test_claims_quote_the_lines_they_were_read_from() -> None:
    record = parse_record(MEMORIAL)
    assert only(record, "arrest").quote(record.text) == "Арестован  15 ноября 1937 г."
    sentence = only(record, "sentence").quote(record.text)
    assert sentence.startswith("Приговорен: Тройка") and sentence.endswith("Приговор: расстрел")


def test_book_of_memory_prose() -> None:
    record = parse_record(FLORENSKY)
    assert record.form == "book"
    assert (record.surname, record.given_name, record.patronymic) == (
        "Флоренский",
        "Павел",
        "Александрович",
    )
    assert record.birth.iso == "1882"  # type: ignore[union-attr]
    assert record.birth_place == "м. Евлах Елизаветпольской губ"
    assert record.occupation == "профессор"
    assert record.residence == "г. Загорск"
    assert record.unparsed == ()
    first, second = [c for c in record.claims if c.kind == "sentence"]
    assert (first.body_code, first.date.iso, first.article, first.sentence) == (  # type: ignore[union-attr]
        "OGPU_COLL",
        "1933-07-26",
        "58-10, 58-11 УК РСФСР",
        "10 лет ИТЛ",
    )
    assert (second.body_code, second.date.iso) == ("TROIKA_NKVD", "1937-11-25")  # type: ignore[union-attr]
    assert "высшей мере" in second.sentence
    assert only(record, "execution").date.iso == "1937-12-08"  # type: ignore[union-attr]


def test_stalin_list_form() -> None:
    record = parse_record(STALIN_LIST)
    assert record.full_name == "Абрамов Иван Петрович"
    assert record.nationality == "армянин"
    sentence = only(record, "sentence")
    assert (sentence.body_code, sentence.date.iso, sentence.sentence) == (
        "VKVS",
        "1937-10-11",
        "ВМН",
    )  # type: ignore[union-attr]
    assert only(record, "rehabilitation").date.iso == "1957-06-01"  # type: ignore[union-attr]
    assert record.unparsed == ()


def test_heading_with_year_in_parentheses() -> None:
    record = parse_record("Абабков Иван Алексеевич (1896)\nАрестован 15 ноября 1937 г.")
    assert record.full_name == "Абабков Иван Алексеевич"
    assert record.birth.iso == "1896"  # type: ignore[union-attr]


def test_female_record_and_camp_trace() -> None:
    record = parse_record(
        "Родилась в 1905 г., г.Макеевка; русская;\n"
        "Приговорена: ОСО при НКВД СССР 16 марта 1938 г., обв.: как ЧСИР.\n"
        "Приговор: к 8 годам ИТЛ. Прибыла в Акмолинское ЛО 07.05.1938. Освобождена 21.11.1945"
    )
    assert record.sex == "f"
    sentence = only(record, "sentence")
    assert (sentence.body_code, sentence.article, sentence.sentence) == (
        "OSO",
        "ЧСИР",
        "к 8 годам ИТЛ",
    )
    assert "Прибыла в Акмолинское ЛО" in sentence.note
    assert only(record, "release").date.iso == "1945-11-21"  # type: ignore[union-attr]
    assert record.unparsed == ()


@pytest.mark.parametrize(
    ("line", "iso", "place", "cause"),
    [
        (
            "Приговор: 10 лет ИТЛ. Умер 15.11.1938 в Севвостлаге от воспаления легких",
            "1938-11-15",
            "в Севвостлаге",
            "воспаления легких",
        ),
        (
            "Приговор: высылка по нац. признаку (калмыки). Умерла в 1944 - Алтайский кр.",
            "1944",
            "Алтайский кр",
            "",
        ),
        ("Приговор: 10 лет ИТЛ, отбыв.: Севвостлаг, умер в ИТЛ 1942", "1942", "в ИТЛ", ""),
        ("Приговор: Умер 1942", "1942", "", ""),
    ],
)
def test_deaths_inside_the_sentence_line(line: str, iso: str, place: str, cause: str) -> None:
    record = parse_record("Родился в 1900 г.\n" + line)
    death = only(record, "death")
    assert (death.date.iso, death.place, death.cause) == (iso, place, cause)  # type: ignore[union-attr]


def test_commuted_death_sentence_is_kept_as_written() -> None:
    record = parse_record("Приговор: к ВМН, заменена на 5 л.ИТЛ с поражением в правах на 3 г.")
    assert (
        only(record, "sentence").sentence
        == "к ВМН, заменена на 5 л.ИТЛ с поражением в правах на 3 г"
    )


def test_several_statements_on_one_line() -> None:
    record = parse_record(
        "Родился в 1890 г.\n"
        "Арестован повторно 26.12.37, осужден тройкой НКВД ТАССР 31.12.37. Приговор: 10 лет ИТЛ. "
        "Реабилитирован 23.9.65."
    )
    assert kinds(record) == ["birth", "arrest", "sentence", "rehabilitation"]
    sentence = only(record, "sentence")
    assert (sentence.body_code, sentence.date.iso, sentence.sentence) == (
        "TROIKA_NKVD",
        "1937-12-31",
        "10 лет ИТЛ",
    )  # type: ignore[union-attr]
    assert record.unparsed == ()


@pytest.mark.parametrize(
    ("line", "kind", "iso", "basis"),
    [
        (
            "Реабилитирован  по Закону от 18 октября 1991 г.",
            "rehabilitation",
            None,
            "по Закону от 18 октября 1991 г",
        ),
        ("Реабилитирован в 1989 г.", "rehabilitation", "1989", ""),
        (
            "Реабилитирован 31 мая 1989 г. По заключению Прокуратуры Хабаровского края "
            "по Указу ПВС СССР от 16.01.1989 г.",
            "rehabilitation",
            "1989-05-31",
            "по Указу ПВС СССР от 16.01.1989 г",
        ),
        (
            "Реабилитирован 3 марта 2021 г. признан не подлежащим реабилитации",
            "rehabilitation_refused",
            "2021-03-03",
            "",
        ),
    ],
)
def test_rehabilitation_lines(line: str, kind: str, iso: str | None, basis: str) -> None:
    record = parse_record(line)
    claim = only(record, kind)
    assert (claim.date.iso if claim.date else None) == iso
    assert claim.basis == basis


def test_no_information_on_rehabilitation_is_a_fact_not_a_claim() -> None:
    record = parse_record("Родился в 1900 г.\nРеабилитирован  сведений о реабилитации нет")
    assert "rehabilitation" not in kinds(record)
    assert "Реабилитация: сведений нет" in record.facts


def test_name_variants_and_alternative_birth_year() -> None:
    record = parse_record(
        "(варианты фамилии: Моор; варианты имени: Махман)\n"
        "Родился 1901 (1897), с. Заюково; кабардинец;"
    )
    assert record.variants == (("surname", "Моор"), ("given_name", "Махман"))
    assert record.birth.iso == "1901"  # type: ignore[union-attr]
    assert "Год рождения указан также как 1897" in record.facts
    assert record.nationality == "кабардинец"


def test_old_style_dates_are_converted_and_noted() -> None:
    record = parse_record("Арестован 1 марта 1917 г.")
    arrest = only(record, "arrest")
    assert arrest.date.iso == "1917-03-14"  # type: ignore[union-attr]
    assert "01.03.1917" in arrest.note


def test_what_is_not_understood_is_kept() -> None:
    record = parse_record(
        "Родился в 1887 г.; бурят;\nвзята подписка о невыезде. в декабре 1933 г.\n"
        "Приговор: к 10 годам лишения свободы. Определением коллегии действия переквалифицированы."
    )
    assert "взята подписка о невыезде. в декабре 1933 г" in record.unparsed
    assert "Определением коллегии действия переквалифицированы" in record.unparsed
    assert "взята подписка о невыезде" in record.notes
    assert "Не разобрано" in record.notes


def test_sex_from_name_when_the_text_says_nothing() -> None:
    assert parse_record("Иванова Мария Петровна\nПриговор: 5 лет").sex == "f"
    assert parse_record("Петров Иван Сергеевич\nПриговор: 5 лет").sex == "m"


_WORDS = st.text(alphabet="абвгдежзиклмнопрстуфхцчшщэюя ", min_size=3, max_size=30)


@settings(max_examples=60, deadline=None)
@given(st.lists(_WORDS, min_size=1, max_size=4))
def test_never_raises_and_never_drops_text(lines: list[str]) -> None:
    text = "\n".join(["Родился в 1900 г.", *lines])
    record = parse_record(text)
    kept = " ".join(record.unparsed) + " " + " ".join(c.quote(text) for c in record.claims)
    kept += " " + " ".join(
        [record.occupation, record.residence, record.birth_place, record.nationality, *record.facts]
    )
    for line in lines:
        for word in re.findall(r"[а-я]{4,}", line):
            assert word in kept, (word, record)
