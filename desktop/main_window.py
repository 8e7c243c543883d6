"""The main window: people list, the selected person's dossier, and the document workspace.

The window owns no data: it asks workers for snapshots (a person's dossier, a page) and shows
them. What the person does is handled by small controllers: `Editing` (undoable edits of persons,
claims, flags and pages), `Work` (import and scanning, text recognition, the checks) and `Files`
(exports, exchange packages, backups). A catalogue that another Spravka window holds is opened
read-only, with a banner saying why and every editing action disabled.
"""

from __future__ import annotations

import html
import os
import sys
import time
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from catalog.db import Catalog
from catalog.services.views import ClaimView, PersonDetail
from desktop import appearance, commands, keyboard, labels, messages, theme
from desktop.controllers.editing import Editing
from desktop.controllers.families import FamilyActions
from desktop.controllers.files import Files
from desktop.controllers.privacy import Privacy, load_person
from desktop.controllers.work import Work
from desktop.dialogs.gedcom_import import GedcomImport
from desktop.dialogs.import_dialog import drop_paths
from desktop.dialogs.shortcuts import ShortcutsDialog
from desktop.fitting import first_size
from desktop.i18n import LANGUAGES
from desktop.models.documents import DocumentsModel
from desktop.models.people import PeopleModel
from desktop.pages import document_thumbnails
from desktop.panes import PaneSizes
from desktop.searching import TextHit
from desktop.settings import Settings
from desktop.views.documents import DocumentsPanel, attach_documents
from desktop.views.dossier import THUMB, DossierView
from desktop.views.people import PeoplePanel
from desktop.views.workspace import Workspace
from desktop.workers import Jobs

if TYPE_CHECKING:
    from desktop.controllers.window import Host

EXIT_AFTER_PAINT = "SPRAVKA_EXIT_AFTER_FIRST_PAINT"  # for the start-up benchmark


