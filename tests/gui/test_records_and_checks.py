"""Pasting a record, claims proposed from a page (accepted and rejected), the checks with a
dismissed flag that stays dismissed, and a claim prefilled from the selected words."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QPushButton

from catalog.services import claims, flags, persons
from desktop.dialogs.claim import ClaimDialog
from desktop.dialogs.record import RecordDialog
from tests.gui.test_workspace import open_death_certificate, select_text
from tests.support.gui import select

RECORD = """Зеров Михаил Кириллович
Родился в 1901 г., Киевская губ., г. Переяслав; украинец; образование высшее; поэт.
Проживал: г. Киев.
Арестован 27 апреля 1935 г.
Приговорен: Военная коллегия Верховного суда СССР 28 марта 1936 г., обв.: 54-8, 54-11 УК УССР.
Приговор: 10 лет ИТЛ. Расстрелян 3 ноября 1937 г.
Реабилитирован в 1958 г.
Источник: Книга памяти Украины"""


def test_a_pasted_record_becomes_a_person_and_undo_takes_it_back(
    qtbot, window, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    shown = {}

    def paste(dialog: RecordDialog) -> int:
        dialog.text.setPlainText(RECORD)
        dialog.parse_now()
        shown["name"] = dialog.name.text()
        shown["claims"] = dialog.claims.rowCount()
        shown["kinds"] = [dialog.claims.item(r, 1).text() for r in range(dialog.claims.rowCount())]
        dialog.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(RecordDialog, "exec", paste)
    window.editing.paste_record_action.trigger()
    assert shown["name"] == "Зеров Михаил Кириллович"
    assert "Execution" in shown["kinds"] and "Arrest" in shown["kinds"]
    qtbot.waitUntil(lambda: window.people_model.rowCount() == 5)
    qtbot.waitUntil(lambda: window.detail is not None and window.detail.summary.surname == "Зеров")
    detail = window.detail
    assert len(detail.claims) == shown["claims"]
    execution = next(c for c in detail.claims if c.kind == "execution")
    assert str(execution.date) == "1937-11-03" and execution.quote
    assert [d.document.kind for d in detail.documents] == ["other"]

    window.undo_action.trigger()
    qtbot.waitUntil(lambda: window.people_model.rowCount() == 4)
    window.redo_action.trigger()
    qtbot.waitUntil(lambda: window.people_model.rowCount() == 5)
    # The same person and record come back, citations included.
    assert persons.get_person(window.catalog, detail.id) == detail


def test_a_record_added_to_the_selected_person_fills_only_empty_fields(
    qtbot, window, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    select(qtbot, window, "Лебедева")
    before = window.detail

    def paste(dialog: RecordDialog) -> int:
        dialog.text.setPlainText(
            "Лебедева Анна Ивановна\nРодилась в 1901 г., г. Тверь.\nАрестована 3 марта 1938 г."
        )
        dialog.to_person.setChecked(True)
        dialog.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(RecordDialog, "exec", paste)
    window.editing.paste_record_action.trigger()
    qtbot.waitUntil(lambda: len(window.detail.documents) == len(before.documents) + 1)
    assert window.people_model.rowCount() == 4
    assert window.detail.summary.full_name == before.summary.full_name
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: window.detail == before)


def test_proposed_claims_are_accepted_or_rejected_in_the_dossier(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    workspace, _death = open_death_certificate(qtbot, window)
    accepted_before = [c.id for c in window.detail.claims]
    workspace.propose_action.trigger()
    qtbot.waitUntil(lambda: window.dossier.suggestions is not None, timeout=10_000)
    suggested = [c for c in window.detail.claims if c.status == "suggested"]
    assert suggested and all(c.page_id == workspace.loaded.page.id for c in suggested)
    rows = window.dossier.suggestions.rows
    # A suggestion saying what a recorded claim says (same kind, date, document) is not
    # accepted (issue 12); accept one that adds something.
    recorded = {
        (c.kind, c.date, c.document_id) for c in window.detail.claims if c.status == "accepted"
    }
    fresh = [r for r in rows if (r.claim.kind, r.claim.date, r.claim.document_id) not in recorded]
    assert fresh
    first, second = fresh[0].claim.id, rows[-1].claim.id
    if second == first and len(rows) > 1:
        second = rows[0].claim.id
    fresh[0].findChild(QPushButton, "acceptSuggestion").click()
    qtbot.waitUntil(lambda: claims.get_claim(window.catalog, first).status == "accepted")
    qtbot.waitUntil(
        lambda: (
            window.dossier.timeline is not None
            and first in [row.claim.id for row in window.dossier.timeline.rows]
        )
    )
    if second != first:
        row = next(r for r in window.dossier.suggestions.rows if r.claim.id == second)
        row.findChild(QPushButton, "rejectSuggestion").click()
        qtbot.waitUntil(lambda: all(c.id != second for c in window.detail.claims))
        window.undo_action.trigger()  # the rejected suggestion comes back
        qtbot.waitUntil(lambda: any(c.id == second for c in window.detail.claims))
    # Undo everything: the accepted claim is a suggestion again, then the proposals go.
    while window.undo_action.isEnabled():
        window.undo_action.trigger()
    qtbot.waitUntil(lambda: [c.id for c in window.detail.claims] == accepted_before)


def test_checks_run_and_a_dismissed_flag_stays_dismissed(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    select(qtbot, window, "Карпенко")
    task = window.work.run_checks()
    seen = []
    task.job.progressed.connect(seen.append)
    with qtbot.waitSignal(task.finished_with, timeout=20_000) as done:
        pass
    report = done.args[0]
    assert report.persons == 4 and report.findings >= 1
    assert seen[-1].done == seen[-1].total == 4
    assert "4 people checked" in task.message.text()

    flag_id = window.detail.flags[0].id
    window.dossier.flag_cards[0].findChild(QPushButton, "dismissFlag").click()
    qtbot.waitUntil(lambda: flags.list_flags(window.catalog)[0].status == "dismissed")
    again = window.work.run_checks()
    with qtbot.waitSignal(again.finished_with, timeout=20_000) as rerun:
        pass
    assert rerun.args[0].kept_dismissed >= 1
    assert [(f.id, f.status) for f in flags.list_flags(window.catalog)] == [(flag_id, "dismissed")]
    qtbot.waitUntil(lambda: window.detail.flags[0].status == "dismissed")
    assert window.dossier.flag_cards[0].findChild(QPushButton, "reopenFlag") is not None


def test_flag_reasons_link_to_their_claims(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    select(qtbot, window, "Карпенко")
    card = window.dossier.flag_cards[0]
    assert any(not label.isVisible() for label in card.reason_labels)  # the rest on demand
    card.more.click()
    death = next(c for c in window.detail.claims if c.kind == "death")
    card.claim_clicked.emit(death.id)
    assert window.dossier.current_claim_id() == death.id
    qtbot.waitUntil(
        lambda: (
            window.workspace.loaded is not None and window.workspace.loaded.page.id == death.page_id
        )
    )


def test_a_claim_from_selected_words_is_prefilled_by_the_date_reader(
    qtbot, window, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    workspace, _death = open_death_certificate(qtbot, window)
    select_text(workspace.editor, "умер 10 июня 1943 г.")
    seen = {}

    def look(dialog: ClaimDialog) -> int:
        seen["kind"] = dialog.kind.currentData()
        seen["date"] = dialog.date.text()
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(ClaimDialog, "exec", look)
    workspace.claim_action.trigger()
    assert seen == {"kind": "death", "date": "10.06.1943"}
    select_text(workspace.editor, "14 мая 1958 г.")
    workspace.claim_action.trigger()
    assert seen == {"kind": "other", "date": "14.05.1958"}
