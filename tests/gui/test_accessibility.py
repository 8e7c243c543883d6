"""Every widget a person works with has a name a screen reader can say, in every language.

The main window (with the flagged dossier and a document open) and every dialog its menus open
are walked through `QAccessible`: a widget that takes the focus, or a button, must not have an
empty accessible name. The people list's cells and the dossier's documents have spoken texts.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

from desktop.models.people import BORN, NAME
from tests.gui.test_layout import in_language, other_views, with_document
from tests.support.walk import patch_dialogs, trigger_all


def unnamed(root: QWidget) -> list[str]:
    missing = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or widget.objectName() == "focusRing":
            continue
        interactive = widget.focusPolicy() != Qt.FocusPolicy.NoFocus or isinstance(
            widget, QAbstractButton
        )
        if not interactive:
            continue
        interface = QAccessible.queryAccessibleInterface(widget)
        spoken = interface.text(QAccessible.Text.Name) if interface is not None else ""
        if not spoken.strip():
            parent = widget.parentWidget()
            missing.append(
                f"{type(widget).__name__}#{widget.objectName()} in "
                f"{type(parent).__name__}#{parent.objectName() if parent else ''}"
            )
    return missing


@pytest.mark.parametrize("language", ["en", "ru", "uk"])
def test_every_interactive_widget_has_a_name(  # type: ignore[no-untyped-def]
    qtbot, application, window, monkeypatch, tmp_path, language
) -> None:
    problems: list[str] = []
    seen: list[str] = []

    def check(widget: QWidget) -> None:
        where = f"{type(widget).__name__} {widget.windowTitle()!r}"
        seen.append(where)
        problems.extend(f"{where}: {name}" for name in unnamed(widget))

    patch_dialogs(monkeypatch, tmp_path, check)
    window = in_language(qtbot, application, window, language)
    other_views(qtbot, window, check)
    with_document(qtbot, window)
    check(window)
    # The flag card and the page image are named, not only the buttons in them.
    card = window.dossier.flag_cards[0]
    assert QAccessible.queryAccessibleInterface(card).text(QAccessible.Text.Name)
    view = window.workspace.view
    assert QAccessible.queryAccessibleInterface(view).text(QAccessible.Text.Name)
    trigger_all(qtbot, window, check)
    assert len(seen) > 20
    assert not problems, "\n".join(dict.fromkeys(problems))


def test_list_items_are_spoken_as_words(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    model = window.people_model
    row = next(r for r in range(4) if model.data(model.index(r, BORN)) == "~1899")
    spoken = model.data(model.index(row, BORN), Qt.ItemDataRole.AccessibleTextRole)
    assert spoken == "born about 1899"
    assert model.data(model.index(row, NAME), Qt.ItemDataRole.AccessibleTextRole).startswith(
        model.data(model.index(row, NAME))
    )
    with_document(qtbot, window)
    grid = window.dossier.documents
    texts = [grid.item(i).data(Qt.ItemDataRole.AccessibleTextRole) for i in range(grid.count())]
    assert all(texts) and any("page" in t for t in texts)
    QApplication.processEvents()


def test_the_welcome_window_is_named(qtbot, application) -> None:  # type: ignore[no-untyped-def]
    application.start()
    welcome = application.window
    welcome.show()
    qtbot.waitExposed(welcome)
    assert unnamed(welcome) == []
