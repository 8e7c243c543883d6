"""Each tolerance of name search finds the right person and leaves clearly wrong ones out."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from catalog.db import Catalog
from catalog.search import search
from tests.search.conftest import add, names

PEOPLE = {
    "zerov": ("Зеров Михаил Константинович", {"sex": "m", "birth": "1890"}),
    "serov": ("Серов Иван Петрович", {}),
    "petrov": ("Петров Зиновий Андреевич", {}),
    "ivanov": ("Иванов Иван Иванович", {}),
    "ivanova": ("Иванова Мария Ивановна", {"sex": "f"}),
    "ivanov_p": ("Иванов Пётр Сергеевич", {}),
    "grossinger": ("Гросингер Давид Моисеевич", {}),
    "petrovsky": ("Петровский Николай Андреевич", {}),
    "petrovskaya": ("Петровская Ольга Николаевна", {"sex": "f"}),
    "severov": ("Сѣверовъ Николай Ивановичъ", {}),
    "khrushchev": ("Хрущёв Алексей Никитич", {}),
    "shcherbakova": ("Щербакова Юлия Андреевна", {"sex": "f"}),
    "oleinik": ("Олейник Григорий Степанович", {}),
    "kurbas": (
        "Курбас Лесь Степанович",
        {"variants": [("Курбас Александр Степанович", "spelling")]},
    ),
    "karpenko": (
        "Карпенко Пётр Семёнович",
        {"variants": [("Karpenko Petro Semenovych", "transliteration")]},
    ),
    "kats": ("Кац Ян", {}),
    "smirnova": (
        "Смирнова Анна Павловна",
        {"sex": "f", "variants": [("Кузнецова Анна Павловна", "maiden")]},
    ),
    "filippov": ("Филиппов Сергей Ильич", {}),
}


@pytest.fixture(scope="module")
def people(module_catalog: Catalog) -> Iterator[tuple[Catalog, dict[str, str]]]:
    full: dict[str, str] = {}
    for key, (name, fields) in PEOPLE.items():
        add(module_catalog, name, **dict(fields))
        full[key] = name
    yield module_catalog, full


def found(catalog: Catalog, query: str) -> list[str]:
    return names(search(catalog, query, texts=False).persons)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        # ё/е, case and gender forms, capitals
        ("Zerov", "zerov"),
        ("Зёров", "zerov"),
        ("Зерова", "zerov"),
        ("Зерову", "zerov"),
        ("ЗЕРОВЫМ", "zerov"),
        ("Иванову", "ivanov"),
        ("Петровскому", "petrovsky"),
        ("Петровская", "petrovskaya"),
        # doubled consonants
        ("Гроссингер", "grossinger"),
        ("Филипов", "filippov"),
        # pre-1918 spelling, stored or typed
        ("Северов Николай", "severov"),
        ("Сѣверовъ", "severov"),
        ("Петровскаго", "petrovsky"),
        ("Петровскій", "petrovsky"),
        # initials
        ("Иванов И. И.", "ivanov"),
        ("Иванов И.И.", "ivanov"),
        ("И. И. Иванов", "ivanov"),
        ("Иванов П.", "ivanov_p"),
        # transliterations: ICAO, BGN/PCGN, ISO 9 / GOST 7.79, LC, ISO/R 9, German, Polish
        ("Khrushchev", "khrushchev"),
        ("Khrushchyov", "khrushchev"),
        ("Hruŝëv", "khrushchev"),
        ("Iuliia Shcherbakova", "shcherbakova"),
        ("Yuliya Shcherbakova", "shcherbakova"),
        ("Ûliâ Ŝerbakova", "shcherbakova"),
        ("I͡ulii͡a Shcherbakova", "shcherbakova"),
        ("Julija Ščerbakova", "shcherbakova"),
        ("Julia Schtscherbakowa", "shcherbakova"),
        ("Julia Szczerbakowa", "shcherbakova"),
        ("Mikhail Zerov", "zerov"),
        ("Zerov M. K.", "zerov"),
        ("Hryhorii Oliinyk", "oleinik"),
        # one-letter typos: changed, dropped, added, swapped
        ("Зкров", "zerov"),
        ("Зерв", "zerov"),
        ("Зееров Михаил", "zerov"),
        ("Гросигнер", "grossinger"),
        ("Хрушёв", "khrushchev"),
        ("Chruschtschow", "khrushchev"),
        # variants: a maiden name, another given name, a stored transliteration
        ("Кузнецова", "smirnova"),
        ("Курбас Александр", "kurbas"),
        ("Karpenko Petro", "karpenko"),
        # Ukrainian letters, short names
        ("Олійник", "oleinik"),
        ("Кац Ян", "kats"),
    ],
)
def test_tolerance_finds_the_person_first(
    people: tuple[Catalog, dict[str, str]], query: str, expected: str
) -> None:
    catalog, full = people
    result = found(catalog, query)
    assert result, f"{query!r} found nobody"
    assert result[0] == full[expected], f"{query!r} → {result}"


@pytest.mark.parametrize(
    ("query", "wrong"),
    [
        ("Зеров", "petrov"),
        ("Зеров", "ivanov"),
        ("Zerov", "petrov"),
        ("Петров", "zerov"),
        ("Иванов И. И.", "ivanov_p"),
        ("Иванов И. И.", "ivanova"),
        ("Иванов П.", "ivanov"),
        ("Гроссингер", "serov"),
        ("Щербакова", "khrushchev"),
        ("Iuliia Shcherbakova", "smirnova"),
        ("Кац", "kurbas"),
    ],
)
def test_clearly_wrong_people_are_not_found(
    people: tuple[Catalog, dict[str, str]], query: str, wrong: str
) -> None:
    catalog, full = people
    assert full[wrong] not in found(catalog, query)


def test_unknown_names_find_nobody(people: tuple[Catalog, dict[str, str]]) -> None:
    catalog, _ = people
    assert found(catalog, "Абвгдейкин") == []
    assert found(catalog, "И. И.") == []  # initials alone name nobody
    assert found(catalog, "") == []


def test_exact_spelling_ranks_above_a_one_letter_neighbour(
    people: tuple[Catalog, dict[str, str]],
) -> None:
    catalog, full = people
    hits = search(catalog, "Зеров", texts=False).persons
    scores = {hit.name: hit.score for hit in hits}
    assert hits[0].name == full["zerov"] and hits[0].score == 1.0
    assert full["serov"] in scores  # one letter away: found, but ranked below
    assert scores[full["serov"]] < scores[full["zerov"]]


def test_gender_forms_rank_the_typed_form_first(people: tuple[Catalog, dict[str, str]]) -> None:
    catalog, full = people
    assert found(catalog, "Иванова")[0] == full["ivanova"]
    # Equal scores are ordered by name.
    assert found(catalog, "Иванов")[:3] == [full["ivanov"], full["ivanov_p"], full["ivanova"]]


def test_a_hit_through_a_variant_says_which_spelling_matched(
    people: tuple[Catalog, dict[str, str]],
) -> None:
    catalog, full = people
    hit = search(catalog, "Кузнецова Анна", texts=False).persons[0]
    assert hit.name == full["smirnova"]
    assert hit.matched == "Кузнецова Анна Павловна"
    assert search(catalog, "Смирнова Анна", texts=False).persons[0].matched == ""


def test_hits_carry_id_and_birth(people: tuple[Catalog, dict[str, str]]) -> None:
    catalog, _ = people
    hit = search(catalog, "Зеров", texts=False).persons[0]
    assert hit.birth is not None and hit.birth.iso == "1890"
    assert isinstance(hit.id, int) and 0 < hit.score <= 1


def test_limit_and_a_wrong_extra_word(people: tuple[Catalog, dict[str, str]]) -> None:
    catalog, full = people
    assert len(search(catalog, "Иванов", limit=1, texts=False).persons) == 1
    # No arrangement fits "Бонифатий": the surname alone is used, with a lower score.
    relaxed = search(catalog, "Зеров Бонифатий", texts=False).persons
    assert relaxed[0].name == full["zerov"] and relaxed[0].score < 0.7
