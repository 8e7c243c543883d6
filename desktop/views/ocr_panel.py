"""The text recognition (OCR) queue: which pages wait, in which language, run and cancel.

The queue is the catalogue itself (`catalog.ocr.pending_page_ids`: pages without a machine text
for the current settings). A run reads the pages in worker processes, one per core
(`catalog.ocr.ocr_pages`), storing each page as it is read, so cancelling or closing keeps what
was done. Where Tesseract is missing, too old, or lacks a language, the panel says what to
install; everything else in the program goes on working.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from catalog.db import Catalog
from catalog.progress import Progress
from desktop import messages, theme
from desktop.workers import Job, Jobs

LANGUAGE_CHOICES = ("rus+eng", "ukr+rus+eng", "ukr+eng")


@dataclass(frozen=True)
class OcrOverview:
    engine: str  # "tesseract 5.3.0", or "" when it cannot run
    languages: tuple[str, ...]  # the language data Tesseract has
    problem: str  # why it cannot run, in English, or ""
    packages: tuple[str, ...]  # what to install
    pending: int  # pages waiting (0 when OCR cannot run)


def ocr_overview(catalog: Catalog, languages: str) -> OcrOverview:
    """In a worker: can OCR run in `languages`, and how many pages wait for it."""
    from catalog.ocr import TesseractUnavailable, pending_page_ids, tesseract_status

    status = tesseract_status()
    try:
        pending = len(pending_page_ids(catalog, languages))
    except TesseractUnavailable as exc:
        return OcrOverview(status.engine, status.languages, exc.problem, exc.packages, 0)
    return OcrOverview(status.engine, status.languages, "", (), pending)


def recognise(
    catalog: Catalog,
    languages: str,
    document_ids: tuple[int, ...] | None,
    *,
    progress: Any,
    cancel: Any,
    again: bool = False,
) -> Any:
    """In a worker: OCR every waiting page (of the given documents, or of the catalogue); with
    `again`, every page of the given documents, read before or not."""
    from catalog.ocr import ocr_pages, pending_page_ids
    from catalog.services.documents import get_document

    if document_ids is None:
        return ocr_pages(catalog, languages=languages, progress=progress, cancel=cancel)
    if again:
        pages = [p.id for d in document_ids for p in get_document(catalog, d).pages]
    else:
        pages = [
            page
            for document_id in document_ids
            for page in pending_page_ids(catalog, languages, document_id=document_id)
        ]
    return ocr_pages(
        catalog,
        page_ids=pages,
        languages=languages,
        progress=progress,
        cancel=cancel,
        again=again,
    )


class OcrPanel(QDockWidget):
    pages_read = Signal(object)  # tuple of page ids read by a run

    def __init__(self, catalog: Catalog, jobs: Jobs, languages: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("ocrPanel")
        self.setWindowTitle(self.tr("Text recognition (OCR)"))
        self.catalog = catalog
        self.jobs = jobs
        self.job: Job | None = None
        self.overview: OcrOverview | None = None
        self.editable = True
        self._generation = 0

        body = QWidget(self)
        self.engine = QLabel(self)
        self.engine.setObjectName("ocrEngine")
        self.engine.setWordWrap(True)
        self.engine.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.language = QComboBox(self)
        self.language.setObjectName("ocrLanguage")
        names = {
            "rus+eng": self.tr("Russian (with English words)"),
            "ukr+rus+eng": self.tr("Ukrainian and Russian (with English words)"),
            "ukr+eng": self.tr("Ukrainian (with English words)"),
        }
        for code in LANGUAGE_CHOICES:
            self.language.addItem(names[code], code)
        self.language.setCurrentIndex(max(0, self.language.findData(languages)))
        self.language.currentIndexChanged.connect(lambda _i: self.refresh())
        self.pending = QLabel(self)
        self.pending.setObjectName("ocrPending")
        self.run_button = QPushButton(self.tr("Recognise the waiting pages"), self)
        self.run_button.setObjectName("runOcr")
        self.run_button.clicked.connect(lambda: self.run())
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setObjectName("cancelOcr")
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.hide()
        # A document whose pages were all read already can be read once more (in another
        # language, say: choose it above first).
        self.again_button = QPushButton(self.tr("Read again…"), self)
        self.again_button.setObjectName("ocrAgain")
        self.again_button.setToolTip(
            self.tr("Read this document's pages once more; the earlier texts are kept as versions")
        )
        self.again_button.clicked.connect(self.read_again)
        self.again_button.hide()
        self.last_documents: tuple[int, ...] | None = None
        self.progress = QProgressBar(self)
        self.progress.setObjectName("ocrProgress")
        self.progress.hide()
        self.status = QLabel(self)
        self.status.setObjectName("ocrStatus")
        self.status.setWordWrap(True)
        self.errors = QListWidget(self)
        self.errors.setObjectName("ocrErrors")
        self.errors.setWordWrap(True)
        # A few lines, scrolled: the panel must not take the room of the page and its text.
        self.errors.setMaximumHeight(self.fontMetrics().lineSpacing() * 6)
        self.errors.hide()

        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Language of the pages:"), self))
        row.addWidget(self.language)
        row.addSpacing(16)
        row.addWidget(self.pending, 1)
        row.addWidget(self.run_button)
        row.addWidget(self.cancel_button)
        row.addWidget(self.again_button)
        layout = QVBoxLayout(body)
        layout.addWidget(self.engine)
        layout.addLayout(row)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.errors, 1)
        self.setWidget(body)
        self._update()

    @property
    def languages(self) -> str:
        return str(self.language.currentData())

    @property
    def running(self) -> bool:
        return self.job is not None and not self.job.done

    def set_editable(self, editable: bool) -> None:
        self.editable = editable
        self._update()

    # -- the queue -----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Ask again whether OCR can run and how many pages wait."""
        self._generation += 1
        generation = self._generation
        job = self.jobs.read(ocr_overview, self.catalog, self.languages)
        job.on_success(self, lambda overview: self._overview(generation, overview))
        job.on_failure(self, lambda exc: self.status.setText(messages.describe(exc)))

    def _overview(self, generation: int, overview: OcrOverview) -> None:
        if generation != self._generation:
            return
        self.overview = overview
        if overview.problem:
            self.engine.setText(messages.tesseract_problem(overview.problem, overview.packages))
            self.engine.setStyleSheet(f"color: {theme.css(theme.accents().warning)};")
        else:
            self.engine.setText(
                self.tr("%1 · language data: %2")
                .replace("%1", overview.engine)
                .replace("%2", ", ".join(overview.languages))
            )
            self.engine.setStyleSheet("")
        self._update()

    def _update(self) -> None:
        overview = self.overview
        usable = overview is not None and not overview.problem
        pending = overview.pending if usable and overview else 0
        if overview is None:
            self.pending.setText(self.tr("Looking for Tesseract…"))
        elif usable:
            self.pending.setText(self.tr("%n page(s) waiting for recognition", "", pending))
        else:
            self.pending.setText(self.tr("Text recognition is not available"))
        self.run_button.setEnabled(usable and pending > 0 and not self.running and self.editable)
        self.language.setEnabled(not self.running)

    # -- running -------------------------------------------------------------------------------

    def choose_language(self, parent: QWidget) -> bool:
        """Ask which language the pages are in (the panel's choice preselected)."""
        names = [self.language.itemText(i) for i in range(self.language.count())]
        chosen, ok = QInputDialog.getItem(
            parent,
            self.tr("Text recognition"),
            self.tr("Language of the pages:"),
            names,
            self.language.currentIndex(),
            False,
        )
        if ok and chosen in names:
            self.language.setCurrentIndex(names.index(chosen))
        return bool(ok)

    def read_again(self) -> None:
        if self.last_documents and self.choose_language(self):
            self.run(self.last_documents, again=True)

    def run(self, document_ids: tuple[int, ...] | None = None, *, again: bool = False) -> None:
        """Recognise the waiting pages (of these documents, or all of them); with `again`, every
        page of the documents."""
        if self.running or not self.editable:
            return
        self.last_documents = document_ids
        self.again_button.hide()
        self.errors.clear()
        self.errors.hide()
        self.progress.show()
        self.progress.setRange(0, 0)
        self.status.setText(self.tr("Starting text recognition…"))
        self.cancel_button.show()
        self.cancel_button.setEnabled(True)
        self.job = self.jobs.long(
            recognise, self.catalog, self.languages, document_ids, again=again
        )
        self.job.progressed.connect(self._progressed)
        self.job.on_success(self, self._finished)
        self.job.on_failure(self, self._failed)
        self.job.cancelled.connect(self._cancelled)
        self._update()

    def cancel(self) -> None:
        if self.running:
            self.job.cancel()
            self.cancel_button.setEnabled(False)
            self.status.setText(self.tr("Cancelling… the pages being read are finished first."))

    def _progressed(self, progress: Progress) -> None:
        if progress.total:
            self.progress.setRange(0, progress.total)
            self.progress.setValue(progress.done)
            if progress.done:
                self.status.setText(
                    self.tr("%1 of %2 pages read")
                    .replace("%1", str(progress.done))
                    .replace("%2", str(progress.total))
                )
            # The count of waiting pages follows the run.
            self.pending.setText(
                self.tr("%n page(s) waiting for recognition", "", progress.total - progress.done)
            )
        if progress.item_error:
            self.errors.show()
            self.errors.addItem(progress.item_error)

    def _end(self) -> None:
        self.cancel_button.hide()
        self.progress.hide()
        self.refresh()

    def _finished(self, report: Any) -> None:
        self._end()
        parts = [self.tr("%n page(s) read", "", len(report.read))]
        if report.errors:
            parts.append(
                self.tr("%n page(s) could not be read (listed below)", "", len(report.errors))
            )
        if report.cancelled:
            parts.append(self.tr("cancelled; the pages read so far are kept"))
        text = "; ".join(parts) + "."
        if not report.pending:
            text = self.tr("No page was waiting for recognition.")
            if self.last_documents:
                text = self.tr(
                    "The pages of this document have been read already. To read them once "
                    "more (in another language, say), choose Read again."
                )
                self.again_button.setVisible(self.editable)
        self.status.setText(text)
        self.errors.clear()
        for _page_id, error in report.errors:
            self.errors.addItem(error)
        self.errors.setVisible(bool(report.errors))
        self.pages_read.emit(tuple(report.read))

    def _failed(self, exc: BaseException) -> None:
        self._end()
        self.status.setText(messages.describe(exc))

    def _cancelled(self) -> None:
        self._end()
        self.status.setText(self.tr("Cancelled."))
