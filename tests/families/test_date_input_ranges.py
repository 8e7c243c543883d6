"""Ranges typed into the desktop's date fields, and shown there so that they read back."""

from __future__ import annotations

import pytest

from catalog.dates import PartialDate
from catalog.errors import InvalidDate
from desktop.dates_input import format_date_input, parse_date_input

Y = PartialDate


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("1937 – 1938", PartialDate.range_of(Y(1937), Y(1938))),
        ("1937-1938", PartialDate.range_of(Y(1937), Y(1938))),
        ("05.1937 - 02.1938", PartialDate.range_of(Y(1937, 5), Y(1938, 2))),
        ("между 1937 и 1938 г.", PartialDate.range_of(Y(1937), Y(1938))),
        ("весной 1938", PartialDate.season("spring", 1938)),
        ("1937-10", Y(1937, 10)),
        ("1941 → 1946", PartialDate.range_of(Y(1941), Y(1946), "period")),
        ("с 1941 по 1946", PartialDate.range_of(Y(1941), Y(1946), "period")),
        ("from 09.1941 to 1946", PartialDate.range_of(Y(1941, 9), Y(1946), "period")),
    ],
)
def test_a_typed_range_is_read(typed: str, expected: PartialDate) -> None:
    assert parse_date_input(typed) == expected


@pytest.mark.parametrize(
    "value",
    [
        PartialDate.range_of(Y(1941, 9, 1), Y(1946)),
        PartialDate.range_of(Y(1941, 9, 1), Y(1946), "period"),
        PartialDate.decade(1930),
        Y(1937, 10, 20),
    ],
)
def test_a_shown_date_reads_back_as_itself(value: PartialDate) -> None:
    assert parse_date_input(format_date_input(value)) == value


def test_a_range_that_ends_before_it_begins_is_refused() -> None:
    with pytest.raises(InvalidDate):
        parse_date_input("1939 – 1937")
