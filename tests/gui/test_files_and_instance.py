"""Exports, packages and backups from the File menu; the automatic backup on exit; a second
instance on a catalogue opens it read-only; Help ▸ About."""

from __future__ import annotations

import json

from PySide6.QtWidgets import QFileDialog, QPushButton

from catalog.instance import try_lock_instance
from catalog.io.backup import list_backups, read_backup_info
from catalog.io.privacy import ExportPolicy
from desktop import app as app_module
from desktop.dialogs import export_privacy
from desktop.dialogs import passphrase as passphrases
from desktop.dialogs.about import AboutDialog
from tests.support.gui import select


def finish(qtbot, task):  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(task.job.finished, timeout=30_000):
        pass
    assert task.error is None, task.message.text()
    return task.result


def test_exports_from_the_file_menu_write_their_files(qtbot, window, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "family.ged"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(export_privacy, "ask_export_policy", lambda *a, **k: ExportPolicy())
    window.files.gedcom_action.trigger()
    report = finish(qtbot, window.files.tasks[-1])
    assert report.persons == 4
    assert target.read_text(encoding="utf-8").startswith("0 HEAD")
    assert str(target) in window.files.tasks[-1].message.text()

    target = tmp_path / "catalogue.json"
    window.files.json_action.trigger()
    finish(qtbot, window.files.tasks[-1])
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["format"] == "spravka-catalog" and len(data["persons"]) == 4

    select(qtbot, window, "Карпенко")
    window.open_source(next(c for c in window.detail.claims if c.kind == "death"))
    qtbot.waitUntil(lambda: window.workspace.loaded is not None)
    assert window.files.text_action.isEnabled()
    target = tmp_path / "certificate.txt"
    window.files.text_action.trigger()
    finish(qtbot, window.files.tasks[-1])
    assert "СВИДЕТЕЛЬСТВО О СМЕРТИ" in target.read_text(encoding="utf-8")


def test_a_package_round_trip_reports_what_it_found(qtbot, window, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    package = tmp_path / "exchange.zip"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(package), ""))
    monkeypatch.setattr(passphrases, "ask_new_passphrase", lambda *a, **k: (True, None))
    window.files.package_export_action.trigger()  # no person selected: the whole catalogue
    exported = finish(qtbot, window.files.tasks[-1])
    assert exported.persons == 4 and package.is_file()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(package), ""))
    window.files.package_import_action.trigger()
    task = window.files.tasks[-1]
    report = finish(qtbot, task)
    # Everything is already here: nothing new is added and the report says so.
    assert sum(report.created.values()) == 0 and sum(report.merged.values()) > 0
    assert "0 records added" in task.message.text()


def test_backup_now_and_the_automatic_backup_on_exit(
    qtbot, application, window, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path))
    monkeypatch.setattr(passphrases, "ask_new_passphrase", lambda *a, **k: (True, None))
    window.files.backup_action.trigger()
    report = finish(qtbot, window.files.tasks[-1])
    assert report.complete and report.folder.parent == tmp_path
    assert read_backup_info(report.folder)["format"] == "spravka-backup"

    catalog = application.catalog
    assert list_backups(catalog) == []
    application.backup_on_exit(catalog)
    (made,) = list_backups(catalog)
    assert read_backup_info(made)["images"] == 4
    assert application.last_backup_seconds is not None
    application.backup_on_exit(catalog)  # nothing changed since: no second backup
    assert list_backups(catalog) == [made]


def test_a_second_instance_opens_the_catalogue_read_only(
    qtbot, application, sample_dir, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    other = try_lock_instance(sample_dir)  # another Spravka holds the catalogue
    assert other is not None
    try:
        asked = []
        monkeypatch.setattr(
            app_module.Application,
            "ask_busy",
            lambda self, folder: asked.append(folder) or app_module.READ_ONLY,
        )
        assert application.open_catalog(sample_dir)
        window = application.main_window
        assert asked == [sample_dir] and application.catalog.read_only
        assert window.banner.isVisible()
        assert "another Spravka window" in window.banner_text.text()
        qtbot.waitUntil(lambda: window.people_model.rowCount() == 4)
        select(qtbot, window, "Карпенко")
        for action in (
            window.new_person_action,
            window.edit_person_action,
            window.add_claim_action,
            window.editing.paste_record_action,
            window.work.import_action,
            window.work.check_action,
            window.files.package_import_action,
        ):
            assert not action.isEnabled(), action.text()
        assert window.files.dossier_action.isEnabled()  # reading and exporting still work
        for name in ("confirmFlag", "dismissFlag", "addClaim"):
            button = window.dossier.widget().findChild(QPushButton, name)
            assert button is not None and not button.isEnabled(), name
        window.open_source(next(c for c in window.detail.claims if c.kind == "death"))
        qtbot.waitUntil(lambda: window.workspace.loaded is not None)
        assert window.workspace.editor.isReadOnly()
        assert not window.workspace.rotate_left_action.isEnabled()
    finally:
        application.shutdown(backup=True)  # a read-only instance makes no backup
        other.release()
    assert not (sample_dir / "backups").exists() or not any((sample_dir / "backups").iterdir())
    # Once the other instance has gone, the catalogue opens for editing again.
    assert application.open_catalog(sample_dir)
    assert not application.catalog.read_only and application.lock is not None


def test_choosing_another_catalogue_instead(
    qtbot, application, sample_dir, monkeypatch, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    other = try_lock_instance(sample_dir)
    chosen = []
    monkeypatch.setattr(app_module.Application, "ask_busy", lambda self, f: app_module.ANOTHER)
    monkeypatch.setattr(app_module.Application, "choose_catalog", lambda self: chosen.append(1))
    try:
        assert not application.open_catalog(sample_dir)
        qtbot.waitUntil(lambda: chosen == [1])
        assert application.catalog is None
    finally:
        other.release()


def test_about_shows_versions_and_tesseract_languages(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    dialog = AboutDialog(window, window.jobs)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.info is not None, timeout=20_000)
    text = dialog.engine.text()
    assert dialog.info.version in text and "Russian (rus): present" in text
    assert "Ukrainian (ukr)" in text and "English (eng)" in text
    assert "PySide6" in dialog.versions.text() and "Qt" in dialog.versions.text()


def test_the_window_offers_the_menus_of_phase_two(window) -> None:  # type: ignore[no-untyped-def]
    shortcuts = {a.text().replace("&", ""): a.shortcut().toString() for a in window.all_actions()}
    assert shortcuts["Import scans…"] == "Ctrl+I"
    assert shortcuts["Text recognition (OCR)"] == "Ctrl+R"
    assert shortcuts["Check the catalogue"] == "Ctrl+Shift+C"
    assert shortcuts["Paste a record…"] == "Ctrl+Shift+V"
    assert shortcuts["Find in texts"] == "Ctrl+Shift+F"
    assert shortcuts["Propose claims from this page"] == "Ctrl+Shift+P"
    assert shortcuts["Adjust image…"] == "Ctrl+Shift+A"
    assert shortcuts["Dossier of this person (PDF)…"] == "Ctrl+P"
    # No two commands share keys (Qt would then run neither).
    keys = [k for k in shortcuts.values() if k]
    assert len(keys) == len(set(keys)), sorted(keys)
