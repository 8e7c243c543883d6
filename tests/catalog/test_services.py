"""The service layer: the use cases the CLI and the GUI share, returning plain snapshots."""

from __future__ import annotations

import dataclasses
import io
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import select

from catalog import models
from catalog.dates import PartialDate
from catalog.db import Catalog
from catalog.errors import BlobError, InvalidInput, NotFound
from catalog.services import claims, documents, flags, persons, transcriptions
from catalog.transcripts import Word


def add_karpenko(catalog: Catalog) -> int:
    person = persons.add_person(
        catalog,
        persons.PersonFields(
            surname="Карпенко", given_name="Пётр", patronymic="Семёнович", sex="m", birth="1894"
        ),
        [
            persons.VariantFields(
                surname="Karpenko",
                given_name="Petr",
                script="Latn",
                scheme="icao",
                kind="transliteration",
            )
        ],
    )
    return person.id


def add_page(catalog: Catalog, document_id: int, shade: int = 200) -> int:
    buffer = io.BytesIO()
    Image.new("L", (120, 160), shade).save(buffer, format="PNG")
    stored = catalog.blobs.put_bytes(buffer.getvalue())
    page = documents.add_page(
        catalog, document_id, stored, media_type="image/png", width=120, height=160
    )
    return page.id


def test_views_are_frozen_snapshots(catalog: Catalog) -> None:
    person = persons.get_person(catalog, add_karpenko(catalog))
    with pytest.raises(dataclasses.FrozenInstanceError):
        person.summary.surname = "Иванов"  # type: ignore[misc]
    assert person.summary.birth == PartialDate(1894)
    assert [v.full_name for v in person.variants] == ["Karpenko Petr"]


def test_a_person_needs_a_name_and_valid_fields(catalog: Catalog) -> None:
    with pytest.raises(InvalidInput, match="at least a surname"):
        persons.add_person(catalog, persons.PersonFields(notes="no name"))
    with pytest.raises(InvalidInput, match="sex"):
        persons.add_person(catalog, persons.PersonFields(surname="А", sex="x"))
    with pytest.raises(InvalidInput, match="birth: impossible date"):
        persons.add_person(catalog, persons.PersonFields(surname="А", birth="1937-02-30"))
    assert persons.count_persons(catalog) == 0


def test_update_and_delete_a_person(catalog: Catalog) -> None:
    person_id = add_karpenko(catalog)
    updated = persons.update_person(catalog, person_id, birth_place="с. Ковали", birth="1894-03")
    assert updated.birth_place == "с. Ковали" and updated.birth == PartialDate(1894, 3)
    with pytest.raises(InvalidInput, match="not a person field"):
        persons.update_person(catalog, person_id, uid="forged")
    persons.delete_person(catalog, person_id)
    with pytest.raises(NotFound):
        persons.get_person(catalog, person_id)


def test_people_are_listed_a_page_at_a_time_in_the_chosen_order(catalog: Catalog) -> None:
    for surname, birth in [("Яковлев", "1901"), ("Абрамов", "1899"), ("Зеров", "1890")]:
        persons.add_person(catalog, persons.PersonFields(surname=surname, birth=birth))
    by_name = persons.list_persons(catalog, order="name")
    assert [p.surname for p in by_name] == ["Абрамов", "Зеров", "Яковлев"]
    by_birth = persons.list_persons(catalog, order="birth")
    assert [p.surname for p in by_birth] == ["Зеров", "Абрамов", "Яковлев"]
    page = persons.list_persons(catalog, order="name", offset=1, limit=1)
    assert [p.surname for p in page] == ["Зеров"]


def test_a_person_is_found_by_id_uid_or_the_id_it_was_loaded_under(catalog: Catalog) -> None:
    person_id = add_karpenko(catalog)
    with catalog.write() as session:
        session.get(models.Person, person_id).source_id = "p1"
    uid = persons.get_person(catalog, person_id).summary.uid
    assert persons.resolve_person(catalog, str(person_id)) == person_id
    assert persons.resolve_person(catalog, uid) == person_id
    assert persons.resolve_person(catalog, "p1") == person_id
    with pytest.raises(NotFound):
        persons.resolve_person(catalog, "p2")


def test_a_claim_cites_document_page_region_and_words(catalog: Catalog) -> None:
    person_id = add_karpenko(catalog)
    document = documents.add_document(
        catalog,
        documents.DocumentFields(
            kind="death_certificate", title="Свидетельство о смерти", issued="1958-05-14"
        ),
        persons=[(person_id, "subject")],
    )
    page_id = add_page(catalog, document.id)
    claim = claims.add_claim(
        catalog,
        person_id,
        claims.ClaimFields(
            kind="death",
            date="1943-06-10",
            cause="воспаление легких",
            page_id=page_id,
            region=(10, 20, 100, 12),
            quote="10 июня 1943 г.",
        ),
    )
    # The page implies its document.
    assert claim.document_id == document.id and claim.page_seq == 1
    assert claim.document_issued == PartialDate(1958, 5, 14)
    detail = persons.get_person(catalog, person_id)
    assert [c.id for c in detail.claims] == [claim.id]
    assert [d.document.id for d in detail.documents] == [document.id]


