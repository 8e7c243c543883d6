"""Name keys, Latin keys and full-text tokens: what meets and what stays apart."""

from __future__ import annotations

import iuliia
import pytest

from catalog.search.keys import deletions, name_rows, term_key_rows
from catalog.search.normalize import (
    gender_of,
    name_term,
    query_terms,
    query_tokens,
    sort_key,
    uncollapsed_term,
)
from catalog.search.text import index_tokens, parse_query, snippet
from catalog.search.translit import (
    GERMAN,
    POLISH,
    UKRAINIAN,
    latin_keys,
    latin_query_terms,
    transliterate,
)


@pytest.mark.parametrize(
    "forms",
    [
        ["Иванов", "Иванова", "Иванову", "Ивановой", "ИВАНОВ", "Иванoв"],  # last: Latin "o"
        ["Петровский", "Петровская", "Петровского", "Петровскому", "Петровскаго", "Петровскій"],
        ["Зеров", "Зёров", "Зеровъ", "Зерова"],
        ["Гросингер", "Гроссингер"],
        ["Сѣверовъ", "Северов"],
        ["Мария", "Марии", "Марию", "Марией", "Марія"],
        ["Андрей", "Андрея", "Андрею"],
        ["Ѳёдор", "Фёдор", "Федор", "Фёдора"],
        ["Йосиф", "Иосиф"],
    ],
)
def test_spellings_of_one_name_share_a_key(forms: list[str]) -> None:
    assert len({name_term(form) for form in forms}) == 1, {f: name_term(f) for f in forms}


@pytest.mark.parametrize(
    ("one", "other"),
    [("Иванов", "Иван"), ("Зеров", "Петров"), ("Петров", "Петровский"), ("Кац", "Кан")],
)
def test_different_names_keep_different_keys(one: str, other: str) -> None:
    assert name_term(one) != name_term(other)


def test_oblique_forms_are_tried_only_for_typed_words() -> None:
    # "Максим" is a nominative ending in -им; stored, it keeps its letters.
    assert name_term("Максим") == "максим"
    assert name_term("Ивановым") != name_term("Иванов")
    assert name_term("Иванов") in query_terms("Ивановым")
    assert uncollapsed_term("Мюллер") == "мюллер" and name_term("Мюллер") == "мюлер"


@pytest.mark.parametrize(
    "scheme",
    [
        iuliia.ICAO_DOC_9303, iuliia.BGN_PCGN, iuliia.GOST_779, iuliia.ALA_LC,
        iuliia.WIKIPEDIA, iuliia.MVD_310, iuliia.ISO_9_1968, GERMAN, POLISH, UKRAINIAN,
    ],
)  # fmt: skip
@pytest.mark.parametrize(
    "name", ["Хрущёв", "Щербакова", "Юлия", "Цветаева", "Евгений", "Семёнович"]
)
def test_every_scheme_leads_back_to_the_name(scheme: object, name: str) -> None:
    typed = transliterate(scheme, name)  # type: ignore[arg-type]
    term = name_term(name)
    keys = latin_keys(term)
    assert any(q in keys for q in latin_query_terms(typed)) or any(
        q in {k for key in keys for k in {key, *deletions(key)}} for q in latin_query_terms(typed)
    ), (typed, keys)


def test_transliterate_spells_out_what_iuliia_leaves_cyrillic() -> None:
    assert transliterate(iuliia.BGN_PCGN, "Королёва") == "Korolëva"
    for scheme in (GERMAN, POLISH, UKRAINIAN):
        spelled = transliterate(scheme, "Подъячев Ёлкин Эйдеман Григорьев Мыльный Щукин")
        assert spelled.isascii() or all(ord(ch) < 0x400 for ch in spelled), spelled


def test_query_tokens_read_initials_and_library_of_congress_ties() -> None:
    tokens = query_tokens("Иванов И.И. I͡ulii͡a Pet·salenko")
    assert [(t.text, t.initial) for t in tokens] == [
        ("Иванов", False), ("И", True), ("И", True), ("Iuliia", False), ("Pet·salenko", False),
    ]  # fmt: skip
    assert tokens[4].parts == ("Petsalenko",)


def test_name_rows_cover_variants_and_double_surnames() -> None:
    rows = name_rows(
        7,
        [
            (0, "Римский-Корсаков", "Николай", ""),
            (3, "Зеров", "Микола", ""),
            (4, "Зёров", "Микола", ""),
        ],
    )
    assert ("римск", "никол", "", 7, 0) in rows and ("корсаков", "никол", "", 7, 0) in rows
    assert ("зеров", "микол", "", 7, 3) in rows
    assert all(row[4] != 4 for row in rows)  # keys exactly like variant 3's add nothing


def test_key_rows_reach_a_term_by_typo_and_transliteration() -> None:
    rows = term_key_rows("зеров", "зеров")
    assert ("зеров", "зеров", "зеров") in rows
    assert ("зерв", "зеров", "зеров") in rows  # a dropped letter
    assert ("zerov", "зеров", "zerov") in rows and ("serov", "зеров", "serov") in rows  # German
    assert deletions("ян") == set()  # short names get no typo neighbourhood


def test_gender_of_case_forms() -> None:
    assert [gender_of(w) for w in ("Петровскому", "Петровской", "Иванову", "Ивановна", "Кац")] == [
        "m", "f", "m", "f", None,
    ]  # fmt: skip


def test_sort_key_is_alphabetical_with_yo_beside_ye() -> None:
    names = [
        ("Ёлкин", "", ""),
        ("Елизаров", "", ""),
        ("Жуков", "", ""),
        ("", "Анна", ""),
        ("Ел", "", ""),
    ]
    ordered = sorted(names, key=lambda n: sort_key(*n))
    assert ordered == [
        ("Ел", "", ""),
        ("Елизаров", "", ""),
        ("Ёлкин", "", ""),
        ("Жуков", "", ""),
        ("", "Анна", ""),
    ]


def test_full_text_tokens_stem_and_keep_capitalised_words() -> None:
    # Stems; the stem of a stem when shorter ("расстреля" → "расстрел"); capitalised words
    # also as written ("Киеве", which Snowball would confuse with "Киев" → "ки").
    assert index_tokens("Приговорена тройкой, расстреляна в Киеве") == (
        "приговор приговорена тройк расстреля расстрел в киев киеве"
    )
    assert index_tokens("приговоренъ") == index_tokens("приговорен")  # pre-1918


def test_full_text_queries_and_snippets() -> None:
    query = parse_query("в местах заключения")  # "в" is a stopword
    assert query is not None
    assert query.match_expression() == (
        '("мест" OR "местах") AND ("заключен" OR "заключ" OR "заключения")'
    )
    # Snowball cuts "плеврит" to "плевр" but "плеврита" to "плеврит": each finds the other.
    plevrit, plevrita = parse_query("плеврит"), parse_query("плеврита")
    assert plevrit is not None and plevrita is not None
    assert "плевр" in index_tokens("плеврита").split() and "плевр" in plevrit.terms[0].tokens
    assert "плевр" in plevrita.terms[0].tokens
    cut = snippet("Умер\n  в местах   заключения от плеврита.", query)
    assert cut.text == "Умер в местах заключения от плеврита."
    assert cut.marked() == "Умер в [местах] [заключения] от плеврита."
    assert cut.first_match == len("Умер\n  в ")
