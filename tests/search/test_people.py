"""The people list: ids in name, birth and arrest order, pages of ids, rows with flag counts."""

from __future__ import annotations

import pytest

from catalog.db import Catalog
from catalog.errors import InvalidInput
from catalog.search import person_ids, person_page, person_rows
from catalog.services import claims, flags, persons
from tests.search.conftest import add


@pytest.fixture
def listed(catalog: Catalog) -> dict[str, int]:
    ids = {
        "zhukov": add(catalog, "Жуков Фёдор", birth="1899"),
        "elkin": add(catalog, "Ёлкин Пётр", birth="1901-05"),
        "elizarov": add(catalog, "Елизаров Иван"),
        "yakovlev": add(catalog, "Яковлев Яков", birth="1880"),
        "ivan": add(catalog, "Иван Петрович", birth="1895"),  # surname "Иван"
        "ivanov": add(catalog, "Иванов Сергей"),
    }
    claims.add_claim(catalog, ids["zhukov"], claims.ClaimFields(kind="arrest", date="1937-08-01"))
    claims.add_claim(catalog, ids["zhukov"], claims.ClaimFields(kind="arrest", date="1935"))
    claims.add_claim(catalog, ids["elkin"], claims.ClaimFields(kind="arrest", date="1936-02-11"))
    claims.add_claim(
        catalog, ids["yakovlev"], claims.ClaimFields(kind="arrest", date="1930", status="suggested")
    )
    return ids


def order_of(ids: list[int], listed: dict[str, int]) -> list[str]:
    names = {v: k for k, v in listed.items()}
    return [names[i] for i in ids]


def test_name_order_is_russian_alphabetical(catalog: Catalog, listed: dict[str, int]) -> None:
    # Ё sorts with Е (binary order would put it after Я); "Иван" before "Иванов".
    assert order_of(person_ids(catalog), listed) == [
        "elizarov", "elkin", "zhukov", "ivan", "ivanov", "yakovlev",
    ]  # fmt: skip
    assert order_of(person_ids(catalog, descending=True), listed)[0] == "yakovlev"


def test_birth_order_puts_undated_people_last(catalog: Catalog, listed: dict[str, int]) -> None:
    assert order_of(person_ids(catalog, order="birth"), listed) == [
        "yakovlev", "ivan", "zhukov", "elkin", "elizarov", "ivanov",
    ]  # fmt: skip
    assert order_of(person_ids(catalog, order="birth", descending=True), listed) == [
        "elkin", "zhukov", "ivan", "yakovlev", "ivanov", "elizarov",
    ]  # fmt: skip


def test_arrest_order_follows_the_first_accepted_arrest(
    catalog: Catalog, listed: dict[str, int]
) -> None:
    # Жуков's first arrest is 1935; Яковлев's 1930 claim is only suggested.
    assert order_of(person_ids(catalog, order="arrest"), listed)[:2] == ["zhukov", "elkin"]
    arrest = claims.add_claim(
        catalog, listed["ivanov"], claims.ClaimFields(kind="arrest", date="1929-01-05")
    )
    assert order_of(person_ids(catalog, order="arrest"), listed)[:3] == [
        "ivanov",
        "zhukov",
        "elkin",
    ]
    claims.update_claim(catalog, arrest.id, date="1938")
    assert order_of(person_ids(catalog, order="arrest"), listed)[:3] == [
        "zhukov",
        "elkin",
        "ivanov",
    ]
    claims.delete_claim(catalog, arrest.id)
    assert order_of(person_ids(catalog, order="arrest"), listed)[:2] == ["zhukov", "elkin"]


def test_a_name_query_filters_and_keeps_the_order(catalog: Catalog, listed: dict[str, int]) -> None:
    # "Иван" is Иван Петрович's surname and Елизаров's given name; Иванов is another name.
    assert order_of(person_ids(catalog, query="Иван"), listed) == ["elizarov", "ivan"]
    assert order_of(person_ids(catalog, order="birth", query="Иван"), listed) == [
        "ivan",
        "elizarov",
    ]
    assert person_ids(catalog, query="Неизвестный") == []


def test_pages_of_ids_cross_from_dated_to_undated(catalog: Catalog, listed: dict[str, int]) -> None:
    every = person_ids(catalog, order="birth")
    assert person_page(catalog, order="birth", limit=2) == every[:2]
    assert person_page(catalog, order="birth", offset=3, limit=2) == every[3:5]
    assert person_page(catalog, order="birth", offset=5, limit=10) == every[5:]
    assert person_page(catalog, order="name", offset=1, limit=3) == person_ids(catalog)[1:4]
    with pytest.raises(InvalidInput):
        person_page(catalog, order="shoe size")  # type: ignore[arg-type]


def test_rows_carry_what_a_list_shows(catalog: Catalog, listed: dict[str, int]) -> None:
    zhukov = listed["zhukov"]
    flags.add_person_flag(catalog, zhukov, "likely_falsified_death", "the date is ten years late")
    rows = person_rows(catalog, [listed["elkin"], zhukov, 999_999])
    assert [r.id for r in rows] == [listed["elkin"], zhukov]  # unknown ids are left out
    elkin, row = rows
    assert (elkin.full_name, str(elkin.birth), str(elkin.first_arrest)) == (
        "Ёлкин Пётр", str(persons.get_person(catalog, listed["elkin"]).summary.birth), "1936-02-11",
    )  # fmt: skip
    assert row.first_arrest is not None and row.first_arrest.iso == "1935"
    assert (row.flags_confirmed, row.flags_suggested, row.flags_dismissed) == (1, 0, 0)


def test_a_word_typed_so_far_lists_the_surnames_it_begins(catalog: Catalog) -> None:
    karpenko = add(
        catalog, "Карпенко Пётр Семёнович", variants=[("Karpenko Petr", "transliteration")]
    )
    goldman = add(catalog, "Гольдман Яков")
    add(catalog, "Лебедева Анна")
    # As the person types: the beginning of the surname, in Cyrillic or in Latin letters.
    assert person_ids(catalog, query="карп", prefix=True) == [karpenko]
    assert person_ids(catalog, query="Karp", prefix=True) == [karpenko]
    assert person_ids(catalog, query="Гольд", prefix=True) == [goldman]  # ь and л: one key
    assert person_ids(catalog, query="Gold", prefix=True) == [goldman]
    assert person_ids(catalog, query="карп") == []  # not a name on its own
    # One letter is too little to narrow anything; whole names still match under any spelling.
    assert person_ids(catalog, query="К", prefix=True) == []
    assert person_ids(catalog, query="Карпинко", prefix=True) == [karpenko]  # a typo
