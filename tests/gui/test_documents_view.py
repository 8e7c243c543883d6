"""The Documents view: the inbox after an import with no person, filters, the person the text
names with one click to link, the picker, dragging a document onto a person, undo, and the
checks that re-run by themselves."""

from __future__ import annotations

import io
from pathlib import Path

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QDialog

from catalog.checks import flag_rows
from catalog.services import document_list
from catalog.services.claims import ClaimFields, add_claim
from catalog.services.documents import DocumentFields, add_document, add_page, get_document
from catalog.services.persons import PersonFields, add_person
from catalog.services.transcriptions import add_transcription
from desktop.dialogs.person_picker import PersonPicker
from desktop.models.documents import DOCUMENT_MIME, PERSONS, TITLE

REPLY = """АРХИВНАЯ СПРАВКА
Корнилов Федор Игнатьевич,
1896 года рождения, арестован
15 ноября 1937 года.
"""


def _document(catalog, text: str | None, title: str) -> int:  # type: ignore[no-untyped-def]
    from PIL import Image

    document = add_document(catalog, DocumentFields(kind="archival_reply", title=title)).id
    image = io.BytesIO()
    Image.new("L", (60, 80), 255).save(image, "PNG")
    page = add_page(
        catalog,
        document,
        catalog.blobs.put_bytes(image.getvalue()),
        media_type="image/png",
        width=60,
        height=80,
    )
    if text is not None:
        add_transcription(catalog, page.id, text, origin="engine")
    return document


def _show_documents(qtbot, window):  # type: ignore[no-untyped-def]
    window.sides.setCurrentIndex(1)
    window.documents.model.reload()
    qtbot.waitUntil(lambda: window.documents.model.rowCount() > 0)
    return window.documents


