"""The text editor and text recognition as a person uses them: Ctrl+S keeps the place on a long
page; a document read already can be read again, in a chosen language; recognition started from
the import dialog asks the language; the count of waiting pages follows a run."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QInputDialog

from catalog.progress import Progress
from catalog.services import documents, transcriptions
from tests.gui.test_import_and_ocr import certificate
from tests.gui.test_workspace import open_death_certificate


def test_ctrl_s_keeps_the_cursor_and_the_scrolled_place(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.resize(1024, 700)
    window.show()
    qtbot.waitExposed(window)
    workspace, _death = open_death_certificate(qtbot, window)
    editor = workspace.editor
    editor.moveCursor(QTextCursor.MoveOperation.End)
    editor.insertPlainText("".join(f"\nстрока {n}" for n in range(200)))
    cursor = editor.textCursor()
    cursor.setPosition(editor.toPlainText().index("строка 150"))
    editor.setTextCursor(cursor)
    editor.centerCursor()
    place = editor.place()
    assert place[2] > 0  # scrolled well down the page
    editor.setFocus()
    with qtbot.waitSignal(workspace.saved):
        QTest.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: workspace.loaded.transcription.origin == "human")
    assert editor.place() == place


def test_a_document_read_already_is_read_again_in_a_chosen_language(  # type: ignore[no-untyped-def]
    qtbot, window, tmp_path, monkeypatch
) -> None:
    path = certificate(tmp_path, "kornilov.png", "Корнилов")
    document = documents.add_document(window.catalog, documents.DocumentFields(title="Скан"))
    stored = window.catalog.blobs.put_file(path)
    page = documents.add_page(window.catalog, document.id, stored, media_type="image/png")
    window.workspace.open(document.id)
    qtbot.waitUntil(lambda: window.workspace.loaded is not None)
    panel = window.work.ocr
    with qtbot.waitSignal(panel.pages_read, timeout=120_000):
        window.workspace.ocr_action.trigger()
    # Nothing waits now: the panel says so once, with one full stop, and offers to read again.
    window.workspace.ocr_action.trigger()
    qtbot.waitUntil(lambda: not panel.running, timeout=60_000)
    qtbot.waitUntil(lambda: panel.again_button.isVisibleTo(panel))
    assert "read already" in panel.status.text() and ".." not in panel.status.text()
    asked = []

    def ukrainian(parent, title, label, items, current, editable):  # type: ignore[no-untyped-def]
        asked.append(items[current])
        return next(i for i in items if i.startswith("Ukrainian and")), True

    monkeypatch.setattr(QInputDialog, "getItem", ukrainian)
    with qtbot.waitSignal(panel.pages_read, timeout=120_000) as done:
        panel.again_button.click()
    assert done.args[0] == (page.id,)
    assert asked == ["Russian (with English words)"]
    assert panel.languages == "ukr+rus+eng"
    history = transcriptions.transcription_history(window.catalog, page.id)
    assert [v.origin for v in history] == ["engine", "engine"]


def test_recognition_from_the_import_dialog_asks_the_language(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    panel = window.work.ocr
    runs = []
    monkeypatch.setattr(panel, "run", lambda ids, **k: runs.append((ids, panel.languages)))
    monkeypatch.setattr(
        QInputDialog, "getItem", lambda p, t, label, items, *a, **k: (items[2], True)
    )
    dialog = window.work.open_import()
    dialog.recognise.emit((7,))
    assert runs == [((7,), "ukr+eng")]
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("", False))
    dialog.recognise.emit((7,))
    assert len(runs) == 1  # cancelled: nothing read
    dialog.close()


def test_the_waiting_count_follows_a_run(window) -> None:  # type: ignore[no-untyped-def]
    panel = window.work.ocr
    panel._progressed(Progress(3, 10, "reading pages"))
    assert panel.pending.text() == "7 pages waiting for recognition"
    assert panel.status.text() == "3 of 10 pages read"
