"""Uncertain dates in the value type: ranges, periods, seasons, decades; order and storage."""

from __future__ import annotations

import datetime as dt

import pytest

from catalog.dates import PartialDate, parse_optional_iso
from catalog.db import Catalog
from catalog.errors import InvalidDate, InvalidInput
from catalog.services import claims, persons
from catalog.vocab import Qualifier


def test_a_range_spans_from_its_first_point_to_the_end_of_its_last() -> None:
    date = PartialDate.range_of(PartialDate(1937), PartialDate(1938))
    assert date.qualifier is Qualifier.BETWEEN
    assert (date.earliest(), date.latest()) == (dt.date(1937, 1, 1), dt.date(1938, 12, 31))
    assert (date.iso, date.end_iso) == ("1937", "1938")
    assert str(date) == "between 1937 and 1938"
    assert date.start == PartialDate(1937)


def test_a_period_reads_from_to() -> None:
    date = PartialDate.range_of(PartialDate(1941, 9), PartialDate(1946), Qualifier.PERIOD)
    assert str(date) == "from 1941-09 to 1946"
    assert date.latest() == dt.date(1946, 12, 31)


def test_a_range_of_one_date_is_that_date() -> None:
    assert PartialDate.range_of(PartialDate(1938), PartialDate(1938)) == PartialDate(1938)


@pytest.mark.parametrize(
    ("make", "problem"),
    [
        (lambda: PartialDate(1938, qualifier=Qualifier.BETWEEN), "needs its end"),
        (lambda: PartialDate(1938, end=PartialDate(1939)), "has no end"),
        (
            lambda: PartialDate(1939, qualifier=Qualifier.BETWEEN, end=PartialDate(1937)),
            "ends before it begins",
        ),
        (
            lambda: PartialDate(
                1937, qualifier=Qualifier.BETWEEN, end=PartialDate(1939, qualifier="about")
            ),
            "cannot be uncertain",
        ),
        (lambda: PartialDate.decade(1935), "ending in 0"),
        (lambda: PartialDate.season("monsoon", 1938), "unknown season"),
    ],
)
def test_impossible_ranges_are_refused(make, problem) -> None:
    with pytest.raises(InvalidDate, match=problem):
        make()


@pytest.mark.parametrize(
    ("season", "first", "last", "form"),
    [
        ("spring", dt.date(1938, 3, 1), dt.date(1938, 5, 31), "spring"),
        ("summer", dt.date(1938, 6, 1), dt.date(1938, 8, 31), "summer"),
        ("autumn", dt.date(1938, 9, 1), dt.date(1938, 11, 30), "autumn"),
        ("winter", dt.date(1937, 12, 1), dt.date(1938, 2, 28), "winter"),
    ],
)
def test_seasons_are_ranges_that_know_their_name(season, first, last, form) -> None:
    date = PartialDate.season(season, 1938)
    assert (date.earliest(), date.latest(), date.form) == (first, last, form)


def test_a_decade_is_a_range_of_ten_years() -> None:
    date = PartialDate.decade(1930)
    assert (date.iso, date.end_iso, date.form) == ("1930", "1939", "decade")
    assert PartialDate.range_of(PartialDate(1930), PartialDate(1935)).form == ""


def test_ranges_sort_by_their_earliest_point() -> None:
    dates = [
        PartialDate(1937, 10),
        PartialDate.range_of(PartialDate(1937), PartialDate(1938)),
        PartialDate(1936),
        PartialDate.decade(1930),
    ]
    assert [str(d) for d in sorted(dates)] == [
        "between 1930 and 1939",
        "1936",
        "between 1937 and 1938",
        "1937-10",
    ]


def test_overlap_and_certain_order_compare_whole_spans() -> None:
    range_ = PartialDate.range_of(PartialDate(1941), PartialDate(1943))
    assert range_.overlaps(PartialDate(1942, 5))
    assert not range_.certainly_before(PartialDate(1943, 6))
    assert range_.certainly_before(PartialDate(1944))
    assert PartialDate(1938).certainly_before(range_)


def test_stored_form_reads_back_and_refuses_an_end_without_a_range() -> None:
    assert parse_optional_iso("1937", "between", "1938") == PartialDate.range_of(
        PartialDate(1937), PartialDate(1938)
    )
    with pytest.raises(InvalidDate, match="only a between or period"):
        PartialDate.parse_range("1937", "1938", "about")
    with pytest.raises(InvalidDate, match="needs its end"):
        PartialDate.parse_range("1937", None, "between")


def test_a_claims_range_is_stored_and_sorts_in_sql_by_its_first_point(catalog: Catalog) -> None:
    person = persons.add_person(catalog, persons.PersonFields(surname="Лебедев"))
    range_ = PartialDate.range_of(PartialDate(1937), PartialDate(1938))
    claims.add_claim(
        catalog, person.id, claims.ClaimFields(kind="arrest", date=PartialDate(1937, 5))
    )
    claims.add_claim(catalog, person.id, claims.ClaimFields(kind="death", date=range_))
    listed = claims.list_claims(catalog, person.id)
    assert [c.date for c in listed] == [range_, PartialDate(1937, 5)]
    updated = persons.update_person(catalog, person.id, birth=PartialDate.decade(1890))
    assert updated.birth == PartialDate.decade(1890)


def test_a_range_is_refused_where_only_iso_text_is_given(catalog: Catalog) -> None:
    person = persons.add_person(catalog, persons.PersonFields(surname="Лебедев"))
    with pytest.raises(InvalidInput, match="birth"):
        persons.update_person(catalog, person.id, birth="1937/1938")


def test_lists_and_search_show_ranges_and_order_them_by_their_earliest_point(
    catalog: Catalog,
) -> None:
    from catalog import search

    ranged = persons.add_person(
        catalog,
        persons.PersonFields(surname="Лебедев", given_name="Пётр", birth=PartialDate.decade(1890)),
    )
    exact = persons.add_person(
        catalog, persons.PersonFields(surname="Лебедев", given_name="Иван", birth="1893")
    )
    claims.add_claim(
        catalog,
        ranged.id,
        claims.ClaimFields(
            kind="arrest", date=PartialDate.range_of(PartialDate(1937), PartialDate(1938))
        ),
    )
    assert search.person_ids(catalog, order="birth") == [ranged.id, exact.id]
    rows = {row.id: row for row in search.person_rows(catalog, [ranged.id, exact.id])}
    assert rows[ranged.id].birth == PartialDate.decade(1890)
    # The list keeps one point of an arrest range: its earliest, as «not before».
    assert str(rows[ranged.id].first_arrest) == "after 1937"
    (hit, *_) = search.search(catalog, "Лебедев Пётр").persons
    assert hit.birth == PartialDate.decade(1890)
    (row,) = persons.person_rows(catalog, [ranged.id])
    assert row.birth == PartialDate.decade(1890)
