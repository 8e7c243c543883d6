"""Undo in the Documents view and for claims: a tag put on or taken off a document comes back
off or on with Ctrl+Z (and again with Ctrl+Shift+Z); undoing an added claim removes the link
to its document that the claim made — and no link that was there before."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QInputDialog

from catalog.services import claims
from catalog.services.document_list import document_rows
from catalog.services.documents import get_document, link_person
from catalog.services.persons import PersonFields, add_person
from tests.gui.test_documents_view import REPLY, _document, _show_documents
from tests.support.layout import misfits


def tags_of(window, document_id: int) -> tuple[str, ...]:  # type: ignore[no-untyped-def]
    (row,) = document_rows(window.catalog, [document_id])
    return row.tags


def links_of(window, document_id: int) -> set[tuple[int, str]]:  # type: ignore[no-untyped-def]
    return {(p.person.id, p.role) for p in get_document(window.catalog, document_id).persons}


def press(window, key: Qt.Key, modifiers=Qt.KeyboardModifier.ControlModifier) -> None:  # type: ignore[no-untyped-def]
    window.activateWindow()
    QTest.keyClick(window.documents.table, key, modifiers)


def test_a_tag_put_on_or_taken_off_is_undone(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    document = _document(window.catalog, REPLY, "Справка УФСБ")
    window.show()
    qtbot.waitExposed(window)
    panel = _show_documents(qtbot, window)
    qtbot.waitUntil(lambda: panel.model.row_of(document) is not None)
    panel.select_document(document)
    panel.table.setFocus()
    assert not panel.untag_button.isEnabled()  # no tag to take off yet
    answer = {"tag": "  Коробка   7 "}
    monkeypatch.setattr(
        QInputDialog, "getItem", staticmethod(lambda *a, **k: (answer["tag"], True))
    )

    panel.tag_button.click()
    qtbot.waitUntil(lambda: tags_of(window, document) == ("Коробка 7",))
    qtbot.waitUntil(panel.untag_button.isEnabled)
    assert "Коробка 7" in window.undo_action.text()
    press(window, Qt.Key.Key_Z)
    qtbot.waitUntil(lambda: tags_of(window, document) == ())
    press(
        window,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: tags_of(window, document) == ("Коробка 7",))

    # Taking it off: undo puts it back.
    qtbot.waitUntil(lambda: panel.current_tags() == ("Коробка 7",))
    answer["tag"] = "Коробка 7"
    panel.untag_button.click()
    qtbot.waitUntil(lambda: tags_of(window, document) == ())
    qtbot.waitUntil(lambda: not panel.untag_button.isEnabled())
    press(window, Qt.Key.Key_Z)
    qtbot.waitUntil(lambda: tags_of(window, document) == ("Коробка 7",))
    qtbot.waitUntil(lambda: panel.tag.findData("Коробка 7") > 0)  # the filter offers it again
    # Chosen in the filter, the tag is shown whole.
    panel.tag.setCurrentIndex(panel.tag.findData("Коробка 7"))
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    QApplication.processEvents()
    assert misfits(panel) == []


def _add_claim(qtbot, window, person: int, document: int) -> int:  # type: ignore[no-untyped-def]
    before = {c.id for c in claims.list_claims(window.catalog, person)}
    window.editing._push_add_claim(
        person, {"kind": "arrest", "date": None, "document_id": document, "quote": "арестован"}
    )
    qtbot.waitUntil(lambda: len(claims.list_claims(window.catalog, person)) > len(before))
    return next(c.id for c in claims.list_claims(window.catalog, person) if c.id not in before)


def test_undoing_a_claim_removes_the_link_it_made_and_no_other(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    catalog = window.catalog
    korn = add_person(catalog, PersonFields(surname="Корнилов", given_name="Фёдор")).id
    other = add_person(catalog, PersonFields(surname="Корнилова", given_name="Анна")).id
    # A document linked to no one: the claim makes its person the subject.
    inbox = _document(catalog, REPLY, "Справка")
    claim = _add_claim(qtbot, window, korn, inbox)
    assert links_of(window, inbox) == {(korn, "subject")}
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: links_of(window, inbox) == set())
    assert claim not in {c.id for c in claims.list_claims(catalog, korn)}
    window.redo_action.trigger()  # the same claim and its link come back
    qtbot.waitUntil(lambda: links_of(window, inbox) == {(korn, "subject")})
    assert claim in {c.id for c in claims.list_claims(catalog, korn)}
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: links_of(window, inbox) == set())

    # A document about someone else: the claim's person is linked as mentioned; undo takes
    # off that link only.
    theirs = _document(catalog, REPLY, "Письмо")
    link_person(catalog, theirs, other, "subject")
    _add_claim(qtbot, window, korn, theirs)
    assert links_of(window, theirs) == {(other, "subject"), (korn, "mentioned")}
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: links_of(window, theirs) == {(other, "subject")})

    # Linked before the claim (as a relative): the claim made no link, undo keeps it.
    link_person(catalog, theirs, korn, "relative")
    _add_claim(qtbot, window, korn, theirs)
    assert links_of(window, theirs) == {(other, "subject"), (korn, "relative")}
    window.undo_action.trigger()
    qtbot.waitUntil(
        lambda: not window.undo_action.isEnabled() or claims_citing(window, korn, theirs) == 0
    )
    assert links_of(window, theirs) == {(other, "subject"), (korn, "relative")}


def claims_citing(window, person: int, document: int) -> int:  # type: ignore[no-untyped-def]
    return sum(c.document_id == document for c in claims.list_claims(window.catalog, person))
