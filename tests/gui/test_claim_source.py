"""The claim dialog's source picker: the open document is the default, with its pages; "no
document" makes the claim the researcher's own conclusion."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from catalog.services import claims
from desktop.dialogs.claim import ClaimDialog
from tests.gui.test_workspace import open_death_certificate


def _add(qtbot, window, monkeypatch, choose) -> claims.ClaimView:  # type: ignore[no-untyped-def]
    before = {c.id for c in window.detail.claims}
    seen = {}

    def fill(dialog: ClaimDialog) -> int:
        picker = dialog.source_picker
        assert picker is not None
        seen["default"] = picker.document.currentData()
        seen["pages"] = picker.page.count()
        assert picker.document.accessibleName() and picker.page.accessibleName()
        dialog.kind.setCurrentIndex(dialog.kind.findData("burial"))
        dialog.date.setText("1938")
        choose(picker)
        dialog.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ClaimDialog, "exec", fill)
    person = window.detail.id
    window.add_claim_action.trigger()
    qtbot.waitUntil(lambda: len(claims.list_claims(window.catalog, person)) > len(before))
    added = [c for c in claims.list_claims(window.catalog, person) if c.id not in before]
    return added[0], seen


def test_the_open_document_is_the_default_source(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    workspace, _death = open_death_certificate(qtbot, window)
    document = workspace.loaded.document.summary.id
    page = workspace.loaded.page.id

    def page_one(picker) -> None:  # type: ignore[no-untyped-def]
        picker.page.setCurrentIndex(picker.page.findData(page))

    claim, seen = _add(qtbot, window, monkeypatch, page_one)
    assert seen["default"] == document and seen["pages"] >= 2  # "whole document" + its pages
    assert (claim.document_id, claim.page_id) == (document, page)


def test_no_document_is_the_researchers_own_conclusion(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    open_death_certificate(qtbot, window)

    def no_document(picker) -> None:  # type: ignore[no-untyped-def]
        picker.document.setCurrentIndex(0)
        assert "own conclusion" in picker.note.text()

    claim, _seen = _add(qtbot, window, monkeypatch, no_document)
    assert claim.document_id is None and claim.is_conclusion
