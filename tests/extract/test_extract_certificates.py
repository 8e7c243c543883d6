"""Certificate field extraction from transcribed text, without a catalogue."""

from __future__ import annotations

import pytest

from catalog.extract import document_kind, read_certificate
from catalog.extract.words import place_words, union_box, words_in
from catalog.transcripts import Word

DEATH_CERTIFICATE = """\
СВИДЕТЕЛЬСТВО О СМЕРТИ
Гражданин Злотников Семён Абрамович
умер(ла) 10 июня 1943 г. (десятого июня тысяча девятьсот сорок третьего года)
в возрасте 43 лет, о чем в книге записей актов гражданского состояния о смерти
1957 года мая месяца 14 числа произведена запись за № 123
Причина смерти гнойный плеврит
Место смерти: город, селение — район — область —
Место регистрации Бюро ЗАГС Фрунзенского района г. Минска
Дата выдачи 14 мая 1957 г.
Серия IV-АИ № 123456
"""

REHABILITATION = """\
ПРОКУРАТУРА
ХАРЬКОВСКОЙ ОБЛАСТИ
12.03.1992 № 13-4567
СПРАВКА
Гражданин Карпенко Пётр Семёнович, 1894 года рождения, уроженец с. Ковали Полтавской губ., \
арестован 12 августа 1937 г. Тройкой при УНКВД по Харьковской обл. 10 октября 1937 г. \
осужден по ст. 54-10 УК УССР к ВМН. Приговор приведен в исполнение 20 октября 1937 г.
На основании ст. 1 Указа Президиума Верховного Совета СССР от 16 января 1989 г. \
Карпенко П.С. реабилитирован.
"""

ARCHIVAL_REPLY = """\
АРХИВНАЯ СПРАВКА
По материалам архивного уголовного дела № 12345 Злотников Семен Абрамович, 1900 г.р., \
уроженец г. Минска, арестован 15 ноября 1937 г. Решением Комиссии НКВД СССР и Прокурора СССР \
от 2 января 1938 г. приговорен к высшей мере наказания — расстрелу. Приговор приведен в \
исполнение 9 января 1938 г. в г. Минске. Реабилитирован 14 июня 1958 г. Военным трибуналом \
БВО за отсутствием состава преступления.
"""


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (DEATH_CERTIFICATE, "death_certificate"),
        ("ПОВТОРНОЕ СВИДЕТЕЛЬСТВО О СМЕРТИ\nГр. Иванов", "death_certificate"),
        (REHABILITATION, "rehabilitation_certificate"),
        (ARCHIVAL_REPLY, "archival_reply"),
        ("Дорогая Маша, пишу тебе", "other"),
    ],
)
def test_document_kind_from_text(text: str, kind: str) -> None:
    assert document_kind(text) == kind


def test_declared_kind_wins() -> None:
    assert document_kind("Дорогая Маша", "death_certificate") == "death_certificate"


def test_death_certificate_fields() -> None:
    found = read_certificate(DEATH_CERTIFICATE)
    assert found.name is not None and found.name.value == "Злотников Семён Абрамович"
    death = next(c for c in found.claims if c.kind == "death")
    assert death.date.iso == "1943-06-10"  # type: ignore[union-attr]
    assert death.cause == "гнойный плеврит"
    assert death.place == ""  # only the printed words of the form: left blank
    assert death.note == "в возрасте 43 лет"
    act = next(c for c in found.claims if c.kind == "other")
    assert act.date.iso == "1957-05-14"  # type: ignore[union-attr]
    assert act.note == "запись акта о смерти № 123"
    assert act.body == "Бюро ЗАГС Фрунзенского района г. Минска"
    fields = {f.name: f.value for f in found.document_fields}
    assert fields == {
        "issuer": "Бюро ЗАГС Фрунзенского района г. Минска",
        "act_record": "1957-05-14",
        "issued": "1957-05-14",
        "series": "IV-АИ № 123456",
    }


def test_death_certificate_spans_point_at_the_words() -> None:
    found = read_certificate(DEATH_CERTIFICATE)
    death = next(c for c in found.claims if c.kind == "death")
    quoted = [DEATH_CERTIFICATE[a:b] for a, b in death.spans]
    assert quoted[0] == "умер(ла) 10 июня 1943 г."
    assert "Причина смерти гнойный плеврит" in quoted


