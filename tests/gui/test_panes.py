"""The main window's panes at 1024×700 and 1920×1080, People and Documents tabs, in English,
Russian and Ukrainian: with the Documents tab open the page and its text can be read without
dragging a splitter; with the People tab the dossier is beside them; nothing is cut off."""

from __future__ import annotations

import statistics

import pytest
from PySide6.QtWidgets import QApplication

from desktop.panes import DOCUMENTS, PEOPLE
from tests.gui.test_layout import LANGUAGES, in_language, with_document
from tests.support.layout import misfits

SIZES = ((1024, 700), (1920, 1080))
LINE_ON_SCREEN = 11  # px: a line of typed text drawn less tall than this is not read
CHARACTERS_PER_LINE = 50  # the page text's lines ("причина смерти: воспаление лёгких,")


def settle(qtbot) -> None:  # type: ignore[no-untyped-def]
    for _ in range(4):
        QApplication.processEvents()
    qtbot.wait(50)


def shown_line(workspace) -> float:  # type: ignore[no-untyped-def]
    """The median height of the page's words as drawn on the screen."""
    view = workspace.view
    heights = [
        view.mapFromScene(view.word_rect(i)).boundingRect().height()
        for i in range(view.word_count())
    ]
    return statistics.median(heights)


def readable(window, workspace) -> list[str]:  # type: ignore[no-untyped-def]
    problems = []
    if shown_line(workspace) < LINE_ON_SCREEN:
        problems.append(f"the page's lines are {shown_line(workspace):.1f} px high")
    editor = workspace.editor
    columns = editor.viewport().width() // editor.fontMetrics().averageCharWidth()
    if columns < CHARACTERS_PER_LINE:
        problems.append(f"the text pane shows {columns} characters a line")
    if workspace.view.viewport().height() < 200 or editor.viewport().height() < 120:
        problems.append("the page or its text is too low")
    return problems


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("size", SIZES)
def test_a_page_and_its_text_can_be_read_on_the_documents_tab(  # type: ignore[no-untyped-def]
    qtbot, application, window, language, size
) -> None:
    window = in_language(qtbot, application, window, language)
    window.resize(*size)
    workspace = with_document(qtbot, window)
    settle(qtbot)
    people_sizes = window.splitter.sizes()
    assert window.dossier.isVisible()
    assert misfits(window) == []

    window.sides.setCurrentIndex(DOCUMENTS)
    settle(qtbot)
    assert readable(window, workspace) == []
    assert misfits(window) == []
    table = window.documents.table
    assert table.isVisible() and table.viewport().width() > 250
    if size[0] >= 1400:
        assert window.dossier.isVisible()  # room for all three
    else:
        assert not window.dossier.isVisible()  # it steps aside for the page
        assert workspace.width() > size[0] * 0.55

    # Back on the People tab the dossier is where it was; the Documents tab keeps its own.
    window.sides.setCurrentIndex(PEOPLE)
    settle(qtbot)
    assert window.dossier.isVisible()
    assert window.splitter.sizes() == people_sizes
    assert misfits(window) == []


def test_the_documents_tab_keeps_the_sizes_given_to_it(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.resize(1920, 1080)
    window.show()
    qtbot.waitExposed(window)
    with_document(qtbot, window)
    window.sides.setCurrentIndex(DOCUMENTS)
    settle(qtbot)
    window.splitter.setSizes([700, 300, 900])
    chosen = window.splitter.sizes()
    window.sides.setCurrentIndex(PEOPLE)
    settle(qtbot)
    assert window.splitter.sizes() != chosen
    window.sides.setCurrentIndex(DOCUMENTS)
    settle(qtbot)
    assert window.splitter.sizes() == chosen
    # Made narrow, the dossier steps aside; made wide again, it is back.
    window.resize(1024, 700)
    settle(qtbot)
    assert not window.dossier.isVisible()
    window.resize(1920, 1080)
    settle(qtbot)
    assert window.dossier.isVisible()


def test_the_window_opens_with_the_people_tabs_layout(qtbot, application, window) -> None:  # type: ignore[no-untyped-def]
    window.resize(1024, 700)
    window.show()
    qtbot.waitExposed(window)
    settle(qtbot)
    people_sizes = window.splitter.sizes()
    window.sides.setCurrentIndex(DOCUMENTS)
    settle(qtbot)
    state = window.pane_sizes.people_state()
    settle(qtbot)
    assert not window.dossier.isVisible()  # saving did not change what is shown
    window.splitter.restoreState(state)
    window.dossier.show()
    settle(qtbot)
    assert window.splitter.sizes() == people_sizes
