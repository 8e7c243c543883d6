"""The document workspace: page, word boxes, text editing, claims from a selection, rotate, crop."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRectF, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QDialog

from catalog.services import claims, documents, transcriptions
from desktop.dialogs.claim import ClaimDialog
from desktop.dialogs.history import HistoryDialog
from tests.support.gui import select


def open_death_certificate(qtbot, window):  # type: ignore[no-untyped-def]
    select(qtbot, window, "Карпенко")
    death = next(c for c in window.detail.claims if c.kind == "death")
    window.dossier.open_source.emit(death)
    workspace = window.workspace
    qtbot.waitUntil(
        lambda: workspace.loaded is not None and workspace.loaded.page.id == death.page_id
    )
    return workspace, death


def select_text(editor, text: str) -> None:  # type: ignore[no-untyped-def]
    start = editor.toPlainText().index(text)
    cursor = editor.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(start + len(text), QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)


def test_source_opens_the_page_with_the_cited_region(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    workspace, death = open_death_certificate(qtbot, window)
    view = workspace.view
    assert view.word_count() == len(workspace.loaded.transcription.words) > 20
    # The deliberate misreadings of the sample are marked as doubtful.
    assert view.low_confidence_count() == 2
    x, y, w, h = death.region
    marked = view.region_rect()
    assert marked is not None and marked.contains(QRectF(x, y, w, h))
    assert (
        "Death certificate" in workspace.title.text() or "Свидетельство" in workspace.title.text()
    )


def test_cursor_and_image_point_at_the_same_word(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    workspace, _death = open_death_certificate(qtbot, window)
    editor, view = workspace.editor, workspace.view
    position = editor.toPlainText().index("Харькова")
    cursor = editor.textCursor()
    cursor.setPosition(position + 2)
    editor.setTextCursor(cursor)
    index = editor.word_index_at(position + 2)
    assert editor.words[index].text == "Харькова."
    assert view.highlighted_rect() is not None
    assert view.highlighted_rect().contains(view.word_rect(index))
    # Clicking a word on the image moves the cursor to it.
    target = next(i for i, w in enumerate(editor.words) if w.text == "Семёнович")
    point = view.mapFromScene(view.word_rect(target).center())
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert editor.textCursor().selectedText() == "Семёнович"


def test_correct_text_and_save_a_human_version(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    workspace, death = open_death_certificate(qtbot, window)
    editor = workspace.editor
    assert not workspace.save_action.isEnabled()
    select_text(editor, "воспалеиие")
    editor.textCursor().insertText("воспаление")
    assert workspace.save_action.isEnabled()
    with qtbot.waitSignal(workspace.saved) as saved:
        workspace.save_action.trigger()
    version = saved.args[0]
    assert version.origin == "human" and version.version == 2
    assert "воспаление лёгких" in version.text
    # The corrected word keeps its box; the person's word is no longer "doubtful".
    word = next(w for w in version.words if w.text == "воспаление")
    assert word.confidence is None and word.width > 0
    assert version.text[word.start : word.end] == "воспаление"
    history = transcriptions.transcription_history(window.catalog, death.page_id)
    assert [v.origin for v in history] == ["engine", "human"]
    assert transcriptions.current_transcription(window.catalog, death.page_id).version == 2
    assert not workspace.save_action.isEnabled()

    # The history shows both versions and can bring the old text back for a new version.
    def choose_oldest(dialog: HistoryDialog) -> int:
        dialog.list.setCurrentRow(dialog.list.count() - 1)
        dialog.use.click()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(HistoryDialog, "exec", choose_oldest)
    workspace.history_action.trigger()
    qtbot.waitUntil(lambda: "воспалеиие" in editor.toPlainText())
    assert workspace.save_action.isEnabled()


def test_words_follow_edits(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    workspace, _death = open_death_certificate(qtbot, window)
    editor = workspace.editor
    editor.moveCursor(QTextCursor.MoveOperation.Start)
    editor.insertPlainText("Копия. ")
    editor.realign_now()
    position = editor.toPlainText().index("Карпенко")
    index = editor.word_index_at(position)
    assert index is not None and editor.words[index].text == "Карпенко"


def test_claim_from_selection_and_undo(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    workspace, _death = open_death_certificate(qtbot, window)
    editor = workspace.editor
    select_text(editor, "14 мая 1958 г.")
    assert workspace.claim_action.isEnabled()
    seen = {}

    def accept(dialog: ClaimDialog) -> int:
        seen["date"] = dialog.date.text()
        seen["quote"] = dialog.quote.text()
        dialog.kind.setCurrentIndex(dialog.kind.findData("other"))
        dialog.date.setText("14.05.1958")
        dialog.note.setPlainText("date of the act record")
        dialog.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ClaimDialog, "exec", accept)
    person_id = window.detail.id
    count = len(claims.list_claims(window.catalog, person_id))
    workspace.claim_action.trigger()
    qtbot.waitUntil(lambda: len(claims.list_claims(window.catalog, person_id)) == count + 1)
    assert seen["quote"] == "14 мая 1958 г."
    new = next(c for c in claims.list_claims(window.catalog, person_id) if c.note)
    assert new.date.iso == "1958-05-14"
    assert new.quote == "14 мая 1958 г."
    assert new.page_id == workspace.loaded.page.id and new.document_id is not None
    # The region is the union of the selected words' boxes.
    words = [w for w in workspace.editor.words if w.text in ("14", "мая", "1958", "г.")]
    left = min(w.x for w in words[:4])
    assert new.region is not None and new.region[0] == left
    qtbot.waitUntil(lambda: any(c.id == new.id for c in window.detail.claims))
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: len(claims.list_claims(window.catalog, person_id)) == count)
    window.redo_action.trigger()
    qtbot.waitUntil(lambda: len(claims.list_claims(window.catalog, person_id)) == count + 1)
    assert claims.get_claim(window.catalog, new.id).uid == new.uid


def test_numeric_date_in_the_selection_is_prefilled(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    workspace, _death = open_death_certificate(qtbot, window)
    editor = workspace.editor
    editor.moveCursor(QTextCursor.MoveOperation.End)
    editor.insertPlainText("\nвыдано 16.05.1990")
    select_text(editor, "16.05.1990")
    seen = {}

    def reject(dialog: ClaimDialog) -> int:
        seen["date"] = dialog.date.text()
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(ClaimDialog, "exec", reject)
    workspace.claim_action.trigger()
    assert seen["date"] == "16.05.1990"


def test_rotate_and_crop_are_stored_as_processing(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    workspace, death = open_death_certificate(qtbot, window)
    page_id = death.page_id
    blob_before = documents.get_page(window.catalog, page_id).blob_sha256
    width, height = workspace.loaded.image.width(), workspace.loaded.image.height()
    workspace.rotate_right_action.trigger()
    qtbot.waitUntil(lambda: workspace.loaded.page.processing.get("rotation") == 90)
    assert (workspace.loaded.image.width(), workspace.loaded.image.height()) == (height, width)
    # Word boxes are still drawn over the same words after the turn.
    index = next(i for i, w in enumerate(workspace.editor.words) if w.text == "Карпенко")
    rect = workspace.view.word_rect(index)
    assert rect.width() < rect.height()
    workspace.view.crop_selected.emit(QRectF(10, 20, 300, 400))
    qtbot.waitUntil(lambda: "crop" in workspace.loaded.page.processing)
    assert workspace.loaded.page.processing["crop"] == [10, 20, 300, 400]
    assert (workspace.loaded.image.width(), workspace.loaded.image.height()) == (300, 400)
    assert documents.get_page(window.catalog, page_id).blob_sha256 == blob_before
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: "crop" not in workspace.loaded.page.processing)
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: workspace.loaded.page.processing == {})
    assert documents.get_page(window.catalog, page_id).processing == {}
    assert workspace.view.mapFromScene(0, 0) != QPoint(-1, -1)


def test_document_details_are_edited_and_undone(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from desktop.dialogs.document import DocumentDialog

    workspace, _death = open_death_certificate(qtbot, window)
    document_id = workspace.loaded.document.summary.id
    before = documents.get_document(window.catalog, document_id)

    def fill(dialog: DocumentDialog) -> int:
        assert dialog.kind.currentData() == "death_certificate"
        dialog.kind.setCurrentIndex(dialog.kind.findData("death_notice"))
        dialog.issued.setText("14 мая 1958 г.")
        dialog.archive["fond"].setText("Р-1")
        dialog.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(DocumentDialog, "exec", fill)
    workspace.details_action.trigger()
    qtbot.waitUntil(
        lambda: documents.get_document(window.catalog, document_id).summary.kind == "death_notice"
    )
    after = documents.get_document(window.catalog, document_id)
    assert after.summary.issued.iso == "1958-05-14" and after.fond == "Р-1"
    # The dossier names the source by its new kind.
    qtbot.waitUntil(lambda: any(c.document_kind == "death_notice" for c in window.detail.claims))
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: documents.get_document(window.catalog, document_id) == before)
