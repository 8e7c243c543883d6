"""Privacy marks in the window: a private claim or notes leave the dossier (unless View ▸ Show
private items), living or deceased by hand, a private document; every mark can be undone."""

from __future__ import annotations

from catalog.services.privacy import document_is_private, person_privacy
from tests.support.gui import select


def claims_shown(window) -> set[int]:  # type: ignore[no-untyped-def]
    return {claim.id for claim in window.dossier.detail.claims}


def test_a_private_claim_leaves_the_dossier_and_comes_back(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    select(qtbot, window, "Карпенко")
    privacy = window.privacy
    claim = next(c for c in window.detail.claims if c.kind == "death")
    window.dossier.select_claim(claim.id)
    privacy.update_checks()
    assert privacy.claim_action.isEnabled() and not privacy.claim_action.isChecked()
    privacy.claim_action.trigger()
    qtbot.waitUntil(lambda: claim.id not in claims_shown(window))
    assert claim.id in person_privacy(window.catalog, window.detail.id).private_claims
    # The researcher may look at private items for the session.
    privacy.show_action.trigger()
    qtbot.waitUntil(lambda: claim.id in claims_shown(window))
    privacy.show_action.trigger()
    qtbot.waitUntil(lambda: claim.id not in claims_shown(window))
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: claim.id in claims_shown(window))
    assert not person_privacy(window.catalog, window.detail.id).private_claims


def test_notes_private_and_living_by_hand(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    select(qtbot, window, "Карпенко")
    privacy = window.privacy
    person_id = window.detail.id
    privacy.notes_action.trigger()
    qtbot.waitUntil(lambda: person_privacy(window.catalog, person_id).notes_private)
    qtbot.waitUntil(lambda: window.privacy.marks is not None and window.privacy.marks.notes_private)
    assert window.dossier.detail.notes == ""
    privacy.living_actions[True].trigger()
    qtbot.waitUntil(lambda: person_privacy(window.catalog, person_id).living_mark is True)
    qtbot.waitUntil(lambda: privacy.marks.living_mark is True)  # the dossier reloaded
    privacy.update_checks()
    assert privacy.living_actions[True].isChecked()
    privacy.living_actions[None].trigger()
    qtbot.waitUntil(lambda: person_privacy(window.catalog, person_id).living_mark is None)


def test_a_document_marked_private(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    select(qtbot, window, "Карпенко")
    window.open_source(next(c for c in window.detail.claims if c.kind == "death"))
    qtbot.waitUntil(lambda: window.workspace.loaded is not None)
    privacy = window.privacy
    qtbot.waitUntil(lambda: privacy.document_private is False)
    assert privacy.document_action.isEnabled()
    document_id = window.workspace.loaded.document.summary.id
    privacy.document_action.trigger()
    qtbot.waitUntil(lambda: document_is_private(window.catalog, document_id))
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: not document_is_private(window.catalog, document_id))
    qtbot.waitUntil(lambda: not privacy.document_action.isChecked())


def test_the_export_dialog_offers_the_living_choice(qtbot, window, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QFileDialog

    from catalog.io.privacy import ExportPolicy, Living
    from desktop.dialogs import export_privacy
    from desktop.dialogs.export_privacy import ExportPrivacyDialog

    dialog = ExportPrivacyDialog(None, "Export")
    qtbot.addWidget(dialog)
    assert dialog.policy() == ExportPolicy(Living.NAME_ONLY, include_private=False)
    dialog.buttons[Living.EXCLUDE].setChecked(True)
    dialog.include_private.setChecked(True)
    assert dialog.policy() == ExportPolicy(Living.EXCLUDE, include_private=True)

    # The chosen policy reaches the export: everyone left out but the dead.
    target = tmp_path / "family.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    chosen = ExportPolicy(Living.EXCLUDE)
    monkeypatch.setattr(export_privacy, "ask_export_policy", lambda *a, **k: chosen)
    select(qtbot, window, "Карпенко")
    from catalog.services.privacy import set_living

    set_living(window.catalog, window.detail.id, True)
    window.files.json_action.trigger()
    task = window.files.tasks[-1]
    with qtbot.waitSignal(task.job.finished, timeout=30_000):
        pass
    assert task.error is None and task.result["persons"] == 3
    import json

    listed = {person["id"] for person in json.loads(target.read_text("utf-8"))["persons"]}
    assert len(listed) == 3 and str(window.detail.id) not in listed


def test_the_import_dialog_says_when_a_photo_carried_a_location(qtbot, window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from tests.gui.test_import_and_ocr import drop
    from tests.privacy.test_location import phone_photo

    photo = phone_photo(tmp_path / "phone.jpg")
    drop(window, [photo])
    dialog = window.work.import_dialog
    with qtbot.waitSignal(dialog.imported, timeout=30_000) as done:
        pass
    assert len(done.args[0].pages) == 1
    rows = [dialog.problems.topLevelItem(i) for i in range(dialog.problems.topLevelItemCount())]
    assert [(row.text(0), "location" in row.text(1)) for row in rows] == [("phone.jpg", True)]
    assert "1 image carried a location" in dialog.status.text()
