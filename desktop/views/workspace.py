"""The document workspace: the page image beside its transcription, tied word to word.

Opening a page runs in a worker (decode, orientation, processing); the image arrives as a
`QImage` and becomes a pixmap here. Rotation, crop, straightening and clean-up
(`desktop.views.image_tools`) are stored as the page's processing parameters through undoable
commands, never by changing the image. Saving the text adds a human transcription version
(earlier versions stay in the history). From the text, a selection becomes a claim, and the
whole page can be read for proposed claims.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QIcon, QImage, QKeySequence, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from catalog.db import Catalog
from catalog.services import transcriptions
from catalog.transcripts import union_box
from desktop import labels, messages, plain
from desktop.pages import LoadedPage, load_page, page_thumbnails
from desktop.views.editor import TranscriptionEditor
from desktop.views.flow import ActionBar
from desktop.views.image_tools import ImageTools
from desktop.views.page_view import PageView
from desktop.views.region_reader import RegionReader
from desktop.workers import Jobs

THUMB_SIZE = QSize(36, 48)


@dataclass(frozen=True)
class ClaimDraft:
    """What a selection in the text offers a new claim: its citation and quoted words."""

    document_id: int
    page_id: int
    region: tuple[int, int, int, int] | None
    quote: str
    person_ids: tuple[int, ...]  # persons the document is linked to


class Workspace(QWidget):
    page_loaded = Signal(object)  # LoadedPage
    saved = Signal(object)  # TranscriptionView of the new version
    claim_requested = Signal(object)  # ClaimDraft
    processing_requested = Signal(int, object, object)  # page id, old params, new params
    deskew_requested = Signal(int, object)  # page id, old params
    history_requested = Signal(int)  # page id
    propose_requested = Signal(int, int)  # document id, page id
    details_requested = Signal(object)  # DocumentDetail
    ocr_requested = Signal(int)  # document id

    def __init__(self, catalog: Catalog, jobs: Jobs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workspace")
        self.catalog = catalog
        self.jobs = jobs
        self.loaded: LoadedPage | None = None
        self.read_only = False
        self._generation = 0
        self._pending_region: tuple[int, int, int, int] | None = None

        self.title = QLabel(self.tr("No document open"), self)
        self.title.setObjectName("workspaceTitle")
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)  # a document's title is data
        self.pages = QComboBox(self)
        self.pages.setObjectName("pageChooser")
        self.pages.setToolTip(self.tr("Page of the document"))
        self.pages.activated.connect(self._page_chosen)

        self.view = PageView(self)
        self.editor = TranscriptionEditor(self)
        self.version = QLabel(self)
        self.version.setObjectName("versionLabel")
        self.version.setEnabled(False)
        self.version.setWordWrap(True)

        self.tools = ImageTools(self)
        self.tools.processing_requested.connect(self.processing_requested)
        self.tools.deskew_requested.connect(self.deskew_requested)
        self._make_actions()
        self.region_reader = RegionReader(self)
        self.read_region_action = self.region_reader.action
        # Bars that wrap rather than hide actions behind "»" in a narrow pane.
        toolbar = ActionBar(self.tools.toolbar_actions(), self)
        toolbar.setObjectName("workspaceToolbar")
        text_bar = ActionBar(
            (
                self.save_action,
                self.history_action,
                self.next_doubt_action,
                self.claim_action,
                self.propose_action,
                self.read_region_action,
            ),
            self,
        )
        text_bar.setObjectName("textToolbar")

        self.details_button = QToolButton(self)
        self.details_button.setObjectName("documentDetails")
        self.details_button.setDefaultAction(self.details_action)
        self.details_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.details_button)
        head.addWidget(self.pages)

        image_side = QWidget(self)
        image_layout = QVBoxLayout(image_side)
        image_layout.setContentsMargins(0, 0, 0, 0)
        image_layout.setSpacing(0)
        image_layout.addWidget(toolbar)
        image_layout.addWidget(self.tools.panel)
        image_layout.addWidget(self.view, 1)

        text_side = QWidget(self)
        text_layout = QVBoxLayout(text_side)
        text_layout.setContentsMargins(0, 0, 0, 0)
        text_layout.setSpacing(2)
        text_layout.addWidget(text_bar)
        text_layout.addWidget(self.editor, 1)
        text_layout.addWidget(self.version)

        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("workspaceSplitter")
        self.splitter.addWidget(image_side)
        self.splitter.addWidget(text_side)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)

        self.hint = QLabel(
            self.tr(
                "Open a document to see its pages here: double-click a document in the dossier, "
                "or click the source of a claim to see the words it cites."
            ),
            self,
        )
        self.hint.setObjectName("workspaceHint")
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setEnabled(False)
        self.hint.setMargin(40)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.hint)
        self.stack.addWidget(self.splitter)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(head)
        layout.addWidget(self.stack, 1)
        self.pages.hide()

        self.view.word_clicked.connect(self.editor.move_to_word)
        self.editor.word_at_cursor.connect(self.view.highlight_word)
        self.editor.selectionChanged.connect(self._update_actions)
        self.editor.textChanged.connect(self._update_actions)
        self._update_actions()

    # -- actions -------------------------------------------------------------------------------

    def make_action(
        self, text: str, shortcut: Any = None, slot: Any = None, tip: str = ""
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        if tip:
            action.setToolTip(tip)
            action.setStatusTip(tip)
        if slot is not None:
            action.triggered.connect(slot)
        return action

    _action = make_action

    def _make_actions(self) -> None:
        # The image tools' actions, under the names the window and the tests know them by.
        tools = self.tools
        self.fit_page_action = tools.fit_page_action
        self.fit_width_action = tools.fit_width_action
        self.zoom_in_action = tools.zoom_in_action
        self.zoom_out_action = tools.zoom_out_action
        self.rotate_left_action = tools.rotate_left_action
        self.rotate_right_action = tools.rotate_right_action
        self.crop_action = tools.crop_action
        self.reset_crop_action = tools.reset_crop_action
        self.words_action = tools.words_action
        self.save_action = self._action(
            self.tr("Save text"),
            QKeySequence.StandardKey.Save,
            self.save,
            self.tr("Save the corrected text as a new version (earlier versions are kept)"),
        )
        self.history_action = self._action(
            self.tr("History…"),
            "Ctrl+Shift+H",
            self._history,
            self.tr("Earlier versions of this page's text"),
        )
        self.next_doubt_action = self._action(
            self.tr("Next doubtful word"),
            "F8",
            self.next_doubtful_word,
            self.tr("Go to the next word recognised with low confidence"),
        )
        # Not Ctrl+K: on X11 the text editor takes it for "delete to the end of the line".
        self.claim_action = self._action(
            self.tr("Create claim from selection…"),
            "Ctrl+Shift+K",
            self.request_claim,
            self.tr("Record what the selected words state, citing this page"),
        )
        self.propose_action = self._action(
            self.tr("Propose claims from this page"),
            "Ctrl+Shift+P",
            self.request_proposals,
            self.tr(
                "Read the dates, sentences and causes this page states and suggest them as "
                "claims, each citing its words, for you to accept or reject"
            ),
        )
        self.propose_action.setIconText(self.tr("Propose claims"))
        self.details_action = self._action(
            self.tr("Document &details…"),
            "Ctrl+Shift+E",
            self.request_details,
            self.tr("The kind of document, who issued it and when, where it is kept"),
        )
        self.details_action.setIconText(self.tr("Details…"))
        self.ocr_action = self._action(
            self.tr("Recognise this document's text"),
            "Ctrl+Shift+R",
            self.request_ocr,
            self.tr("Run text recognition (OCR) on the pages of this document that need it"),
        )
        self.prev_page_action = self._action(
            self.tr("Previous page"), "Ctrl+PgUp", lambda: self._step_page(-1)
        )
        self.next_page_action = self._action(
            self.tr("Next page"), "Ctrl+PgDown", lambda: self._step_page(1)
        )

    def actions_for_menu(self) -> list[QAction | None]:
        return [
            self.details_action,
            None,
            self.save_action,
            self.history_action,
            self.next_doubt_action,
            self.claim_action,
            self.propose_action,
            self.read_region_action,
            self.ocr_action,
            None,
            self.prev_page_action,
            self.next_page_action,
            None,
            *self.tools.menu_actions(),
        ]

    def set_read_only(self, read_only: bool) -> None:
        """No changes to pages or texts (another window edits this catalogue)."""
        self.read_only = read_only
        self.tools.editable = not read_only
        self.editor.setReadOnly(read_only)
        self._update_actions()

    def _update_actions(self) -> None:
        has_page = self.loaded is not None
        editable = has_page and not self.read_only
        self.tools.update_actions(self.loaded.page.processing if self.loaded else None)
        for action in (self.history_action, self.next_doubt_action):
            action.setEnabled(has_page)
        self.save_action.setEnabled(editable and self.editor.is_changed())
        self.claim_action.setEnabled(editable and self.editor.selection_span() is not None)
        self.propose_action.setEnabled(editable and bool(self.loaded and self.loaded.transcription))
        self.ocr_action.setEnabled(editable)
        self.read_region_action.setEnabled(editable)
        if not editable:
            self.read_region_action.setChecked(False)
        self.details_action.setEnabled(editable)
        self.details_button.setVisible(has_page)
        count = len(self.loaded.document.pages) if self.loaded else 0
        index = self.pages.currentIndex()
        self.prev_page_action.setEnabled(has_page and index > 0)
        self.next_page_action.setEnabled(has_page and 0 <= index < count - 1)

    # -- opening -------------------------------------------------------------------------------

    def open(
        self,
        document_id: int,
        page_id: int | None = None,
        region: tuple[int, int, int, int] | None = None,
    ) -> None:
        if not self.confirm_leave():
            return
        self._generation += 1
        generation = self._generation
        self._pending_region = region
        job = self.jobs.read(load_page, self.catalog, document_id, page_id)
        job.on_success(self, lambda loaded: self._show(generation, loaded))
        job.on_failure(self, lambda exc: self._failed(generation, exc))

    def reload(self) -> None:
        """Read the open page again (after its processing or text changed)."""
        if self.loaded is not None:
            self._generation += 1
            generation = self._generation
            self._pending_region = None
            job = self.jobs.read(
                load_page, self.catalog, self.loaded.document.summary.id, self.loaded.page.id
            )
            job.on_success(self, lambda loaded: self._show(generation, loaded, keep_text=True))
            job.on_failure(self, lambda exc: self._failed(generation, exc))

    def close_document(self) -> None:
        self.loaded = None
        self.stack.setCurrentWidget(self.hint)
        self.view.clear_page()
        self.editor.load("", ())
        self.pages.clear()
        self.title.setText(self.tr("No document open"))
        self.version.clear()
        self._update_actions()

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._generation:
            messages.show_error(self, exc, self.tr("The page could not be opened"))

    def _show(self, generation: int, loaded: LoadedPage, keep_text: bool = False) -> None:
        if generation != self._generation:
            return
        same_page = self.loaded is not None and self.loaded.page.id == loaded.page.id
        self.loaded = loaded
        self.stack.setCurrentWidget(self.splitter)
        summary = loaded.document.summary
        title = labels.document_kind(summary.kind)
        if summary.title:
            title = summary.title
        if summary.issued:
            title += " · " + labels.date(summary.issued)
        self.title.setText(title)
        self.title.setToolTip(plain.tooltip(summary.issuer))
        self.pages.blockSignals(True)
        self.pages.clear()
        total = len(loaded.document.pages)
        for page in loaded.document.pages:
            self.pages.addItem(
                self.tr("Page %1 of %2").replace("%1", str(page.seq)).replace("%2", str(total)),
                page.id,
            )
        self.pages.setCurrentIndex(self.pages.findData(loaded.page.id))
        self.pages.setIconSize(THUMB_SIZE)
        self.pages.blockSignals(False)
        self.pages.setVisible(total > 1)
        self._load_thumbnails(generation, loaded)

        words = loaded.transcription.words if loaded.transcription else ()
        if keep_text and same_page and self.editor.is_changed():
            self.editor.realign_now()
            shown_words = self.editor.words
        else:
            text = loaded.transcription.text if loaded.transcription else ""
            self.editor.load(text, words)
            shown_words = self.editor.words
        self.view.set_page(loaded.image, loaded.transform, shown_words)
        self.view.set_show_words(self.words_action.isChecked())
        if self._pending_region is not None:
            self.view.show_region(self._pending_region)
        self._show_version()
        self.crop_action.setChecked(False)
        self._update_actions()
        self.page_loaded.emit(loaded)

    def _show_version(self) -> None:
        version = self.loaded.transcription if self.loaded else None
        if version is None:
            self.version.setText(self.tr("No text saved for this page yet."))
            return
        text = (
            self.tr("Version %1 · %2 · %3")
            .replace("%1", str(version.version))
            .replace("%2", labels.transcription_origin(version.origin))
            .replace("%3", version.created_at.strftime("%Y-%m-%d %H:%M"))
        )
        if version.mean_confidence is not None and version.origin == "engine":
            text += self.tr(" · confidence %1 %").replace("%1", str(round(version.mean_confidence)))
        doubtful = len(self.editor.low_confidence_words())
        if doubtful:
            text += self.tr(" · %n doubtful word(s) (F8)", "", doubtful)
        self.version.setText(text)

    def _page_chosen(self, index: int) -> None:
        if self.loaded is not None:
            self.open(self.loaded.document.summary.id, self.pages.itemData(index))

    def _step_page(self, step: int) -> None:
        index = self.pages.currentIndex() + step
        if 0 <= index < self.pages.count():
            self._page_chosen(index)

    def confirm_leave(self) -> bool:
        """Ask what to do with unsaved text before another page replaces it."""
        if self.loaded is None or not self.editor.is_changed():
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved text"),
            self.tr("The text of this page was changed. Save it as a new version?"),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            self.save()
            return True
        return answer == QMessageBox.StandardButton.Discard

    # -- text ----------------------------------------------------------------------------------

    def save(self) -> None:
        if self.loaded is None or not self.editor.is_changed():
            return
        self.editor.realign_now()
        text = self.editor.toPlainText()
        words = list(self.editor.words)
        page_id = self.loaded.page.id
        job = self.jobs.write(
            transcriptions.add_transcription,
            self.catalog,
            page_id,
            text,
            origin="human",
            words=words,
        )
        self.editor.mark_saved()
        self._update_actions()
        job.on_success(self, lambda version: self._saved(page_id, version))
        job.on_failure(self, lambda exc: messages.show_error(self, exc, self.tr("Not saved")))

    def _saved(self, page_id: int, version: Any) -> None:
        if self.loaded is not None and self.loaded.page.id == page_id:
            self.loaded = LoadedPage(
                document=self.loaded.document,
                page=self.loaded.page,
                image=self.loaded.image,
                transform=self.loaded.transform,
                original_size=self.loaded.original_size,
                transcription=version,
            )
            if not self.editor.is_changed():
                # The new version is the same text: the cursor and the scrolled place stay.
                place = self.editor.place()
                self.editor.load(version.text, version.words)
                self.editor.restore_place(place)
                self.view.set_words(self.editor.words)
                self.view.set_show_words(self.words_action.isChecked())
            self._show_version()
        self.saved.emit(version)

    def use_text(self, text: str) -> None:
        """Put an earlier version's text in the editor; saving makes it the newest version."""
        self.editor.setPlainText(text)
        self.editor.realign_now()
        self._update_actions()

    def _history(self) -> None:
        if self.loaded is not None:
            self.history_requested.emit(self.loaded.page.id)

    def next_doubtful_word(self) -> None:
        position = self.editor.textCursor().selectionEnd()
        for index, word in enumerate(self.editor.words):
            if word in self.editor.low_confidence_words() and (word.start or 0) >= position:
                self.editor.move_to_word(index)
                return
        doubtful = self.editor.low_confidence_words()
        if doubtful:
            self.editor.move_to_word(self.editor.words.index(doubtful[0]))

    def request_claim(self) -> None:
        if self.loaded is None:
            return
        selected = self.editor.selected_words()
        quote = self.editor.selected_text()
        if not quote:
            return
        region = union_box(w.box for w in selected) if selected else None
        draft = ClaimDraft(
            document_id=self.loaded.document.summary.id,
            page_id=self.loaded.page.id,
            region=region,
            quote=quote,
            person_ids=tuple(dict.fromkeys(p.person.id for p in self.loaded.document.persons)),
        )
        if region is not None:
            self.view.show_region(region)
        self.claim_requested.emit(draft)

    # -- proposals and OCR --------------------------------------------------------------------

    def request_proposals(self) -> None:
        if self.loaded is not None and self.loaded.transcription is not None:
            self.propose_requested.emit(self.loaded.document.summary.id, self.loaded.page.id)

    def request_details(self) -> None:
        if self.loaded is not None:
            self.details_requested.emit(self.loaded.document)

    def request_ocr(self) -> None:
        if self.loaded is not None:
            self.ocr_requested.emit(self.loaded.document.summary.id)

    # -- page thumbnails -----------------------------------------------------------------------

    def _load_thumbnails(self, generation: int, loaded: LoadedPage) -> None:
        pages = list(loaded.document.pages)
        if len(pages) < 2:
            return
        size = THUMB_SIZE
        job = self.jobs.read(page_thumbnails, self.catalog, pages, (size.width(), size.height()))
        job.on_success(self, lambda images: self._thumbnails(generation, images))

    def _thumbnails(self, generation: int, images: dict[int, QImage]) -> None:
        if generation != self._generation:
            return
        for index in range(self.pages.count()):
            image = images.get(self.pages.itemData(index))
            if image is not None:
                self.pages.setItemIcon(index, QIcon(QPixmap.fromImage(image)))
