"""Kinship: parents, spouses, children, siblings with their sources; refusals; undo; audit."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from catalog import models
from catalog.dates import PartialDate
from catalog.db import Catalog
from catalog.errors import InvalidInput
from catalog.services import documents, families, persons, snapshots
from catalog.services.families import RelationshipFields, RelationshipRefused


def person(catalog: Catalog, surname: str, given: str, birth: str | None = None) -> int:
    return persons.add_person(
        catalog, persons.PersonFields(surname=surname, given_name=given, birth=birth)
    ).id


@pytest.fixture
def household(catalog: Catalog) -> dict[str, int]:
    people = {
        "ivan": person(catalog, "Иванов", "Иван", "1895"),
        "maria": person(catalog, "Иванова", "Мария", "1899"),
        "pyotr": person(catalog, "Иванов", "Пётр", "1921"),
        "anna": person(catalog, "Иванова", "Анна", "1924"),
        "grandfather": person(catalog, "Иванов", "Сидор", "1860"),
    }
    for parent in ("ivan", "maria"):
        for child in ("pyotr", "anna"):
            families.add_relationship(
                catalog, people[parent], people[child], RelationshipFields(kind="parent")
            )
    families.add_relationship(
        catalog, people["grandfather"], people["ivan"], RelationshipFields(kind="parent")
    )
    return people


def test_family_of_gives_parents_spouses_children_and_siblings(
    catalog: Catalog, household: dict[str, int]
) -> None:
    document = documents.add_document(
        catalog, documents.DocumentFields(kind="archival_reply", title="Ответ архива")
    )
    marriage = families.add_relationship(
        catalog,
        household["maria"],
        household["ivan"],
        RelationshipFields(
            kind="spouse",
            began=PartialDate(1920),
            ended=PartialDate.range_of(PartialDate(1937), PartialDate(1938)),
            document_id=document.id,
            quote="жена — Иванова Мария",
        ),
    )
    # Symmetric kinds are stored once, smaller id first, whoever is named first.
    assert (marriage.person_id, marriage.relative_id) == (household["ivan"], household["maria"])
    assert marriage.document_title == "Ответ архива"

    family = families.family_of(catalog, household["ivan"])
    assert [r.person.given_name for r in family.parents] == ["Сидор"]
    assert [r.person.given_name for r in family.spouses] == ["Мария"]
    assert family.spouses[0].relationship.ended.end == PartialDate(1938)
    assert [r.person.given_name for r in family.children] == ["Пётр", "Анна"]
    assert family.siblings == ()

    anna = families.family_of(catalog, household["anna"])
    assert [r.person.given_name for r in anna.parents] == ["Иван", "Мария"]
    # A sibling known only through the shared parents carries no relationship row of its own.
    assert [(r.person.given_name, r.relationship) for r in anna.siblings] == [("Пётр", None)]


def test_an_explicit_sibling_is_listed_once_with_its_source(
    catalog: Catalog, household: dict[str, int]
) -> None:
    families.add_relationship(
        catalog,
        household["anna"],
        household["pyotr"],
        RelationshipFields(kind="sibling", detail="full", note="со слов Анны"),
    )
    siblings = families.family_of(catalog, household["pyotr"]).siblings
    assert len(siblings) == 1
    assert siblings[0].relationship.note == "со слов Анны"
    assert siblings[0].relationship.is_conclusion


def test_a_person_cannot_be_their_own_parent_spouse_or_sibling(
    catalog: Catalog, household: dict[str, int]
) -> None:
    for kind in ("parent", "spouse", "sibling"):
        with pytest.raises(RelationshipRefused, match="their own") as refused:
            families.add_relationship(
                catalog, household["ivan"], household["ivan"], RelationshipFields(kind=kind)
            )
        assert refused.value.reason == "self"


@pytest.mark.parametrize(("parent", "child"), [("pyotr", "ivan"), ("pyotr", "grandfather")])
def test_a_parent_cycle_is_refused_and_nothing_is_written(
    catalog: Catalog, household: dict[str, int], parent: str, child: str
) -> None:
    before = len(families.list_relationships(catalog, household[parent]))
    with pytest.raises(RelationshipRefused) as refused:
        families.add_relationship(
            catalog, household[parent], household[child], RelationshipFields(kind="parent")
        )
    assert refused.value.reason == "cycle"
    assert len(families.list_relationships(catalog, household[parent])) == before


def test_a_repeat_and_bad_values_are_refused(catalog: Catalog, household: dict[str, int]) -> None:
    with pytest.raises(RelationshipRefused, match="already recorded"):
        families.add_relationship(
            catalog, household["ivan"], household["anna"], RelationshipFields(kind="parent")
        )
    with pytest.raises(InvalidInput, match="kind"):
        families.add_relationship(
            catalog, household["ivan"], household["anna"], RelationshipFields(kind="cousin")
        )
    with pytest.raises(InvalidInput, match="only a marriage"):
        families.add_relationship(
            catalog,
            household["pyotr"],
            household["anna"],
            RelationshipFields(kind="sibling", began=PartialDate(1930)),
        )
    with pytest.raises(InvalidInput, match="detail"):
        families.add_relationship(
            catalog,
            household["pyotr"],
            household["anna"],
            RelationshipFields(kind="sibling", detail="adopted"),
        )


def test_removing_is_undone_by_restoring_the_same_record(
    catalog: Catalog, household: dict[str, int]
) -> None:
    view = families.add_relationship(
        catalog,
        household["ivan"],
        household["maria"],
        RelationshipFields(kind="spouse", began=PartialDate.season("spring", 1920)),
    )
    snapshot = families.remove_relationship(catalog, view.id)
    assert families.family_of(catalog, household["ivan"]).spouses == ()
    restored = families.get_relationship(catalog, families.restore_relationship(catalog, snapshot))
    assert (restored.id, restored.uid, restored.began.form) == (view.id, view.uid, "spring")
    with catalog.read() as session:
        actions = list(
            session.scalars(
                select(models.AuditEntry.action)
                .where(
                    models.AuditEntry.entity == "relationship",
                    models.AuditEntry.entity_id == view.id,
                )
                .order_by(models.AuditEntry.id)
            )
        )
    assert actions == ["create", "delete", "create"]


def test_deleting_a_person_and_undoing_it_brings_their_family_back(
    catalog: Catalog, household: dict[str, int]
) -> None:
    snapshot = snapshots.person_snapshot(catalog, household["ivan"])
    persons.delete_person(catalog, household["ivan"])
    assert families.family_of(catalog, household["anna"]).parents[0].person.given_name == "Мария"
    restored = snapshots.restore_person(catalog, snapshot)
    family = families.family_of(catalog, restored)
    assert [r.person.given_name for r in family.parents] == ["Сидор"]
    assert [r.person.given_name for r in family.children] == ["Пётр", "Анна"]


def test_changing_a_marriage_keeps_it_checked(catalog: Catalog, household: dict[str, int]) -> None:
    view = families.add_relationship(
        catalog, household["ivan"], household["maria"], RelationshipFields(kind="spouse")
    )
    changed = families.update_relationship(catalog, view.id, ended=PartialDate(1938), note="арест")
    assert (changed.ended, changed.note) == (PartialDate(1938), "арест")
    with pytest.raises(InvalidInput, match="not a relationship field"):
        families.update_relationship(catalog, view.id, kind="parent")
