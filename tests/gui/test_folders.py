"""Files and folders: a new catalogue in a folder yet to be made, choosers that start where the
person last was (per kind of work), and a finished export offering to open what it wrote."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QFileDialog

from desktop import opening
from desktop.main_window import MainWindow
from tests.gui.test_files_and_instance import finish


def test_new_catalogue_makes_its_folder(qtbot, window, application, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    asked = {}

    def name_it(parent, title, start, *args, **kwargs):  # type: ignore[no-untyped-def]
        asked["start"] = start
        return str(tmp_path / "not yet" / "Family catalogue"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", name_it)
    window.new_catalog_action.trigger()
    assert isinstance(application.window, MainWindow)
    assert (tmp_path / "not yet" / "Family catalogue" / "catalog.sqlite").exists()
    # The chooser did not start in the program's working folder.
    assert (
        not asked["start"].startswith(str(Path.cwd()) + "/") or str(Path.home()) in asked["start"]
    )


def test_choosers_remember_the_last_folder_of_each_kind(
    qtbot, window, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    starts: list[str] = []
    exports = tmp_path / "exports"
    exports.mkdir()

    def save(parent, title, start, *args, **kwargs):  # type: ignore[no-untyped-def]
        starts.append(start)
        return str(exports / f"tree-{len(starts)}.ged"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save)
    window.files.gedcom_action.trigger()
    finish(qtbot, window.files.tasks[-1])
    assert Path(starts[0]).parent == Path.home()  # first time: the home folder
    window.files.gedcom_action.trigger()
    finish(qtbot, window.files.tasks[-1])
    assert Path(starts[1]).parent == exports  # then where the last export went
    assert window.settings.last_folder("export") == exports
    # Another kind of work keeps its own folder.
    folders: list[str] = []
    monkeypatch.setattr(
        QFileDialog,
        "getExistingDirectory",
        lambda p, t, start, *a, **k: folders.append(start) or "",
    )
    window.files.backup_action.trigger()
    assert folders == [str(Path.home())]


def test_a_finished_export_offers_open_and_show_in_folder(
    qtbot, window, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    opened: list[QUrl] = []
    monkeypatch.setattr(opening, "opener", lambda url: opened.append(url) or True)
    target = tmp_path / "out" / "catalogue.json"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.files.json_action.trigger()
    task = window.files.tasks[-1]
    finish(qtbot, task)
    assert task.open_button.isVisible() and task.folder_button.isVisible()
    task.open_button.click()
    task.folder_button.click()
    assert [url.toLocalFile() for url in opened] == [str(target), str(target.parent)]
    assert all(url.isLocalFile() for url in opened)
