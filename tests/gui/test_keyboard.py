"""The main window and the dossier from the keyboard alone, in English, Russian and Ukrainian.

Tab and Shift+Tab reach every widget that takes the focus (the people list is one stop, the
arrows move inside it), they come round to where they started (no trap), F6 / Ctrl+Tab move
between the panes, and Ctrl+Z in the page text undoes the last catalogue action when the text
has nothing of its own to undo.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from desktop.keyboard import FocusRing, tab_stops
from tests.gui.test_workspace import open_death_certificate

LANGUAGES = ("en", "ru", "uk")


def describe(widget: QWidget | None) -> str:
    if widget is None:
        return "None"
    return f"{type(widget).__name__}#{widget.objectName()}"


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def walk(qtbot, start: QWidget, key: Qt.Key, limit: int = 400) -> list[QWidget]:  # type: ignore[no-untyped-def]
    """Press the key from `start` until the focus comes back to it; fail on a trap."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: focused() is start)
    visited: list[QWidget] = [start]
    stayed = 0
    for _ in range(limit):
        before = focused()
        QTest.keyClick(before, key)
        after = focused()
        assert after is not None, f"{key} after {describe(before)} left nothing focused"
        # A label with links steps from link to link before it lets Tab go on.
        stayed = stayed + 1 if after is before else 0
        assert stayed < 10, f"{key} is trapped in {describe(before)}"
        if after is start:
            return visited
        if after is not before:
            visited.append(after)
    raise AssertionError(
        f"{key} never came back to {describe(start)}: " + ", ".join(map(describe, visited[-12:]))
    )


def open_window(qtbot, application, window, language: str):  # type: ignore[no-untyped-def]
    if language != "en":
        application.set_language(language)
        window = application.main_window
        qtbot.waitUntil(lambda: window.people_model.rowCount() == 4)
    window.resize(1500, 940)
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    open_death_certificate(qtbot, window)
    return window


@pytest.mark.parametrize("language", LANGUAGES)
def test_tab_reaches_every_widget_and_comes_round(qtbot, application, window, language) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, application, window, language)
    expected = tab_stops(window)
    names = {b.objectName() for b in expected if isinstance(b, QPushButton)}
    # The decisions on the flag and the claims are among them.
    assert {"confirmFlag", "dismissFlag", "addClaim"} <= names
    forward = walk(qtbot, window.people.filter, Qt.Key.Key_Tab)
    missed = [describe(w) for w in expected if w not in forward]
    assert not missed, f"Tab never reaches {missed}"
    # The people list is one stop: Tab from it leaves it.
    assert forward.count(window.people.table) == 1
    # The search box, then the people list, then the dossier, then the document.
    order = [forward.index(window.people.table)]
    order.append(min(i for i, w in enumerate(forward) if window.dossier.isAncestorOf(w)))
    order.append(min(i for i, w in enumerate(forward) if window.workspace.isAncestorOf(w)))
    assert order == sorted(order)
    # A flag's reasons are one stop, however many claims they name; no link is a stop.
    cards = window.dossier.flag_cards
    assert cards and all(forward.count(card.reasons) == 1 for card in cards)
    assert not [w for w in forward if w.objectName() == "flagReason"]
    backward = walk(qtbot, window.people.filter, Qt.Key.Key_Backtab)
    missed = [describe(w) for w in expected if w not in backward]
    assert not missed, f"Shift+Tab never reaches {missed}"
    assert all(backward.count(card.reasons) == 1 for card in cards)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_arrow_keys_and_enter_follow_the_links_in_a_flags_reasons(  # type: ignore[no-untyped-def]
    qtbot, application, window, language
) -> None:
    window = open_window(qtbot, application, window, language)
    reasons = window.dossier.flag_cards[0].reasons
    links = reasons.shown_links()
    assert len(links) >= 3  # the sample's flag names claims 4, 3, 4, 2 in its first reasons
    reasons.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: focused() is reasons)
    # The chosen link is marked, and said to a screen reader.
    assert "background-color" in reasons.labels[links[0].reason].text()
    assert links[0].text in reasons.accessibleDescription()
    QTest.keyClick(reasons, Qt.Key.Key_Down)
    QTest.keyClick(reasons, Qt.Key.Key_Down)
    assert reasons.current_link() == links[2]
    QTest.keyClick(reasons, Qt.Key.Key_Up)
    assert reasons.current_link() == links[1]
    assert links[1].text in reasons.accessibleDescription()
    QTest.keyClick(reasons, Qt.Key.Key_Return)
    # Enter selects the claim in the timeline and opens the page it cites.
    claim = window.dossier.claim(links[1].claim_id)
    assert window.dossier.current_claim_id() == claim.id
    qtbot.waitUntil(
        lambda: (
            window.workspace.loaded is not None and window.workspace.loaded.page.id == claim.page_id
        )
    )
    assert focused() is window.dossier.timeline  # on the claim, as a click on the link does
    reasons.setFocus(Qt.FocusReason.BacktabFocusReason)
    qtbot.waitUntil(lambda: focused() is reasons)
    assert reasons.current_link() == links[1]  # the link chosen before
    # The context menu (Menu key or right click) lists every link.
    menu = reasons.links_menu()
    assert len(menu.actions()) == len(links)
    assert all(link.text in a.text() for link, a in zip(links, menu.actions(), strict=True))
    menu.actions()[2].trigger()
    assert window.dossier.current_claim_id() == links[2].claim_id
    # Tab leaves the reasons at once.
    QTest.keyClick(reasons, Qt.Key.Key_Tab)
    assert focused() is not reasons and not reasons.isAncestorOf(focused())


def test_panes_by_f6_and_ctrl_tab_with_a_visible_ring(qtbot, application, window) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, application, window, "en")
    window.people.table.setFocus()
    qtbot.waitUntil(lambda: focused() is window.people.table)
    panes = (window.people, window.dossier, window.workspace)

    def pane() -> int:
        return next(i for i, p in enumerate(panes) if p.isAncestorOf(focused()) or p is focused())

    QTest.keyClick(focused(), Qt.Key.Key_F6)
    assert pane() == 1
    QTest.keyClick(focused(), Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert pane() == 2
    QTest.keyClick(focused(), Qt.Key.Key_F6)
    assert pane() == 0 and focused() is window.people.table  # where the focus was last
    QTest.keyClick(
        focused(),
        Qt.Key.Key_Backtab,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert pane() == 2
    # The ring is drawn around the focused widget, above everything.
    ring = window.findChild(FocusRing, "focusRing")
    assert ring is not None and ring.isVisible()
    target = focused()
    top_left = target.mapTo(window, target.rect().topLeft())
    assert ring.geometry().contains(top_left)


def test_ctrl_z_in_the_page_text_undoes_the_last_catalogue_action(
    qtbot, application, window
) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, application, window, "en")
    confirm = window.dossier.widget().findChild(QPushButton, "confirmFlag")
    confirm.setFocus()
    QTest.keyClick(confirm, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: window.detail.flags[0].status == "confirmed")
    assert window.undo_action.isEnabled()
    editor = window.workspace.editor
    editor.setFocus()
    qtbot.waitUntil(lambda: focused() is editor)
    QTest.keyClick(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.detail.flags[0].status == "suggested")
    # Typed text is undone first, as in any editor.
    QTest.keyClicks(editor, "abc")
    text = editor.toPlainText()
    QTest.keyClick(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.toPlainText() != text
