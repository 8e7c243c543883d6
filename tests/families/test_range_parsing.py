"""Reading uncertain dates from Russian and Ukrainian texts: each form, and records using them."""

from __future__ import annotations

import pytest

from catalog.dates import PartialDate
from catalog.text.dates import find_dates, parse_date
from catalog.text.record import parse_record
from catalog.vocab import Qualifier

Y = PartialDate


def between(a: PartialDate, b: PartialDate) -> PartialDate:
    return PartialDate.range_of(a, b, Qualifier.BETWEEN)


def period(a: PartialDate, b: PartialDate) -> PartialDate:
    return PartialDate.range_of(a, b, Qualifier.PERIOD)


@pytest.mark.parametrize(
    ("text", "expected", "written"),
    [
        ("между 1937 и 1938 г.", between(Y(1937), Y(1938)), "между 1937 и 1938 г."),
        ("в 1937–1938 гг.", between(Y(1937), Y(1938)), "в 1937–1938 гг."),
        ("1937-1938 гг.", between(Y(1937), Y(1938)), "1937-1938 гг."),
        ("в 1937-38 гг.", between(Y(1937), Y(1938)), "в 1937-38 гг."),
        ("с 1941 по 1946 г.", period(Y(1941), Y(1946)), "с 1941 по 1946 г."),
        (
            "не ранее 1937 г., не позднее 1938 г.",
            between(Y(1937), Y(1938)),
            "не ранее 1937 г., не позднее 1938 г.",
        ),
        (
            "не ранее 1937 г. и не позднее 1938 г.",
            between(Y(1937), Y(1938)),
            "не ранее 1937 г. и не позднее 1938 г.",
        ),
        (
            "не ранее мая не позднее июля 1938 г.",
            between(Y(1938, 5), Y(1938, 7)),
            "не ранее мая не позднее июля 1938 г.",
        ),
        (
            "между маем и июлем 1938 г.",
            between(Y(1938, 5), Y(1938, 7)),
            "между маем и июлем 1938 г.",
        ),
        (
            "между 20.10.1937 и 05.01.1938",
            between(Y(1937, 10, 20), Y(1938, 1, 5)),
            "между 20.10.1937 и 05.01.1938",
        ),
        (
            "с 20 октября 1937 г. по 1 мая 1938 г.",
            period(Y(1937, 10, 20), Y(1938, 5, 1)),
            "с 20 октября 1937 г. по 1 мая 1938 г.",
        ),
        ("весной 1938", PartialDate.season("spring", 1938), "весной 1938"),
        ("летом 1941 г.", PartialDate.season("summer", 1941), "летом 1941 г."),
        ("осенью 1937 г.", PartialDate.season("autumn", 1937), "осенью 1937 г."),
        ("зимой 1937/38 г.", PartialDate.season("winter", 1938), "зимой 1937/38 г."),
        ("зимой 1938 г.", PartialDate.season("winter", 1938), "зимой 1938 г."),
        ("навесні 1933 р.", PartialDate.season("spring", 1933), "навесні 1933 р."),
        ("в 1930-х годах", PartialDate.decade(1930), "в 1930-х годах"),
        ("в 1930-е годы", PartialDate.decade(1930), "в 1930-е годы"),
        ("1930-х гг.", PartialDate.decade(1930), "1930-х гг."),
        ("в 30-х годах", PartialDate.decade(1930), "в 30-х годах"),
    ],
)
def test_each_uncertain_form_is_read_as_a_range(text, expected, written) -> None:
    found = find_dates(f"Сведения: {text}. Конец.")
    assert [d.date for d in found] == [expected]
    assert found[0].text == written


@pytest.mark.parametrize(
    "text",
    ["ст. 58-10", "дело 1917-1937", "в 30-х", "1938 и 1937 г."],
)
def test_what_is_not_a_range_stays_as_it_was(text) -> None:
    assert all(d.date.end is None for d in find_dates(text))


def test_single_qualified_dates_are_unchanged() -> None:
    assert parse_date("не ранее 1937 г.").date == Y(1937, qualifier=Qualifier.AFTER)
    assert parse_date("не позднее 1938 г.").date == Y(1938, qualifier=Qualifier.BEFORE)


def test_a_reversed_pair_is_two_dates_not_a_range() -> None:
    found = find_dates("между 1938 г. и 1937 г.")
    assert all(d.date.end is None for d in found)


def test_a_record_with_ranges_keeps_them_and_takes_no_year_for_a_place() -> None:
    record = parse_record(
        "Иванов Иван Петрович. Арестован в 1937-1938 гг. Расстрелян между 1937 и 1938 г. "
        "Умер весной 1942 г."
    )
    by_kind = {claim.kind: claim for claim in record.claims}
    assert by_kind["arrest"].date == between(Y(1937), Y(1938))
    assert by_kind["arrest"].place == ""
    assert by_kind["execution"].date == between(Y(1937), Y(1938))
    assert by_kind["death"].date == PartialDate.season("spring", 1942)
