"""Screenshots of the case files: from two scans in a fresh catalogue to the linked person.

    PYTHONPATH=. QT_QPA_PLATFORM=offscreen OMP_THREAD_LIMIT=1 \
        python docs/screenshots/make_case_screenshots.py [OUT_DIR]

A new, empty catalogue; two generated certificates of a fictional man (a death certificate with
«Фёдор», an archival reply with «Федор», `tests/support/pages.py`) imported with no person chosen
and read by the real Tesseract; then, in the window at 1024×700, in English, Russian and
Ukrainian (LANG is en, ru or uk), the panes as the window lays them out itself (on the Documents
tab of a narrow window the dossier steps aside for the page):

* `documents-inbox-LANG.png` — the Documents view after the import: both in the inbox, counted
  in the tab; no document open yet (the document pane says how to open one);
* `person-proposal-LANG.png` — the reply's text names «Корнилов Федор Игнатьевич»: the person
  made from the certificate is proposed, with the reasons, one click from being linked;
* `documents-view-LANG.png` — the documents linked, tagged, with kinds, dates and text states,
  the certificate open beside the list (widened by its splitter to show the tags);
* `claim-source.png` — the claim dialog's source picker, the open document as the default
  (English).
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("OMP_THREAD_LIMIT", "1")

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyleFactory

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from catalog.db import Catalog  # noqa: E402
from catalog.importing import import_paths  # noqa: E402
from catalog.ocr import ocr_pages  # noqa: E402
from catalog.services.document_tags import tag_document  # noqa: E402
from desktop.app import Application  # noqa: E402
from desktop.dialogs.claim import ClaimDialog  # noqa: E402
from desktop.settings import Settings  # noqa: E402
from docs.screenshots import make_screenshots as shots  # noqa: E402
from tests.support.pages import Person, render_certificate  # noqa: E402

SIZE = (1024, 700)


def scans(folder: Path) -> list[Path]:
    paths = []
    for kind, given, name in (("death", "Фёдор", "death.png"), ("archival", "Федор", "reply.png")):
        page = render_certificate(Person(given_name=given), kind=kind, dpi=200, seed=1)
        path = folder / name
        page.image.save(path, dpi=(page.dpi, page.dpi))
        paths.append(path)
    return paths


def settled(window, panel) -> None:  # type: ignore[no-untyped-def]
    """Wait for the list's thumbnails (asked for once the list is still) and the dossier's."""
    panel.table.viewport().update()
    shots.wait_until(lambda: len(panel.model._thumbs) == panel.model.rowCount())
    if window.detail is not None and window.detail.documents:
        shots.wait_until(lambda: bool(window.dossier._thumbnails))


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
    out.mkdir(parents=True, exist_ok=True)
    shots.OUT = out
    app = QApplication.instance() or QApplication(sys.argv)
    app.setStyle(QStyleFactory.create("Fusion"))
    app.setWindowIcon(QIcon(str(ROOT / "resources" / "icons" / "spravka.svg")))
    work = Path(tempfile.mkdtemp(prefix="spravka-case-shots-"))
    shots.compile_translations(work / "i18n")

    made = work / "case"
    with Catalog.create(made) as catalog:
        import_paths(catalog, scans(work), jobs=1)
        ocr_pages(catalog, jobs=1)
    for language in ("en", "ru", "uk"):
        folder = work / f"case-{language}"
        shutil.copytree(made, folder)  # each language starts from the same fresh import
        shoot(work, folder, language)


def shoot(work: Path, folder: Path, language: str) -> None:
    settings = Settings(work / f"settings-{language}.ini")
    settings.language = language
    application = Application(settings, catalog_dir=work / "none", sample_dir=work / "unused")
    application.open_catalog(folder)
    window = application.main_window
    window.resize(*SIZE)
    window.show()
    panel = window.documents
    window.sides.setCurrentIndex(1)
    shots.wait_until(lambda: panel.model.rowCount() == 2 and panel.model.unlinked == 2)
    settled(window, panel)
    shots.save(window, f"documents-inbox-{language}.png")

    # The certificate names a man nobody in the catalogue is yet: made from the text, one click.
    panel.select_document(1)
    shots.wait_until(
        lambda: panel.proposal.isVisible() and panel.proposal.create_button.isVisible()
    )
    panel.proposal.create_button.click()
    shots.wait_until(lambda: window.people_model.rowCount() == 1)
    # The reply writes Федор: the same man is proposed, with the reasons.
    panel.select_document(2)
    shots.wait_until(lambda: panel.proposal.matches.count() == 1)
    settled(window, panel)
    shots.save(window, f"person-proposal-{language}.png")
    panel.proposal.link_button.click()
    shots.wait_until(lambda: panel.model.unlinked == 0)

    tag_document(window.catalog, 1, "Корниловы")
    tag_document(window.catalog, 2, "Корниловы")
    panel.model.reload()
    shots.wait_until(lambda: panel.model.rowCount() == 2)
    shots.wait_until(lambda: panel.model.row_data(0) is not None and panel.model.row_data(0).tags)
    # The list filtered by the tag: both documents carry it.
    window.documents_controller.load_tags()
    shots.wait_until(lambda: panel.tag.findData("Корниловы") > 0)
    panel.tag.setCurrentIndex(panel.tag.findData("Корниловы"))
    shots.wait_until(lambda: panel.model.rowCount() == 2)
    # The certificate opened from the list (Enter or a double-click), beside it; the list
    # widened by its splitter to show the persons and the tags.
    panel.select_document(1)
    panel.document_opened.emit(1)
    shots.wait_until(lambda: window.workspace.loaded is not None)
    width = sum(window.splitter.sizes())
    window.splitter.setSizes([600, 0, width - 600])
    settled(window, panel)
    shots.save(window, f"documents-view-{language}.png")

    if language == "en":
        claim_source(window)
    window.close()
    application.shutdown()


def claim_source(window) -> None:  # type: ignore[no-untyped-def]
    """A claim added by hand: the open document is the source unless another is chosen."""
    window.workspace.open(2)
    shots.wait_until(
        lambda: (
            window.workspace.loaded is not None and window.workspace.loaded.document.summary.id == 2
        )
    )
    window.people.select_person(window.people_model.id_at(0) or 1)
    shots.wait_until(lambda: window.detail is not None)

    def capture(dialog: ClaimDialog) -> int:
        dialog.kind.setCurrentIndex(dialog.kind.findData("burial"))
        dialog.fields["place"].setText("Иркутск, Пивовариха")
        if dialog.source_picker is not None:
            dialog.source_picker.page.setCurrentIndex(1)  # the page, not the whole document
        dialog.adjustSize()
        dialog.show()
        shots.save(dialog, "claim-source.png")
        return 0

    original = ClaimDialog.exec
    ClaimDialog.exec = capture  # type: ignore[method-assign]
    window.add_claim_action.trigger()
    ClaimDialog.exec = original  # type: ignore[method-assign]


if __name__ == "__main__":
    main()
