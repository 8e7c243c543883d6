"""Getting scans into the catalogue: files, a folder, or a page from the scanner.

The import runs in a worker (`catalog.importing.import_paths`, which spreads the decoding over
worker processes), so the window never freezes; the dialog shows each file as it is done, lists
every file that could not be imported with the reason, and can be cancelled (the files already
imported stay). When it is done it offers to open the first new document, or to recognise the
text of the new pages at once.
"""

from __future__ import annotations

import os
import shutil
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from catalog.db import Catalog
from catalog.imaging.metadata import LOCATION_NOTE
from catalog.progress import Progress
from desktop import choosers, labels, messages, plain
from desktop.dialogs.scanner import ScannerPage, ScanRequest
from desktop.workers import Job, Jobs

IMAGE_FILTER = "*.jpg *.jpeg *.png *.tif *.tiff *.pdf *.bmp *.gif *.webp *.jp2 *.heic"
FILES, FOLDER, SCANNER = range(3)


@dataclass(frozen=True)
class ImportTarget:
    """Where new documents go: the person they are about, the document a scan adds to."""

    person_id: int | None = None
    person_name: str = ""
    document_id: int | None = None
    document_title: str = ""


def scan_and_import(
    catalog: Catalog,
    request: ScanRequest,
    *,
    person_id: int | None,
    kind: str,
    document_id: int | None,
    progress: Any,
    cancel: Any,
) -> Any:
    """In a worker: scan one page and import it (as a new document, or into `document_id`)."""
    from catalog.importing import import_paths
    from catalog.scanning import scan_page

    image = scan_page(
        request.device,
        resolution=request.resolution,
        mode=request.mode,
        progress=progress,
        cancel=cancel,
    )
    try:
        return import_paths(
            catalog,
            [image],
            person_id=person_id,
            kind=kind,
            document_id=document_id,
            jobs=1,
            progress=progress,
        )
    finally:
        shutil.rmtree(image.parent, ignore_errors=True)


def run_import(catalog: Catalog, paths: list[str], **options: Any) -> Any:
    from catalog.importing import import_paths

    return import_paths(catalog, paths, **options)


def warm_up_workers() -> None:
    """Start the import's worker processes while the person chooses files (a fresh worker takes
    about a second to start). A plain thread: it waits for them, and no job should wait on it."""
    from catalog.importing.pool import start_workers

    threading.Thread(target=start_workers, name="import-workers", daemon=True).start()


