"""Read again… a region of a page: real Tesseract on a rectangle of the sample's death
certificate, whose stored text has a deliberate misreading («воспалеиие»); the rectangle drawn
on the page with the mouse; the words of the text in it replaced by the new reading."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog

from catalog.errors import InvalidInput
from catalog.services import transcriptions
from catalog.services.region_reading import RegionReading, read_region, words_in_region
from desktop.views.region_reader import RegionTextDialog
from tests.gui.test_layout import in_language
from tests.gui.test_workspace import open_death_certificate
from tests.support.layout import misfits

MISREAD = "воспалеиие"


def misread_line(words):  # type: ignore[no-untyped-def]
    """The words of the line with the misreading, and a rectangle around them."""
    word = next(w for w in words if MISREAD in w.text)
    line = [
        w
        for w in words
        if (w.block, w.paragraph, w.line) == (word.block, word.paragraph, word.line)
    ]
    left, top = min(w.x for w in line) - 6, min(w.y for w in line) - 6
    right = max(w.x + w.width for w in line) + 6
    bottom = max(w.y + w.height for w in line) + 6
    return line, (left, top, right - left, bottom - top)


def test_a_region_is_read_again_and_its_words_found(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    workspace, _death = open_death_certificate(qtbot, window)
    page = workspace.loaded.page.id
    current = transcriptions.current_transcription(window.catalog, page)
    line, region = misread_line(current.words)
    versions = len(transcriptions.transcription_history(window.catalog, page))

    reading = read_region(window.catalog, page, region, "rus")
    assert "воспаление" in reading.text and MISREAD not in reading.text
    assert "причина смерти" in reading.text
    assert len(reading.words) >= 3
    x, y, width, height = reading.region
    assert all(x <= w.x and w.x + w.width <= x + width + 1 for w in reading.words)
    assert all(y <= w.y and w.y + w.height <= y + height + 1 for w in reading.words)
    assert [w.text for w in words_in_region(current.words, region)] == [w.text for w in line]
    # Outside the image: said so, nothing stored.
    with pytest.raises(InvalidInput, match="outside its image"):
        read_region(window.catalog, page, (100_000, 100_000, 50, 50), "rus")
    assert len(transcriptions.transcription_history(window.catalog, page)) == versions


def test_drawing_a_region_replaces_its_words_with_the_new_reading(  # type: ignore[no-untyped-def]
    qtbot, window, monkeypatch
) -> None:
    window.settings.ocr_languages = "rus"
    workspace, _death = open_death_certificate(qtbot, window)
    view, editor = workspace.view, workspace.editor
    line, region = misread_line(editor.words)
    view.fit_page()
    seen = {}

    def accept(dialog: RegionTextDialog) -> int:
        seen["old"], seen["new"] = dialog.old.text(), dialog.text()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(RegionTextDialog, "exec", accept)
    action = workspace.read_region_action
    assert action.isEnabled() and action in workspace.actions_for_menu()
    action.setChecked(True)
    rect = view.map_box(region)
    start = view.mapFromScene(rect.topLeft())
    end = view.mapFromScene(rect.bottomRight())
    QTest.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=start)
    QTest.mouseMove(view.viewport(), end)
    QTest.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=end)
    qtbot.waitUntil(lambda: "воспаление" in editor.toPlainText(), timeout=20_000)
    assert not action.isChecked()  # one region at a time
    assert seen["old"] == " ".join(w.text for w in line)
    assert MISREAD in seen["old"] and "воспаление" in seen["new"]
    text = editor.toPlainText()
    assert MISREAD not in text and editor.is_changed()
    assert "умер" in text and "Харьков" in text  # the other lines are untouched
    # An edit of the text like any other: Ctrl+Z in the text takes it back.
    editor.setFocus()
    QTest.keySequence(editor, QKeySequence.StandardKey.Undo)
    assert MISREAD in editor.toPlainText()


def test_a_reading_where_the_text_has_no_words_goes_to_the_cursor(  # type: ignore[no-untyped-def]
    qtbot, window, monkeypatch
) -> None:
    workspace, _death = open_death_certificate(qtbot, window)
    editor = workspace.editor
    cursor = editor.textCursor()
    cursor.setPosition(0)
    editor.setTextCursor(cursor)
    seen = {}

    def accept(dialog: RegionTextDialog) -> int:
        seen["has_old"] = hasattr(dialog, "old")
        seen["button"] = dialog.use.text()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(RegionTextDialog, "exec", accept)
    # A region of the margin, where the text has no word.
    reading = RegionReading(workspace.loaded.page.id, (0, 0, 5, 5), "Штамп архива", (), None)
    workspace.region_reader.offer(reading.page_id, reading)
    assert not seen["has_old"] and seen["button"]
    assert editor.toPlainText().startswith("Штамп архива")


def test_cropping_and_choosing_a_region_take_turns(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    workspace, _death = open_death_certificate(qtbot, window)
    crop, region = workspace.tools.crop_action, workspace.read_region_action
    region.setChecked(True)
    assert workspace.view.choosing_region()
    crop.setChecked(True)
    assert not region.isChecked() and not workspace.view.choosing_region()
    region.setChecked(True)
    assert not crop.isChecked() and workspace.view.choosing_region()
    # Back from the shown page to the scan's pixels, where the word boxes are.
    word = workspace.editor.words[0]
    shown = workspace.view.word_rect(0)
    x, y, width, height = workspace.view.original_box(shown)
    assert abs(x - word.x) <= 1 and abs(y - word.y) <= 1
    assert abs(width - word.width) <= 2 and abs(height - word.height) <= 2


@pytest.mark.parametrize("language", ("en", "ru", "uk"))
def test_the_region_dialog_fits_in_every_language(  # type: ignore[no-untyped-def]
    qtbot, application, window, language
) -> None:
    window = in_language(qtbot, application, window, language)
    for old in ("причина смерти: воспалеиие лёгких,", ""):
        dialog = RegionTextDialog(old, "причина смерти: воспаление легких,", window)
        dialog.show()
        qtbot.waitExposed(dialog)
        QApplication.processEvents()
        assert misfits(dialog) == [], (language, old)
        assert dialog.windowTitle() and dialog.use.text()
        dialog.close()
