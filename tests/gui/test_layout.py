"""Every main view and dialog at 1024×700 in English, Russian and Ukrainian: nothing clipped.

The main window is shown with the flagged dossier and a document open, then every enabled
action of its menus is triggered (`tests.support.walk`), and every dialog, message or window it
opens is checked as it appears (`tests.support.layout.misfits`: a label or button whose text
does not fit, a widget outside its window). Dialogs added to the menus later are covered
without being named here.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QWidget

from tests.gui.test_workspace import open_death_certificate
from tests.support.layout import misfits
from tests.support.walk import patch_dialogs, trigger_all

SIZE = (1024, 700)
LANGUAGES = ("en", "ru", "uk")


def in_language(qtbot, application, window, language: str):  # type: ignore[no-untyped-def]
    if language != "en":
        application.set_language(language)
        window = application.main_window
        qtbot.waitUntil(lambda: window.people_model.rowCount() == 4)
    window.resize(*SIZE)
    window.show()
    qtbot.waitExposed(window)
    return window


def other_views(qtbot, window, check) -> None:  # type: ignore[no-untyped-def]
    """The texts found by a search, and the text recognition panel, each checked."""
    window.people.filter.setText("Харьков")
    window.people.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: window.people.texts.results is not None)
    check(window)
    window.people.filter.clear()
    window.people.tabs.setCurrentIndex(0)
    qtbot.waitUntil(lambda: window.people_model.rowCount() == 4)
    window.work.ocr_action.setChecked(True)
    qtbot.waitUntil(lambda: window.work.ocr.overview is not None, timeout=20_000)
    check(window)
    window.work.ocr_action.setChecked(False)


def with_document(qtbot, window):  # type: ignore[no-untyped-def]
    """The flagged dossier and its death certificate, a word of the text selected."""
    workspace, _death = open_death_certificate(qtbot, window)
    qtbot.waitUntil(lambda: window.dossier.documents is not None)
    cursor = workspace.editor.textCursor()
    cursor.setPosition(0)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfWord, QTextCursor.MoveMode.KeepAnchor)
    workspace.editor.setTextCursor(cursor)
    return workspace


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_view_and_dialog_fits_at_1024_by_700(  # type: ignore[no-untyped-def]
    qtbot, application, window, monkeypatch, tmp_path, language
) -> None:
    problems: list[str] = []
    seen: list[str] = []

    def check(widget: QWidget, where: str = "") -> None:
        for _ in range(3):
            QApplication.processEvents()
        where = where or f"{type(widget).__name__} {widget.windowTitle()!r}"
        found = misfits(widget)
        if widget.isWindow() and (widget.width() > SIZE[0] or widget.height() > SIZE[1]):
            found.append(f"{widget.width()}×{widget.height()} is larger than the screen")
        problems.extend(f"{where}: {p}" for p in found)
        seen.append(where)

    patch_dialogs(monkeypatch, tmp_path, check)
    window = in_language(qtbot, application, window, language)
    check(window, "empty dossier")
    other_views(qtbot, window, lambda w: check(w, "search and OCR panel"))
    with_document(qtbot, window)
    check(window, "dossier and document")
    # The dossier scrolls to the flag's decision and the death card.
    dossier = window.dossier
    for name in ("confirmFlag", "conflictSource"):
        button = dossier.widget().findChild(QWidget, name)
        dossier.ensureWidgetVisible(button)
        QApplication.processEvents()
        assert not button.visibleRegion().isEmpty(), name
    trigger_all(qtbot, window, check)
    dialogs = [s for s in seen if "Dialog" in s or "QMessageBox" in s]
    assert len(dialogs) >= 12, dialogs
    assert not problems, "\n".join(dict.fromkeys(problems))


@pytest.mark.parametrize(("width", "height"), [(1600, 960), (1024, 700)])
def test_full_names_fit_the_people_list(qtbot, window, width, height) -> None:  # type: ignore[no-untyped-def]
    """Whole names at full size; on a small screen the arrest column gives way first, and a
    name still cut loses its middle (the tooltip has it whole)."""
    from desktop.models.people import ARRESTED, NAME

    window.resize(width, height)
    window.show()
    qtbot.waitExposed(window)
    QApplication.processEvents()
    table = window.people.table
    model = window.people_model
    metrics = table.fontMetrics()
    room = table.columnWidth(NAME) - 2 * table.style().pixelMetric(
        table.style().PixelMetric.PM_FocusFrameHMargin
    )
    if width < 1200:
        assert table.textElideMode() == Qt.TextElideMode.ElideMiddle
        assert room >= metrics.averageCharWidth() * 18
        return
    assert not table.isColumnHidden(ARRESTED)
    for row in range(model.rowCount()):
        name = model.data(model.index(row, NAME))
        assert metrics.horizontalAdvance(name) <= room, (name, room)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_welcome_window_fits(qtbot, application, language) -> None:  # type: ignore[no-untyped-def]
    application.set_language(language)
    application.start()
    welcome = application.window
    welcome.resize(*SIZE)
    welcome.show()
    qtbot.waitExposed(welcome)
    QApplication.processEvents()
    assert misfits(welcome) == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_claim_dialog_shows_every_placeholder_and_label(  # type: ignore[no-untyped-def]
    qtbot, application, window, monkeypatch, language
) -> None:
    """Both ways of opening the claim dialog (Add claim…, and a claim from selected words with
    its person chooser), every field empty: each label and each example in an empty field is
    shown whole (the Russian example of the body was cut), and the dialog fits the screen."""
    from desktop.dialogs.claim import ClaimDialog

    window = in_language(qtbot, application, window, language)
    workspace = with_document(qtbot, window)
    shown: list[tuple[str, list[str], int]] = []

    def look(dialog: ClaimDialog) -> int:
        for edit in (dialog.date, dialog.quote, *dialog.fields.values()):
            edit.clear()  # the examples show in empty fields only
        dialog.show()
        qtbot.waitExposed(dialog)
        for _ in range(3):
            QApplication.processEvents()
        examples = [e.placeholderText() for e in dialog.findChildren(QLineEdit)]
        assert dialog.width() <= SIZE[0] and dialog.height() <= SIZE[1]
        shown.append((dialog.windowTitle(), misfits(dialog), len([e for e in examples if e])))
        dialog.hide()
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(ClaimDialog, "exec", look)
    window.add_claim_action.trigger()
    workspace.claim_action.trigger()
    assert len(shown) == 2
    for title, problems, examples in shown:
        assert examples == 5, title  # the date, the body, the article, the sentence, the basis
        assert problems == [], f"{title}: " + "\n".join(problems)
