"""The duplicate finder: 20 seeded pairs rank above every namesake pair; reasons; blocking."""

from __future__ import annotations

from catalog.db import Catalog
from catalog.services import claims, documents, duplicates, persons

# (first record, second record): one person written twice, each as
# "surname|given|patronymic|birth|place". Every way a duplicate arises in the sources
# appears once or more.
DUPLICATES = [
    ("Карпенко|Ефим|Семёнович|1894|", "Карпенко|Евфимий|Семенович|1894|"),
    ("Иванова|Аграфена|Ильинична|1901|", "Иванова|Агриппина|Ильинична||"),
    ("Лебедев|Пётр|Иванович|1890|Тула", "Лебедев|Петр|Иванович|1890|г. Тула"),
    ("Ковальчук|Олександр|Петрович|1899|", "Ковальчук|Александр|Петрович|1899|"),
    ("Шевчук|Микола|Іванович|1905|", "Шевчук|Николай|Иванович|1905|"),
    ("Соколов|Иван|Петрович|1888|", "Соколов|И.|П.||"),
    ("Морозов|Алексѣй|Андреевичъ|1880|", "Морозов|Алексей|Андреевич|1880|"),
    ("Фёдоров|Семён|Ильич|1912|", "Федоров|Семен|Ильич|1912|"),
    ("Гроссман|Давид|Яковлевич|1897|", "Гросман|Давид|Яковлевич|1897|"),
    ("Ivanov|Ivan|Ivanovich|1903|", "Иванов|Иван|Иванович|1903|"),
    ("Petrenko|Vasyl||1910|", "Петренко|Василий||1910|"),
    ("Кузнецова|Прасковья|Фёдоровна|1893|", "Кузнецова|Параскева|Федоровна|1893|"),
    ("Смирнов|Егор|Кузьмич|1885|", "Смирнов|Георгий|Кузьмич|1885|"),
    ("Попова|Ксения|Ивановна|1920|", "Попова|Аксинья|Ивановна||"),
    ("Волков|Осип|Маркович|1899|", "Волков|Иосиф|Маркович|1899|"),
    ("Зайцев|Тимофей|Егорович||", "Зайцев|Тимофей|Егорович|1907|"),
    ("Новиков|Яков|Львович|1890|", "Новиков|Я.|Л.|1890|"),
    ("Бондаренко|Ганна|Петрівна|1915|", "Бондаренко|Анна|Петровна|1915|"),
    ("Медведев|Дмитрий|Павлович|1901|", "Медведев|Димитрий|Павлович||"),
    ("Орлова|Евдокия|Никитична|1896|", "Орлова|Авдотья|Никитична|1896|"),
]

# Namesakes: the same name, other people (other birth years, or another father).
NAMESAKES = [
    ("Карпенко|Ефим|Семёнович|1920|", "Карпенко|Ефим|Семенович|1931|"),
    ("Петров|Иван|Иванович|1890|", "Петров|Иван|Иванович|1905|"),
    ("Петров|Иван|Сергеевич||", "Петров|Иван|Андреевич||"),
    ("Сидоров|Пётр|Ильич||Москва", "Сидоров|Пётр|Николаевич||Киев"),
    ("Иванова|Мария|Петровна|1899|", "Иванова|Мария|Петровна|1921|"),
]


def add(catalog: Catalog, record: str | tuple[str, str, str, str | None, str]) -> int:
    """A person from "Фамилия|Имя|Отчество|birth|place" (or the same as a tuple)."""
    if isinstance(record, str):
        record = tuple(record.split("|"))  # type: ignore[assignment]
    surname, given, patronymic, birth, place = record
    birth = birth or None
    return persons.add_person(
        catalog,
        persons.PersonFields(
            surname=surname, given_name=given, patronymic=patronymic, birth=birth, birth_place=place
        ),
    ).id


def seed(catalog: Catalog) -> tuple[set[frozenset[int]], set[frozenset[int]]]:
    dups = {frozenset((add(catalog, a), add(catalog, b))) for a, b in DUPLICATES}
    names = {frozenset((add(catalog, a), add(catalog, b))) for a, b in NAMESAKES}
    return dups, names


