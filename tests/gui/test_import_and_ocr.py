"""Importing scans through the GUI (dropped on the window, with progress and a bad file listed,
cancelled halfway) and recognising their text with the real Tesseract."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from catalog.importing.pipeline import Batch
from catalog.services import documents, transcriptions
from desktop.messages import tesseract_problem
from tests.support.gui import select
from tests.support.images import jpeg, text_page
from tests.support.pages import Person, render_certificate


def drop(window, paths: list[Path]) -> None:  # type: ignore[no-untyped-def]
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path)) for path in paths])
    event = QDropEvent(
        QPointF(20, 20),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)


def certificate(tmp_path: Path, name: str, surname: str, seed: int = 0) -> Path:
    page = render_certificate(Person(surname=surname), kind="death", dpi=150, seed=seed)
    path = tmp_path / name
    page.image.save(path, dpi=(150, 150))
    return path


def test_dropped_scans_are_imported_with_progress_and_the_bad_file_listed(
    qtbot, window, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    select(qtbot, window, "Лебедева")
    before = len(window.detail.documents)
    good = [certificate(tmp_path, f"page-{i}.png", "Лебедева", seed=i) for i in range(2)]
    bad = tmp_path / "letter.jpg"
    bad.write_text("a letter typed into a file named like a photo", encoding="utf-8")
    drop(window, [*good, bad])

    dialog = window.work.import_dialog
    assert dialog is not None and dialog.running
    seen = []
    dialog.job.progressed.connect(seen.append)
    with qtbot.waitSignal(dialog.imported, timeout=30_000) as done:
        pass
    report = done.args[0]
    assert len(report.pages) == 2 and [e.path for e in report.errors] == [str(bad)]
    # Progress came file by file, and the bad file was reported as it was met.
    assert seen[-1].done == seen[-1].total == 3
    assert any(p.item_error and str(bad) in p.item_error for p in seen)
    rows = [dialog.problems.topLevelItem(i) for i in range(dialog.problems.topLevelItemCount())]
    assert [(r.text(0), r.data(0, Qt.ItemDataRole.UserRole), r.text(1)) for r in rows] == [
        (bad.name, str(bad), report.errors[0].reason)
    ]
    assert rows[0].text(1)
    assert "2 pages imported into 2 new documents" in dialog.status.text()
    # The new documents are about the person shown when they were dropped.
    qtbot.waitUntil(lambda: len(window.detail.documents) == before + 2)
    dialog.open_button.click()
    qtbot.waitUntil(lambda: window.workspace.loaded is not None)
    assert window.workspace.loaded.document.summary.id == report.documents[0].id


def test_a_long_import_is_cancelled_and_keeps_what_was_done(
    qtbot, window, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    base = text_page(600, 800)
    paths = []
    for i in range(12):
        image = base.copy()
        image.putpixel((i, 0), 0)  # each file a different image
        paths.append(jpeg(tmp_path / f"scan-{i:02}.jpg", image))
    # Hold the import after its first file, until the person has pressed Cancel.
    reached, release = threading.Event(), threading.Event()
    record = Batch.record

    def held(self, source, prepared):  # type: ignore[no-untyped-def]
        record(self, source, prepared)
        if self.done == 0:
            reached.set()
            release.wait(30)

    monkeypatch.setattr(Batch, "record", held)
    dialog = window.work.open_import()
    # Before an import only Import (and Close) are offered.
    assert dialog.import_button.isVisible()
    assert not any(
        b.isVisible() for b in (dialog.cancel_button, dialog.open_button, dialog.ocr_button)
    )
    dialog.files.add_paths([str(p) for p in paths])
    dialog.import_button.click()
    qtbot.waitUntil(reached.is_set, timeout=30_000)
    assert dialog.cancel_button.isVisible()
    dialog.cancel_button.click()
    release.set()
    with qtbot.waitSignal(dialog.imported, timeout=30_000) as done:
        pass
    report = done.args[0]
    assert report.cancelled and len(report.pages) == 1
    assert "Cancelled" in dialog.status.text()
    assert not dialog.cancel_button.isVisible() and dialog.import_button.isEnabled()
    assert documents.count_documents(window.catalog) == 4 + 1


def test_ocr_through_the_panel_with_progress(qtbot, window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = certificate(tmp_path, "kornilov.png", "Корнилов")
    document = documents.add_document(window.catalog, documents.DocumentFields(title="Скан"))
    stored = window.catalog.blobs.put_file(path)
    page = documents.add_page(window.catalog, document.id, stored, media_type="image/png")
    window.workspace.open(document.id)
    qtbot.waitUntil(lambda: window.workspace.loaded is not None)
    assert window.workspace.loaded.transcription is None

    panel = window.work.ocr
    window.work.ocr_action.trigger()
    qtbot.waitUntil(lambda: panel.overview is not None, timeout=20_000)
    assert panel.overview.problem == "" and "rus" in panel.overview.languages
    assert panel.languages == "rus+eng"
    seen = []
    window.workspace.ocr_action.trigger()  # this document's pages
    panel.job.progressed.connect(seen.append)
    with qtbot.waitSignal(panel.pages_read, timeout=120_000) as done:
        pass
    assert done.args[0] == (page.id,)
    assert seen[-1].done == seen[-1].total == 1
    assert "1 page read" in panel.status.text()
    text = transcriptions.current_transcription(window.catalog, page.id)
    assert text is not None and "Корнилов" in text.text and text.origin == "engine"
    # The open page is shown again with its new text and word boxes.
    qtbot.waitUntil(lambda: window.workspace.loaded.transcription is not None)
    assert window.workspace.view.word_count() > 10


def test_missing_tesseract_is_explained_in_the_interface_language(
    qtbot, window, application, monkeypatch, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delenv("SPRAVKA_TESSERACT", raising=False)
    monkeypatch.setenv("PATH", str(tmp_path))  # no tesseract on it
    application.set_language("ru")
    russian = application.main_window
    panel = russian.work.ocr
    russian.work.ocr_action.trigger()
    qtbot.waitUntil(lambda: panel.overview is not None, timeout=20_000)
    assert panel.overview.problem and not panel.run_button.isEnabled()
    assert "Tesseract" in panel.engine.text() and "tesseract-ocr-rus" in panel.engine.text()
    assert "Text recognition needs" not in panel.engine.text()
    assert "распознавания текста" in panel.engine.text()
    # The rest keeps working: the people are listed and a dossier opens.
    qtbot.waitUntil(lambda: russian.people_model.rowCount() == 4)
    select(qtbot, russian, "Карпенко")


def test_each_tesseract_problem_says_what_to_install(application) -> None:  # type: ignore[no-untyped-def]
    missing_language = tesseract_problem(
        "Tesseract at /usr/bin/tesseract has no language data for ukr (Ukrainian)",
        ("tesseract-ocr-ukr",),
    )
    assert "tesseract-ocr-ukr" in missing_language
    old = tesseract_problem("Tesseract 3.05 at /usr/bin/tesseract is too old: …")
    assert "4.1" in old


def test_a_page_is_scanned_into_the_open_document(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from desktop.dialogs.import_dialog import SCANNER
    from tests.gui.test_workspace import open_death_certificate

    # SANE's virtual test scanners (test:0, test:1), as `spravka scan` documents.
    root = Path(__file__).resolve().parents[2]
    monkeypatch.setenv("SANE_CONFIG_DIR", str(root / "resources" / "sane"))
    workspace, _death = open_death_certificate(qtbot, window)
    document_id = workspace.loaded.document.summary.id
    dialog = window.work.open_import(tab=SCANNER)
    scanner = dialog.scanner
    qtbot.waitUntil(lambda: scanner.devices.count() == 2, timeout=30_000)
    assert scanner.devices.currentData() == "test:0"
    assert scanner.resolution.currentData() == 300  # offered as the driver allows, 300 first
    modes = [scanner.mode.itemText(i) for i in range(scanner.mode.count())]
    assert modes == ["Grey", "Colour"]
    scanner.preview_button.click()
    qtbot.waitUntil(lambda: getattr(scanner, "preview_image", None) is not None, timeout=30_000)
    assert not scanner.preview_image.isNull()
    scanner.resolution.setCurrentIndex(scanner.resolution.findData(150))
    assert scanner.scan_into.isEnabled()
    scanner.scan_into.click()
    with qtbot.waitSignal(dialog.imported, timeout=30_000) as done:
        pass
    report = done.args[0]
    assert [(d.id, d.created) for d in report.documents] == [(document_id, False)]
    assert len(documents.get_document(window.catalog, document_id).pages) == 2
    assert dialog.open_button.isVisible()


def test_without_sane_the_scanner_tab_says_what_to_install(
    qtbot, window, monkeypatch, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    from desktop.dialogs.import_dialog import SCANNER

    monkeypatch.setenv("PATH", str(tmp_path))  # no scanimage on it
    dialog = window.work.open_import(tab=SCANNER)
    scanner = dialog.scanner
    qtbot.waitUntil(lambda: "sane-utils" in scanner.status.text(), timeout=10_000)
    assert not scanner.scan_new.isEnabled() and not scanner.preview_button.isEnabled()
    dialog.tabs.setCurrentIndex(0)  # files can still be imported
    assert dialog.import_button.isVisible() and dialog.import_button.isEnabled()
