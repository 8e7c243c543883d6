"""Deleting and restoring the same record; claims that disagree; words following edited text."""

from __future__ import annotations

import pytest

from catalog.dates import PartialDate
from catalog.db import Catalog
from catalog.errors import InvalidInput
from catalog.services import claims, flags, persons, snapshots
from catalog.services.claims import ClaimFields
from catalog.services.conflicts import dates_agree, find_conflicts
from catalog.services.persons import PersonFields, VariantFields
from catalog.transcripts import Word, realign_words, union_box, words_in_span


def make_person(catalog: Catalog) -> tuple[int, int, int]:
    person = persons.add_person(
        catalog,
        PersonFields(surname="Карпенко", given_name="Пётр", birth="1894"),
        [VariantFields(surname="Karpenko", script="Latn", scheme="icao", kind="transliteration")],
    ).id
    execution = claims.add_claim(catalog, person, ClaimFields(kind="execution", date="1937-10-20"))
    death = claims.add_claim(
        catalog, person, ClaimFields(kind="death", date="1943-06-10", cause="воспаление лёгких")
    )
    with catalog.write() as session:
        flags.upsert_rule_flag(
            session,
            person_id=person,
            rule="test",
            kind="likely_falsified_death",
            score=0.9,
            reasons=[{"en": "why"}],
            evidence=[execution.id, death.id],
            claim_id=death.id,
        )
    return person, execution.id, death.id


def test_deleted_person_comes_back_whole(catalog: Catalog) -> None:
    person, _execution, _death = make_person(catalog)
    before = persons.get_person(catalog, person)
    snapshot = snapshots.person_snapshot(catalog, person)
    persons.delete_person(catalog, person)
    assert persons.count_persons(catalog) == 0
    assert snapshots.restore_person(catalog, snapshot) == person
    assert persons.get_person(catalog, person) == before
    with pytest.raises(InvalidInput):
        snapshots.restore_person(catalog, snapshot)  # it is already back


def test_deleted_claim_comes_back_with_its_flag(catalog: Catalog) -> None:
    person, _execution, death = make_person(catalog)
    before = claims.get_claim(catalog, death)
    snapshot = snapshots.claim_snapshot(catalog, death)
    claims.delete_claim(catalog, death)
    assert flags.list_flags(catalog) == []  # the flag about the claim went with it
    assert snapshots.restore_claim(catalog, snapshot) == death
    assert claims.get_claim(catalog, death) == before
    assert [f.claim_id for f in flags.list_flags(catalog, person_id=person)] == [death]


def test_a_taken_id_gets_a_new_one_and_references_follow(catalog: Catalog) -> None:
    person, execution, death = make_person(catalog)
    snapshot = snapshots.person_snapshot(catalog, person)
    persons.delete_person(catalog, person)
    # Another person now holds the old id; the restored one gets a fresh id.
    intruder = persons.add_person(catalog, PersonFields(surname="Другой"))
    with catalog.write() as session:
        from catalog import models

        session.get(models.Person, intruder.id).id = person  # take the freed id
    restored = snapshots.restore_person(catalog, snapshot)
    assert restored != person
    detail = persons.get_person(catalog, restored)
    assert [c.kind for c in detail.claims] == ["execution", "death"]
    assert set(detail.flags[0].evidence) == {execution, death}


def claim(id_: int, kind: str, date: str | None, cause: str = "") -> claims.ClaimView:
    from catalog.services.views import ClaimView

    return ClaimView(
        id=id_, uid="", source_id=None, person_id=1, kind=kind, status="accepted",
        date=PartialDate.parse_iso(date) if date else None, place="", body="", body_code="",
        article="", sentence="", cause=cause, basis="", note="", document_id=None,
        document_title="", document_kind="", document_issuer="", document_issued=None, page_id=None,
        page_seq=None, region=None, quote="",
    )  # fmt: skip


