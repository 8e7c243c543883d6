"""Relatives named in a text stored as suggestions citing their words; accept, dismiss, undo."""

from __future__ import annotations

import pytest

from catalog.dates import PartialDate
from catalog.db import Catalog
from catalog.errors import InvalidInput
from catalog.services import claims, documents, families, persons, relatives
from catalog.text import relatives as relatives_text
from catalog.text.record import parse_record

RECORD = (
    "Иванов Иван Петрович. Арестован 5 мая 1937 г. Жена — Иванова Мария Петровна, осуждена "
    "как ЧСИР; сын Пётр (1925). Отец: Иванов Семён Ильич."
)


@pytest.fixture
def subject(catalog: Catalog) -> tuple[int, int]:
    person = persons.add_person(
        catalog, persons.PersonFields(surname="Иванов", given_name="Иван", patronymic="Петрович")
    )
    document = documents.add_document(
        catalog, documents.DocumentFields(kind="archival_reply", title="Справка УФСБ")
    )
    return person.id, document.id


def test_mentions_become_suggested_relatives_citing_their_words(
    catalog: Catalog, subject: tuple[int, int]
) -> None:
    person_id, document_id = subject
    mentions = parse_record(RECORD).relatives
    made = relatives.suggest_relatives(catalog, person_id, mentions, document_id=document_id)
    assert [m.status for m in made] == ["suggested"] * 3
    family = families.family_of(catalog, person_id)
    (wife,) = family.spouses
    assert wife.person.full_name == "Иванова Мария Петровна"
    assert wife.relationship.quote == "Жена — Иванова Мария Петровна, осуждена как ЧСИР"
    assert wife.relationship.document_title == "Справка УФСБ"
    assert wife.chsir and not family.chsir
    (son,) = family.children
    # Named without a surname: the family's, in the son's form; his birth year as stated.
    assert (son.person.full_name, son.person.birth) == ("Иванов Пётр", PartialDate(1925))
    (father,) = family.parents
    assert father.person.full_name == "Иванов Семён Ильич"
    chsir_claim = claims.list_claims(catalog, wife.person.id)[0]
    assert (chsir_claim.kind, chsir_claim.article, chsir_claim.status) == (
        "sentence",
        "ЧСИР",
        "suggested",
    )
    # The same text over the same document again adds nothing.
    again = relatives.suggest_relatives(catalog, person_id, mentions, document_id=document_id)
    assert again == []


def test_a_daughter_without_a_surname_takes_the_feminine_form() -> None:
    assert relatives_text.family_surname("Иванов", "f") == "Иванова"
    assert relatives_text.family_surname("Ковальский", "f") == "Ковальская"
    assert relatives_text.family_surname("Иванова", "m") == "Иванов"
    assert relatives_text.family_surname("Коваль", "f") == "Коваль"


def test_accepting_and_dismissing_with_undo(catalog: Catalog, subject: tuple[int, int]) -> None:
    person_id, document_id = subject
    wife, son, _father = relatives.suggest_relatives(
        catalog, person_id, parse_record(RECORD).relatives, document_id=document_id
    )
    assert relatives.accept_suggestion(catalog, wife.id).status == "accepted"
    with pytest.raises(InvalidInput, match="only a suggested"):
        relatives.dismiss_suggestion(catalog, wife.id, person_id)

    count = persons.count_persons(catalog)
    dismissed = relatives.dismiss_suggestion(catalog, son.id, person_id)
    assert persons.count_persons(catalog) == count - 1
    assert families.family_of(catalog, person_id).children == ()
    relatives.restore_dismissed(catalog, dismissed)
    assert persons.count_persons(catalog) == count
    (child,) = families.family_of(catalog, person_id).children
    assert child.person.full_name == "Иванов Пётр" and child.relationship.status == "suggested"