class MainWindow(QMainWindow):
    def __init__(
        self,
        application: Host,
        catalog: Catalog,
        jobs: Jobs,
        edits: commands.Edits,
        settings: Settings,
    ) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.application = application
        self.catalog = catalog
        self.jobs = jobs
        self.edits = edits
        self.settings = settings
        self.detail: PersonDetail | None = None
        self._person_generation = 0
        self._painted = False
        self.setWindowTitle(self.tr("Spravka — %1").replace("%1", labels.folder(catalog.folder)))
        self.setAcceptDrops(True)

        order, descending = settings.people_order
        self.people_model = PeopleModel(catalog, jobs, self)
        self.people_model.order, self.people_model.descending = order, descending
        self.people = PeoplePanel(self.people_model, self)
        self.documents_model = DocumentsModel(catalog, jobs, self)
        self.documents = DocumentsPanel(
            self.documents_model, application.translations.language, self
        )
        # People and Documents side by side as tabs: users start with paper as often as persons.
        self.sides = QTabWidget(self)
        self.sides.setObjectName("sidesTabs")
        self.sides.setAccessibleName(self.tr("People and documents"))
        self.sides.addTab(self.people, self.tr("People"))
        self.sides.addTab(self.documents, self.tr("Documents"))
        self.documents_model.loaded.connect(self._documents_loaded)
        self.dossier = DossierView(self)
        self.workspace = Workspace(catalog, jobs, self)
        self.workspace.words_action.setChecked(settings.show_word_boxes)
        self.workspace.region_reader.languages = lambda: self.settings.ocr_languages

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.sides)
        self.splitter.addWidget(self.dossier)
        self.splitter.addWidget(self.workspace)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 4)
        central = QWidget(self)
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        self.banner = self._make_banner(central)
        column.addWidget(self.banner)
        column.addWidget(self.splitter, 1)
        self.setCentralWidget(central)

        self.editing = Editing(self)
        self.work = Work(self)
        self.files = Files(self)
        self.gedcom_import = GedcomImport(self)
        self.families = FamilyActions(self)
        self.documents_controller = attach_documents(self)
        self.privacy = Privacy(self)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.work.ocr)
        # F6 / Ctrl+Tab from pane to pane: the people list, the dossier, the document.
        self.panes = keyboard.PaneCycler(
            self, lambda: (self.sides.currentWidget(), self.dossier, self.workspace)
        )
        self._make_actions()
        self._make_menus()
        self._make_status_bar()
        self._connect()
        self._restore_layout()
        self.pane_sizes = PaneSizes(self)
        self.set_read_only(catalog.read_only, application.read_only_reason(catalog))
        self.people_model.reload()
        self.documents_model.reload()

    def _documents_loaded(self, _rows: int, unlinked: int) -> None:
        title = (
            self.tr("Documents (%n in the inbox)", "", unlinked)
            if unlinked
            else self.tr("Documents")
        )
        self.sides.setTabText(1, title)

    # -- actions and menus ---------------------------------------------------------------------

    def make_action(
        self, text: str, shortcut: Any = None, slot: Any = None, tip: str = ""
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        if slot is not None:
            action.triggered.connect(slot)
        return action

    def _make_actions(self) -> None:
        action = self.make_action
        self.open_catalog_action = action(
            self.tr("&Open catalogue…"),
            QKeySequence.StandardKey.Open,
            self.application.choose_catalog,
        )
        self.new_catalog_action = action(
            self.tr("&New catalogue…"), None, self.application.choose_new_catalog
        )
        self.sample_action = action(
            self.tr("Open the &sample catalogue"), None, self.application.open_sample
        )
        self.quit_action = action(self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.close)
        self.undo_action = self.edits.stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.edits.stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts(QKeySequence.StandardKey.Redo)  # Ctrl+Y and Ctrl+Shift+Z
        self.find_action = action(
            self.tr("&Find person"), QKeySequence.StandardKey.Find, self.people.focus_filter
        )
        self.find_text_action = action(
            self.tr("Find in &texts"),
            "Ctrl+Shift+F",
            self.people.focus_text_search,
            self.tr("Search the text of pages, claims and notes"),
        )
        self.shortcuts_action = action(
            self.tr("&Keyboard shortcuts"),
            QKeySequence.StandardKey.HelpContents,
            self.show_shortcuts,
        )
        self.about_action = action(self.tr("&About Spravka"), None, self.about)
        self.doctor_action = action(
            self.tr("Check the catalogue's &integrity…"), None, self.check_catalog,
            self.tr("Check the database, every image and the search index; find the way back"),
        )  # fmt: skip
        # The edit actions under the names the tests and the benchmark know.
        editing = self.editing
        self.new_person_action = editing.new_person_action
        self.edit_person_action = editing.edit_person_action
        self.delete_person_action = editing.delete_person_action
        self.add_claim_action = editing.add_claim_action
        self.edit_claim_action = editing.edit_claim_action
        self.delete_claim_action = editing.delete_claim_action

    @staticmethod
    def _fill(menu: QMenu, actions: list[QAction | None]) -> None:
        for item in actions:
            if item is None:
                menu.addSeparator()
            else:
                menu.addAction(item)

    def _make_menus(self) -> None:
        menu = self.menuBar()
        file_menu = menu.addMenu(self.tr("&File"))
        self._fill(
            file_menu,
            [
                self.open_catalog_action,
                self.new_catalog_action,
                self.sample_action,
                None,
                *self.work.file_actions(),
                self.gedcom_import.action,
                None,
            ],
        )
        self.files.add_to(file_menu)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        edit_menu = menu.addMenu(self.tr("&Edit"))
        self._fill(
            edit_menu,
            [self.undo_action, self.redo_action, None, self.find_action, self.find_text_action],
        )
        person_menu = menu.addMenu(self.tr("&Person"))
        self._fill(
            person_menu,
            [*self.editing.person_actions(), None, *self.families.person_actions()],
        )
        person_menu.addSeparator()
        self.privacy.person_menu(person_menu)

        document_menu = menu.addMenu(self.tr("&Document"))
        for item in self.workspace.actions_for_menu():
            if item is None:
                document_menu.addSeparator()
            else:
                document_menu.addAction(item)
                self.addAction(item)
        document_menu.addSeparator()
        document_menu.addAction(self.privacy.document_action)

        self._fill(
            menu.addMenu(self.tr("&Tools")),
            [*self.work.tool_actions(), None, *self.families.tool_actions()],
        )

        view_menu = menu.addMenu(self.tr("&View"))
        self._fill(view_menu, [self.panes.next_action, self.panes.previous_action, None])
        self._add_appearance(view_menu)
        view_menu.addAction(self.privacy.show_action)
        language_menu = view_menu.addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        preference = self.settings.language
        system = QAction(self.tr("System default"), self)
        system.setCheckable(True)
        system.setChecked(preference == "")
        system.triggered.connect(lambda: self.application.set_language(""))
        group.addAction(system)
        language_menu.addAction(system)
        language_menu.addSeparator()
        self.language_actions = {"": system}
        for code, name in LANGUAGES.items():
            item = QAction(name, self)
            item.setCheckable(True)
            item.setChecked(preference == code)
            item.triggered.connect(lambda _=False, c=code: self.application.set_language(c))
            group.addAction(item)
            language_menu.addAction(item)
            self.language_actions[code] = item

        help_menu = menu.addMenu(self.tr("&Help"))
        help_menu.addAction(self.shortcuts_action)
        help_menu.addAction(self.doctor_action)
        help_menu.addAction(self.about_action)

    def _add_appearance(self, view_menu: QMenu) -> None:
        """View ▸ Text size and View ▸ High contrast, kept in the settings."""
        scale = self.settings.text_scale
        size_menu = view_menu.addMenu(self.tr("Text &size"))
        step = appearance.STEP
        application = self.application
        self.larger_text_action = self.make_action(
            self.tr("&Larger"),
            QKeySequence.StandardKey.ZoomIn,
            lambda: application.set_appearance(text_scale=self.settings.text_scale + step),
        )
        self.smaller_text_action = self.make_action(
            self.tr("&Smaller"),
            QKeySequence.StandardKey.ZoomOut,
            lambda: application.set_appearance(text_scale=self.settings.text_scale - step),
        )
        self.normal_text_action = self.make_action(
            self.tr("&Normal size"), "Ctrl+0", lambda: application.set_appearance(text_scale=100)
        )
        self.larger_text_action.setEnabled(scale < appearance.LARGEST)
        self.smaller_text_action.setEnabled(scale > appearance.SMALLEST)
        self._fill(
            size_menu,
            [self.larger_text_action, self.smaller_text_action, self.normal_text_action],
        )
        self.contrast_action = self.make_action(self.tr("&High contrast"))
        self.contrast_action.setCheckable(True)
        self.contrast_action.setChecked(self.settings.high_contrast)
        self.contrast_action.toggled.connect(
            lambda on: application.set_appearance(high_contrast=on)
        )
        view_menu.addAction(self.contrast_action)
        view_menu.addSeparator()

    def _make_banner(self, parent: QWidget) -> QWidget:
        banner = QWidget(parent)
        banner.setObjectName("readOnlyBanner")
        colours = theme.accents()
        banner.setStyleSheet(
            "QWidget#readOnlyBanner {"
            f" background: {theme.css(colours.warning_background)};"
            f" border-bottom: 2px solid {theme.css(colours.warning)}; }}"
        )
        self.banner_text = QLabel(banner)
        self.banner_text.setObjectName("readOnlyText")
        self.banner_text.setWordWrap(True)
        self.banner_text.setTextFormat(Qt.TextFormat.RichText)
        other = QPushButton(self.tr("Open another catalogue…"), banner)
        other.setObjectName("openAnother")
        other.clicked.connect(self.application.choose_catalog)
        row = QHBoxLayout(banner)
        row.setContentsMargins(12, 6, 12, 6)
        row.addWidget(self.banner_text, 1)
        row.addWidget(other)
        banner.hide()
        return banner

    def _make_status_bar(self) -> None:
        status = self.statusBar()
        self.catalog_label = QLabel(
            self.tr("Catalogue: %1").replace("%1", labels.folder(self.catalog.folder)), self
        )
        self.catalog_label.setEnabled(False)
        status.addPermanentWidget(self.catalog_label)
        self.busy = QProgressBar(self)
        self.busy.setObjectName("busyIndicator")
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(120)
        self.busy.setMaximumHeight(14)
        self.busy.hide()
        status.addPermanentWidget(self.busy)

    def _connect(self) -> None:
        editing = self.editing
        self.people.person_selected.connect(self.show_person)
        self.people_model.loaded.connect(self._people_loaded)
        self.people.hit_opened.connect(self.open_hit)
        self.dossier.open_source.connect(self.open_source)
        self.dossier.open_document.connect(lambda doc: self.workspace.open(doc))
        self.dossier.flag_status.connect(editing.set_flag_status)
        self.dossier.add_claim.connect(editing.add_claim)
        self.dossier.edit_claim.connect(editing.edit_claim)
        self.dossier.delete_claim.connect(editing.delete_claim)
        self.dossier.edit_person.connect(editing.edit_person)
        self.dossier.accept_suggestions.connect(editing.accept_suggestions)
        self.dossier.reject_suggestions.connect(editing.reject_suggestions)
        self.workspace.claim_requested.connect(editing.claim_from_selection)
        self.workspace.processing_requested.connect(editing.set_processing)
        self.workspace.deskew_requested.connect(editing.auto_deskew)
        self.workspace.history_requested.connect(editing.show_history)
        self.workspace.propose_requested.connect(editing.propose_claims)
        self.workspace.details_requested.connect(editing.edit_document)
        self.workspace.ocr_requested.connect(lambda doc: self.work.recognise_documents((doc,)))
        self.workspace.page_loaded.connect(lambda _page: self._update_actions())
        self.workspace.saved.connect(lambda _version: self.people.refresh_texts())
        self.workspace.words_action.toggled.connect(
            lambda on: setattr(self.settings, "show_word_boxes", on)
        )
        self.edits.changed.connect(self.apply_change)
        self.edits.failed.connect(self._edit_failed)
        self.jobs.busy_changed.connect(self._busy_changed)
        self._busy_timer = QTimer(self)
        self._busy_timer.setSingleShot(True)
        self._busy_timer.setInterval(400)  # only show the indicator for work a person notices
        self._busy_timer.timeout.connect(lambda: self.busy.setVisible(self.jobs.busy))

    def _edit_failed(self, exc: BaseException) -> None:
        if self.isVisible():
            messages.show_error(self, exc)

    def _busy_changed(self, busy: bool) -> None:
        if busy:
            self._busy_timer.start()
        else:
            self._busy_timer.stop()
            self.busy.hide()

    # -- read-only -----------------------------------------------------------------------------

    @property
    def editable(self) -> bool:
        return not self.catalog.read_only

    @property
    def language(self) -> str:
        return self.application.translations.language

    def set_read_only(self, read_only: bool, reason: str = "") -> None:
        """Show why the catalogue is read-only and disable every action that would change it."""
        self.banner.setVisible(read_only)
        if read_only:
            self.banner_text.setText(
                self.tr(
                    "<b>Read-only.</b> %1 You can read, search and export; nothing can be "
                    "changed here."
                ).replace("%1", html.escape(reason))
            )
            self.setWindowTitle(
                self.tr("Spravka — %1 (read-only)").replace(
                    "%1", labels.folder(self.catalog.folder)
                )
            )
        self.dossier.set_read_only(read_only)
        self.workspace.set_read_only(read_only)
        self._update_actions()

    def _update_actions(self) -> None:
        editable = self.editable
        has_person = self.detail is not None
        has_document = self.workspace.loaded is not None
        self.editing.update_actions(has_person, editable)
        self.families.update_actions(has_person, editable)
        self.work.update_actions(editable)
        self.gedcom_import.set_editable(editable)
        self.files.update_actions(has_person, has_document, editable)
        self.privacy.update_actions(has_person, has_document, editable)
        self.undo_action.setVisible(True)
        if not editable:
            self.undo_action.setEnabled(False)
            self.redo_action.setEnabled(False)

    # -- drops ---------------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.editable and event.mimeData().hasUrls() and drop_paths(event.mimeData().urls()):
            event.acceptProposedAction()

    def dragMoveEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if self.editable and event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = drop_paths(event.mimeData().urls())
        if paths:
            event.acceptProposedAction()
            self.work.import_dropped(paths)

    # -- layout memory -------------------------------------------------------------------------

    def _restore_layout(self) -> None:
        geometry = self.settings.geometry("main")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            first_size(self, 1500, 940)
        state = self.settings.window_state("main")
        if state is not None:
            self.restoreState(state)
        state = self.settings.splitter_state("main")
        if state is None or not self.splitter.restoreState(state):
            self.splitter.setSizes([390, 480, 630])
        state = self.settings.splitter_state("workspace")
        if state is None or not self.workspace.splitter.restoreState(state):
            self.workspace.splitter.setSizes([520, 300])

    def save_layout(self) -> None:
        self.settings.set_geometry("main", self.saveGeometry())
        self.settings.set_window_state("main", self.saveState())
        self.settings.set_splitter_state("main", self.pane_sizes.people_state())
        self.settings.set_splitter_state("workspace", self.workspace.splitter.saveState())
        self.settings.people_order = (self.people_model.order, self.people_model.descending)
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.workspace.confirm_leave():
            event.ignore()
            return
        self.save_layout()
        super().closeEvent(event)

    def event(self, event: QEvent) -> bool:
        result = super().event(event)
        if event.type() == QEvent.Type.Paint or event.type() == QEvent.Type.UpdateRequest:
            self._first_paint()
        return result

    def _first_paint(self) -> None:
        if self._painted:
            return
        self._painted = True
        if os.environ.get(EXIT_AFTER_PAINT):
            # The benchmark reads this line: wall-clock time of the first painted main window.
            print(f"first-paint {time.time():.6f}", flush=True)
            sys.stdout.flush()
            QTimer.singleShot(0, self.close)

    # -- people and dossier --------------------------------------------------------------------

    def show_person(self, person_id: int) -> None:
        self._person_generation += 1
        generation = self._person_generation
        job = self.jobs.read(load_person, self.catalog, person_id)
        job.on_success(self, lambda loaded: self._person_loaded(generation, *loaded))
        job.on_failure(self, lambda exc: self._person_failed(generation, exc))

    def _person_loaded(self, generation: int, detail: PersonDetail, marks: Any = None) -> None:
        if generation != self._person_generation:
            return
        self.detail = detail
        # Private notes, claims and documents stay out of the dossier (catalog.io.privacy).
        self.dossier.show_person(self.privacy.shown(detail, marks))
        self._update_actions()
        ids = [linked.document.id for linked in detail.documents]
        if ids:
            job = self.jobs.read(
                document_thumbnails, self.catalog, ids, (THUMB.width(), THUMB.height())
            )
            job.on_success(self, lambda images: self._thumbnails(generation, images))

    def _thumbnails(self, generation: int, images: dict[int, Any]) -> None:
        if generation == self._person_generation:
            for document_id, image in images.items():
                self.dossier.set_thumbnail(document_id, image)

    def _person_failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._person_generation:
            self.detail = None
            self.dossier.show_empty(messages.describe(exc))
            self._update_actions()

    def _people_loaded(self, rows: int) -> None:
        """An empty catalogue shows how to begin where the dossier would be."""
        if rows == 0 and not self.people_model.query and self.detail is None:
            from desktop.views.start import StartPage

            self.dossier.show_empty()
            self.dossier.setWidget(
                StartPage(
                    [
                        (self.work.import_action, self.tr("Add scans or PDFs of certificates.")),
                        (self.work.scan_action, self.tr("Scan a page with a scanner.")),
                        (
                            self.new_person_action,
                            self.tr("Write down a person and what you know of them."),
                        ),
                        (
                            self.editing.paste_record_action,
                            self.tr("Paste a record from a memorial database or a book."),
                        ),
                    ]
                )
            )
        elif rows and self.detail is None and self.dossier.widget().objectName() == "startPage":
            self.dossier.show_empty()

    def forget_person(self) -> None:
        """The shown person is going away (deleted): empty the dossier."""
        self.detail = None
        self.dossier.show_empty()
        self._update_actions()

    def open_source(self, claim: ClaimView | None) -> None:
        if claim is not None and claim.document_id is not None:
            self.workspace.open(claim.document_id, claim.page_id, claim.region)

    def open_hit(self, hit: TextHit) -> None:
        """A search hit: the page with the found words outlined, or the person's dossier."""
        if hit.opens_page and hit.document_id is not None:
            self.workspace.open(hit.document_id, hit.page_id, hit.box)
        shown = self.detail.id if self.detail is not None else None
        if (
            hit.person_id is not None
            and hit.person_id != shown
            and not self.people.select_person(hit.person_id)
        ):
            self.show_person(hit.person_id)

    def refresh_all(self) -> None:
        """Read the lists and the shown person again (after an import, the checks…)."""
        self.people_model.reload()
        self.documents_model.reload()
        self.people.refresh_texts()
        if self.detail is not None:
            self.show_person(self.detail.id)

    def apply_change(self, change: commands.Change) -> None:
        if change.people_list:
            self.people_model.reload()
        else:
            self.people_model.refresh_rows(set(change.persons))
        target = change.select_person
        if target is not None:
            shown = self.detail.id if self.detail is not None else None
            if target == shown or not self.people.select_person(target):
                self.show_person(target)
        elif self.detail is not None and self.detail.id in change.persons:
            self.show_person(self.detail.id)
        loaded = self.workspace.loaded
        if loaded is not None and loaded.page.id in change.pages:
            self.workspace.reload()
            # The dossier's thumbnails show pages as processed: fetch them again.
            shown = self.detail.id if self.detail is not None else None
            if (
                shown is not None
                and shown not in change.persons
                and any(linked.person.id == shown for linked in loaded.document.persons)
            ):
                self.show_person(shown)
        if change.persons:
            self.people.refresh_texts()

    # -- help ----------------------------------------------------------------------------------

    def all_actions(self) -> list[QAction]:
        found: list[QAction] = []

        def walk(menu: QMenu) -> None:
            for item in menu.actions():
                if item.menu() is not None:
                    walk(item.menu())
                elif not item.isSeparator() and item not in found:
                    found.append(item)

        for menu_action in self.menuBar().actions():
            if menu_action.menu() is not None:
                walk(menu_action.menu())
        return found

    def show_shortcuts(self) -> None:
        ShortcutsDialog(self, self.all_actions()).exec()

    def check_catalog(self) -> None:
        from desktop.dialogs.doctor import DoctorDialog

        self.doctor_dialog = DoctorDialog(self, self.jobs, self.catalog.folder)
        self.doctor_dialog.restored.connect(self.files._offer_open)
        self.doctor_dialog.show()

    def about(self) -> None:
        from desktop.dialogs.about import AboutDialog

        self.about_dialog = AboutDialog(self, self.jobs)
        self.about_dialog.exec()
