"""File ▸ Import a family tree (GEDCOM)…: the tree comes in, the list shows it, the report says
what came and what did not, with line numbers; off in a read-only catalogue."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog

from tests.gui.test_files_and_instance import finish

TREE = """0 HEAD
1 SOUR TEST
1 DATE 2 JAN 2024
1 CHAR UTF-8
0 @I1@ INDI
1 NAME Остап Богданович /Тарасенко/
1 SEX M
1 BIRT
2 DATE ABT 31 FEB 1901
1 _MILT служил
0 @I2@ INDI
1 NAME Ганна /Тарасенко/
1 SEX F
0 @F1@ FAM
1 HUSB @I1@
1 WIFE @I2@
0 TRLR
"""


def test_a_family_tree_comes_in_from_the_file_menu(qtbot, window, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "tree.ged"
    path.write_text(TREE, encoding="utf-8")
    action = window.gedcom_import.action
    assert action in window.menuBar().actions()[0].menu().actions()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    action.trigger()
    task = window.gedcom_import.tasks[-1]
    report = finish(qtbot, task)
    assert report.created["person"] == 2 and report.created["relationship"] == 1
    message = task.message.text()
    assert "2 persons added" in message and "1 relationship added" in message
    assert "1 problem, listed below" in message and "1 line not brought in" in message
    details = task.list.toPlainText()
    assert "Line 9:" in details and "28 days" in details
    assert "Not brought in: _MILT (1 line(s), the first at line 10)" in details
    qtbot.waitUntil(lambda: window.people_model.rowCount() == 6)

    # The same file again adds nothing.
    action.trigger()
    again = finish(qtbot, window.gedcom_import.tasks[-1])
    assert sum(again.created.values()) == 0
    assert "2 records already in the catalogue" not in window.gedcom_import.tasks[-1].message.text()
    assert "3 records already in the catalogue" in window.gedcom_import.tasks[-1].message.text()

    monkeypatch.setattr(type(window), "editable", property(lambda _self: False))
    window.set_read_only(True, "test")
    assert not action.isEnabled()
