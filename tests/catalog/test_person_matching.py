"""The scan finds its person: any spelling, ё/е, case forms, initials, birth years and ages;
namesakes born in other years are never matched, equal matches are never decided alone."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from catalog.db import Catalog
from catalog.services.document_person import link_named_person, subjects
from catalog.services.documents import DocumentFields, add_document, add_page
from catalog.services.person_matching import NamedInDocument, match_named, propose_person
from catalog.services.persons import PersonFields, add_person, get_person
from catalog.services.transcriptions import add_transcription

DEATH = """\
СВИДЕТЕЛЬСТВО О СМЕРТИ
Гражданин Корнилов Фёдор Игнатьевич
умер 17 августа 1943 года
в возрасте 47 лет,
Причина смерти: воспаление легких.
"""

REPLY = """\
АРХИВНАЯ СПРАВКА
Корнилов Федор Игнатьевич,
1896 года рождения, арестован
15 ноября 1937 года.
"""


def _document(catalog: Catalog, text: str, kind: str = "other") -> int:
    document = add_document(catalog, DocumentFields(kind=kind)).id
    image = io.BytesIO()
    Image.new("L", (40, 40), 255).save(image, "PNG")
    page = add_page(
        catalog, document, catalog.blobs.put_bytes(image.getvalue()), media_type="image/png"
    )
    add_transcription(catalog, page.id, text, origin="engine")
    return document


def _person(catalog: Catalog, name: str, birth: str | None = None) -> int:
    surname, given, patronymic = name.split()
    return add_person(
        catalog, PersonFields(surname=surname, given_name=given, patronymic=patronymic, birth=birth)
    ).id


def _named(
    name: str, years: tuple[int, int] | None = None, source: str = "birth"
) -> NamedInDocument:
    surname, given, *rest = name.split()
    return NamedInDocument(
        1, 1, name, surname, given, " ".join(rest), years, source if years else ""
    )


def test_the_name_and_the_age_are_read_from_the_text(catalog: Catalog) -> None:
    proposal = propose_person(catalog, _document(catalog, DEATH))
    assert proposal.named is not None
    assert proposal.named.name == "Корнилов Фёдор Игнатьевич"
    # Aged 47 at a death in 1943: born 1895 or 1896.
    assert proposal.named.birth_years == (1895, 1896) and proposal.named.birth_from == "age"
    assert proposal.matches == ()
    assert proposal.new_person is not None and proposal.new_person.sex == "m"
    assert proposal.new_person.birth is None  # an age leaves two possible years
    reply = propose_person(catalog, _document(catalog, REPLY))
    assert reply.named is not None and reply.named.birth_years == (1896, 1896)
    assert reply.new_person is not None and reply.new_person.birth == "1896"


@pytest.mark.parametrize(
    "written",
    [
        "Корнилов Федор Игнатьевич",  # ё written е
        "КОРНИЛОВ ФЁДОР ИГНАТЬЕВИЧ",  # capitals
        "Корнилова Фёдора Игнатьевича",  # genitive, «дело по обвинению …»
        "Корнилов Ф. И.",  # initials
        "Корнилов Феодор Игнатьевич",  # a typo or old spelling of the given name
    ],
)
def test_any_spelling_finds_the_person(catalog: Catalog, written: str) -> None:
    person = _person(catalog, "Корнилов Фёдор Игнатьевич")
    _person(catalog, "Корнилов Степан Игнатьевич")
    matches = match_named(catalog, _named(written))
    assert matches and matches[0].person.id == person
    assert matches[0].reasons[0].en and matches[0].reasons[0].ru and matches[0].reasons[0].uk


def test_namesakes_born_in_other_years_are_never_matched(catalog: Catalog) -> None:
    elder = _person(catalog, "Корнилов Фёдор Игнатьевич", birth="1896")
    younger = _person(catalog, "Корнилов Фёдор Игнатьевич", birth="1910")
    matches = match_named(catalog, _named("Корнилов Федор Игнатьевич", (1896, 1896)))
    assert [m.person.id for m in matches] == [elder]
    assert "birth_year" in {r.code for r in matches[0].reasons}
    # An age at death agreeing with 1910 finds the younger one only.
    by_age = match_named(catalog, _named("Корнилов Фёдор Игнатьевич", (1909, 1910), "age"))
    assert [m.person.id for m in by_age] == [younger]
    assert by_age[0].reasons[1].code == "birth_age"
    # Born in neither year: nobody.
    assert match_named(catalog, _named("Корнилов Фёдор Игнатьевич", (1880, 1880))) == []


def test_a_birth_that_agrees_ranks_above_an_unknown_one(catalog: Catalog) -> None:
    unknown = _person(catalog, "Корнилов Фёдор Игнатьевич")
    agreeing = _person(catalog, "Корнилов Фёдор Игнатьевич", birth="1896")
    matches = match_named(catalog, _named("Корнилов Фёдор Игнатьевич", (1896, 1896)))
    assert [m.person.id for m in matches] == [agreeing, unknown]
    assert matches[1].reasons[1].code == "birth_unknown"


def test_another_name_is_not_a_match(catalog: Catalog) -> None:
    _person(catalog, "Корнилов Степан Игнатьевич")
    _person(catalog, "Корнилова Анна Игнатьевна")
    assert match_named(catalog, _named("Корнилов Фёдор Игнатьевич")) == []


def test_link_creates_then_finds_the_person(catalog: Catalog) -> None:
    death, reply = _document(catalog, DEATH), _document(catalog, REPLY)
    first = link_named_person(catalog, death)
    assert first.outcome == "created" and first.person_id is not None
    assert get_person(catalog, first.person_id).summary.full_name == "Корнилов Фёдор Игнатьевич"
    second = link_named_person(catalog, reply)
    assert second.outcome == "linked" and second.person_id == first.person_id
    assert subjects(catalog, reply) == [first.person_id]
    assert link_named_person(catalog, reply).outcome == "already"


def test_two_equal_matches_link_neither(catalog: Catalog) -> None:
    one = _person(catalog, "Корнилов Фёдор Игнатьевич")
    two = _person(catalog, "Корнилов Фёдор Игнатьевич")
    reply = _document(catalog, REPLY)
    result = link_named_person(catalog, reply)
    assert result.outcome == "tied" and result.person_id is None
    assert result.proposal is not None
    assert {m.person.id for m in result.proposal.tied} == {one, two}
    assert subjects(catalog, reply) == []


def test_a_text_naming_nobody_links_nothing(catalog: Catalog) -> None:
    document = _document(catalog, "Справка выдана для предъявления по месту требования.")
    result = link_named_person(catalog, document)
    assert result.outcome == "nameless" and subjects(catalog, document) == []
