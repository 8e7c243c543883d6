"""Merging two records of one person: everything moves, conflicts are kept, undo, refusals."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from catalog import models
from catalog.dates import PartialDate
from catalog.db import Catalog
from catalog.services import claims, documents, families, flags, merge, persons
from catalog.services.families import RelationshipFields


def person(catalog: Catalog, surname: str, given: str, **fields: object) -> int:
    return persons.add_person(
        catalog, persons.PersonFields(surname=surname, given_name=given, **fields)
    ).id


@pytest.fixture
def records(catalog: Catalog) -> dict[str, int]:
    ids = {
        "keep": person(catalog, "Карпенко", "Ефим", patronymic="Семёнович", birth="1894"),
        "other": person(
            catalog,
            "Карпенко",
            "Евфимий",
            patronymic="Семенович",
            birth="1895",
            birth_place="с. Ковали",
            notes="из Книги памяти",
        ),
        "wife": person(catalog, "Карпенко", "Мария"),
        "son": person(catalog, "Карпенко", "Пётр"),
    }
    persons.add_name_variant(
        catalog, ids["other"], persons.VariantFields(surname="Karpenko", given_name="Efim",
                                                     script="Latn", kind="transliteration")
    )  # fmt: skip
    reply = documents.add_document(catalog, documents.DocumentFields(title="Архивная справка"))
    certificate = documents.add_document(catalog, documents.DocumentFields(title="Свидетельство"))
    documents.link_person(catalog, reply.id, ids["keep"])
    documents.link_person(catalog, reply.id, ids["other"])
    documents.link_person(catalog, certificate.id, ids["other"])
    # Two death dates that cannot both be true: both are kept and the checks say so.
    claims.add_claim(
        catalog,
        ids["keep"],
        claims.ClaimFields(kind="death", date="1937-10-20", document_id=reply.id),
    )
    claims.add_claim(
        catalog,
        ids["other"],
        claims.ClaimFields(kind="death", date="1943-06-10", document_id=certificate.id),
    )
    flags.add_person_flag(catalog, ids["other"], "note", "проверить")
    families.add_relationship(catalog, ids["wife"], ids["other"], RelationshipFields(kind="spouse"))
    families.add_relationship(catalog, ids["keep"], ids["son"], RelationshipFields(kind="parent"))
    families.add_relationship(catalog, ids["other"], ids["son"], RelationshipFields(kind="parent"))
    return ids


def test_everything_moves_and_conflicting_claims_are_all_kept(
    catalog: Catalog, records: dict[str, int]
) -> None:
    result = merge.merge_persons(catalog, records["keep"], records["other"])
    assert result.moved["claims"] == 1 and result.moved["documents"] == 1
    assert ("birth", "1894", "1895") in result.conflicts
    detail = persons.get_person(catalog, records["keep"])
    assert {v.full_name for v in detail.variants} == {"Карпенко Евфимий Семенович", "Karpenko Efim"}
    deaths = sorted(str(c.date) for c in detail.claims if c.kind == "death")
    assert deaths == ["1937-10-20", "1943-06-10"]
    births = [c for c in detail.claims if c.kind == "birth"]
    assert [str(c.date) for c in births] == ["1895"] and detail.summary.birth == PartialDate(1894)
    assert detail.summary.birth_place == "с. Ковали" and "из Книги памяти" in detail.notes
    assert sorted(d.document.title for d in detail.documents) == [
        "Архивная справка",
        "Свидетельство",
    ]
    # The checks ran again: the two death dates conflict.
    assert any(f.kind == "conflicting_dates" for f in detail.flags)
    assert any(f.kind == "note" for f in detail.flags)
    family = families.family_of(catalog, records["keep"])
    assert [s.person.given_name for s in family.spouses] == ["Мария"]
    assert [c.person.given_name for c in family.children] == ["Пётр"]  # one link, not two
    with pytest.raises(Exception, match="no person"):
        persons.get_person(catalog, records["other"])
    with catalog.read() as session:
        entry = session.scalar(select(models.AuditEntry).where(models.AuditEntry.action == "merge"))
    assert entry.entity_id == records["keep"] and entry.changes["merged"][0] == records["other"]


def test_undo_puts_both_records_back(catalog: Catalog, records: dict[str, int]) -> None:
    before_keep = persons.get_person(catalog, records["keep"])
    before_other = persons.get_person(catalog, records["other"])
    result = merge.merge_persons(catalog, records["keep"], records["other"])
    merge.undo_merge(catalog, result.undo)
    keep = persons.get_person(catalog, records["keep"])
    other = persons.get_person(catalog, records["other"])
    assert (keep.summary, other.summary) == (before_keep.summary, before_other.summary)
    assert [c.id for c in other.claims] == [c.id for c in before_other.claims]
    assert [v.full_name for v in other.variants] == ["Karpenko Efim"]
    assert [s.person.id for s in families.family_of(catalog, records["other"]).spouses] == [
        records["wife"]
    ]
    assert len(families.family_of(catalog, records["son"]).parents) == 2


def test_merging_with_itself_or_an_ancestor_is_refused(
    catalog: Catalog, records: dict[str, int]
) -> None:
    with pytest.raises(merge.MergeRefused) as refused:
        merge.merge_persons(catalog, records["keep"], records["keep"])
    assert refused.value.reason == "self"
    for keep, other in (("keep", "son"), ("son", "other")):
        with pytest.raises(merge.MergeRefused) as refused:
            merge.merge_persons(catalog, records[keep], records[other])
        assert refused.value.reason == "cycle"
    assert persons.count_persons(catalog) == 4


def test_a_link_between_the_two_records_is_dropped(catalog: Catalog) -> None:
    a = person(catalog, "Орлова", "Евдокия")
    b = person(catalog, "Орлова", "Авдотья")
    families.add_relationship(catalog, a, b, RelationshipFields(kind="sibling"))
    result = merge.merge_persons(catalog, a, b)
    assert result.dropped_relationships == 1
    assert families.family_of(catalog, a).is_empty


def test_the_preview_shows_both_side_by_side(catalog: Catalog, records: dict[str, int]) -> None:
    preview = merge.merge_preview(catalog, records["keep"], records["other"])
    assert (
        preview.keep.summary.given_name == "Ефим" and preview.other.summary.given_name == "Евфимий"
    )
    assert ("birth", "1894", "1895") in preview.conflicts
    assert [s.person.given_name for s in preview.other_family.spouses] == ["Мария"]