class FileList(QListWidget):
    """The files to import; files dropped on it join the list. After an import each file says
    what became of it, until new files are added."""

    PATH = Qt.ItemDataRole.UserRole

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("importFiles")
        self.setAccessibleName(self.tr("Files to import"))
        self.setAcceptDrops(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setTextElideMode(Qt.TextElideMode.ElideLeft)
        self.done = False

    def add_paths(self, paths: list[str]) -> None:
        if self.done:  # a new batch: the results of the last one go
            self.clear()
            self.done = False
        present = set(self.paths())
        for path in paths:
            if path not in present:
                item = QListWidgetItem(path, self)
                item.setData(self.PATH, path)
                item.setToolTip(plain.tooltip(path))
                present.add(path)

    def paths(self) -> list[str]:
        return [self.item(i).data(self.PATH) for i in range(self.count())]

    def mark(self, outcome: dict[str, str]) -> None:
        """Say what became of each file: "✓ imported", "✗ why not"."""
        for i in range(self.count()):
            item = self.item(i)
            path = item.data(self.PATH)
            if path in outcome:
                item.setText(f"{outcome[path]} — {path}")
        self.done = True

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dragMoveEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        self.add_paths([u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()])
        event.acceptProposedAction()


class ImportDialog(QDialog):
    """Closing the dialog does not stop an import: it goes on, and the window's lists are
    refreshed when it is done."""

    imported = Signal(object)  # ImportReport
    open_document = Signal(int)
    recognise = Signal(object)  # tuple of new document ids

    def __init__(
        self,
        parent: QWidget | None,
        catalog: Catalog,
        jobs: Jobs,
        target: ImportTarget,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Import scans"))
        self.resize(720, 640)
        self.catalog = catalog
        self.jobs = jobs
        self.target = target
        self.job: Job | None = None
        self.report: Any = None
        self._recorded: set[str] = set()

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("importTabs")
        self.tabs.setAccessibleName(self.tr("Ways to import"))
        self.tabs.addTab(self._files_tab(), self.tr("Files"))
        self.tabs.addTab(self._folder_tab(), self.tr("Folder"))
        self.scanner = ScannerPage(jobs, target.document_title or None, self)
        self.scanner.scan_requested.connect(self.start_scan)
        self.tabs.addTab(self.scanner, self.tr("Scanner"))
        self.tabs.currentChanged.connect(self._tab_changed)

        self.kind = QComboBox(self)
        self.kind.setObjectName("importKind")
        for value in labels.DOCUMENT_KINDS:
            self.kind.addItem(labels.document_kind(value), value)
        self.link = QCheckBox(self)
        self.link.setObjectName("importLink")
        if target.person_id is not None:
            self.link.setText(self.tr("About %1").replace("%1", target.person_name))
            self.link.setToolTip(self.tr("Link the new documents to this person"))
            self.link.setChecked(True)
        else:
            self.link.setText(self.tr("Not linked to a person yet"))
            self.link.setEnabled(False)
        self.deskew = QCheckBox(self.tr("Straighten skewed pages"), self)
        self.deskew.setObjectName("importDeskew")
        self.deskew.setToolTip(
            self.tr("Measure each page's slope and store it as a correction (the scan is kept)")
        )
        options = QFormLayout()
        options.addRow(self.tr("Kind of document:"), self.kind)
        options.addRow(self.tr("Person:"), self.link)
        options.addRow("", self.deskew)

        self.status = QLabel(self.tr("Choose files or a folder, or scan a page."), self)
        self.status.setObjectName("importStatus")
        self.status.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("importProgress")
        self.progress.hide()
        self.problems_label = QLabel(self.tr("Not imported:"), self)
        self.problems = QTreeWidget(self)
        self.problems.setObjectName("importProblems")
        self.problems.setHeaderLabels([self.tr("File"), self.tr("Problem")])
        self.problems.setRootIsDecorated(False)
        self.problems.setWordWrap(True)
        self.problems.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.problems.header().resizeSection(0, 220)
        self.problems.header().setStretchLastSection(True)
        for widget in (self.problems_label, self.problems):
            widget.hide()

        self.buttons = QDialogButtonBox(self)
        self.import_button = QPushButton(self.tr("Import"), self)
        self.import_button.setObjectName("startImport")
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.start)
        self.cancel_button = QPushButton(self.tr("Cancel import"), self)
        self.cancel_button.setObjectName("cancelImport")
        self.cancel_button.clicked.connect(self.cancel)
        self.open_button = QPushButton(self.tr("Open the document"), self)
        self.open_button.setObjectName("openImported")
        self.open_button.clicked.connect(self._open_first)
        self.ocr_button = QPushButton(self.tr("Recognise their text"), self)
        self.ocr_button.setObjectName("recogniseImported")
        self.ocr_button.clicked.connect(self._recognise)
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.ocr_button, QDialogButtonBox.ButtonRole.ActionRole)
        # Hidden after they join the box (adding a button shows it).
        for button in (self.cancel_button, self.open_button, self.ocr_button):
            button.hide()
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.clicked.connect(self.close)

        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(options)
        layout.addWidget(self.status)
        layout.addWidget(self.progress)
        layout.addWidget(self.problems_label)
        layout.addWidget(self.problems, 1)
        layout.addWidget(self.buttons)
        self._tab_changed(FILES)
        warm_up_workers()

    # -- sources -------------------------------------------------------------------------------

    def _files_tab(self) -> QWidget:
        page = QWidget(self)
        self.files = FileList(page)
        add = QPushButton(self.tr("Add files…"), page)
        add.setObjectName("addFiles")
        add.clicked.connect(self.choose_files)
        remove = QPushButton(self.tr("Remove"), page)
        remove.clicked.connect(self._remove_files)
        hint = QLabel(
            self.tr(
                "Images (JPEG, PNG, TIFF and others) and PDFs; each file becomes a document, "
                "each page of it a page. You can also drop files here."
            ),
            page,
        )
        hint.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addWidget(hint)
        layout.addWidget(self.files, 1)
        layout.addLayout(row)
        return page

    def _folder_tab(self) -> QWidget:
        page = QWidget(self)
        self.folder = QLineEdit(page)
        self.folder.setObjectName("importFolder")
        self.folder.setPlaceholderText(self.tr("A folder of scans"))
        choose = QPushButton(self.tr("Choose…"), page)
        choose.clicked.connect(self.choose_folder)
        self.group = QCheckBox(self.tr("One document per folder"), page)
        self.group.setObjectName("importGroup")
        self.group.setToolTip(
            self.tr("The pages in one folder form one document, in the order of their names")
        )
        hint = QLabel(
            self.tr(
                "Every image and PDF in the folder and in the folders inside it is imported; "
                "other files are listed as not imported."
            ),
            page,
        )
        hint.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(choose)
        layout = QVBoxLayout(page)
        layout.addWidget(hint)
        layout.addLayout(row)
        layout.addWidget(self.group)
        layout.addStretch(1)
        return page

    def choose_files(self) -> None:
        files = choosers.open_files(
            self,
            choosers.SCANS,
            self.tr("Choose scans to import"),
            self.tr("Images and PDFs (%1);;All files (*)").replace("%1", IMAGE_FILTER),
        )
        self.files.add_paths(files)

    def choose_folder(self) -> None:
        folder = choosers.folder(self, choosers.SCANS, self.tr("Choose a folder of scans"))
        if folder:
            self.folder.setText(folder)

    def _remove_files(self) -> None:
        for item in self.files.selectedItems():
            self.files.takeItem(self.files.row(item))

    def _tab_changed(self, index: int) -> None:
        self.import_button.setVisible(index != SCANNER)
        self.deskew.setEnabled(index != SCANNER)
        if index == SCANNER and self.scanner.devices.count() == 0:
            self.scanner.find()

    # -- running -------------------------------------------------------------------------------

    def options(self) -> dict[str, Any]:
        return {
            "person_id": self.target.person_id if self.link.isChecked() else None,
            "kind": self.kind.currentData(),
        }

    def start(self) -> None:
        """Import what the current tab names."""
        if self.tabs.currentIndex() == FOLDER:
            folder = self.folder.text().strip()
            if not folder:
                self.status.setText(self.tr("Choose a folder first."))
                return
            self.start_import([folder], group=self.group.isChecked())
        else:
            paths = self.files.paths()
            if not paths:
                self.status.setText(self.tr("Add the files to import first."))
                return
            self.start_import(paths)

    def start_import(self, paths: list[str], *, group: bool = False) -> None:
        options = {**self.options(), "group": group, "deskew": self.deskew.isChecked()}
        self._run(
            self.jobs.long(run_import, self.catalog, [os.fspath(p) for p in paths], **options)
        )
        self.status.setText(self.tr("Preparing the files…"))

    def start_scan(self, request: ScanRequest) -> None:
        document_id = self.target.document_id if request.into_document else None
        job = self.jobs.long(
            scan_and_import, self.catalog, request, document_id=document_id, **self.options()
        )
        self._run(job)
        self.scanner.set_busy(True)
        self.status.setText(self.tr("Scanning…"))

    def _run(self, job: Job) -> None:
        self.job = job
        self.report = None
        self._recorded: set[str] = set()
        self.problems.clear()
        for widget in (self.problems_label, self.problems, self.open_button, self.ocr_button):
            widget.hide()
        self.progress.show()
        self.progress.setRange(0, 0)
        self.tabs.setEnabled(False)
        self.import_button.setEnabled(False)
        self.cancel_button.show()
        self.cancel_button.setEnabled(True)
        job.progressed.connect(self._progressed)
        job.on_success(self, self._finished)
        job.on_failure(self, self._failed)
        job.cancelled.connect(self._stopped)

    @property
    def running(self) -> bool:
        return self.job is not None and not self.job.done

    def cancel(self) -> None:
        if self.running:
            self.job.cancel()
            self.cancel_button.setEnabled(False)
            self.status.setText(
                self.tr("Cancelling… the files being read are finished first; nothing is lost.")
            )

    def _progressed(self, progress: Progress) -> None:
        if progress.item_error:
            path, _sep, reason = progress.item_error.partition(": ")
            self._add_problem(path, reason)
        if progress.total:
            self.progress.setRange(0, progress.total)
            self.progress.setValue(progress.done)
        if progress.message == "scanning":
            self.status.setText(self.tr("Scanning… %1 %").replace("%1", str(progress.done)))
        elif progress.total and progress.message and progress.message != "preparing":
            self._recorded.add(progress.message)
            self.status.setText(
                self.tr("Imported %1 of %2: %3")
                .replace("%1", str(progress.done))
                .replace("%2", str(progress.total))
                .replace("%3", progress.message)
            )

    def _add_problem(self, path: str, reason: str) -> None:
        # The file's name where it can be read; the whole path in its tooltip.
        item = QTreeWidgetItem([Path(path).name or path, reason])
        item.setData(0, Qt.ItemDataRole.UserRole, path)
        item.setToolTip(0, plain.tooltip(path))
        item.setToolTip(1, plain.tooltip(reason))
        self.problems.addTopLevelItem(item)
        self.problems_label.show()
        self.problems.show()

    def _end(self) -> None:
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self.tabs.setEnabled(True)
        self.import_button.setEnabled(True)
        self.cancel_button.hide()
        self.scanner.set_busy(False)

    def _finished(self, report: Any) -> None:
        self._end()
        self.report = report
        self.problems.clear()
        for problem in report.errors:
            self._add_problem(problem.path, problem.reason)
        for duplicate in report.duplicates:
            self._add_problem(
                duplicate.path,
                self.tr("already in the catalogue (document %1, page %2); not stored again")
                .replace("%1", str(duplicate.document_id))
                .replace("%2", str(duplicate.page_seq)),
            )
        located = [n for n in report.notes if n.reason == LOCATION_NOTE]
        for note in located:
            self._add_problem(
                note.path,
                self.tr(
                    "carries a location (GPS) in its metadata; exports and packages leave it "
                    "out, the catalogue keeps the file as it is"
                ),
            )
        self.status.setText(self.summary(report))
        has_documents = bool(report.documents)
        self.open_button.setVisible(has_documents)
        self.ocr_button.setVisible(bool(report.pages))
        if has_documents:
            self.open_button.setDefault(True)
        # Each file recorded was named in a progress report; the rest were not reached.
        outcome = {
            path: "✓ " + self.tr("imported")
            for path in self.files.paths()
            if Path(path).name in self._recorded
        }
        for duplicate in report.duplicates:
            outcome[duplicate.path] = "= " + self.tr("already in the catalogue")
        for problem in report.errors:
            outcome[problem.path] = "✗ " + self.tr("not imported")
        self.files.mark(outcome)
        self.imported.emit(report)

    def summary(self, report: Any) -> str:
        created = len({d.id for d in report.documents if d.created})
        parts = [
            self.tr("%n page(s) imported", "", len(report.pages))
            + (self.tr(" into %n new document(s)", "", created) if created else "")
            + "."
        ]
        if report.duplicates:
            parts.append(
                self.tr("%n page(s) were already in the catalogue.", "", len(report.duplicates))
            )
        if report.errors:
            parts.append(
                self.tr("%n file(s) could not be imported (see below).", "", len(report.errors))
            )
        located = sum(1 for note in report.notes if note.reason == LOCATION_NOTE)
        if located:
            parts.append(
                self.tr(
                    "%n image(s) carried a location; exports and packages leave it out.",
                    "",
                    located,
                )
            )
        if report.cancelled:
            parts.append(self.tr("Cancelled: what was imported before is kept."))
        return " ".join(parts)

    def _failed(self, exc: BaseException) -> None:
        self._end()
        self.status.setText(messages.describe(exc))

    def _stopped(self) -> None:
        self._end()
        self.status.setText(self.tr("Cancelled before anything was imported."))

    def _open_first(self) -> None:
        if self.report is not None and self.report.documents:
            self.open_document.emit(self.report.documents[0].id)

    def _recognise(self) -> None:
        if self.report is not None:
            self.recognise.emit(tuple(dict.fromkeys(d.id for d in self.report.documents)))
            self.ocr_button.setEnabled(False)

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if event.key() == Qt.Key.Key_Escape and self.running:
            self.cancel()
            return
        super().keyPressEvent(event)


def drop_paths(urls: list[Any]) -> list[str]:
    """The local files and folders among dropped URLs."""
    return [url.toLocalFile() for url in urls if url.isLocalFile()]