def test_the_inbox_count_and_filters(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    unlinked_before = document_list.count_unlinked(window.catalog)
    _document(window.catalog, REPLY, "Справка УФСБ")
    window.refresh_all()  # as after an import
    qtbot.waitUntil(lambda: window.documents.model.unlinked == unlinked_before + 1)
    assert "inbox" in window.sides.tabText(1)
    panel = _show_documents(qtbot, window)
    assert "in the inbox" in panel.count.text()
    panel.inbox.setChecked(True)
    qtbot.waitUntil(lambda: panel.model.rowCount() == unlinked_before + 1)
    rows = [panel.model.data(panel.model.index(r, PERSONS)) for r in range(panel.model.rowCount())]
    assert set(rows) == {"linked to no one"}
    panel.text.setText("УФСБ")
    panel.apply_filter()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    assert panel.model.data(panel.model.index(0, TITLE)) == "Справка УФСБ"
    # Every control a person uses has a name a screen reader says.
    for widget in (
        panel.text,
        panel.inbox,
        panel.kind,
        panel.ocr,
        panel.tag,
        panel.table,
        panel.link_button,
        panel.unlink_button,
        panel.tag_button,
        panel.find_button,
    ):
        assert widget.accessibleName()


def test_the_text_names_a_new_person_and_one_click_links_it(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    document = _document(window.catalog, REPLY, "<b>Справка</b>")
    panel = _show_documents(qtbot, window)
    qtbot.waitUntil(lambda: panel.model.row_of(document) is not None)
    assert panel.select_document(document)
    qtbot.waitUntil(lambda: panel.proposal.isVisible())
    assert "Корнилов Федор Игнатьевич" in panel.proposal.heading.text()
    assert panel.proposal.heading.textFormat() == Qt.TextFormat.PlainText
    # A title that looks like markup is shown as it is written.
    assert (
        panel.model.data(panel.model.index(panel.model.row_of(document), TITLE)) == "<b>Справка</b>"
    )
    people = window.people_model.rowCount()
    panel.proposal.create_button.click()
    qtbot.waitUntil(lambda: window.people_model.rowCount() == people + 1)
    linked = get_document(window.catalog, document).persons
    assert [(p.person.full_name, p.role) for p in linked] == [
        ("Корнилов Федор Игнатьевич", "subject")
    ]
    assert linked[0].person.birth is not None and linked[0].person.birth.iso == "1896"
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: window.people_model.rowCount() == people)
    assert get_document(window.catalog, document).persons == ()


def test_an_existing_person_is_proposed_with_reasons(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    person = add_person(
        window.catalog,
        PersonFields(surname="Корнилов", given_name="Фёдор", patronymic="Игнатьевич", birth="1896"),
    ).id
    add_person(
        window.catalog,
        PersonFields(surname="Корнилов", given_name="Фёдор", patronymic="Игнатьевич", birth="1920"),
    )
    document = _document(window.catalog, REPLY, "Справка")
    panel = _show_documents(qtbot, window)
    qtbot.waitUntil(lambda: panel.model.row_of(document) is not None)
    panel.select_document(document)
    qtbot.waitUntil(lambda: panel.proposal.matches.count() > 0)
    # The namesake born in 1920 is not proposed.
    assert panel.proposal.matches.count() == 1
    assert "born 1896" in panel.proposal.matches.item(0).text()
    panel.proposal.link_button.click()
    qtbot.waitUntil(lambda: get_document(window.catalog, document).persons != ())
    assert get_document(window.catalog, document).persons[0].person.id == person


def test_the_picker_links_with_a_role_and_undo_unlinks(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    document = _document(window.catalog, None, "Письмо")
    panel = _show_documents(qtbot, window)
    qtbot.waitUntil(lambda: panel.model.row_of(document) is not None)
    panel.select_document(document)
    chosen = {}

    def choose(picker: PersonPicker) -> int:
        assert picker.query.accessibleName() and picker.role.accessibleName()
        picker.query.setText("Karpenko")  # Latin letters find Карпенко
        picker._search()
        qtbot.waitUntil(lambda: picker.results.count() > 0)
        picker.role.setCurrentIndex(picker.role.findData("applicant"))
        chosen["id"] = picker.person_id()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(PersonPicker, "exec", choose)
    panel.link_button.click()
    qtbot.waitUntil(lambda: get_document(window.catalog, document).persons != ())
    (linked,) = get_document(window.catalog, document).persons
    assert linked.person.id == chosen["id"] and linked.role == "applicant"
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: get_document(window.catalog, document).persons == ())


def test_dragging_a_document_onto_a_person_links_it(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    document = _document(window.catalog, None, "Фото")
    window.show()
    qtbot.waitExposed(window)
    target = window.people_model.id_at(0)
    rect = window.people.table.visualRect(window.people_model.index(0, 0))
    mime = QMimeData()
    mime.setData(DOCUMENT_MIME, str(document).encode("ascii"))
    viewport = window.people.table.viewport()
    buttons = (Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    # What a real drag delivers: enter, move, then the drop.
    enter = QDragEnterEvent(rect.center(), Qt.DropAction.LinkAction, mime, *buttons)
    assert QApplication.sendEvent(viewport, enter) and enter.isAccepted()
    move = QDragMoveEvent(rect.center(), Qt.DropAction.LinkAction, mime, *buttons)
    assert QApplication.sendEvent(viewport, move) and move.isAccepted()
    drop = QDropEvent(rect.center().toPointF(), Qt.DropAction.LinkAction, mime, *buttons)
    assert QApplication.sendEvent(viewport, drop)
    qtbot.waitUntil(lambda: get_document(window.catalog, document).persons != ())
    assert get_document(window.catalog, document).persons[0].person.id == target
    # The documents list's rows carry their ids for the drag.
    data = window.documents.model.mimeData([window.documents.model.index(0, 0)])
    assert data.hasFormat(DOCUMENT_MIME)


def test_accepting_a_claim_reruns_the_checks_in_the_background(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    catalog = window.catalog
    person = add_person(catalog, PersonFields(surname="Корнилов", given_name="Фёдор")).id
    reply = add_document(catalog, DocumentFields(kind="archival_reply", issued="1992-11-03")).id
    certificate = add_document(catalog, DocumentFields(kind="death_certificate")).id
    add_claim(catalog, person, ClaimFields("arrest", "1937-11-15", document_id=reply))
    add_claim(catalog, person, ClaimFields("execution", "1938-02-21", document_id=reply))
    death = add_claim(
        catalog,
        person,
        ClaimFields(
            "death",
            "1943-08-17",
            cause="воспаление легких",
            status="suggested",
            document_id=certificate,
        ),
    ).id
    window.refresh_all()
    qtbot.waitUntil(lambda: window.people_model.row_of(person) is not None)
    window.people.select_person(person)
    qtbot.waitUntil(lambda: window.detail is not None and window.detail.id == person)
    with qtbot.waitSignal(window.documents_controller.checks.checked, timeout=20000):
        window.editing.accept_suggestions((death,))
    assert [f.kind for f in flag_rows(catalog, person_ids=[person])] == ["likely_falsified_death"]
    qtbot.waitUntil(lambda: window.detail is not None and bool(window.detail.flags))


def test_the_sample_catalogue_lists_its_documents(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window.show()
    panel = _show_documents(qtbot, window)
    assert panel.model.rowCount() == len(document_list.document_ids(window.catalog))
    # The rows on screen get their first page's thumbnail once the list stops moving.
    qtbot.waitUntil(lambda: len(panel.model._thumbs) > 0, timeout=10000)
    panel.table.sortByColumn(TITLE, Qt.SortOrder.AscendingOrder)
    qtbot.waitUntil(lambda: panel.model.order == "title")


def test_accepting_a_claim_already_recorded_adds_nothing(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from catalog.services.claims import get_claim

    catalog = window.catalog
    person = add_person(catalog, PersonFields(surname="Корнилов", given_name="Фёдор")).id
    certificate = add_document(catalog, DocumentFields(kind="death_certificate")).id
    recorded = add_claim(
        catalog, person, ClaimFields("death", "1943-08-17", document_id=certificate)
    )
    again = add_claim(
        catalog,
        person,
        ClaimFields("death", "1943-08-17", status="suggested", document_id=certificate),
    ).id
    window.refresh_all()
    qtbot.waitUntil(lambda: window.people_model.row_of(person) is not None)
    window.people.select_person(person)
    qtbot.waitUntil(lambda: window.detail is not None and window.detail.id == person)
    window.editing.accept_suggestions((again,))
    qtbot.waitUntil(lambda: "already recorded" in window.statusBar().currentMessage())
    assert f"claim {recorded.id}" in window.statusBar().currentMessage()
    assert get_claim(catalog, again).status == "suggested"


def test_after_reading_an_import_the_proposal_shows_by_itself(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    document = _document(window.catalog, REPLY, "Справка без человека")
    panel = window.documents
    assert panel.current_document() is None
    # What the OCR panel says when a run has read pages (here the text is already stored).
    window.work.ocr.pages_read.emit(())
    qtbot.waitUntil(lambda: panel.current_document() == document)
    qtbot.waitUntil(lambda: panel.proposal.isVisible())
    assert "Корнилов Федор Игнатьевич" in panel.proposal.heading.text()