def test_place_of_death_written_in() -> None:
    text = DEATH_CERTIFICATE.replace(
        "Место смерти: город, селение — район — область —",
        "Место смерти: г. Минск",
    )
    death = next(c for c in read_certificate(text).claims if c.kind == "death")
    assert death.place == "г. Минск"


def test_ocr_noise_is_tolerated() -> None:
    noisy = DEATH_CERTIFICATE.replace("Причина смерти", "Пpичина смеpти").replace(
        "гнойный плеврит", "гной-\nный плеврит"
    )
    death = next(c for c in read_certificate(noisy).claims if c.kind == "death")
    assert death.cause == "гнойный плеврит"


def test_rehabilitation_certificate() -> None:
    found = read_certificate(REHABILITATION)
    kinds = [str(c.kind) for c in found.claims]
    assert kinds == ["birth", "arrest", "sentence", "execution", "rehabilitation"]
    sentence = found.claims[2]
    assert (sentence.body_code, sentence.article, sentence.sentence) == (
        "TROIKA_NKVD",
        "54-10 УК УССР",
        "ВМН",
    )
    assert found.claims[3].date.iso == "1937-10-20"  # type: ignore[union-attr]
    assert "Указа Президиума" in found.claims[4].basis
    fields = {f.name: f.value for f in found.document_fields}
    assert fields == {"issuer": "ПРОКУРАТУРА ХАРЬКОВСКОЙ ОБЛАСТИ", "issued": "1992-03-12"}
    assert found.name is not None and found.name.value == "Карпенко Пётр Семёнович"


def test_archival_reply() -> None:
    found = read_certificate(ARCHIVAL_REPLY)
    by_kind = {str(c.kind): c for c in found.claims}
    assert by_kind["sentence"].body == "Решением Комиссии НКВД СССР и Прокурора СССР"
    assert by_kind["sentence"].date.iso == "1938-01-02"  # type: ignore[union-attr]
    assert by_kind["execution"].place == "в г. Минске"
    assert by_kind["rehabilitation"].body_code == "VT"
    assert by_kind["rehabilitation"].basis == "за отсутствием состава преступления"


def test_words_are_placed_with_or_without_offsets() -> None:
    text = "умер 10 июня 1943 г."
    with_offsets = [
        Word("умер", 0, 0, 40, 10, start=0, end=4),
        Word("10", 50, 0, 20, 10, start=5, end=7),
    ]
    without = [Word("умер", 0, 0, 40, 10), Word("10", 50, 0, 20, 10), Word("июня", 80, 2, 40, 12)]
    assert [(p.start, p.end) for p in place_words(text, with_offsets)] == [(0, 4), (5, 7)]
    placed = place_words(text, without)
    assert [(p.start, p.end) for p in placed] == [(0, 4), (5, 7), (8, 12)]
    words = words_in(placed, 0, 12)
    assert union_box(words) == (0, 0, 120, 14)
    assert union_box([]) is None


# An archival reply as OCR returns a typed page: sentences wrapped across lines, and a typed
# full stop read as a comma («1937 года, Осужден»).
WRAPPED_ARCHIVAL_REPLY = """\
АРХИВНАЯ СПРАВКА
Корнилов Степан Игнатьевич,
1896 года рождения, арестован
15 ноября 1937 года, Осужден
Тройкой УНКВД по Иркутской области
19 февраля 1938 года к высшей мере
наказания - расстрелу.
Приговор приведен в исполнение
21 февраля 1938 года.
Реабилитирован 25 января 1957 года.
"""


def test_a_wrapped_ocr_text_is_read_sentence_by_sentence() -> None:
    found = read_certificate(WRAPPED_ARCHIVAL_REPLY)
    events = [(str(c.kind), c.date.iso if c.date else None) for c in found.claims]
    assert events == [
        ("birth", "1896"),
        ("arrest", "1937-11-15"),
        ("sentence", "1938-02-19"),
        ("execution", "1938-02-21"),
        ("rehabilitation", "1957-01-25"),
    ]
    sentence = found.claims[2]
    assert (sentence.body_code, sentence.sentence) == (
        "TROIKA_NKVD",
        "высшей мере наказания - расстрелу",
    )
    # No date from the prose is taken for the date of issue.
    assert [f.name for f in found.document_fields if f.name == "issued"] == []
    # Each claim cites its own words, not the whole page.
    text = WRAPPED_ARCHIVAL_REPLY
    (execution_span,) = found.claims[3].spans
    assert text[execution_span[0] : execution_span[1]].startswith("Приговор приведен")
