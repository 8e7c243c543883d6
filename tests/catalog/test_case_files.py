"""The document side of the catalogue: the documents list (inbox, filters, orders, on indexes),
tags, linking and unlinking with clear refusals, and a claim's document linked to its person."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from catalog import models
from catalog.db import Catalog
from catalog.errors import InvalidInput, NotFound
from catalog.search.plans import capture_plans, full_scans
from catalog.services import document_list as listing
from catalog.services.claims import ClaimFields, add_claim, update_claim
from catalog.services.document_list import DocumentFilter, document_ids, document_rows
from catalog.services.document_tags import document_tags, tag_document, untag_document
from catalog.services.documents import (
    DocumentFields,
    add_document,
    add_page,
    get_document,
    link_person,
    unlink_person,
    update_document,
)
from catalog.services.persons import PersonFields, add_person, get_person
from catalog.services.transcriptions import add_transcription


def _page(catalog: Catalog, document_id: int, text: str | None, origin: str = "engine") -> int:
    image = io.BytesIO()
    Image.new("L", (40, 40), 255).save(image, "PNG")
    stored = catalog.blobs.put_bytes(image.getvalue())
    page = add_page(catalog, document_id, stored, media_type="image/png", width=40, height=40)
    if text is not None:
        add_transcription(catalog, page.id, text, origin=origin)
    return page.id


@pytest.fixture
def filled(catalog: Catalog) -> dict[str, int]:
    """Four documents: two linked, two in the inbox; OCR not done, done, corrected."""
    person = add_person(catalog, PersonFields(surname="Зеров", given_name="Николай")).id
    death = add_document(
        catalog,
        DocumentFields(
            kind="death_certificate",
            title="Свидетельство о смерти",
            issued="1957-05-14",
            issuer="Бюро ЗАГС",
            archive="ГАХО",
            fond="6452",
            opis="1",
            delo="34",
        ),
        persons=[(person, "subject")],
    ).id
    reply = add_document(
        catalog,
        DocumentFields(kind="archival_reply", title="Архивная справка", issued="1992-11-03"),
    ).id
    letter = add_document(catalog, DocumentFields(kind="letter", title="Письмо жене")).id
    photo = add_document(
        catalog, DocumentFields(kind="photo", title="Фото"), persons=[(person, "mentioned")]
    ).id
    _page(catalog, death, "Гражданин Зеров Николай умер")
    _page(catalog, reply, "Зеров Николай расстрелян", origin="engine")
    _page(catalog, reply, "Зеров Николай расстрелян 3 ноября", origin="human")
    _page(catalog, letter, None)
    return {"person": person, "death": death, "reply": reply, "letter": letter, "photo": photo}


def test_the_inbox_lists_documents_linked_to_nobody(
    catalog: Catalog, filled: dict[str, int]
) -> None:
    assert document_ids(catalog, DocumentFilter(unlinked=True)) == [
        filled["reply"],
        filled["letter"],
    ]
    assert listing.count_unlinked(catalog) == 2
    link_person(catalog, filled["reply"], filled["person"], "subject")
    assert listing.count_unlinked(catalog) == 1


def test_filters_kind_ocr_tag_text(catalog: Catalog, filled: dict[str, int]) -> None:
    assert document_ids(catalog, DocumentFilter(kind="letter")) == [filled["letter"]]
    assert document_ids(catalog, DocumentFilter(ocr="not_done")) == [filled["letter"]]
    assert document_ids(catalog, DocumentFilter(ocr="done")) == [filled["death"]]
    assert document_ids(catalog, DocumentFilter(ocr="corrected")) == [filled["reply"]]
    tag_document(catalog, filled["letter"], "коробка 3")
    tag_document(catalog, filled["death"], "коробка 3")
    assert document_ids(catalog, DocumentFilter(tag="коробка 3")) == [
        filled["death"],
        filled["letter"],
    ]
    assert document_ids(catalog, DocumentFilter(text="жене")) == [filled["letter"]]
    # Words in the pages' text find their documents too.
    assert filled["reply"] in document_ids(catalog, DocumentFilter(text="расстрелян"))
    with pytest.raises(InvalidInput, match="unknown value 'poem'"):
        document_ids(catalog, DocumentFilter(kind="poem"))
    with pytest.raises(InvalidInput, match="unknown OCR state"):
        document_ids(catalog, DocumentFilter(ocr="half"))


def test_orders(catalog: Catalog, filled: dict[str, int]) -> None:
    f = filled
    assert document_ids(catalog, order="added") == [f["death"], f["reply"], f["letter"], f["photo"]]
    # Undated documents come last in both directions.
    assert document_ids(catalog, order="issued")[:2] == [f["death"], f["reply"]]
    assert document_ids(catalog, order="issued", descending=True)[:2] == [f["reply"], f["death"]]
    assert document_ids(catalog, order="title") == [f["reply"], f["letter"], f["death"], f["photo"]]
    assert document_ids(catalog, order="kind")[0] == f["reply"]  # archival_reply first
    with pytest.raises(InvalidInput, match="unknown order"):
        document_ids(catalog, order="colour")  # type: ignore[arg-type]


def test_rows_show_what_the_list_shows(catalog: Catalog, filled: dict[str, int]) -> None:
    rows = {row.id: row for row in document_rows(catalog, [filled["death"], filled["reply"], 999])}
    assert set(rows) == {filled["death"], filled["reply"]}
    death = rows[filled["death"]]
    assert death.persons == ("Зеров Николай",) and death.person_count == 1 and death.linked
    assert death.archive_reference == "ГАХО, ф. 6452, оп. 1, д. 34"
    assert death.issued is not None and death.issued.iso == "1957-05-14"
    assert death.page_count == 1 and death.ocr_state == "done" and death.first_page_id
    reply = rows[filled["reply"]]
    assert reply.page_count == 2 and reply.ocr_state == "corrected" and not reply.linked


def test_list_queries_walk_indexes(catalog: Catalog, filled: dict[str, int]) -> None:
    tag_document(catalog, filled["letter"], "x")
    filters = [
        DocumentFilter(),
        DocumentFilter(unlinked=True),
        DocumentFilter(kind="letter"),
        DocumentFilter(ocr="done"),
        DocumentFilter(tag="x"),
    ]

    def work() -> None:
        for order in listing.ORDERS:
            for where in filters:
                for descending in (False, True):
                    document_ids(catalog, where, order=order, descending=descending)  # type: ignore[arg-type]
        document_rows(catalog, document_ids(catalog))

    bad = [
        (plan.sql, step)
        for plan, step in full_scans(capture_plans(catalog, work))
        # Listing every id reads the documents table along its primary key, in order.
        if step.strip() != "SCAN documents"
    ]
    assert bad == []


def test_tags_twice_and_missing_are_refused(catalog: Catalog, filled: dict[str, int]) -> None:
    assert tag_document(catalog, filled["letter"], "  семья  Зеровых ") == "семья Зеровых"
    with pytest.raises(InvalidInput, match="already tagged"):
        tag_document(catalog, filled["letter"], "семья Зеровых")
    with pytest.raises(NotFound, match="no document with id 999"):
        tag_document(catalog, 999, "x")
    assert [(t.name, t.documents) for t in document_tags(catalog)] == [("семья Зеровых", 1)]
    assert get_document(catalog, filled["letter"]).tags == ("семья Зеровых",)
    untag_document(catalog, filled["letter"], "семья Зеровых")
    with pytest.raises(InvalidInput, match="not tagged"):
        untag_document(catalog, filled["letter"], "семья Зеровых")


def _links(catalog: Catalog) -> list[tuple[int, int, str]]:
    with catalog.read() as session:
        return sorted(
            (row.document_id, row.person_id, row.role) for row in session.query(models.DocumentLink)
        )


def test_link_and_unlink_refuse_bad_input_and_change_nothing(
    catalog: Catalog, filled: dict[str, int]
) -> None:
    f = filled
    before = _links(catalog)
    with pytest.raises(NotFound, match="no person with id 999"):
        link_person(catalog, f["letter"], 999, "subject")
    with pytest.raises(NotFound, match="no document with id 999"):
        link_person(catalog, 999, f["person"], "subject")
    with pytest.raises(
        InvalidInput,
        match=r"unknown value 'aunt' \(one of: subject, relative, "
        r"mentioned, applicant\)",
    ):
        link_person(catalog, f["letter"], f["person"], "aunt")
    with pytest.raises(InvalidInput, match=r"already linked to person .* as subject"):
        link_person(catalog, f["death"], f["person"], "subject")
    with pytest.raises(InvalidInput, match="is not linked to person"):
        unlink_person(catalog, f["letter"], f["person"])
    assert _links(catalog) == before
    link_person(catalog, f["letter"], f["person"], "applicant")
    roles = {(d.document.id, d.role) for d in get_person(catalog, f["person"]).documents}
    assert (f["letter"], "applicant") in roles
    assert unlink_person(catalog, f["letter"], f["person"]) == ("applicant",)
    assert _links(catalog) == before


def test_a_claims_document_is_linked_to_its_person(
    catalog: Catalog, filled: dict[str, int]
) -> None:
    f = filled
    other = add_person(catalog, PersonFields(surname="Зерова", given_name="Софья")).id
    claim = add_claim(catalog, other, ClaimFields("death", "1943", document_id=f["letter"]))
    # The letter concerned no one: its claim's person is its subject now.
    assert (f["letter"], other, "subject") in _links(catalog)
    # A document already about someone else mentions the claim's person.
    update_claim(catalog, claim.id, document_id=f["death"])
    assert (f["death"], other, "mentioned") in _links(catalog)
    assert [d.document.id for d in get_person(catalog, other).documents] == [
        f["death"],
        f["letter"],
    ]


def test_editing_a_document_keeps_its_links(catalog: Catalog, filled: dict[str, int]) -> None:
    update_document(catalog, filled["death"], title="Повторное свидетельство")
    assert [p.person.id for p in get_document(catalog, filled["death"]).persons] == [
        filled["person"]
    ]
