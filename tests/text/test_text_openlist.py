"""Open List records: the «Формуляр» template and the page as shown."""

from __future__ import annotations

from catalog.text import parse_record
from catalog.text.openlist import is_openlist

TEMPLATE = """\
Сафронов Илья Федорович (1892)
{{Формуляр
| дата рождения = 1892
| место рождения = ЧО, Троицкий р-н, п. Ключевка
| пол = мужчина
| национальность = русский
| партийность = б/п
| дата ареста 1 = 27.03.1938
| осуждение 1 = 14.11.1938
| осудивший орган 1 = Особ. тройка УНКВД ЧО
| статья 1 = 58-6-9-11
| приговор 1 = 10 лет ИТЛ
| дата реабилитации 1 = 21.10.1960
| реабилитирующий орган 1 = Военный трибунал Уральского военного округа
| дата ареста 2 = 1949
| приговор 2 = ссылка на поселение
| любимое занятие = рыбалка
}}
[[Категория:Челябинская обл.]]
"""

SHOWN = """\
Сверкот Павел Валентинович (1903)
Дата рождения: 1903 г.
Место рождения: Польша
Пол: мужчина
Дата ареста: 16.04.1938
Приговор: ВМН (расстрел)
Расстрел: 17.10.1938
Место захоронения: г. Уфа
Дата реабилитации: 30.06.1961
Статья: 58, п. 6
"""


def test_template_fields_become_person_fields_and_claims_per_case() -> None:
    record = parse_record(TEMPLATE)
    assert record.form == "openlist"
    assert (record.surname, record.given_name, record.patronymic) == (
        "Сафронов",
        "Илья",
        "Федорович",
    )
    assert (record.sex, record.birth.iso, record.nationality) == ("m", "1892", "русский")  # type: ignore[union-attr]
    assert record.birth_place == "ЧО, Троицкий р-н, п. Ключевка"
    assert "Партийность: б/п" in record.facts and "Категория: Челябинская обл." in record.facts
    kinds = [str(c.kind) for c in record.claims]
    assert kinds == ["birth", "arrest", "sentence", "rehabilitation", "arrest", "sentence"]
    sentence = record.claims[2]
    assert (sentence.date.iso, sentence.body_code, sentence.article, sentence.sentence) == (  # type: ignore[union-attr]
        "1938-11-14",
        "TROIKA_NKVD",
        "58-6, 58-9, 58-11",
        "10 лет ИТЛ",
    )
    assert record.claims[3].body_code == "VT"
    assert record.claims[4].date.iso == "1949"  # type: ignore[union-attr]
    assert sentence.quote(TEMPLATE).splitlines()[0] == "| осуждение 1 = 14.11.1938"
    assert record.unparsed == ("любимое занятие: рыбалка",)


def test_the_page_as_shown() -> None:
    record = parse_record(SHOWN)
    assert record.form == "openlist"
    by_kind = {str(c.kind): c for c in record.claims}
    assert by_kind["execution"].date.iso == "1938-10-17"  # type: ignore[union-attr]
    assert by_kind["sentence"].sentence == "ВМН (расстрел)"
    assert by_kind["sentence"].article == "58-6"
    assert by_kind["burial"].place == "г. Уфа"
    assert by_kind["rehabilitation"].date.iso == "1961-06-30"  # type: ignore[union-attr]
    assert record.unparsed == ()


def test_memorial_records_are_not_taken_for_open_list() -> None:
    memorial = "Родился в 1896 г.\nПроживал: г. Иркутск.\nПриговорен: тройка 1937 г.\nПриговор: ВМН"
    assert not is_openlist(memorial)
    assert parse_record(memorial).form == "memorial"
