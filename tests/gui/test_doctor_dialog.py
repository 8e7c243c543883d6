"""Help ▸ Check the catalogue's integrity, damage messages, and the package import report."""

from __future__ import annotations

from pathlib import Path

from catalog.db import Catalog
from catalog.io.backup import rotate_backups
from desktop.dialogs.doctor import DoctorDialog


def test_a_healthy_catalogue_is_reported_healthy(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.doctor_action.trigger()
    dialog = window.doctor_dialog
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=20_000)
    assert dialog.status.text().startswith("The catalogue is healthy.")
    assert not dialog.restore_button.isVisible()
    dialog.close()


def test_a_damaged_catalogue_is_read_only_and_the_backup_restored(  # type: ignore[no-untyped-def]
    qtbot, application, sample_dir: Path, monkeypatch
) -> None:
    with Catalog.open(sample_dir) as catalog:
        rotate_backups(catalog)
    db = sample_dir / "catalog.sqlite"
    with open(db, "r+b") as handle:
        handle.seek(db.stat().st_size // 2 // 4096 * 4096)  # whole pages, headers included
        handle.write(b"\x5a" * 8192)
    assert application.open_catalog(sample_dir)
    main = application.main_window
    assert main.banner.isVisible() or not main.banner.isHidden()
    assert "damaged" in main.banner_text.text()

    offered: list[Path] = []
    monkeypatch.setattr(main.files, "_offer_open", offered.append)
    main.doctor_action.trigger()
    dialog: DoctorDialog = main.doctor_dialog
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=30_000)
    assert "database is damaged" in dialog.status.text()
    assert "auto-" in dialog.status.text()
    assert not dialog.restore_button.isHidden()
    dialog.restore_button.click()
    qtbot.waitUntil(
        lambda: bool(offered) or not dialog.status.text().startswith("The catalogue"),
        timeout=30_000,
    )
    assert offered, dialog.status.text()
    assert (offered[0] / "catalog.sqlite").is_file()
    assert str(offered[0]) in dialog.status.text()
    dialog.close()


def test_the_dialog_speaks_russian(qtbot, application, sample_dir: Path) -> None:  # type: ignore[no-untyped-def]
    application.set_language("ru")
    assert application.open_catalog(sample_dir)
    main = application.main_window
    main.doctor_action.trigger()
    dialog = main.doctor_dialog
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=20_000)
    assert "healthy" not in dialog.status.text() and dialog.status.text()
    assert dialog.windowTitle() != "Check the catalogue's integrity"
    dialog.close()


def test_the_package_import_report_lists_a_transcription_conflict(  # type: ignore[no-untyped-def]
    qtbot, window, tmp_path: Path, monkeypatch
) -> None:
    from PySide6.QtWidgets import QFileDialog
    from sqlalchemy import select

    from catalog import models
    from catalog.io.package_export import export_package
    from catalog.io.package_import import import_package
    from catalog.services.transcriptions import add_transcription, current_transcription
    from tests.gui.test_files_and_instance import finish

    here = window.catalog
    export_package(here, tmp_path / "first.zip")
    with Catalog.create(tmp_path / "elsewhere") as elsewhere:
        import_package(elsewhere, tmp_path / "first.zip")
        with elsewhere.read() as session:
            page = session.scalars(select(models.Page.id).order_by(models.Page.id)).first()
        add_transcription(elsewhere, page, "текст другого волонтёра", author="Иван")
        export_package(elsewhere, tmp_path / "second.zip")
    add_transcription(here, page, "исправлено здесь", author="Ольга")

    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda *a, **k: (str(tmp_path / "second.zip"), "")
    )
    window.files.package_import_action.trigger()
    task = window.files.tasks[-1]
    report = finish(qtbot, task)
    assert "1 conflict" in task.message.text()
    shown = task.list.toPlainText().splitlines()
    assert any("transcription differs" in line for line in shown)
    assert any(str(report.log) in line for line in shown)
    assert current_transcription(here, page).text == "исправлено здесь"  # type: ignore[union-attr]


def test_the_damage_message_names_the_backup(application, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from catalog.errors import CatalogDamaged
    from desktop import messages

    damaged = CatalogDamaged(tmp_path / "c", ["malformed"], tmp_path / "c" / "backups" / "auto-1")
    text = messages.describe(damaged)
    assert "is damaged" in text and "auto-1" in text and "doctor --restore" in text
    application.set_language("uk")
    assert "пошкоджено" in messages.describe(damaged)
