"""Normalisers: sentencing and rehabilitating bodies, articles, sentences, causes of death."""

from __future__ import annotations

import pytest

from catalog.dates import PartialDate
from catalog.text import normalise_body, normalise_cause, normalise_sentence, parse_charges
from catalog.text.bodies import COVERED_BY_108SS, EXTRAJUDICIAL, body_code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Тройка при УНКВД Иркутской обл.", "TROIKA_NKVD"),
        ("тройкой УНКВД КК", "TROIKA_NKVD"),
        ("особая тройка при УНКВД по Ленинградской обл.", "TROIKA_NKVD"),
        ("Особая тройка при ПП ОГПУ по Сибкраю", "TROIKA_OGPU"),
        ("тройка ГПУ ТАССР", "TROIKA_OGPU"),
        ("милицейская тройка УРКМ", "TROIKA_MIL"),
        ("Комиссия НКВД СССР и Прокурора СССР", "DVOIKA"),
        ("Комиссией НКВД и Прокуратуры СССР", "DVOIKA"),
        ("НКВД и прокурора СССР", "DVOIKA"),
        ("Особое совещание при НКВД СССР", "OSO"),
        ("ОСО при НКВД СССР", "OSO"),
        ("ОС при НКВД СССР", "OSO"),
        ("Особое совещание #48-а", "OSO"),
        ("Особое совещание коллегии ОГПУ ТАССР", "OSO"),
        ("Коллегия ОГПУ", "OGPU_COLL"),
        ("ВКВС СССР", "VKVS"),
        ("ВК ВС СССР", "VKVS"),
        ("Военная Коллегия Верховного Суда СССР, выездная сессия", "VKVS"),
        ("Военный трибунал Черноморского флота", "VT"),
        ("ВТ ЗабВО", "VT"),
        ("Саратовский облсуд", "COURT"),
        ("линейный суд водного транспорта", "COURT"),
        ("Елабужский РИК", "ADMIN"),
        ("Президиум ЦИК ЧАССР", "ADMIN"),
        ("Чистопольская райтройка", "ADMIN"),
        ("ИЦ ГУВД Тюменской обл.", "MVD"),
        ("Прокуратура Смоленской обл.", "PROSECUTOR"),
        ("Смолгубчека", "CHEKA"),
        ("Омский губревтрибунал", "REVTRIB"),
        ("УНКВД по Актюбинской обл.", "NKVD"),
        ("какой-то орган", ""),
    ],
)
def test_body_codes(text: str, code: str) -> None:
    body = normalise_body(text)
    assert body is not None
    assert body.code == code
    assert body.text == text.rstrip(".") or body.text == text


def test_body_keeps_the_text_as_written() -> None:
    body = normalise_body('  "тройкой" при УНКВД по Омской обл., ')
    assert body is not None and body.text == '"тройкой" при УНКВД по Омской обл.'
    assert normalise_body("  , ") is None


@pytest.mark.parametrize(
    ("text", "date", "code"),
    [
        ("тройка", PartialDate(1931, 5, 1), "TROIKA_OGPU"),  # before the NKVD existed
        ("тройка", PartialDate(1937, 10, 20), "TROIKA_NKVD"),  # order 00447
        ("тройка", PartialDate(1936, 3, 1), "TROIKA"),  # undecided: not guessed
        ("тройка", None, "TROIKA"),
        ("особая тройка при УНКВД", PartialDate(1938, 10, 1), "SPEC_TROIKA"),
        ("особая тройка при УНКВД", PartialDate(1937, 10, 1), "TROIKA_NKVD"),
    ],
)
def test_troika_codes_depend_on_the_date(text: str, date: PartialDate | None, code: str) -> None:
    assert body_code(text, date) == code


def test_extrajudicial_sets() -> None:
    assert {"TROIKA_NKVD", "DVOIKA", "OSO"} <= EXTRAJUDICIAL
    assert "VKVS" in COVERED_BY_108SS and "VKVS" not in EXTRAJUDICIAL
    assert "COURT" not in COVERED_BY_108SS


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ('по ст. ст. 58-1 "а", 58-2, 58-8, 58-11 УК РСФСР.', "58-1а, 58-2, 58-8, 58-11 УК РСФСР"),
        ("58-10-11", "58-10, 58-11"),
        ("по ст. 58 п. 10 УК РСФСР", "58-10 УК РСФСР"),
        ("58/6", "58-6"),
        ("58-10 ч.2", "58-10 ч.2"),
        ("58-10, ч.1.", "58-10 ч.1"),
        ("58-10, 11", "58-10, 58-11"),
        ("по ст. 58 пп. 10, 11", "58-10, 58-11"),
        ("19-58-8 УК РСФСР", "19-58-8 УК РСФСР"),
        ("19-58-1б, 11 УК РСФСР", "19-58-1б, 58-11 УК РСФСР"),
        ("54-10 УК УССР", "54-10 УК УССР"),
        ("72 УК БССР - А/с агитация.", "72 УК БССР"),
        ("ст. 69, 70, 73 УК АзССР", "69, 70, 73 УК АзССР"),
        ("ст. 58-10 ч. 1 и 58-11", "58-10 ч.1, 58-11"),
        ("КРД", "КРД"),
        ("как ЧСИР", "ЧСИР"),
        ("член семьи изменника Родины", "ЧСИР"),
        ("как социально-опасный элемент", "СОЭ"),
        ("58-10, КРА", "58-10; КРА"),
    ],
)
def test_articles(text: str, canonical: str) -> None:
    charges = parse_charges(text)
    assert charges.found
    assert charges.canonical == canonical


