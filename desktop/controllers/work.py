"""Long work started from the menus: importing and scanning, text recognition, the checks.

Each runs in a worker with its progress in a window of its own (the import dialog, the OCR
panel, a task dialog for the checks); when it ends, the lists and the dossier are refreshed.
Scans dropped onto the main window are imported at once, about the person shown.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction

from desktop.dialogs.import_dialog import FOLDER, SCANNER, ImportDialog, ImportTarget
from desktop.dialogs.task import TaskDialog
from desktop.views.ocr_panel import OcrPanel

if TYPE_CHECKING:
    from desktop.controllers.window import Window


def check_catalogue(catalog: Any, *, progress: Any, cancel: Any) -> Any:
    from catalog.checks import run_checks

    return run_checks(catalog, progress=progress, cancel=cancel)


class Work(QObject):
    def __init__(self, window: Window) -> None:
        super().__init__(window)
        self.window = window
        self.import_dialog: ImportDialog | None = None
        self.task: TaskDialog | None = None
        self.ocr = OcrPanel(window.catalog, window.jobs, window.settings.ocr_languages, window)
        self.ocr.hide()
        self.ocr.pages_read.connect(self._pages_read)
        self.ocr.language.currentIndexChanged.connect(
            lambda _i: setattr(window.settings, "ocr_languages", self.ocr.languages)
        )
        self._make_actions()

    def _make_actions(self) -> None:
        action = self.window.make_action
        self.import_action = action(
            self.tr("&Import scans…"),
            "Ctrl+I",
            lambda: self.open_import(),
            self.tr("Add image files or PDFs to the catalogue as documents"),
        )
        self.import_folder_action = action(
            self.tr("Import a &folder…"),
            "Ctrl+Shift+I",
            lambda: self.open_import(tab=FOLDER),
            self.tr("Add every scan in a folder and the folders inside it"),
        )
        self.scan_action = action(
            self.tr("S&can…"),
            "Ctrl+Alt+I",
            lambda: self.open_import(tab=SCANNER),
            self.tr("Scan a page with a scanner"),
        )
        self.ocr_action = self.ocr.toggleViewAction()
        self.ocr_action.setText(self.tr("&Text recognition (OCR)"))
        self.ocr_action.setShortcut("Ctrl+R")
        self.ocr_action.setStatusTip(self.tr("Pages waiting for text recognition, and running it"))
        self.ocr_action.toggled.connect(lambda on: on and self.ocr.refresh())
        self.check_action = action(
            self.tr("C&heck the catalogue"),
            "Ctrl+Shift+C",
            self.run_checks,
            self.tr(
                "Look for invented death dates (instruction 108ss) and contradictions in every "
                "person's claims"
            ),
        )

    def file_actions(self) -> list[QAction | None]:
        return [self.import_action, self.import_folder_action, self.scan_action]

    def tool_actions(self) -> list[QAction | None]:
        return [self.ocr_action, self.check_action]

    def update_actions(self, editable: bool) -> None:
        for item in (
            self.import_action,
            self.import_folder_action,
            self.scan_action,
            self.check_action,
        ):
            item.setEnabled(editable)
        self.ocr.set_editable(editable)

    # -- import --------------------------------------------------------------------------------

    def target(self) -> ImportTarget:
        detail = self.window.detail
        loaded = self.window.workspace.loaded
        return ImportTarget(
            person_id=detail.id if detail is not None else None,
            person_name=detail.summary.full_name if detail is not None else "",
            document_id=loaded.document.summary.id if loaded is not None else None,
            document_title=(
                (loaded.document.summary.title or f"#{loaded.document.summary.id}")
                if loaded is not None
                else ""
            ),
        )

    def open_import(self, paths: list[str] | None = None, tab: int = 0) -> ImportDialog:
        dialog = self.import_dialog
        if dialog is None or not dialog.running:
            if dialog is not None:
                dialog.deleteLater()
            dialog = ImportDialog(self.window, self.window.catalog, self.window.jobs, self.target())
            dialog.imported.connect(self._imported)
            dialog.open_document.connect(lambda doc: self.window.workspace.open(doc))
            dialog.recognise.connect(lambda ids: self.recognise_documents(ids, ask=True))
            self.import_dialog = dialog
            dialog.tabs.setCurrentIndex(tab)
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        if paths:
            dialog.tabs.setCurrentIndex(0)
            dialog.files.add_paths(paths)
            if not dialog.running:
                dialog.start()
        return dialog

    def import_dropped(self, paths: list[str]) -> None:
        if paths and self.window.editable:
            self.open_import(paths)

    def _imported(self, report: Any) -> None:
        self.window.refresh_all()
        if self.ocr.isVisible():
            self.ocr.refresh()

    # -- OCR -----------------------------------------------------------------------------------

    def recognise_documents(
        self, document_ids: tuple[int, ...] | None, *, ask: bool = False
    ) -> None:
        """Show the panel and read the documents' waiting pages (asking their language first
        when started from the import dialog, where the panel's choice is out of sight)."""
        self.ocr.show()
        self.ocr.raise_()
        if ask and not self.ocr.choose_language(self.window):
            return
        self.ocr.run(document_ids)

    def _pages_read(self, page_ids: tuple[int, ...]) -> None:
        loaded = self.window.workspace.loaded
        if loaded is not None and loaded.page.id in page_ids:
            self.window.workspace.reload()
        self.window.people.refresh_texts()

    # -- checks --------------------------------------------------------------------------------

    def run_checks(self) -> TaskDialog:
        job = self.window.jobs.long(check_catalogue, self.window.catalog)
        self.task = TaskDialog(
            self.window, self.tr("Checking the catalogue"), job, self.describe_checks
        )
        self.task.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.task.finished_with.connect(lambda _report: self.window.refresh_all())
        self.task.show()
        return self.task

    def describe_checks(self, report: Any) -> str:
        text = self.tr("%n person(s) checked.", "", report.persons)
        text += " " + self.tr("%n flag(s) raised", "", report.findings)
        text += " " + self.tr("(%1 new, %2 refreshed, %3 left dismissed as you decided).").replace(
            "%1", str(report.created)
        ).replace("%2", str(report.updated)).replace("%3", str(report.kept_dismissed))
        if report.removed:
            text += " " + self.tr(
                "%n suggested flag(s) removed: their claims changed.", "", report.removed
            )
        return text
