"""The main window: people list, the selected person's dossier, and the document workspace.

The window owns no data: it asks workers for snapshots (a person's dossier, a page) and turns the
person's actions into undoable commands (`desktop.commands`). The import dialog, the OCR queue,
search, checks and exports join the menus as the services behind them arrive.
"""

from __future__ import annotations

import os
import sys
import time
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QSplitter,
)

from catalog.db import Catalog
from catalog.services import persons, transcriptions
from catalog.services.claims import ClaimFields
from catalog.services.persons import PersonFields
from catalog.services.views import ClaimView, PersonDetail
from desktop import commands, labels, messages
from desktop.dates_input import guess_date
from desktop.dialogs.claim import Citation, ClaimDialog
from desktop.dialogs.history import HistoryDialog
from desktop.dialogs.person import PersonDialog
from desktop.dialogs.shortcuts import ShortcutsDialog
from desktop.i18n import LANGUAGES
from desktop.models.people import PeopleModel
from desktop.pages import document_thumbnails
from desktop.settings import Settings
from desktop.views.dossier import THUMB, DossierView
from desktop.views.people import PeoplePanel
from desktop.views.workspace import ClaimDraft, Workspace
from desktop.workers import Jobs

if TYPE_CHECKING:
    from desktop.app import Application

EXIT_AFTER_PAINT = "SPRAVKA_EXIT_AFTER_FIRST_PAINT"  # for the start-up benchmark