def test_conflicts_between_claims() -> None:
    assert dates_agree(PartialDate(1937), PartialDate(1937, 10, 20))
    assert not dates_agree(PartialDate(1937, 10, 20), PartialDate(1943, 6, 10))
    falsified = [
        claim(1, "execution", "1937-10-20"),
        claim(2, "death", "1943-06-10", "воспаление лёгких"),
        claim(3, "arrest", "1937-08-12"),
    ]
    (conflict,) = find_conflicts(falsified)
    assert conflict.topic == "fate" and [c.id for c in conflict.claims] == [1, 2]
    # A later certificate saying "расстрел" on the same day agrees with the archive.
    truthful = [claim(1, "execution", "1937-11-02"), claim(2, "death", "1937-11", "расстрел")]
    assert find_conflicts(truthful) == []
    # Same day but a disease instead of the execution: still a disagreement.
    assert find_conflicts([claim(1, "execution", "1937"), claim(2, "death", "1937", "тиф")])
    births = find_conflicts([claim(1, "birth", "1894"), claim(2, "birth", "1896")])
    assert [c.topic for c in births] == ["birth"]


def words(text: str) -> list[Word]:
    result, position = [], 0
    for i, token in enumerate(text.split()):
        start = text.index(token, position)
        position = start + len(token)
        result.append(Word(token, i * 100, 10, 90, 20, 90.0, start=start, end=position))
    return result


def test_words_follow_an_edited_text() -> None:
    old = words("умер 10 июня 1943 г. от воспалеиие лёгких")
    new_text = "Копия: умер 10 июня 1943 г. от воспаление лёгких"
    aligned = realign_words(old, new_text)
    assert [w.text for w in aligned] == [
        "умер", "10", "июня", "1943", "г.", "от", "воспаление", "лёгких",
    ]  # fmt: skip
    for word in aligned:
        assert new_text[word.start : word.end] == word.text
    corrected = aligned[6]
    assert corrected.box == old[6].box and corrected.confidence is None
    assert aligned[0].confidence == 90.0
    # Two words joined into one keep one box covering both.
    joined = realign_words(words("воспа ление"), "воспаление")
    assert joined[0].box == union_box([(0, 10, 90, 20), (100, 10, 90, 20)])
    # A deleted word is gone; words in a span are found by their offsets.
    assert [w.text for w in realign_words(old, "умер 1943 г.")] == ["умер", "1943", "г."]
    assert [w.text for w in words_in_span(aligned, 11, 20)] == ["10", "июня"]


def test_deleted_document_comes_back_with_pages_text_and_links(catalog: Catalog) -> None:
    from catalog.services import documents, transcriptions
    from catalog.services.documents import DocumentFields

    person, _execution, death = make_person(catalog)
    fields = DocumentFields(kind="death_certificate", title="Свидетельство")
    document = documents.add_document(catalog, fields, [(person, "subject")]).id
    stored = catalog.blobs.put_bytes(b"not really an image, only bytes to store")
    page = documents.add_page(catalog, document, stored, media_type="image/png").id
    transcriptions.add_transcription(catalog, page, "умер 10 июня 1943 г.", origin="human")
    claims.update_claim(catalog, death, document_id=document, page_id=page, quote="умер")
    before = documents.get_document(catalog, document)
    snapshot = snapshots.document_snapshot(catalog, document)
    person_before = snapshots.person_snapshot(catalog, person)
    documents.delete_document(catalog, document)
    persons.delete_person(catalog, person)
    # The document first, then the person: the claim's citation comes back too.
    assert snapshots.restore_document(catalog, snapshot) == document
    snapshots.restore_person(catalog, person_before)
    assert documents.get_document(catalog, document) == before
    assert transcriptions.current_transcription(catalog, page).text == "умер 10 июня 1943 г."
    restored = claims.get_claim(catalog, death)
    assert (restored.document_id, restored.page_id) == (document, page)
    with pytest.raises(InvalidInput):
        snapshots.restore_document(catalog, snapshot)
