"""The Russian date parser: every form of the brief, old style, refusals, spans."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from catalog.dates import PartialDate
from catalog.text.dates import RefusedDate, find_dates, parse_date
from catalog.text.julian import julian_to_gregorian
from catalog.vocab import Qualifier

MONTHS_GENITIVE = [
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
]
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("20 октября 1937 г.", "1937-10-20"),
        ("20 октября 1937 года", "1937-10-20"),
        ("20-го октября 1937 года", "1937-10-20"),
        ("в октябре 1937 г.", "1937-10"),
        ("октябрь 1937", "1937-10"),
        ("1937 г.", "1937"),
        ("в 1937 году", "1937"),
        ("1882 г. р.", "1882"),
        ("20.10.1937", "1937-10-20"),
        ("20.10.37", "1937-10-20"),
        ("1.6.44", "1944-06-01"),
        ("05.1938", "1938-05"),
        ("05.38г.", "1938-05"),
        ("1937-10-20", "1937-10-20"),
        ("00.09.1954", "1954-09"),  # an unknown day written as zeros
        ("00.00.1954", "1954"),
        ("20.X.1937", "1937-10-20"),
        ("19/ѴІІІ-34 г.", "1934-08-19"),
        ("1934.ѴІІІ.17", "1934-08-17"),
        ("20.ХП.1937", "1937-12-20"),
        ("1.УШ.37", "1937-08-01"),
        ("VIII.1937", "1937-08"),
        ("20 жовтня 1937 р.", "1937-10-20"),
        ("20 окт. 1937 г.", "1937-10-20"),
        ("десятого июня тысяча девятьсот сорок третьего года", "1943-06-10"),
        ("1958 года мая месяца 14 числа", "1958-05-14"),
        (
            "тысяча девятьсот пятьдесят восьмого года мая месяца четырнадцатого числа",
            "1958-05-14",
        ),
    ],
)
def test_forms_of_the_brief(text: str, iso: str) -> None:
    parsed = parse_date(text)
    assert parsed is not None, text
    assert parsed.date.iso == iso
    assert parsed.date.qualifier == Qualifier.EXACT


def test_precision_follows_the_text() -> None:
    assert parse_date("1937 г.").date.precision == "year"  # type: ignore[union-attr]
    assert parse_date("в октябре 1937 г.").date.precision == "month"  # type: ignore[union-attr]
    assert parse_date("20 октября 1937 г.").date.precision == "day"  # type: ignore[union-attr]


def test_span_is_the_text_as_written_inside_a_sentence() -> None:
    text = "Арестован  15 ноября 1937 г. УНКВД"
    parsed = parse_date(text)
    assert parsed is not None
    assert text[parsed.start : parsed.end] == parsed.text == "15 ноября 1937 г."


def test_ocr_splits_are_joined_and_map_back_to_the_original() -> None:
    parsed = parse_date("приговор от 4.1 2.1937 исполнен")
    assert parsed is not None and parsed.date.iso == "1937-12-04"
    assert parsed.text == "4.1 2.1937"
    broken = "умер 20 октяб-\nря 1937 г. в лагере"
    parsed = parse_date(broken)
    assert parsed is not None and parsed.date.iso == "1937-10-20"
    assert parsed.text == "20 октяб-\nря 1937 г."


def test_latin_look_alikes_inside_a_month_name() -> None:
    parsed = parse_date("20 oктября 1937 г.")  # Latin o
    assert parsed is not None and parsed.date.iso == "1937-10-20"


@pytest.mark.parametrize(
    ("text", "julian", "gregorian"),
    [
        ("9 января 1882 г.", (1882, 1, 9), "1882-01-21"),
        ("1 января 1900", (1900, 1, 1), "1900-01-13"),
        ("29 февраля 1900", (1900, 2, 29), "1900-03-13"),  # a leap day only in Julian
        ("25.10.1917", (1917, 10, 25), "1917-11-07"),
        ("31 января 1918 г.", (1918, 1, 31), "1918-02-13"),
    ],
)
def test_old_style_days_are_converted(
    text: str, julian: tuple[int, int, int], gregorian: str
) -> None:
    parsed = parse_date(text)
    assert parsed is not None
    assert parsed.date.iso == gregorian
    assert parsed.old_style == julian


def test_new_style_days_are_not_converted() -> None:
    assert parse_date("14 февраля 1918 г.").date.iso == "1918-02-14"  # type: ignore[union-attr]
    assert parse_date("9 января 1882 г. (н. ст.)").date.iso == "1882-01-09"  # type: ignore[union-attr]
    assert parse_date("1882-01-09").date.iso == "1882-01-09"  # type: ignore[union-attr]
    # Month and year precision is kept as written: no day to convert.
    assert parse_date("в октябре 1917 г.").date.iso == "1917-10"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "iso", "old"),
    [
        ("9 (21) января 1882", "1882-01-21", (1882, 1, 9)),
        ("9/21 января 1882", "1882-01-21", (1882, 1, 9)),
        ("31 января (12 февраля) 1882 г.", "1882-02-12", (1882, 1, 31)),
        ("20 (1) декабря 1899", "1900-01-01", (1899, 12, 20)),
    ],
)
def test_dual_dates_take_the_new_style(text: str, iso: str, old: tuple[int, int, int]) -> None:
    parsed = parse_date(text)
    assert parsed is not None
    assert parsed.date.iso == iso
    assert parsed.old_style == old


def test_dual_date_that_disagrees_keeps_new_style_with_a_note() -> None:
    parsed = parse_date("9 (25) января 1882")
    assert parsed is not None and parsed.date.iso == "1882-01-25"
    assert "1882-01-21" in parsed.note


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("31 июня 1937", "30 days"),
        ("29.02.1937", "28 days"),
        ("13.13.1937", "no month 13"),
        ("30 февраля 1900", "29 days"),  # impossible even in the Julian calendar
    ],
)
def test_impossible_dates_are_refused_with_a_reason(text: str, reason: str) -> None:
    refused: list[RefusedDate] = []
    assert find_dates(text, refused=refused) == []
    assert parse_date(text) is None
    assert len(refused) == 1 and reason in refused[0].reason
    assert refused[0].text == text


@pytest.mark.parametrize(
    "text",
    # «в 1917-1937 гг.» is a range of years now (tests/families/test_range_parsing.py); a bare
    # «1917-1937» with no year word may be anything and stays unread.
    ["к 10 г. ИТЛ", "5 г. п/п", "вагон №550057", "дело 1917-1937", "ст. 58-10-11", "дом 1937"],
)
def test_numbers_that_are_not_dates(text: str) -> None:
    assert find_dates(text) == []


@pytest.mark.parametrize(
    ("text", "qualifier", "iso"),
    [
        ("около 1937 г.", Qualifier.ABOUT, "1937"),
        ("ок. 1937 г.", Qualifier.ABOUT, "1937"),
        ("1937 г. (приблизительно)", Qualifier.ABOUT, "1937"),
        ("до 15 ноября 1937 г.", Qualifier.BEFORE, "1937-11-15"),
        ("не позднее 1938 г.", Qualifier.BEFORE, "1938"),
        ("после 1940 г.", Qualifier.AFTER, "1940"),
    ],
)
def test_qualifiers(text: str, qualifier: Qualifier, iso: str) -> None:
    parsed = parse_date(text)
    assert parsed is not None
    assert parsed.date.qualifier == qualifier
    assert parsed.date.iso == iso
    assert parsed.text == text


def test_find_dates_returns_every_date_in_order() -> None:
    text = "Арестован 15 ноября 1937 г. Приговорен 19.02.1938, расстрелян в феврале 1938 г."
    assert [d.date.iso for d in find_dates(text)] == ["1937-11-15", "1938-02-19", "1938-02"]


def test_bare_year_only_where_it_cannot_be_a_number() -> None:
    assert parse_date("Умер в 1944 в пути").date.iso == "1944"  # type: ignore[union-attr]
    assert parse_date("(1896)").date.iso == "1896"  # type: ignore[union-attr]
    assert parse_date("1937").date.iso == "1937"  # type: ignore[union-attr]
    assert parse_date("Умер 1942").date.iso == "1942"  # type: ignore[union-attr]
    assert find_dates("1937 человек") == []
    assert find_dates("дом 1937, кв. 5") == []


def test_julian_conversion_matches_the_known_offsets() -> None:
    assert julian_to_gregorian(1799, 12, 31) == dt.date(1800, 1, 11)
    assert julian_to_gregorian(1800, 3, 1) == dt.date(1800, 3, 13)  # 12 days from 1800-03
    assert julian_to_gregorian(1900, 3, 1) == dt.date(1900, 3, 14)  # 13 days from 1900-03
    with pytest.raises(ValueError):
        julian_to_gregorian(1901, 2, 29)


@given(st.dates(min_value=dt.date(1918, 2, 14), max_value=dt.date(2030, 12, 31)))
def test_every_gregorian_day_round_trips_through_its_russian_forms(day: dt.date) -> None:
    month = MONTHS_GENITIVE[day.month - 1]
    expected = PartialDate.from_date(day)
    for text in (
        f"{day.day} {month} {day.year} г.",
        f"{day.day:02d}.{day.month:02d}.{day.year}",
        f"{day.day}.{ROMAN[day.month - 1]}.{day.year}",
        f"{day.year}.{ROMAN[day.month - 1]}.{day.day}",
    ):
        parsed = parse_date(text)
        assert parsed is not None and parsed.date == expected, text


@given(st.dates(min_value=dt.date(1700, 3, 1), max_value=dt.date(1918, 1, 31)))
def test_every_old_style_day_converts_forwards(day: dt.date) -> None:
    parsed = parse_date(f"{day.day} {MONTHS_GENITIVE[day.month - 1]} {day.year} г.")
    assert parsed is not None
    shift = (parsed.date.earliest() - day).days
    assert 11 <= shift <= 13