class MainWindow(QMainWindow):
    def __init__(
        self,
        application: Application,
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

        order, descending = settings.people_order
        self.people_model = PeopleModel(catalog, jobs, self)
        self.people_model.order, self.people_model.descending = order, descending
        self.people = PeoplePanel(self.people_model, self)
        self.dossier = DossierView(self)
        self.workspace = Workspace(catalog, jobs, self)
        self.workspace.words_action.setChecked(settings.show_word_boxes)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.people)
        self.splitter.addWidget(self.dossier)
        self.splitter.addWidget(self.workspace)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 4)
        self.setCentralWidget(self.splitter)

        self._make_actions()
        self._make_menus()
        self._make_status_bar()
        self._connect()
        self._restore_layout()
        self.people_model.reload()

    # -- actions and menus ---------------------------------------------------------------------

    def _action(self, text: str, shortcut: Any = None, slot: Any = None, tip: str = "") -> QAction:
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
        self.open_catalog_action = self._action(
            self.tr("&Open catalogue…"),
            QKeySequence.StandardKey.Open,
            self.application.choose_catalog,
        )
        self.new_catalog_action = self._action(
            self.tr("&New catalogue…"), None, self.application.choose_new_catalog
        )
        self.sample_action = self._action(
            self.tr("Open the &sample catalogue"), None, self.application.open_sample
        )
        self.quit_action = self._action(self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.close)
        self.undo_action = self.edits.stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.edits.stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        self.find_action = self._action(
            self.tr("&Find person"), QKeySequence.StandardKey.Find, self.people.focus_filter
        )
        self.new_person_action = self._action(
            self.tr("&New person…"), QKeySequence.StandardKey.New, self.new_person
        )
        self.edit_person_action = self._action(self.tr("&Edit person…"), "F2", self.edit_person)
        self.delete_person_action = self._action(
            self.tr("&Delete person"), "Ctrl+Shift+Delete", self.delete_person
        )
        self.add_claim_action = self._action(self.tr("&Add claim…"), "Ctrl+Shift+N", self.add_claim)
        self.edit_claim_action = self._action(
            self.tr("Edit &claim…"), "Ctrl+E", self.edit_current_claim
        )
        self.delete_claim_action = self._action(
            self.tr("De&lete claim"), QKeySequence.StandardKey.Delete, self.delete_current_claim
        )
        # Delete acts on the timeline only, so that it keeps deleting text everywhere else.
        self.delete_claim_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.dossier.addAction(self.delete_claim_action)
        self.shortcuts_action = self._action(
            self.tr("&Keyboard shortcuts"),
            QKeySequence.StandardKey.HelpContents,
            self.show_shortcuts,
        )
        self.about_action = self._action(self.tr("&About Spravka"), None, self.about)

    def _make_menus(self) -> None:
        menu = self.menuBar()
        file_menu = menu.addMenu(self.tr("&File"))
        for action in (self.open_catalog_action, self.new_catalog_action, self.sample_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        edit_menu = menu.addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.find_action)

        person_menu = menu.addMenu(self.tr("&Person"))
        for action in (
            self.new_person_action,
            self.edit_person_action,
            self.delete_person_action,
            None,
            self.add_claim_action,
            self.edit_claim_action,
            self.delete_claim_action,
        ):
            if action is None:
                person_menu.addSeparator()
            else:
                person_menu.addAction(action)

        document_menu = menu.addMenu(self.tr("&Document"))
        for action in self.workspace.actions_for_menu():
            if action is None:
                document_menu.addSeparator()
            else:
                document_menu.addAction(action)
                self.addAction(action)

        view_menu = menu.addMenu(self.tr("&View"))
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
            action = QAction(name, self)
            action.setCheckable(True)
            action.setChecked(preference == code)
            action.triggered.connect(lambda _=False, c=code: self.application.set_language(c))
            group.addAction(action)
            language_menu.addAction(action)
            self.language_actions[code] = action

        help_menu = menu.addMenu(self.tr("&Help"))
        help_menu.addAction(self.shortcuts_action)
        help_menu.addAction(self.about_action)

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
        self.people.person_selected.connect(self.show_person)
        self.dossier.open_source.connect(self.open_source)
        self.dossier.open_document.connect(lambda doc: self.workspace.open(doc))
        self.dossier.flag_status.connect(self.set_flag_status)
        self.dossier.add_claim.connect(self.add_claim)
        self.dossier.edit_claim.connect(self.edit_claim)
        self.dossier.delete_claim.connect(self.delete_claim)
        self.dossier.edit_person.connect(self.edit_person)
        self.workspace.claim_requested.connect(self.claim_from_selection)
        self.workspace.processing_requested.connect(self.set_processing)
        self.workspace.history_requested.connect(self.show_history)
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
        self._update_person_actions()

    def _edit_failed(self, exc: BaseException) -> None:
        if self.isVisible():
            messages.show_error(self, exc)

    def _busy_changed(self, busy: bool) -> None:
        if busy:
            self._busy_timer.start()
        else:
            self._busy_timer.stop()
            self.busy.hide()

    # -- layout memory -------------------------------------------------------------------------

    def _restore_layout(self) -> None:
        geometry = self.settings.geometry("main")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1500, 940)
        state = self.settings.splitter_state("main")
        if state is None or not self.splitter.restoreState(state):
            self.splitter.setSizes([340, 500, 660])
        state = self.settings.splitter_state("workspace")
        if state is None or not self.workspace.splitter.restoreState(state):
            self.workspace.splitter.setSizes([520, 300])

    def save_layout(self) -> None:
        self.settings.set_geometry("main", self.saveGeometry())
        self.settings.set_splitter_state("main", self.splitter.saveState())
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
        job = self.jobs.read(persons.get_person, self.catalog, person_id)
        job.on_success(self, lambda detail: self._person_loaded(generation, detail))
        job.on_failure(self, lambda exc: self._person_failed(generation, exc))

    def _person_loaded(self, generation: int, detail: PersonDetail) -> None:
        if generation != self._person_generation:
            return
        self.detail = detail
        self.dossier.show_person(detail)
        self._update_person_actions()
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
            self._update_person_actions()

    def _update_person_actions(self) -> None:
        has_person = self.detail is not None
        for action in (
            self.edit_person_action,
            self.delete_person_action,
            self.add_claim_action,
            self.edit_claim_action,
            self.delete_claim_action,
        ):
            action.setEnabled(has_person)

    def open_source(self, claim: ClaimView) -> None:
        if claim.document_id is not None:
            self.workspace.open(claim.document_id, claim.page_id, claim.region)

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
        if self.workspace.loaded is not None and self.workspace.loaded.page.id in change.pages:
            self.workspace.reload()

    # -- persons -------------------------------------------------------------------------------

    def new_person(self) -> None:
        dialog = PersonDialog(self, self.tr("New person"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        values = PersonFields(**dialog.values())
        name = " ".join(p for p in (values.surname, values.given_name, values.patronymic) if p)
        self.edits.push(
            commands.AddPerson(self.edits, self.tr("Add %1").replace("%1", name), values)
        )

    def edit_person(self) -> None:
        if self.detail is None:
            return
        dialog = PersonDialog(self, self.tr("Edit person"), self.detail)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        new = dialog.values()
        summary = self.detail.summary
        old = {
            "surname": summary.surname,
            "given_name": summary.given_name,
            "patronymic": summary.patronymic,
            "sex": summary.sex,
            "birth": summary.birth,
            "birth_place": summary.birth_place,
            "nationality": self.detail.nationality,
            "occupation": self.detail.occupation,
            "residence": self.detail.residence,
            "notes": self.detail.notes,
        }
        changed_new = {k: v for k, v in new.items() if old.get(k) != v}
        if not changed_new:
            return
        changed_old = {k: old[k] for k in changed_new}
        self.edits.push(
            commands.EditPerson(
                self.edits,
                self.tr("Edit %1").replace("%1", summary.full_name),
                summary.id,
                changed_old,
                changed_new,
            )
        )

    def delete_person(self) -> None:
        if self.detail is None:
            return
        name = self.detail.summary.full_name
        answer = QMessageBox.question(
            self,
            self.tr("Delete person"),
            self.tr(
                "Delete %1 with all their claims and flags? Their documents stay in the "
                "catalogue. You can undo this with %2."
            )
            .replace("%1", name)
            .replace(
                "%2",
                QKeySequence(QKeySequence.StandardKey.Undo).toString(
                    QKeySequence.SequenceFormat.NativeText
                ),
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        person_id = self.detail.id
        self.detail = None
        self.dossier.show_empty()
        self._update_person_actions()
        self.edits.push(
            commands.DeletePerson(self.edits, self.tr("Delete %1").replace("%1", name), person_id)
        )

    # -- claims --------------------------------------------------------------------------------

    def add_claim(self) -> None:
        if self.detail is None:
            return
        dialog = ClaimDialog(
            self, title=self.tr("New claim about %1").replace("%1", self.detail.summary.full_name)
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self._push_add_claim(self.detail.id, dialog.values())

    def claim_from_selection(self, draft: ClaimDraft) -> None:
        loaded = self.workspace.loaded
        if loaded is None:
            return
        people = [(p.person.id, p.person.full_name) for p in loaded.document.persons]
        people = list(dict(people).items())
        if self.detail is not None and self.detail.id not in dict(people):
            people.append((self.detail.id, self.detail.summary.full_name))
        if self.detail is not None:
            people.sort(key=lambda p: p[0] != self.detail.id)
        if not people:
            QMessageBox.information(
                self,
                self.tr("Create claim"),
                self.tr("Choose the person this document is about in the list first."),
            )
            return
        summary = loaded.document.summary
        description = labels.document_kind(summary.kind)
        if summary.issued:
            description += self.tr(" of %1").replace("%1", labels.date(summary.issued))
        description += self.tr(", page %1").replace("%1", str(loaded.page.seq))
        dialog = ClaimDialog(
            self,
            title=self.tr("New claim from the selected words"),
            persons=people,
            date=guess_date(draft.quote),
            quote=draft.quote,
            citation=Citation(draft.document_id, draft.page_id, draft.region, description),
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self._push_add_claim(dialog.person_id() or people[0][0], dialog.values())

    def _push_add_claim(self, person_id: int, values: dict[str, Any]) -> None:
        fields = ClaimFields(**values)
        text = self.tr("Add claim: %1").replace("%1", labels.claim_kind(fields.kind))
        self.edits.push(commands.AddClaim(self.edits, text, person_id, fields))

    def edit_current_claim(self) -> None:
        claim_id = self.dossier.current_claim_id()
        if claim_id is not None:
            self.edit_claim(claim_id)

    def edit_claim(self, claim_id: int) -> None:
        claim = self.dossier.claim(claim_id)
        if claim is None or self.detail is None:
            return
        dialog = ClaimDialog(self, title=self.tr("Edit claim"), claim=claim)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        new = dialog.values()
        old = {name: getattr(claim, name) for name in new}
        changed = {k: v for k, v in new.items() if old[k] != v}
        if not changed:
            return
        self.edits.push(
            commands.EditClaim(
                self.edits,
                self.tr("Edit claim: %1").replace("%1", labels.claim_kind(claim.kind)),
                self.detail.id,
                claim_id,
                {k: old[k] for k in changed},
                changed,
            )
        )

    def delete_current_claim(self) -> None:
        claim_id = self.dossier.current_claim_id()
        if claim_id is not None:
            self.delete_claim(claim_id)

    def delete_claim(self, claim_id: int) -> None:
        claim = self.dossier.claim(claim_id)
        if claim is None or self.detail is None:
            return
        self.edits.push(
            commands.DeleteClaim(
                self.edits,
                self.tr("Delete claim: %1").replace("%1", labels.claim_kind(claim.kind)),
                self.detail.id,
                claim_id,
            )
        )

    def set_flag_status(self, flag_id: int, old: str, new: str) -> None:
        if self.detail is None:
            return
        text = {
            "confirmed": self.tr("Confirm flag"),
            "dismissed": self.tr("Dismiss flag"),
        }.get(new, self.tr("Review flag again"))
        self.edits.push(commands.SetFlagStatus(self.edits, text, self.detail.id, flag_id, old, new))

    # -- pages ---------------------------------------------------------------------------------

    def set_processing(self, page_id: int, old: dict[str, Any], new: dict[str, Any]) -> None:
        if old.get("rotation", 0) != new.get("rotation", 0):
            text = self.tr("Rotate page")
        elif new.get("crop"):
            text = self.tr("Crop page")
        else:
            text = self.tr("Undo crop")
        self.edits.push(commands.SetProcessing(self.edits, text, page_id, old, new))

    def show_history(self, page_id: int) -> None:
        job = self.jobs.read(transcriptions.transcription_history, self.catalog, page_id)
        job.on_success(self, self._history_loaded)
        job.on_failure(self, lambda exc: messages.show_error(self, exc))

    def _history_loaded(self, versions: list[Any]) -> None:
        dialog = HistoryDialog(self, versions)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.chosen_text is not None:
            self.workspace.use_text(dialog.chosen_text)

    # -- help ----------------------------------------------------------------------------------

    def all_actions(self) -> list[QAction]:
        found: list[QAction] = []
        for menu_action in self.menuBar().actions():
            menu = menu_action.menu()
            if menu is None:
                continue
            for action in menu.actions():
                if action.menu() is not None:
                    continue
                if not action.isSeparator() and action not in found:
                    found.append(action)
        return found

    def show_shortcuts(self) -> None:
        ShortcutsDialog(self, self.all_actions()).exec()

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Spravka"),
            self.tr(
                "<p><b>Spravka</b> — a catalogue of archival certificates on victims of Soviet "
                "political repression.</p><p>It keeps every document, its text and what it "
                "claims, and shows where the documents contradict each other. It works offline: "
                "nothing leaves this computer.</p>"
            ),
        )
