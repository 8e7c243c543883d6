"""Relatives, ЧСИР and exile read from record and certificate texts (pure parsing)."""

from __future__ import annotations

import pytest

from catalog.dates import PartialDate
from catalog.extract.certificates import read_certificate
from catalog.text.record import parse_record
from catalog.text.relatives import find_relatives, mentions_chsir
from catalog.vocab import Qualifier


@pytest.mark.parametrize(
    ("text", "role", "kind", "sex", "name"),
    [
        ("Жена — Иванова Мария Петровна", "жена", "spouse", "f", ("Иванова", "Мария", "Петровна")),
        ("муж: Сидоров Николай Иванович", "муж", "spouse", "m", ("Сидоров", "Николай", "Иванович")),
        ("сын Пётр", "сын", "child", "m", ("", "Пётр", "")),
        ("дочь Анна Ивановна", "дочь", "child", "f", ("", "Анна", "Ивановна")),
        ("Отец: Иванов Семён Ильич", "отец", "parent", "m", ("Иванов", "Семён", "Ильич")),
        ("мать - Иванова А. С.", "мать", "parent", "f", ("Иванова", "А.", "С.")),
        ("Брат Николай", "брат", "sibling", "m", ("", "Николай", "")),
        ("сестра Ольга Петровна", "сестра", "sibling", "f", ("", "Ольга", "Петровна")),
        ("дружина — Коваль Ганна", "дружина", "spouse", "f", ("Коваль", "Ганна", "")),
    ],
)
def test_each_role_is_read_with_the_name_it_gives(text, role, kind, sex, name) -> None:
    (mention,) = find_relatives(text)
    assert (mention.role, mention.kind, mention.sex) == (role, kind, sex)
    assert (mention.surname, mention.given_name, mention.patronymic) == name
    assert mention.quote == text


def test_several_relatives_with_birth_years_and_the_words_they_rest_on() -> None:
    text = "Жена — Иванова Мария Петровна; сын Пётр (1925); дочь Анна, 1927 г. р."
    mentions = find_relatives(text)
    assert [(m.given_name, m.birth_year) for m in mentions] == [
        ("Мария", None),
        ("Пётр", 1925),
        ("Анна", 1927),
    ]
    assert [text[m.start : m.end] for m in mentions] == [m.quote for m in mentions]


@pytest.mark.parametrize(
    "text",
    [
        "Сын кулака.",
        "Арестован вместе с братом Петром.",
        "муж сестры не указан",
        "Жена врага народа",
    ],
)
def test_roles_without_a_name_or_in_another_case_are_not_relatives(text) -> None:
    assert find_relatives(text) == []


def test_chsir_is_a_known_category_for_the_relative_and_the_text() -> None:
    (wife,) = find_relatives("Его жена Иванова М. П., 1899 г.р., осуждена как ЧСИР к 8 годам ИТЛ.")
    assert wife.chsir and wife.birth_year == 1899
    assert mentions_chsir("обв.: член семьи изменника Родины")
    assert mentions_chsir("осуждена как ЧСИР")
    assert not mentions_chsir("Чсирский район")


def test_a_record_keeps_the_relatives_words_out_of_its_subjects_claims() -> None:
    record = parse_record(
        "Иванов Иван Петрович. Арестован в 1937-1938 гг. Жена — Иванова Мария Петровна, "
        "осуждена как ЧСИР; сын Пётр (1925). Брат Николай расстрелян в 1938 г."
    )
    assert [c.kind for c in record.claims] == ["arrest"]
    assert [(r.role, r.chsir) for r in record.relatives] == [
        ("жена", True),
        ("сын", False),
        ("брат", False),
    ]
    assert record.relatives[2].quote == "Брат Николай расстрелян в 1938 г"
    assert not any("Жена" in u or "Брат" in u for u in record.unparsed)


@pytest.mark.parametrize(
    ("text", "kind", "date", "place"),
    [
        (
            "Иванов Иван. Раскулачен, выслан в 1931 г. в Казахстан.",
            "deportation",
            PartialDate(1931),
            "Казахстан",
        ),
        (
            "Иванов Иван. Сослан в Нарымский край в 1930-1933 гг.",
            "exile",
            PartialDate.range_of(PartialDate(1930), PartialDate(1933)),
            "Нарымский край",
        ),
        (
            "Кох Иван. Спецпоселение с 1941 по 1956 г.",
            "special_settlement",
            PartialDate.range_of(PartialDate(1941), PartialDate(1956), Qualifier.PERIOD),
            "",
        ),
        (
            "Шмидт Иван Иванович. В 1942 г. мобилизован в трудармию.",
            "labour_army",
            PartialDate(1942),
            "",
        ),
        ("Миллер Анна. Депортирована в 1944 г.", "deportation", PartialDate(1944), ""),
    ],
)
def test_exile_and_deportation_are_claims_of_their_own_kind(text, kind, date, place) -> None:
    claims = [c for c in parse_record(text).claims if c.kind != "birth"]
    assert [(c.kind, c.date, c.place) for c in claims] == [(kind, date, place)]


def test_a_sentence_of_exile_stays_a_sentence() -> None:
    record = parse_record(
        "Петров Петр Петрович. Арестован 1 мая 1937 г. Приговорен: ОСО 10 мая 1937 г., "
        "обв.: ЧСИР. Приговор: 5 лет ссылки в Казахстан."
    )
    assert [c.kind for c in record.claims] == ["arrest", "sentence"]
    assert record.claims[1].article == "ЧСИР"


def test_a_rehabilitation_certificate_states_settlement_and_labour_army() -> None:
    found = read_certificate(
        "СПРАВКА О РЕАБИЛИТАЦИИ\nМиллер Анна Ивановна, 1910 года рождения, в 1941 г. выселена "
        "на спецпоселение в Новосибирскую обл. С 1942 по 1946 г. находилась в трудармии. "
        "Реабилитирована 10 мая 1992 г.",
        "rehabilitation_certificate",
    )
    kinds = {c.kind: c for c in found.claims}
    assert kinds["special_settlement"].date == PartialDate(1941)
    assert kinds["labour_army"].date.qualifier is Qualifier.PERIOD