def test_decrees_and_dates_are_not_articles() -> None:
    charges = parse_charges("кулаки (Постановление СНК и ЦИК СССР от 1.02.1930).")
    assert not charges.found
    assert charges.canonical == "кулаки (Постановление СНК и ЦИК СССР от 1.02.1930)."
    assert not parse_charges("немцы (Указ ПВС СССР №21/160 от 28.08.1941).").found


def test_has_article() -> None:
    charges = parse_charges("58-1а, 58-10 УК РСФСР")
    assert charges.has_article(58, "10") and charges.has_article(58)
    assert not charges.has_article(58, "6")


@pytest.mark.parametrize(
    ("text", "code", "years"),
    [
        ("ВМН", "vmn", None),
        ("расстрел", "vmn", None),
        ("к ВМН.", "vmn", None),
        ("к высшей мере наказания", "vmn", None),
        ("ВМН, конфискация имущества", "vmn", None),
        ("10 лет ИТЛ", "camp", 10),
        ("ИТЛ-10", "camp", 10),
        ("к лишению свободы на 5 лет", "camp", 5),
        ("10 лет", "camp", 10),
        ("10 лет, направлен в Тайшет", "camp", 10),
        ("отбывал в Севвостлаге", "camp", None),
        ("2г., 6м.", "camp", 2.5),
        ("10 л. л. с.", "camp", 10),
        ("3 года ссылки в Казахстан.", "exile", 3),
        ("спецпоселение в Томской обл.", "special_settlement", None),
        ("выселена в Казахстан (по нац. признаку)", "deportation", None),
        ("раскулачивание", "dekulakisation", None),
        ("лишен избирательных прав", "disenfranchisement", None),
        ("трудармия", "labour_army", None),
        ("дело прекращено за недостаточностью улик", "dropped", None),
        ("направлена на принудительное лечение", "psychiatric", None),
        ("решение неизвестно", "other", None),
    ],
)
def test_sentences(text: str, code: str, years: float | None) -> None:
    sentence = normalise_sentence(text)
    assert sentence.code == code
    assert sentence.years == years


def test_sentence_details() -> None:
    sentence = normalise_sentence("10 лет с последующим поражением в правах на 5 лет.")
    assert (sentence.code, sentence.years, sentence.disenfranchised_years) == ("camp", 10, 5)
    assert normalise_sentence("ВМН, конфискация имущества").confiscation
    commuted = normalise_sentence("к ВМН, заменена на 5 л.ИТЛ с поражением в правах на 3 г.")
    assert commuted.commuted and commuted.code == "camp" and commuted.years == 5
    assert not commuted.is_death
    cover = normalise_sentence("10 лет без права переписки")
    assert cover.cover_formula and not cover.is_death
    assert normalise_sentence("").code == ""


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("инфаркт миокарда", "myocardial_infarction"),
        ("гнойный плеврит", "pleurisy"),
        ("бронхиальная астма", "asthma"),
        ("паралич сердечно-сосудистой системы", "cardiac_paralysis"),
        ("паралич сердца", "cardiac_paralysis"),
        ("естественной смертью", "natural"),
        ("воспаление легких", "pneumonia"),
        ("крупозная пневмония", "pneumonia"),
        ("упадок сердечной деятельности", "heart_failure"),
        ("туберкулез легких", "tuberculosis"),
        ("пеллагра", "dystrophy"),
        ("расстрел", "execution"),
        ("розстріл", "execution"),
        ("інфаркт", "myocardial_infarction"),
        ("не установлена", "not_stated"),
        ("—", "not_stated"),
        ("утонул", "violent"),
        ("что-то иное", "other"),
    ],
)
def test_causes(text: str, code: str) -> None:
    assert normalise_cause(text).code == code


def test_empty_cause() -> None:
    cause = normalise_cause("  ")
    assert cause.code == "" and cause.blank
