"""Regenerate the screenshots of the desktop application's main states (offscreen).

    PYTHONPATH=. QT_QPA_PLATFORM=offscreen python docs/screenshots/make_screenshots.py [OUT_DIR]

(`QT_SCALE_FACTOR=2` and an OUT_DIR elsewhere show how it looks on a high-DPI screen.)

Each picture is taken from a real window on a fresh copy of the sample catalogue, in a private
settings file, so the result does not depend on the machine it is made on. The pictures of one's
own scans (import, clean-up, text recognition with the real Tesseract, a claim from the text)
use a generated certificate of a fictional person (`tests/support/pages.py`).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6 import QtCore
from PySide6.QtCore import QElapsedTimer, Qt
from PySide6.QtGui import QColor, QIcon, QPalette, QTextCursor
from PySide6.QtWidgets import QApplication, QStyleFactory, QWidget

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from catalog.instance import try_lock_instance  # noqa: E402
from catalog.services import claims, documents, persons  # noqa: E402
from desktop import app as app_module  # noqa: E402
from desktop import i18n  # noqa: E402
from desktop.app import Application  # noqa: E402
from desktop.dialogs.about import AboutDialog  # noqa: E402
from desktop.dialogs.claim import ClaimDialog  # noqa: E402
from desktop.dialogs.record import RecordDialog  # noqa: E402
from desktop.sample import create_sample_catalog  # noqa: E402
from desktop.settings import Settings  # noqa: E402
from tests.support.pages import Person, render_certificate  # noqa: E402

RECORD = """Зеров Михаил Кириллович
Родился в 1901 г., Киевская губ., г. Переяслав; украинец; образование высшее; поэт,
переводчик, профессор Киевского университета.
Проживал: г. Киев.
Арестован 27 апреля 1935 г.
Приговорен: Военная коллегия Верховного суда СССР 28 марта 1936 г., обв.: 54-8, 54-11 УК УССР.
Приговор: 10 лет ИТЛ. Отбывал наказание в Соловецком лагере.
Приговорен: Особая тройка УНКВД по Ленинградской обл. 9 октября 1937 г.
Приговор: ВМН Расстрелян 3 ноября 1937 г.
Реабилитирован в 1958 г.
Источник: Книга памяти Украины"""

OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
SIZE = (1600, 960)


def wait_until(condition: Callable[[], bool], timeout_ms: int = 10_000) -> None:
    timer = QElapsedTimer()
    timer.start()
    while not condition():
        QApplication.processEvents()
        if timer.elapsed() > timeout_ms:
            raise TimeoutError("the window did not reach the expected state")
    for _ in range(5):
        QApplication.processEvents()


def save(widget: QWidget, name: str) -> None:
    for _ in range(5):
        QApplication.processEvents()
    widget.grab().save(str(OUT / name))
    print(f"wrote {name}")


def dark_palette() -> QPalette:
    palette = QPalette()
    window, base, text = QColor(45, 45, 48), QColor(30, 30, 32), QColor(225, 225, 225)
    for role, color in (
        (QPalette.ColorRole.Window, window),
        (QPalette.ColorRole.WindowText, text),
        (QPalette.ColorRole.Base, base),
        (QPalette.ColorRole.AlternateBase, QColor(40, 40, 43)),
        (QPalette.ColorRole.Text, text),
        (QPalette.ColorRole.Button, window),
        (QPalette.ColorRole.ButtonText, text),
        (QPalette.ColorRole.Highlight, QColor(42, 110, 187)),
        (QPalette.ColorRole.HighlightedText, QColor(255, 255, 255)),
        (QPalette.ColorRole.Link, QColor(110, 170, 255)),
        (QPalette.ColorRole.ToolTipBase, window),
        (QPalette.ColorRole.ToolTipText, text),
        (QPalette.ColorRole.PlaceholderText, QColor(150, 150, 150)),
        (QPalette.ColorRole.Dark, QColor(20, 20, 22)),
    ):
        palette.setColor(role, color)
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(130, 130, 130))
    return palette


def open_main(work: Path, language: str):  # type: ignore[no-untyped-def]
    settings = Settings(work / f"settings-{language}.ini")
    settings.language = language
    application = Application(settings, catalog_dir=work / "none", sample_dir=work / "unused")
    sample = create_sample_catalog(work / language / "sample")
    application.open_catalog(sample)
    window = application.main_window
    window.resize(*SIZE)
    window.splitter.setSizes([380, 540, 680])
    wait_until(lambda: window.people_model.rowCount() == 4)
    return application, window


def select(window, surname: str) -> None:  # type: ignore[no-untyped-def]
    model = window.people_model
    row = next(
        r for r in range(model.rowCount()) if model.data(model.index(r, 0)).startswith(surname)
    )
    window.people.select_person(model.id_at(row))
    wait_until(lambda: window.detail is not None and window.detail.summary.surname == surname)


def show_death_certificate(window) -> None:  # type: ignore[no-untyped-def]
    select(window, "Карпенко")
    wait_until(lambda: window.dossier.documents is not None)
    death = next(c for c in window.detail.claims if c.kind == "death")
    window.dossier.open_source.emit(death)
    wait_until(lambda: window.workspace.loaded is not None)


def own_scans(work: Path) -> None:
    """A new person, their scans imported (one file is not a scan), cleaned up, recognised,
    searched, and a claim attached from the recognised words."""
    application, window = open_main(work / "own", "en")
    person = persons.add_person(
        window.catalog,
        persons.PersonFields(surname="Корнилов", given_name="Степан", patronymic="Игнатьевич"),
    )
    window.people_model.reload()
    wait_until(lambda: window.people_model.rowCount() == 5)
    window.people.select_person(person.id)
    wait_until(lambda: window.detail is not None and window.detail.id == person.id)

    scans = work / "scans"
    scans.mkdir()
    death = render_certificate(Person(), kind="death", dpi=200, skew=1.6, stamp=True, seed=7)
    death.image.save(scans / "kornilov-death-1957.png", dpi=(200, 200))
    reply = render_certificate(Person(), kind="archival", dpi=200, seed=8)
    reply.image.save(scans / "kornilov-archive-1989.png", dpi=(200, 200))
    (scans / "scan-3.jpg").write_text("a note typed into a file named like a scan", "utf-8")
    dialog = window.work.open_import()
    dialog.files.add_paths([str(p) for p in sorted(scans.iterdir())])
    dialog.start()
    wait_until(lambda: dialog.report is not None, 60_000)
    save(dialog, "import-dialog.png")
    dialog.close()
    # What each paper is (Document ▸ Document details… in the program).
    found = {d.title: d.id for d in dialog.report.documents}
    death_id, reply_id = found["kornilov-death-1957"], found["kornilov-archive-1989"]
    documents.update_document(
        window.catalog, death_id, kind="death_certificate", title="", issued="1957-11-12",
        issuer="Бюро ЗАГС Кировского района г. Иркутска",
    )  # fmt: skip
    documents.update_document(
        window.catalog, reply_id, kind="archival_reply", title="", issued="1989-06-05",
        issuer="Архив УКГБ по Иркутской области",
    )  # fmt: skip
    window.show_person(person.id)
    window.workspace.open(death_id)
    wait_until(lambda: window.workspace.loaded is not None)

    # Clean-up: straighten the page and lift the violet stamp.
    window.splitter.setSizes([290, 430, 880])
    tools = window.workspace.tools
    tools.adjust_action.setChecked(True)
    tools.straighten_action.trigger()
    wait_until(lambda: "deskew" in window.workspace.loaded.page.processing, 30_000)
    tools.panel.colours["violet"].click()
    wait_until(lambda: "drop_colours" in window.workspace.loaded.page.processing, 30_000)
    window.workspace.view.fit_page()
    save(window, "processing.png")
    tools.adjust_action.setChecked(False)

    # Text recognition of both new documents, with the real Tesseract.
    ids = tuple(d.id for d in dialog.report.documents)
    window.work.recognise_documents(ids)
    panel = window.work.ocr
    wait_until(lambda: not panel.running and "read" in panel.status.text(), 180_000)
    wait_until(lambda: window.workspace.loaded.transcription is not None, 30_000)
    window.resizeDocks([panel], [150], Qt.Orientation.Vertical)
    window.workspace.view.fit_width()
    save(window, "ocr-panel.png")
    panel.hide()

    # Corrected by hand: the letter О read as a zero, № read as N.
    editor = window.workspace.editor
    corrected = editor.toPlainText().replace("0 СМЕРТИ", "О СМЕРТИ").replace("за N ", "за № ")
    corrected = corrected.replace("за M ", "за № ").replace("за М ", "за № ")
    window.workspace.use_text(corrected)
    window.workspace.save()
    wait_until(lambda: window.workspace.loaded.transcription.origin == "human", 20_000)

    # A claim from the recognised words: the kind and the date are read from them.
    editor = window.workspace.editor
    text = editor.toPlainText()
    start = text.find("умер")
    end = text.find("года", start) + len("года")
    cursor = editor.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)
    original_exec = ClaimDialog.exec

    def capture(dialog: ClaimDialog) -> int:
        dialog.fields["cause"].setText("воспаление легких")
        dialog.adjustSize()
        dialog.show()
        save(dialog, "claim-from-scan.png")
        dialog.accept()
        return ClaimDialog.DialogCode.Accepted

    ClaimDialog.exec = capture  # type: ignore[method-assign]
    window.workspace.claim_action.trigger()
    ClaimDialog.exec = original_exec  # type: ignore[method-assign]
    wait_until(lambda: window.detail is not None and len(window.detail.claims) == 1)

    # The archival reply's claims proposed from its text, then accepted.
    window.workspace.open(reply_id)
    wait_until(lambda: window.workspace.loaded.document.summary.id == reply_id)
    window.workspace.propose_action.trigger()
    wait_until(lambda: window.dossier.suggestions is not None, 20_000)
    window.workspace.view.fit_page()
    save(window, "suggestions.png")
    # Checked against the page: the dated ones are right; the arrest was read from the birth
    # line and the execution without its date (on the next line) - rejected, and those events
    # entered from the selected words instead (here through the service, as the dialog would).
    rows = window.dossier.suggestions.rows
    good = tuple(r.claim.id for r in rows if r.claim.kind in ("birth", "rehabilitation", "other"))
    bad = tuple(r.claim.id for r in rows if r.claim.id not in good)
    window.dossier.suggestions.accept.emit(good)
    window.dossier.suggestions.reject.emit(bad)
    wait_until(lambda: window.dossier.suggestions is None and window.dossier.timeline is not None)
    page_id = window.workspace.loaded.page.id
    for kind, date, extra, quote in (
        ("arrest", "1937-11-15", {}, "арестован 15 ноября 1937 года"),
        ("sentence", "1938-02-19", {"body": "Тройкой УНКВД по Иркутской области",
                                     "sentence": "ВМН"}, "19 февраля 1938 года к высшей мере"),
        ("execution", "1938-02-21", {}, "Приговор приведен в исполнение 21 февраля 1938 года"),
    ):  # fmt: skip
        claims.add_claim(
            window.catalog,
            person.id,
            claims.ClaimFields(
                kind=kind, date=date, document_id=reply_id, page_id=page_id, quote=quote, **extra
            ),
        )
    # The checks: the death date of 1943 against the execution of 1938.
    task = window.work.run_checks()
    wait_until(lambda: task.result is not None, 30_000)
    task.close()
    wait_until(lambda: window.detail is not None and bool(window.detail.flags), 20_000)
    window.workspace.open(death_id)
    wait_until(lambda: window.workspace.loaded.document.summary.id == death_id)
    window.workspace.view.fit_page()
    save(window, "checked.png")

    # Searching: a name in Latin letters, then words in the texts.
    window.splitter.setSizes([400, 420, 780])
    window.people.filter.setText("Kornilov Stepan")
    wait_until(lambda: window.people_model.rowCount() == 1)
    window.people.tabs.setCurrentIndex(0)
    save(window, "search-names.png")
    window.people.filter.setText("высшей мере наказания")
    wait_until(lambda: window.people.texts.hit_count() > 0)
    window.people.tabs.setCurrentIndex(1)
    hit = next(i for i, h in enumerate(window.people.texts.results.hits) if h.box)
    window.people.texts.open_hit(hit)
    target = window.people.texts.results.hits[hit]
    wait_until(
        lambda: (
            window.workspace.loaded is not None
            and window.workspace.loaded.page.id == target.page_id
            and window.workspace.view.region_rect() is not None
        )
    )
    save(window, "search-texts.png")
    window.close()
    application.shutdown()


def other_dialogs(work: Path) -> None:
    application, window = open_main(work / "dialogs", "en")
    select(window, "Лебедева")
    dialog = RecordDialog(window, (window.detail.id, window.detail.summary.full_name), RECORD)
    dialog.show()
    save(dialog, "record-dialog.png")
    dialog.close()
    about = AboutDialog(window, window.jobs)
    about.show()
    wait_until(lambda: about.info is not None)
    save(about, "about.png")
    about.close()
    window.close()
    application.shutdown()

    # A second window on a catalogue another Spravka holds: read-only, and it says why.
    folder = work / "dialogs" / "en" / "sample"
    holder = try_lock_instance(folder)
    settings = Settings(work / "second.ini")
    settings.language = "en"
    second = Application(settings, catalog_dir=work / "none", sample_dir=work / "unused")
    original = app_module.Application.ask_busy
    app_module.Application.ask_busy = lambda self, f: app_module.READ_ONLY  # type: ignore[method-assign]
    try:
        second.open_catalog(folder)
    finally:
        app_module.Application.ask_busy = original  # type: ignore[method-assign]
    window = second.main_window
    window.resize(*SIZE)
    window.splitter.setSizes([380, 540, 680])
    wait_until(lambda: window.people_model.rowCount() == 4)
    show_death_certificate(window)
    save(window, "read-only.png")
    window.close()
    second.shutdown()
    if holder is not None:
        holder.release()


def localized(work: Path) -> None:
    """The main window in en, ru and uk, at 1600×960 and at 1024×700; the empty catalogue's
    first steps; the claim dialog; large text and high contrast (named with the language)."""
    for language in ("en", "ru", "uk"):
        application, window = open_main(work / f"loc-{language}", language)
        show_death_certificate(window)
        save(window, f"main-dossier-{language}.png")
        window.resize(1024, 700)
        window.splitter.setSizes([260, 330, 430])
        wait_until(lambda: True)
        save(window, f"main-small-{language}.png")
        window.workspace.claim_action.setEnabled(True)
        editor = window.workspace.editor
        start = editor.toPlainText().index("14 мая 1958 г.")
        cursor = editor.textCursor()
        cursor.setPosition(start)
        cursor.setPosition(start + len("14 мая 1958 г."), QTextCursor.MoveMode.KeepAnchor)
        editor.setTextCursor(cursor)
        original_exec = ClaimDialog.exec

        def capture(dialog: ClaimDialog, language: str = language) -> int:
            dialog.adjustSize()
            dialog.show()
            save(dialog, f"claim-dialog-{language}.png")
            return 0

        ClaimDialog.exec = capture  # type: ignore[method-assign]
        window.workspace.claim_action.trigger()
        ClaimDialog.exec = original_exec  # type: ignore[method-assign]
        folder = work / f"empty-{language}"
        application.create_catalog(folder)
        empty = application.main_window
        empty.resize(1024, 700)
        wait_until(lambda: empty.dossier.widget().objectName() == "startPage")
        save(empty, f"start-{language}.png")
        empty.close()
        application.shutdown()
    application.translations.install("en")
    settings = Settings(work / "eyes.ini")
    settings.language = "en"
    settings.text_scale = 150
    application = Application(settings, catalog_dir=work / "none", sample_dir=work / "unused")
    application.open_catalog(create_sample_catalog(work / "eyes" / "sample"))
    window = application.main_window
    window.resize(1600, 960)
    wait_until(lambda: window.people_model.rowCount() == 4)
    show_death_certificate(window)
    save(window, "large-text-en.png")
    application.set_appearance(text_scale=100, high_contrast=True)
    window = application.main_window
    window.resize(1600, 960)
    wait_until(lambda: window.people_model.rowCount() == 4)
    show_death_certificate(window)
    window.dossier.widget().findChild(QWidget, "confirmFlag").setFocus()
    save(window, "high-contrast-en.png")
    application.set_appearance(high_contrast=False)
    application.main_window.close()
    application.shutdown()


def compile_translations(folder: Path) -> None:
    """The .qm files from the committed .ts sources (as `make translations` makes them)."""
    lrelease = Path(QtCore.__file__).resolve().parent / "lrelease"
    folder.mkdir(parents=True, exist_ok=True)
    for source in sorted(i18n.I18N_DIR.glob("spravka_*.ts")):
        target = folder / f"{source.stem}.qm"
        subprocess.run([str(lrelease), "-silent", str(source), "-qm", str(target)], check=True)
    i18n.set_search_path([folder])


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setStyle(QStyleFactory.create("Fusion"))
    app.setWindowIcon(QIcon(str(ROOT / "resources" / "icons" / "spravka.svg")))
    light = app.palette()
    work = Path(tempfile.mkdtemp(prefix="spravka-shots-"))
    compile_translations(work / "i18n")

    # 1. The welcome screen on first run.
    settings = Settings(work / "welcome.ini")
    settings.language = "en"
    application = Application(settings, catalog_dir=work / "none", sample_dir=work / "s0")
    application.show_welcome(Path.home() / ".local" / "share" / "Spravka" / "default")
    application.window.resize(980, 680)
    save(application.window, "welcome.png")
    application.window.close()
    application.shutdown()

    # 2. The flagged person's dossier with the conflict, the certificate open beside it.
    application, window = open_main(work, "en")
    show_death_certificate(window)
    save(window, "main-dossier.png")

    # 3. The document workspace: word boxes, the doubtful words, the cursor on a word.
    window.splitter.setSizes([290, 430, 880])
    workspace = window.workspace
    workspace.splitter.setSizes([560, 300])
    workspace.view.fit_width()
    editor = workspace.editor
    position = editor.toPlainText().index("воспалеиие")
    cursor = editor.textCursor()
    cursor.setPosition(position + 3)
    editor.setTextCursor(cursor)
    editor.setFocus()
    save(window, "workspace.png")

    # 4. Creating a claim from selected words.
    start = editor.toPlainText().index("14 мая 1958 г.")
    cursor.setPosition(start)
    cursor.setPosition(start + len("14 мая 1958 г."), QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)
    shown: list[ClaimDialog] = []
    original_exec = ClaimDialog.exec

    def capture(dialog: ClaimDialog) -> int:
        dialog.date.setText("14.05.1958")
        dialog.note.setPlainText("Date of the act record in the civil registry")
        dialog.adjustSize()
        dialog.show()
        save(dialog, "claim-dialog.png")
        shown.append(dialog)
        return 0

    ClaimDialog.exec = capture  # type: ignore[method-assign]
    workspace.claim_action.trigger()
    ClaimDialog.exec = original_exec  # type: ignore[method-assign]
    window.close()
    application.shutdown()

    # 5. The same in Russian.
    application, window = open_main(work, "ru")
    show_death_certificate(window)
    save(window, "main-ru.png")
    window.close()
    application.shutdown()
    application.translations.install("en")

    # 6. A dark palette.
    app.setPalette(dark_palette())
    application, window = open_main(work / "dark", "en")
    show_death_certificate(window)
    save(window, "main-dark.png")
    window.close()
    application.shutdown()
    app.setPalette(light)

    # 7. Every language, large and on a small screen; an empty catalogue; for older eyes.
    localized(work)
    # 8. One's own scans: import, clean-up, text recognition, search, a claim.
    own_scans(work)
    # 9. Pasting a record, About, and a catalogue open in another window.
    other_dialogs(work)


if __name__ == "__main__":
    main()
