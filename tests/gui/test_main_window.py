"""The main window on the sample catalogue: the list, the dossier, and undoable edits."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox, QPushButton

from catalog.services import claims, flags, persons
from desktop.dialogs.person import PersonDialog
from desktop.models.people import BORN, FLAGS, NAME
from tests.support.gui import select


def names(window) -> list[str]:  # type: ignore[no-untyped-def]
    model = window.people_model
    return [model.data(model.index(row, NAME)) for row in range(model.rowCount())]


def test_people_listed_sorted_and_filtered(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    assert names(window) == sorted(names(window))
    assert "4 people" in window.people.count.text()
    window.people.filter.setText("карп")
    qtbot.waitUntil(lambda: window.people_model.rowCount() == 1)
    assert names(window) == ["Карпенко Пётр Семёнович"]
    # Name variants are searched too: a Latin transliteration finds the Cyrillic name.
    window.people.filter.setText("Goldman")
    qtbot.waitUntil(lambda: names(window) == ["Гольдман Яков Миронович"])
    window.people.filter.clear()
    qtbot.waitUntil(lambda: window.people_model.rowCount() == 4)

    def births() -> list[str]:
        return [window.people_model.data(window.people_model.index(r, BORN)) for r in range(4)]

    window.people.table.sortByColumn(BORN, Qt.SortOrder.AscendingOrder)
    qtbot.waitUntil(lambda: births() == ["1889", "1894", "~1899", "1901"])
    window.people.table.sortByColumn(BORN, Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: births() == ["1901", "~1899", "1894", "1889"])


def test_flag_badge_and_dossier_show_the_falsified_death(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    model = window.people_model
    row = next(r for r in range(4) if model.data(model.index(r, NAME)).startswith("Карпенко"))
    assert model.data(model.index(row, FLAGS)) == "1"
    assert model.data(model.index(row, FLAGS), Qt.ItemDataRole.DecorationRole) is not None
    assert "to review" in model.data(model.index(row, FLAGS), Qt.ItemDataRole.ToolTipRole)

    select(qtbot, window, "Карпенко")
    dossier = window.dossier
    texts = [label.text() for label in dossier.widget().findChildren(QLabel)]
    assert "Possibly invented death date (instruction 108ss)" in texts
    # The checks' own reasons (the sample is checked when it is made): the archival execution
    # date against the certificate's death date, each claim a link to the claim.
    rule_1 = next(t for t in texts if t.startswith("• Rule 1"))
    assert "20.10.1937" in rule_1 and "10.06.1943" in rule_1 and 'href="claim:' in rule_1
    # The two ends side by side: the execution and the reported death.
    assert [c.topic for c in dossier.conflicts] == ["fate"]
    assert [c.kind for c in dossier.conflicts[0].claims] == ["execution", "death"]
    assert "20.10.1937" in texts and "10.06.1943" in texts


def test_confirm_flag_and_undo(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    select(qtbot, window, "Карпенко")
    flag_id = window.detail.flags[0].id
    confirm = window.dossier.widget().findChild(QPushButton, "confirmFlag")
    confirm.click()
    qtbot.waitUntil(lambda: window.detail.flags[0].status == "confirmed")
    assert flags.list_flags(window.catalog)[0].status == "confirmed"
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: window.detail.flags[0].status == "suggested")
    assert [f.id for f in flags.list_flags(window.catalog)] == [flag_id]


def test_add_edit_and_delete_person_with_undo(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    def fill(dialog: PersonDialog) -> int:
        dialog.fields["surname"].setText("Иванов")
        dialog.fields["given_name"].setText("Иван")
        dialog.birth.setText("03.02.1900")
        dialog.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(PersonDialog, "exec", fill)
    window.new_person_action.trigger()
    qtbot.waitUntil(lambda: window.people_model.rowCount() == 5)
    qtbot.waitUntil(lambda: window.detail is not None and window.detail.summary.surname == "Иванов")
    assert str(window.detail.summary.birth) == "1900-02-03"
    new_id = window.detail.id
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: window.people_model.rowCount() == 4)
    window.redo_action.trigger()
    qtbot.waitUntil(lambda: window.people_model.rowCount() == 5)
    assert persons.resolve_person(window.catalog, new_id) == new_id

    select(qtbot, window, "Карпенко")
    before = persons.get_person(window.catalog, window.detail.id)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.delete_person_action.trigger()
    qtbot.waitUntil(lambda: window.people_model.rowCount() == 4)
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: window.people_model.rowCount() == 5)
    # The same person comes back: same id, uid, claims (with citations) and flag.
    assert persons.get_person(window.catalog, before.id) == before


def test_delete_claim_and_undo_restores_it(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    select(qtbot, window, "Карпенко")
    death = next(c for c in window.detail.claims if c.kind == "death")
    window.dossier.select_claim(death.id)
    window.delete_claim_action.trigger()
    qtbot.waitUntil(lambda: all(c.id != death.id for c in window.detail.claims))
    # The flag about that claim went with it…
    assert flags.list_flags(window.catalog) == []
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: any(c.id == death.id for c in window.detail.claims))
    # …and comes back with it.
    assert claims.get_claim(window.catalog, death.id) == death
    assert len(flags.list_flags(window.catalog)) == 1


def test_layout_is_remembered(qtbot, application, sample_dir, settings) -> None:  # type: ignore[no-untyped-def]
    application.open_catalog(sample_dir)
    window = application.main_window
    window.resize(700, 520)  # within the offscreen screen (800 x 800)
    window.splitter.setSizes([300, 400, 500])
    sizes = window.splitter.sizes()
    window.close()
    application.open_catalog(sample_dir)
    again = application.main_window
    assert again is not window
    assert (again.size().width(), again.size().height()) == (700, 520)
    assert again.splitter.sizes() == sizes


def test_edit_claim_and_undo(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from desktop.dialogs.claim import ClaimDialog

    select(qtbot, window, "Карпенко")
    death = next(c for c in window.detail.claims if c.kind == "death")

    def change(dialog: ClaimDialog) -> int:
        assert dialog.date.text() == "10.06.1943"
        dialog.fields["cause"].setText("воспаление лёгких (так в свидетельстве)")
        dialog.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ClaimDialog, "exec", change)
    window.dossier.select_claim(death.id)
    window.edit_claim_action.trigger()
    qtbot.waitUntil(lambda: "так в" in claims.get_claim(window.catalog, death.id).cause)
    edited = claims.get_claim(window.catalog, death.id)
    assert (edited.page_id, edited.region, edited.quote) == (
        death.page_id,
        death.region,
        death.quote,
    )
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: claims.get_claim(window.catalog, death.id).cause == death.cause)


def test_documents_get_thumbnails(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    select(qtbot, window, "Карпенко")
    grid = window.dossier.documents
    assert grid is not None and grid.count() == 2
    qtbot.waitUntil(lambda: len(window.dossier._thumbnails) == 2)
    sizes = {(image.width(), image.height()) for image in window.dossier._thumbnails.values()}
    assert all(w <= 96 and h <= 128 and max(w / 96, h / 128) > 0.99 for w, h in sizes)


def test_errors_are_told_in_the_interface_language(application, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from catalog.errors import NotACatalog
    from desktop.messages import describe

    error = NotACatalog(tmp_path, "holds other files")
    assert "is not a Spravka catalogue" in describe(error)
    application.translations.install("ru")
    assert "не каталог «Справки»" in describe(error)
    assert str(tmp_path) in describe(error)
    application.translations.install("uk")
    assert "не каталог «Справки»" in describe(error) and "Тека" in describe(error)


def test_colours_follow_a_dark_palette(qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QColor, QPalette

    from desktop import theme

    light = QPalette(QColor(240, 240, 240))
    dark = QPalette(QColor(40, 40, 40))
    assert not theme.is_dark(light) and theme.is_dark(dark)
    on_light, on_dark = theme.accents(light), theme.accents(dark)
    # Card backgrounds stay on the palette's side of the lightness scale.
    assert on_light.warning_background.lightness() > 200
    assert on_dark.warning_background.lightness() < 80