def test_every_seeded_pair_ranks_above_every_namesake_pair(catalog: Catalog) -> None:
    dups, namesakes = seed(catalog)
    report = duplicates.find_duplicates(catalog, min_score=0.0)
    ranked = [frozenset((p.a, p.b)) for p in report.pairs]
    assert [p.score for p in report.pairs] == sorted((p.score for p in report.pairs), reverse=True)
    missing = dups - set(ranked)
    assert not missing, [next(iter(m)) for m in missing]
    worst_duplicate = max(ranked.index(pair) for pair in dups)
    proposed_namesakes = [ranked.index(pair) for pair in namesakes if pair in ranked]
    assert all(index > worst_duplicate for index in proposed_namesakes)
    # Namesakes whose birth years differ are not proposed at all.
    for (a, b), pair in zip(NAMESAKES, sorted(namesakes, key=min), strict=True):
        a_birth, b_birth = a.split("|")[3], b.split("|")[3]
        if a_birth and b_birth and a_birth != b_birth:
            assert pair not in ranked
    # With the default threshold only the duplicates are proposed.
    default = {frozenset((p.a, p.b)) for p in duplicates.find_duplicates(catalog).pairs}
    assert default == dups


def test_reasons_say_why_in_three_languages(catalog: Catalog) -> None:
    a = add(catalog, ("Карпенко", "Ефим", "Семёнович", "1894", "с. Ковали"))
    b = add(catalog, ("Карпенко", "Евфимий", "Семенович", "1894", "с. Ковали"))
    document = documents.add_document(
        catalog, documents.DocumentFields(kind="archival_reply", title="Архивная справка")
    )
    for person in (a, b):
        documents.link_person(catalog, document.id, person, "subject")
        claims.add_claim(
            catalog,
            person,
            claims.ClaimFields(kind="arrest", date="1937-08-12", document_id=document.id),
        )
    (pair,) = duplicates.find_duplicates(catalog).pairs
    assert pair.score > 0.9
    english = [r.text("en") for r in pair.reasons]
    assert "Ефим and Евфимий are forms of one given name" in english
    assert "born the same year: 1894" in english
    assert "both in the document «Архивная справка»" in english
    assert "the same arrest date: 1937-08-12" in english
    assert "Ефим и Евфимий — формы одного имени" in [r.text("ru") for r in pair.reasons]
    assert "народилися в одному році: 1894" in [r.text("uk") for r in pair.reasons]


def test_different_surnames_are_never_compared(catalog: Catalog) -> None:
    add(catalog, ("Иванов", "Иван", "Иванович", "1900", ""))
    add(catalog, ("Петров", "Иван", "Иванович", "1900", ""))
    report = duplicates.find_duplicates(catalog, min_score=0.0)
    assert report.pairs == [] and report.candidates == 0


def test_a_surname_misread_by_one_letter_pairs_when_name_and_birth_year_agree(
    catalog: Catalog,
) -> None:
    """OCR and typists drop, add or change a letter: Шевченко / Шевчеко / Шевчэнко. Surnames
    are the blocks, so such a pair is looked for among persons of one given name, patronymic
    and birth year."""
    dropped = add(catalog, ("Шевченко", "Фёдор", "Иванович", "1898", ""))
    misread = add(catalog, ("Шевчеко", "Фёдор", "Иванович", "1898", ""))
    changed = add(catalog, ("Шевчэнко", "Федор", "Иванович", "1898", ""))
    # Not proposed: a letter apart but born another year, or a surname two letters apart.
    add(catalog, ("Шевчепко", "Фёдор", "Иванович", "1912", ""))
    add(catalog, ("Шевчук", "Фёдор", "Иванович", "1898", ""))
    report = duplicates.find_duplicates(catalog)
    found = {frozenset((p.a, p.b)): p for p in report.pairs}
    # Шевчеко and Шевчэнко are two letters apart: each pairs with Шевченко, not with the other.
    assert set(found) == {frozenset((dropped, misread)), frozenset((dropped, changed))}
    pair = found[frozenset((dropped, misread))]
    assert pair.score >= duplicates.MIN_SCORE
    texts = [r.text("en") for r in pair.reasons]
    assert any("a letter apart" in t and "Шевченко" in t and "Шевчеко" in t for t in texts)
    assert any("одной буквой" in r.text("ru") for r in pair.reasons)
    assert any("однією літерою" in r.text("uk") for r in pair.reasons)


def test_the_command_line_default_threshold_is_the_finders() -> None:
    """The CLI keeps its own copy of the threshold so that it need not load the services."""
    from catalog.cli.commands.family import DEFAULT_MIN_SCORE
    from catalog.services.duplicates import MIN_SCORE

    assert DEFAULT_MIN_SCORE == MIN_SCORE