def test_a_citation_must_point_at_something_real(catalog: Catalog) -> None:
    person_id = add_karpenko(catalog)
    first = documents.add_document(catalog, documents.DocumentFields(kind="letter"))
    other = documents.add_document(catalog, documents.DocumentFields(kind="letter"))
    page_id = add_page(catalog, first.id)
    with pytest.raises(NotFound, match="no document with id 999"):
        claims.add_claim(catalog, person_id, claims.ClaimFields(kind="arrest", document_id=999))
    with pytest.raises(InvalidInput, match="another document"):
        claims.add_claim(
            catalog,
            person_id,
            claims.ClaimFields(kind="arrest", document_id=other.id, page_id=page_id),
        )
    with pytest.raises(InvalidInput, match="region needs the page"):
        claims.add_claim(catalog, person_id, claims.ClaimFields(kind="arrest", region=(1, 1, 5, 5)))
    with pytest.raises(InvalidInput, match="unknown value 'disappeared'"):
        claims.add_claim(catalog, person_id, claims.ClaimFields(kind="disappeared"))
    assert claims.list_claims(catalog, person_id) == []


def test_a_claim_without_a_document_is_a_researchers_conclusion(catalog: Catalog) -> None:
    person_id = add_karpenko(catalog)
    claim = claims.add_claim(
        catalog, person_id, claims.ClaimFields(kind="execution", date="1937-10", note="inferred")
    )
    assert claim.is_conclusion
    edited = claims.update_claim(catalog, claim.id, date="1937-10-20", status="suggested")
    assert edited.date == PartialDate(1937, 10, 20) and edited.status == "suggested"


def test_deleting_a_document_keeps_its_claims_as_conclusions(catalog: Catalog) -> None:
    person_id = add_karpenko(catalog)
    document = documents.add_document(catalog, documents.DocumentFields(kind="archival_reply"))
    claim = claims.add_claim(
        catalog, person_id, claims.ClaimFields(kind="arrest", document_id=document.id)
    )
    documents.delete_document(catalog, document.id)
    assert claims.get_claim(catalog, claim.id).is_conclusion


def test_summaries_of_several_documents_at_once(catalog: Catalog) -> None:
    first = documents.add_document(catalog, documents.DocumentFields(kind="archival_reply"))
    second = documents.add_document(catalog, documents.DocumentFields(title="Письмо"))
    add_page(catalog, second.id)
    add_page(catalog, second.id, shade=100)
    found = documents.document_summaries(catalog, [second.id, first.id, second.id, 999])
    assert set(found) == {first.id, second.id}
    assert found[first.id] == documents.get_document(catalog, first.id).summary
    assert (found[second.id].title, found[second.id].page_count) == ("Письмо", 2)


def test_a_page_needs_its_blob_in_the_store(catalog: Catalog) -> None:
    document = documents.add_document(catalog, documents.DocumentFields())
    stored = catalog.blobs.put_bytes(b"image")
    stored.path.chmod(0o644)
    stored.path.unlink()
    with pytest.raises(BlobError, match="missing"):
        documents.add_page(catalog, document.id, stored, media_type="image/png")


def test_transcription_versions_are_added_and_the_newest_human_one_wins(catalog: Catalog) -> None:
    document = documents.add_document(catalog, documents.DocumentFields())
    page_id = add_page(catalog, document.id)
    words = [Word("Справка", 5, 5, 60, 14, confidence=95.0, start=0, end=7)]
    transcriptions.add_transcription(
        catalog, page_id, "Справка", origin="engine", words=words, engine_settings="k1"
    )
    transcriptions.add_transcription(catalog, page_id, "Справка о смерти", origin="human")
    transcriptions.add_transcription(
        catalog, page_id, "Спровка", origin="engine", engine_settings="k2"
    )
    current = transcriptions.current_transcription(catalog, page_id)
    assert current is not None and current.text == "Справка о смерти"
    history = transcriptions.transcription_history(catalog, page_id)
    assert [(t.version, t.origin) for t in history] == [(1, "engine"), (2, "human"), (3, "engine")]
    assert history[0].words == tuple(words) and history[0].mean_confidence == 95.0


def test_a_rule_flag_is_updated_not_duplicated_and_a_dismissal_sticks(catalog: Catalog) -> None:
    person_id = add_karpenko(catalog)

    def raise_flag(score: float) -> int:
        with catalog.write() as session:
            flag = flags.upsert_rule_flag(
                session,
                person_id=person_id,
                rule="execution_conflict",
                kind="likely_falsified_death",
                score=score,
                reasons=["r"],
                evidence=[2, 1],
            )
            session.flush()
            return flag.id

    flag_id = raise_flag(0.8)
    flags.set_flag_status(catalog, flag_id, "dismissed")
    assert raise_flag(0.9) == flag_id
    (flag,) = flags.list_flags(catalog, person_id=person_id)
    assert (flag.status, flag.score, flag.evidence) == ("dismissed", 0.9, (1, 2))
    assert flags.list_flags(catalog, person_id=person_id, include_dismissed=False) == []


def test_every_change_is_in_the_audit_trail_with_its_actor(catalog: Catalog) -> None:
    catalog.actor = "volunteer-7"
    person_id = add_karpenko(catalog)
    persons.update_person(catalog, person_id, notes="from the family archive")
    persons.delete_person(catalog, person_id)
    with catalog.read() as session:
        entries = session.scalars(
            select(models.AuditEntry).where(models.AuditEntry.entity == "person")
        ).all()
    assert [(e.action, e.entity_id, e.actor) for e in entries] == [
        ("create", person_id, "volunteer-7"),
        ("update", person_id, "volunteer-7"),
        ("delete", person_id, "volunteer-7"),
    ]
    assert entries[1].changes == {"notes": ["", "from the family archive"]}
    assert entries[2].changes["surname"] == "Карпенко"


def test_a_failed_action_leaves_no_trace(catalog: Catalog, tmp_path: Path) -> None:
    with pytest.raises(NotFound), catalog.write() as session:
        session.add(models.Person(surname="Половина"))
        session.flush()
        raise NotFound("document", 1)
    assert persons.count_persons(catalog) == 0
    with catalog.read() as session:
        assert session.scalars(select(models.AuditEntry)).all() == []
