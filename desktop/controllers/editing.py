"""The person's edits from the Person and Document menus and the dossier, as undoable commands.

Each handler asks what is needed (a dialog), then pushes a command (`desktop.commands`) whose
service calls run on the writer thread. Nothing here reads the catalogue: the dossier's snapshot
(`window.detail`) and the workspace's loaded page say what is shown.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMessageBox

from catalog.services import transcriptions
from catalog.services.claims import ClaimFields
from catalog.services.persons import PersonFields
from desktop import commands, labels, messages
from desktop.dates_input import guess_claim
from desktop.dialogs.claim import Citation, ClaimDialog
from desktop.dialogs.claim_source import claim_sources
from desktop.dialogs.history import HistoryDialog
from desktop.dialogs.person import PersonDialog
from desktop.views.workspace import ClaimDraft

if TYPE_CHECKING:
    from desktop.controllers.window import Window


def propose(catalog: Any, page_id: int, person_id: int | None) -> Any:
    """In the writer: store the claims a page's text states, as suggestions."""
    from catalog.extract import propose_claims

    return propose_claims(catalog, page_id, person_id)


class Editing(QObject):
    def __init__(self, window: Window) -> None:
        super().__init__(window)
        self.window = window
        self.edits = window.edits
        self._make_actions()

    def _make_actions(self) -> None:
        action = self.window.make_action
        self.new_person_action = action(
            self.tr("&New person…"), QKeySequence.StandardKey.New, self.new_person
        )
        self.edit_person_action = action(self.tr("&Edit person…"), "F2", self.edit_person)
        self.delete_person_action = action(
            self.tr("&Delete person"), "Ctrl+Shift+Delete", self.delete_person
        )
        self.add_claim_action = action(self.tr("&Add claim…"), "Ctrl+Shift+N", self.add_claim)
        self.edit_claim_action = action(self.tr("Edit &claim…"), "Ctrl+E", self.edit_current_claim)
        self.delete_claim_action = action(
            self.tr("De&lete claim"), QKeySequence.StandardKey.Delete, self.delete_current_claim
        )
        # Delete acts on the timeline only, so that it keeps deleting text everywhere else.
        self.delete_claim_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.window.dossier.addAction(self.delete_claim_action)
        self.paste_record_action = action(
            self.tr("&Paste a record…"),
            "Ctrl+Shift+V",
            self.paste_record,
            self.tr("Read a Memorial or Book-of-Memory record into a person and claims"),
        )

    def person_actions(self) -> list[QAction | None]:
        return [
            self.new_person_action,
            self.edit_person_action,
            self.delete_person_action,
            None,
            self.add_claim_action,
            self.edit_claim_action,
            self.delete_claim_action,
            None,
            self.paste_record_action,
        ]

    def update_actions(self, has_person: bool, editable: bool) -> None:
        for item in (
            self.edit_person_action,
            self.delete_person_action,
            self.add_claim_action,
            self.edit_claim_action,
            self.delete_claim_action,
        ):
            item.setEnabled(has_person and editable)
        self.new_person_action.setEnabled(editable)
        self.paste_record_action.setEnabled(editable)

    # -- persons -------------------------------------------------------------------------------

    def new_person(self) -> None:
        dialog = PersonDialog(self.window, self.tr("New person"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        values = PersonFields(**dialog.values())
        name = " ".join(p for p in (values.surname, values.given_name, values.patronymic) if p)
        self.edits.push(
            commands.AddPerson(self.edits, self.tr("Add %1").replace("%1", name), values)
        )

    def edit_person(self) -> None:
        detail = self.window.detail
        if detail is None:
            return
        dialog = PersonDialog(self.window, self.tr("Edit person"), detail)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        new = dialog.values()
        summary = detail.summary
        old = {
            "surname": summary.surname,
            "given_name": summary.given_name,
            "patronymic": summary.patronymic,
            "sex": summary.sex,
            "birth": summary.birth,
            "birth_place": summary.birth_place,
            "nationality": detail.nationality,
            "occupation": detail.occupation,
            "residence": detail.residence,
            "notes": detail.notes,
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
        detail = self.window.detail
        if detail is None:
            return
        name = detail.summary.full_name
        answer = QMessageBox.question(
            self.window,
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
        self.window.forget_person()
        self.edits.push(
            commands.DeletePerson(self.edits, self.tr("Delete %1").replace("%1", name), detail.id)
        )

    def paste_record(self) -> None:
        from desktop.dialogs.record import RecordDialog

        detail = self.window.detail
        person = (detail.id, detail.summary.full_name) if detail is not None else None
        dialog = RecordDialog(self.window, person)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        record = dialog.record()
        if record is None:
            return
        person_id = dialog.person_id()
        name = person[1] if person_id is not None and person else record.full_name
        self.edits.push(
            commands.AddRecord(
                self.edits, self.tr("Add the record of %1").replace("%1", name), record, person_id
            )
        )

    # -- claims --------------------------------------------------------------------------------

    def add_claim(self) -> None:
        detail = self.window.detail
        if detail is None:
            return
        sources, open_document = claim_sources(self.window)
        dialog = ClaimDialog(
            self.window,
            title=self.tr("New claim about %1").replace("%1", detail.summary.full_name),
            sources=sources,
            source_document=open_document,
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self._push_add_claim(detail.id, dialog.values())

    def claim_from_selection(self, draft: ClaimDraft) -> None:
        loaded = self.window.workspace.loaded
        detail = self.window.detail
        if loaded is None:
            return
        people = [(p.person.id, p.person.full_name) for p in loaded.document.persons]
        people = list(dict(people).items())
        if detail is not None and detail.id not in dict(people):
            people.append((detail.id, detail.summary.full_name))
        if detail is not None:
            people.sort(key=lambda p: p[0] != detail.id)
        if not people:
            QMessageBox.information(
                self.window,
                self.tr("Create claim"),
                self.tr("Choose the person this document is about in the list first."),
            )
            return
        summary = loaded.document.summary
        description = labels.document_kind(summary.kind)
        if summary.issued:
            description += self.tr(" of %1").replace("%1", labels.date(summary.issued))
        description += self.tr(", page %1").replace("%1", str(loaded.page.seq))
        guess = guess_claim(draft.quote)
        dialog = ClaimDialog(
            self.window,
            title=self.tr("New claim from the selected words"),
            persons=people,
            kind=guess.kind,
            date=guess.date,
            quote=draft.quote,
            fields=guess.fields,
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
        claim_id = self.window.dossier.current_claim_id()
        if claim_id is not None:
            self.edit_claim(claim_id)

    def edit_claim(self, claim_id: int) -> None:
        claim = self.window.dossier.claim(claim_id)
        detail = self.window.detail
        if claim is None or detail is None:
            return
        sources, _open = claim_sources(self.window)
        dialog = ClaimDialog(self.window, title=self.tr("Edit claim"), claim=claim, sources=sources)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        new = dialog.values()
        old = {name: getattr(claim, name) for name in new}
        if old.get("region") is not None:
            old["region"] = list(old["region"])  # the dialog gives a list, the view a tuple
        changed = {k: v for k, v in new.items() if old[k] != v}
        if not changed:
            return
        self.edits.push(
            commands.EditClaim(
                self.edits,
                self.tr("Edit claim: %1").replace("%1", labels.claim_kind(claim.kind)),
                detail.id,
                claim_id,
                {k: old[k] for k in changed},
                changed,
            )
        )

    def delete_current_claim(self) -> None:
        claim_id = self.window.dossier.current_claim_id()
        if claim_id is not None:
            self.delete_claim(claim_id)

    def delete_claim(self, claim_id: int) -> None:
        claim = self.window.dossier.claim(claim_id)
        detail = self.window.detail
        if claim is None or detail is None:
            return
        self.edits.push(
            commands.DeleteClaim(
                self.edits,
                self.tr("Delete claim: %1").replace("%1", labels.claim_kind(claim.kind)),
                detail.id,
                claim_id,
            )
        )

    def set_flag_status(self, flag_id: int, old: str, new: str) -> None:
        detail = self.window.detail
        if detail is None:
            return
        text = {
            "confirmed": self.tr("Confirm flag"),
            "dismissed": self.tr("Dismiss flag"),
        }.get(new, self.tr("Review flag again"))
        self.edits.push(commands.SetFlagStatus(self.edits, text, detail.id, flag_id, old, new))

    # -- suggestions ---------------------------------------------------------------------------

    def accept_suggestions(self, claim_ids: tuple[int, ...]) -> None:
        detail = self.window.detail
        if detail is None or not claim_ids:
            return
        text = self.tr("Accept %n suggested claim(s)", "", len(claim_ids))
        self.edits.push(commands.AcceptClaims(self.edits, text, detail.id, tuple(claim_ids)))

    def reject_suggestions(self, claim_ids: tuple[int, ...]) -> None:
        detail = self.window.detail
        if detail is None or not claim_ids:
            return
        text = self.tr("Reject %n suggested claim(s)", "", len(claim_ids))
        self.edits.push(commands.DeleteClaims(self.edits, text, detail.id, tuple(claim_ids)))

    def propose_claims(self, document_id: int, page_id: int) -> None:
        """Read the page for claims; they arrive as suggestions in the subject's dossier."""
        loaded = self.window.workspace.loaded
        detail = self.window.detail
        person_id = None
        if loaded is not None:
            subjects = {p.person.id for p in loaded.document.persons if p.role == "subject"}
            if detail is not None and (detail.id in subjects or not subjects):
                person_id = detail.id
            elif len(subjects) == 1:
                person_id = next(iter(subjects))
            if person_id is None and not subjects:
                QMessageBox.information(
                    self.window,
                    self.tr("Propose claims"),
                    self.tr("Choose the person this document is about in the list first."),
                )
                return
        job = self.window.jobs.write(propose, self.window.catalog, page_id, person_id)
        job.on_success(self, self._proposed)
        job.on_failure(
            self, lambda exc: messages.show_error(self.window, exc, self.tr("Propose claims"))
        )

    def _proposed(self, claims: list[Any]) -> None:
        if not claims:
            self.window.statusBar().showMessage(
                self.tr("Nothing new to propose from this page."), 6000
            )
            return
        person_id = claims[0].person_id
        text = self.tr("Propose %n claim(s) from the page", "", len(claims))
        self.edits.push(
            commands.ProposeClaims(self.edits, text, person_id, tuple(c.id for c in claims))
        )
        self.window.statusBar().showMessage(
            self.tr("%n claim(s) proposed: accept or reject them in the dossier.", "", len(claims)),
            8000,
        )

    # -- pages ---------------------------------------------------------------------------------

    def set_processing(self, page_id: int, old: dict[str, Any], new: dict[str, Any]) -> None:
        changed = {k for k in set(old) | set(new) if old.get(k) != new.get(k)}
        if "rotation" in changed:
            text = self.tr("Rotate page")
        elif changed == {"crop"}:
            text = self.tr("Crop page") if new.get("crop") else self.tr("Undo crop")
        elif changed == {"deskew"} or changed == {"deskew", "crop"}:
            text = self.tr("Straighten page")
        else:
            text = self.tr("Adjust page image")
        self.edits.push(commands.SetProcessing(self.edits, text, page_id, old, new))

    def auto_deskew(self, page_id: int, old: dict[str, Any]) -> None:
        self.edits.push(commands.AutoDeskew(self.edits, self.tr("Straighten page"), page_id, old))

    def edit_document(self, document: Any) -> None:
        from desktop.dialogs.document import DocumentDialog

        dialog = DocumentDialog(self.window, document)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        old, new = dialog.current(), dialog.values()
        changed = {k for k in new if new[k] != old[k]}
        if not changed:
            return
        touched = commands.Change(
            persons=frozenset(linked.person.id for linked in document.persons),
            pages=frozenset(page.id for page in document.pages),
        )
        name = document.summary.title or labels.document_kind(document.summary.kind)
        self.edits.push(
            commands.EditDocument(
                self.edits,
                self.tr("Edit %1").replace("%1", name),
                document.summary.id,
                {k: old[k] for k in changed},
                {k: new[k] for k in changed},
                touched,
            )
        )

    def show_history(self, page_id: int) -> None:
        job = self.window.jobs.read(
            transcriptions.transcription_history, self.window.catalog, page_id
        )
        job.on_success(self, self._history_loaded)
        job.on_failure(self, lambda exc: messages.show_error(self.window, exc))

    def _history_loaded(self, versions: list[Any]) -> None:
        dialog = HistoryDialog(self.window, versions)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.chosen_text is not None:
            self.window.workspace.use_text(dialog.chosen_text)
