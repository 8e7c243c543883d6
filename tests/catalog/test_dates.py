"""Partial dates: precision, qualifiers, order, and refusal of impossible dates."""

from __future__ import annotations

import datetime as dt

import pytest

from catalog.dates import PartialDate, Precision
from catalog.errors import InvalidDate


@pytest.mark.parametrize(
    ("text", "precision", "earliest", "latest"),
    [
        ("1937", Precision.YEAR, dt.date(1937, 1, 1), dt.date(1937, 12, 31)),
        ("1937-02", Precision.MONTH, dt.date(1937, 2, 1), dt.date(1937, 2, 28)),
        ("1940-02", Precision.MONTH, dt.date(1940, 2, 1), dt.date(1940, 2, 29)),
        ("1937-10-20", Precision.DAY, dt.date(1937, 10, 20), dt.date(1937, 10, 20)),
    ],
)
def test_iso_text_gives_the_precision_it_states(text, precision, earliest, latest) -> None:
    date = PartialDate.parse_iso(text)
    assert date.precision is precision
    assert date.iso == text
    assert (date.earliest(), date.latest()) == (earliest, latest)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("1937-13-45", "there is no month 13"),
        ("1937-02-30", "month 2 of 1937 has 28 days"),
        ("1900-02-29", "month 2 of 1900 has 28 days"),
        ("1937-00", "there is no month 0"),
        ("0937", "year must be between"),
        ("37", "expected"),
        ("1937-1-5", "expected"),
        ("20.10.1937", "expected"),
        ("", "expected"),
    ],
)
def test_impossible_or_malformed_dates_are_refused_not_guessed(text, problem) -> None:
    with pytest.raises(InvalidDate, match=problem):
        PartialDate.parse_iso(text)


def test_leap_day_is_accepted_in_a_leap_year() -> None:
    assert PartialDate.parse_iso("1940-02-29").day == 29


def test_qualifiers_are_kept_and_checked() -> None:
    assert str(PartialDate.parse_iso("1942", "about")) == "about 1942"
    assert PartialDate.parse_iso("1942", "before").qualifier == "before"
    with pytest.raises(InvalidDate, match="unknown qualifier"):
        PartialDate.parse_iso("1942", "circa")


def test_dates_sort_chronologically_with_less_precise_first() -> None:
    dates = [PartialDate.parse_iso(t) for t in ("1943-06-10", "1937-10", "1937", "1937-10-20")]
    assert [d.iso for d in sorted(dates)] == ["1937", "1937-10", "1937-10-20", "1943-06-10"]
    # ISO text itself sorts the same way, which is why the database stores it.
    assert sorted(d.iso for d in dates) == [d.iso for d in sorted(dates)]


def test_a_day_needs_a_month() -> None:
    with pytest.raises(InvalidDate, match="a day needs a month"):
        PartialDate(1937, None, 5)
