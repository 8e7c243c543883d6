"""The File menu's exports, exchange packages and backups.

Each asks where to write (a file or a folder), runs the `catalog.io` function in a worker with a
task window showing its progress, and says what was written. Exports are read-only and allowed in
a catalogue opened read-only; importing a package changes the catalogue and is not.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QInputDialog, QMenu, QMessageBox

from desktop import choosers, labels
from desktop.dialogs import export_privacy
from desktop.dialogs import passphrase as passphrases
from desktop.dialogs.task import TaskDialog
from desktop.i18n import LANGUAGES

if TYPE_CHECKING:
    from desktop.controllers.window import Window


# -- the work, in workers ------------------------------------------------------------------------


def export_json(
    catalog: Any, out: Path, *, progress: Any, cancel: Any, policy: Any = None
) -> dict[str, int]:
    from catalog.io.files import atomic_output
    from catalog.io.interchange_dump import dump_catalog

    with atomic_output(out, "w", encoding="utf-8", newline="\n") as handle:
        return dump_catalog(
            catalog, handle, base_dir=out.parent, progress=progress, cancel=cancel, policy=policy
        )


def call(module: str, name: str) -> Callable[..., Any]:
    """A `catalog.io` function by name, imported in the worker (the PDF machinery is heavy)."""

    def run(*args: Any, **kwargs: Any) -> Any:
        import importlib

        return getattr(importlib.import_module(module), name)(*args, **kwargs)

    run.__name__ = name
    return run


class Files(QObject):
    def __init__(self, window: Window) -> None:
        super().__init__(window)
        self.window = window
        self.tasks: list[TaskDialog] = []
        self._make_actions()

    def _make_actions(self) -> None:
        action = self.window.make_action
        self.gedcom_action = action(
            self.tr("Family tree (&GEDCOM)…"), None, self.export_gedcom,
            self.tr("For genealogy programs: persons, events and their sources"),
        )  # fmt: skip
        self.csv_action = action(
            self.tr("&Tables (CSV)…"), None, self.export_csv,
            self.tr("persons.csv, claims.csv and documents.csv, for a spreadsheet"),
        )  # fmt: skip
        self.json_action = action(
            self.tr("Whole catalogue (&JSON)…"), None, self.export_json,
            self.tr("The interchange format: everything, for another program or a later load"),
        )  # fmt: skip
        self.dossier_action = action(
            self.tr("&Dossier of this person (PDF)…"), QKeySequence.StandardKey.Print,
            self.export_dossier,
            self.tr("A printable dossier: the timeline, the conflicts, the flags and the pages"),
        )  # fmt: skip
        self.pdf_action = action(
            self.tr("Document as searchable &PDF…"), None, self.export_pdf,
            self.tr("The page images with their text, searchable in any PDF reader"),
        )  # fmt: skip
        self.alto_action = action(self.tr("Document text as &ALTO XML…"), None, self.export_alto)
        self.hocr_action = action(self.tr("Document text as &hOCR…"), None, self.export_hocr)
        self.text_action = action(self.tr("Document text as plain te&xt…"), None, self.export_text)
        self.package_export_action = action(
            self.tr("&Export an exchange package…"), None, self.export_package,
            self.tr("A single file with persons, documents and images for another catalogue"),
        )  # fmt: skip
        self.package_import_action = action(
            self.tr("&Import an exchange package…"), None, self.import_package,
            self.tr("Merge a package from another catalogue; nothing here is overwritten"),
        )  # fmt: skip
        self.backup_action = action(
            self.tr("&Back up now…"), "Ctrl+B", self.backup,
            self.tr("A complete, verified copy of the catalogue in a folder you choose"),
        )  # fmt: skip
        self.restore_action = action(
            self.tr("&Restore a backup…"),
            None,
            self.restore,
            self.tr("Restore a backup into a new folder and open it"),
        )
        self.restore_encrypted_action = action(
            self.tr("Restore an &encrypted backup…"), None, self.restore_encrypted,
            self.tr("Restore an encrypted backup file into a new folder and open it"),
        )  # fmt: skip

    def add_to(self, menu: QMenu) -> None:
        export = menu.addMenu(self.tr("E&xport"))
        for item in (self.dossier_action, self.gedcom_action, self.csv_action, self.json_action):
            export.addAction(item)
        export.addSeparator()
        for item in (self.pdf_action, self.alto_action, self.hocr_action, self.text_action):
            export.addAction(item)
        package = menu.addMenu(self.tr("Exchange &package"))
        package.addAction(self.package_export_action)
        package.addAction(self.package_import_action)
        menu.addSeparator()
        menu.addAction(self.backup_action)
        menu.addAction(self.restore_action)
        menu.addAction(self.restore_encrypted_action)

    def all_actions(self) -> list[QAction]:
        return [
            self.dossier_action,
            self.gedcom_action,
            self.csv_action,
            self.json_action,
            self.pdf_action,
            self.alto_action,
            self.hocr_action,
            self.text_action,
            self.package_export_action,
            self.package_import_action,
            self.backup_action,
            self.restore_action,
            self.restore_encrypted_action,
        ]

    def update_actions(self, has_person: bool, has_document: bool, editable: bool) -> None:
        self.dossier_action.setEnabled(has_person)
        for item in (self.pdf_action, self.alto_action, self.hocr_action, self.text_action):
            item.setEnabled(has_document)
        self.package_import_action.setEnabled(editable)

    # -- helpers -------------------------------------------------------------------------------

    def _run(
        self,
        title: str,
        fn: Callable[..., Any],
        *args: Any,
        describe: Callable[[Any], str],
        details: Callable[[Any], list[str]] | None = None,
        output: Callable[[Any], Path | None] | None = None,
        **kwargs: Any,
    ) -> TaskDialog:
        job = self.window.jobs.long(fn, *args, **kwargs)
        task = TaskDialog(self.window, title, job, describe, details=details, output=output)
        task.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        task.destroyed.connect(lambda _o=None, t=task: self._forget(t))
        self.tasks.append(task)
        task.show()
        return task

    def _forget(self, task: TaskDialog) -> None:
        if task in self.tasks:
            self.tasks.remove(task)

    def _save_file(
        self, title: str, name: str, pattern: str, kind: str = choosers.EXPORT
    ) -> Path | None:
        chosen = choosers.save_file(self.window, kind, title, name, pattern)
        return Path(chosen) if chosen else None

    def _folder(self, title: str, kind: str = choosers.EXPORT) -> Path | None:
        chosen = choosers.folder(self.window, kind, title)
        return Path(chosen) if chosen else None

    def _written(self, path: Any) -> str:
        return self.tr("Written to %1").replace("%1", labels.folder(path))

    def _document(self) -> tuple[int, str] | None:
        loaded = self.window.workspace.loaded
        if loaded is None:
            return None
        summary = loaded.document.summary
        return summary.id, f"document-{summary.id}"

    # -- exports -------------------------------------------------------------------------------

    def export_gedcom(self) -> None:
        policy = export_privacy.ask_export_policy(self.window, self.tr("Export a family tree"))
        if policy is None:
            return
        out = self._save_file(
            self.tr("Export a family tree"), "spravka.ged", self.tr("GEDCOM (*.ged)")
        )
        if out is None:
            return
        language = self.window.language if self.window.language in ("ru", "uk") else "en"
        self._run(
            self.tr("Exporting GEDCOM"),
            call("catalog.io.gedcom", "export_gedcom"),
            self.window.catalog,
            out,
            language=language,
            policy=policy,
            output=lambda r: r.file,
            describe=lambda r: (
                self._written(r.file) + " · " + self.tr("%n person(s)", "", r.persons)
            ),
        )

    def export_csv(self) -> None:
        policy = export_privacy.ask_export_policy(self.window, self.tr("Exporting tables"))
        if policy is None:
            return
        out = self._folder(self.tr("Choose a folder for the tables"))
        if out is None:
            return
        self._run(
            self.tr("Exporting tables"),
            call("catalog.io.csv_export", "export_csv"),
            self.window.catalog,
            out,
            policy=policy,
            output=lambda _r: out,
            describe=lambda _r: self._written(out),
        )

    def export_json(self) -> None:
        policy = export_privacy.ask_export_policy(
            self.window, self.tr("Export the whole catalogue")
        )
        if policy is None:
            return
        out = self._save_file(
            self.tr("Export the whole catalogue"), "spravka.json", self.tr("JSON (*.json)")
        )
        if out is None:
            return
        self._run(
            self.tr("Exporting the catalogue"),
            export_json,
            self.window.catalog,
            out,
            policy=policy,
            output=lambda _counts: out,
            describe=lambda counts: (
                self._written(out)
                + " · "
                + self.tr("%n person(s)", "", counts["persons"])
                + ", "
                + self.tr("%n document(s)", "", counts["documents"])
            ),
        )

    def export_dossier(self) -> None:
        detail = self.window.detail
        if detail is None:
            return
        names = list(LANGUAGES.values())
        codes = list(LANGUAGES)
        current = codes.index(self.window.language) if self.window.language in codes else 0
        chosen, ok = QInputDialog.getItem(
            self.window,
            self.tr("Dossier language"),
            self.tr("Language of the dossier:"),
            names,
            current,
            False,
        )
        if not ok:
            return
        language = codes[names.index(chosen)]
        policy = export_privacy.ask_export_policy(
            self.window, self.tr("Save the dossier"), private_option=False
        )
        if policy is None:
            return
        safe = "".join(c if c.isalnum() else "-" for c in detail.summary.full_name).strip("-")
        out = self._save_file(
            self.tr("Save the dossier"), f"{safe or 'dossier'}.pdf", self.tr("PDF (*.pdf)")
        )
        if out is None:
            return
        self._run(
            self.tr("Making the dossier"),
            call("catalog.io.dossier", "export_dossier"),
            self.window.catalog,
            detail.id,
            out,
            language,
            living=policy.living,
            output=lambda r: r.file,
            describe=lambda r: self._written(r.file) + " · " + self.tr("%n page(s)", "", r.pages),
        )

    def export_pdf(self) -> None:
        document = self._document()
        if document is None:
            return
        out = self._save_file(
            self.tr("Save the document as PDF"), f"{document[1]}.pdf", self.tr("PDF (*.pdf)")
        )
        if out is None:
            return
        self._run(
            self.tr("Making the PDF"),
            call("catalog.io.searchable_pdf", "export_searchable_pdf"),
            self.window.catalog,
            document[0],
            out,
            output=lambda r: r.file,
            describe=lambda r: (
                self._written(r.file) + " · " + self.tr("%n word(s) searchable", "", r.words)
            ),
        )

    def _export_pages(self, name: str, title: str) -> None:
        document = self._document()
        if document is None:
            return
        out = self._folder(title)
        if out is None:
            return
        self._run(
            title,
            call("catalog.io.pages_export", name),
            self.window.catalog,
            out,
            document_id=document[0],
            output=lambda _r: out,
            describe=lambda r: self._written(out) + " · " + self.tr("%n file(s)", "", len(r.files)),
        )

    def export_alto(self) -> None:
        self._export_pages("export_alto", self.tr("Choose a folder for the ALTO files"))

    def export_hocr(self) -> None:
        self._export_pages("export_hocr", self.tr("Choose a folder for the hOCR files"))

    def export_text(self) -> None:
        document = self._document()
        if document is None:
            return
        out = self._save_file(
            self.tr("Save the document's text"), f"{document[1]}.txt", self.tr("Text (*.txt)")
        )
        if out is None:
            return
        self._run(
            self.tr("Exporting the text"),
            call("catalog.io.pages_export", "export_text"),
            self.window.catalog,
            out,
            document_id=document[0],
            output=lambda _r: out,
            describe=lambda _r: self._written(out),
        )

    # -- packages ------------------------------------------------------------------------------

    def export_package(self) -> None:
        detail = self.window.detail
        person_ids = None
        if detail is not None:
            box = QMessageBox(self.window)
            box.setWindowTitle(self.tr("Export an exchange package"))
            box.setText(self.tr("What should the package hold?"))
            everything = box.addButton(
                self.tr("The whole catalogue"), QMessageBox.ButtonRole.YesRole
            )
            one = box.addButton(
                self.tr("Only %1 and their documents").replace("%1", detail.summary.full_name),
                QMessageBox.ButtonRole.NoRole,
            )
            box.addButton(QMessageBox.StandardButton.Cancel)
            box.exec()
            if box.clickedButton() not in (everything, one):
                return
            if box.clickedButton() is one:
                person_ids = [detail.id]
        go_on, passphrase = passphrases.ask_new_passphrase(
            self.window, self.tr("Export an exchange package"), encrypt=True
        )
        if not go_on:
            return
        stamp = dt.date.today().isoformat()
        if passphrase is None:
            out = self._save_file(
                self.tr("Save the exchange package"),
                f"spravka-{stamp}.zip",
                self.tr("Spravka package (*.zip)"),
                choosers.PACKAGE,
            )
        else:
            out = self._save_file(
                self.tr("Save the encrypted exchange package"),
                f"spravka-{stamp}.age",
                self.tr("Encrypted Spravka package (*.age)"),
                choosers.PACKAGE,
            )
        if out is None:
            return
        if passphrase is None:
            work, args = call("catalog.io.package_export", "export_package"), (person_ids,)
        else:
            work = call("catalog.io.sealed", "export_encrypted_package")
            args = (passphrase, person_ids)
        self._run(
            self.tr("Making the exchange package"),
            work,
            self.window.catalog,
            out,
            *args,
            output=lambda r: r.file,
            describe=lambda r: (
                self._written(r.file)
                + " · "
                + self.tr("%n person(s)", "", r.persons)
                + ", "
                + self.tr("%n image(s)", "", r.images)
            ),
        )

    def import_package(self) -> None:
        chosen = choosers.open_file(
            self.window,
            choosers.PACKAGE,
            self.tr("Import an exchange package"),
            self.tr("Spravka package (*.zip *.age)"),
        )
        if not chosen:
            return
        from catalog.io.encryption import is_encrypted

        passphrase = None
        if is_encrypted(chosen):
            passphrase = passphrases.ask_passphrase(self.window, Path(chosen).name)
            if passphrase is None:
                return
        task = self._run(
            self.tr("Importing the exchange package"),
            call("catalog.io.sealed", "import_any_package"),
            self.window.catalog,
            Path(chosen),
            passphrase,
            describe=self.describe_package,
            details=self.package_details,
        )
        task.finished_with.connect(lambda _r: self.window.refresh_all())

    def describe_package(self, report: Any) -> str:
        added = sum(report.created.values())
        present = sum(report.merged.values())
        text = self.tr("%n record(s) added", "", added) + "; "
        text += self.tr("%n already in the catalogue", "", present)
        if report.conflicts:
            text += "; " + self.tr(
                "%n conflict(s): the catalogue's version was kept (listed below)",
                "",
                len(report.conflicts),
            )
        return text + "."

    def package_details(self, report: Any) -> list[str]:
        lines = [*report.conflicts, *report.warnings]
        if report.log is not None:
            lines.append(self.tr("This report is kept in %1").replace("%1", str(report.log)))
        return lines

    # -- backups -------------------------------------------------------------------------------

    def backup(self) -> None:
        folder = self._folder(self.tr("Choose where to put the backup"), choosers.BACKUP)
        if folder is None:
            return
        go_on, passphrase = passphrases.ask_new_passphrase(
            self.window, self.tr("Back up now"), encrypt=False
        )
        if not go_on:
            return
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        if passphrase is None:
            work, args = call("catalog.io.backup", "backup"), ()
            out = folder / f"spravka-backup-{stamp}"
        else:
            work, args = call("catalog.io.sealed", "encrypted_backup"), (passphrase,)
            out = folder / f"spravka-backup-{stamp}.age"
        self._run(
            self.tr("Backing up"),
            work,
            self.window.catalog,
            out,
            *args,
            output=lambda report: report.folder,
            describe=self.describe_backup,
        )

    def describe_backup(self, report: Any) -> str:
        text = self.tr("Backed up and verified: %1 (%n image(s))", "", report.images).replace(
            "%1", labels.folder(report.folder)
        )
        if report.missing or report.damaged:
            text += " " + self.tr(
                "%n image(s) were missing or damaged in the catalogue and are not in the backup.",
                "",
                len(report.missing) + len(report.damaged),
            )
        return text

    def restore(self) -> None:
        source = self._folder(self.tr("Choose the backup folder to restore"), choosers.BACKUP)
        if source is None:
            return
        target = self._folder(
            self.tr("Choose an empty folder for the restored catalogue"), choosers.CATALOG
        )
        if target is None:
            return
        if any(target.iterdir()):
            target = target / f"restored-{source.name}"
        task = self._run(
            self.tr("Restoring the backup"),
            call("catalog.io.backup", "restore"),
            source,
            target,
            describe=lambda r: self.tr("Restored into %1.").replace("%1", str(r.folder)),
        )
        task.finished_with.connect(lambda report: self._offer_open(report.folder))

    def restore_encrypted(self) -> None:
        chosen = choosers.open_file(
            self.window,
            choosers.BACKUP,
            self.tr("Choose the encrypted backup to restore"),
            self.tr("Encrypted Spravka backup (*.age)"),
        )
        if not chosen:
            return
        source = Path(chosen)
        passphrase = passphrases.ask_passphrase(self.window, source.name)
        if passphrase is None:
            return
        target = self._folder(self.tr("Choose an empty folder for the restored catalogue"))
        if target is None:
            return
        if any(target.iterdir()):
            target = target / f"restored-{source.name.removesuffix('.age')}"
        task = self._run(
            self.tr("Restoring the backup"),
            call("catalog.io.sealed", "restore_encrypted"),
            source,
            target,
            passphrase,
            describe=lambda r: self.tr("Restored into %1.").replace("%1", str(r.folder)),
        )
        task.finished_with.connect(lambda report: self._offer_open(report.folder))

    def _offer_open(self, folder: Path) -> None:
        answer = QMessageBox.question(
            self.window,
            self.tr("Backup restored"),
            self.tr("The backup was restored into %1. Open it now?").replace("%1", str(folder)),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.window.application.open_catalog(folder)
