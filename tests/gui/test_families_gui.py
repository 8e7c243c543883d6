"""The dossier's family (links to relatives), Add relative, suggested relatives, and the list of
persons recorded twice with its side-by-side merge — each undoable."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLabel

from catalog.services import families, persons
from catalog.services.families import RelationshipFields
from desktop.dialogs.relative import RelativeDialog
from desktop.views.family import FamilyPanel
from tests.support.gui import select


def person_id(window, surname: str) -> int:  # type: ignore[no-untyped-def]
    model = window.people_model
    return next(
        model.id_at(row)
        for row in range(model.rowCount())
        if model.data(model.index(row, 0)).startswith(surname)
    )


def panel(window) -> FamilyPanel:  # type: ignore[no-untyped-def]
    return window.dossier.findChild(FamilyPanel, "familyPanel")


def test_the_family_links_to_each_relative_and_shows_the_source(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    karpenko, lebedeva = person_id(window, "Карпенко"), person_id(window, "Лебедева")
    families.add_relationship(
        window.catalog,
        karpenko,
        lebedeva,
        RelationshipFields(kind="spouse", quote="жена — Лебедева Анна Ивановна"),
    )
    select(qtbot, window, "Карпенко")
    qtbot.waitUntil(lambda: panel(window) is not None and lebedeva in panel(window).person_buttons)
    button = panel(window).person_buttons[lebedeva]
    assert button.text() == "Лебедева Анна Ивановна"
    assert button.accessibleName() == "Wife: Лебедева Анна Ивановна"
    texts = [label.text() for label in panel(window).findChildren(QLabel)]
    assert "«жена — Лебедева Анна Ивановна»" in texts
    button.click()
    qtbot.waitUntil(lambda: window.detail is not None and window.detail.id == lebedeva)
    qtbot.waitUntil(lambda: karpenko in panel(window).person_buttons)
    assert panel(window).person_buttons[karpenko].accessibleName() == (
        "Husband: Карпенко Пётр Семёнович"
    )


def test_add_relative_makes_a_person_and_undo_takes_both_back(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    def fill(dialog: RelativeDialog) -> int:
        dialog.kind.setCurrentIndex(dialog.kind.findData("child"))
        dialog.surname.setText("Карпенко")
        dialog.given_name.setText("Иван")
        dialog.patronymic.setText("Петрович")
        dialog.birth.setText("1921")
        dialog._accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(RelativeDialog, "exec", fill)
    select(qtbot, window, "Карпенко")
    karpenko = window.detail.id
    window.families.add_relative_action.trigger()
    qtbot.waitUntil(lambda: window.people_model.rowCount() == 5)
    family = families.family_of(window.catalog, karpenko)
    assert [c.person.full_name for c in family.children] == ["Карпенко Иван Петрович"]
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: window.people_model.rowCount() == 4)
    assert families.family_of(window.catalog, karpenko).is_empty
    window.redo_action.trigger()
    qtbot.waitUntil(lambda: window.people_model.rowCount() == 5)
    assert [c.person.given_name for c in families.family_of(window.catalog, karpenko).children]


def test_an_existing_person_is_found_by_name_and_related(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    def pick(dialog: RelativeDialog) -> int:
        dialog.kind.setCurrentIndex(dialog.kind.findData("sibling"))
        dialog.query.setText("Гольдман")
        qtbot.waitUntil(lambda: dialog.candidates.count() == 1)
        dialog._accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(RelativeDialog, "exec", pick)
    select(qtbot, window, "Шевчук")
    shevchuk = window.detail.id
    window.families.add_relative_action.trigger()
    qtbot.waitUntil(lambda: bool(families.family_of(window.catalog, shevchuk).siblings))
    assert families.family_of(window.catalog, shevchuk).siblings[0].person.surname == "Гольдман"


def test_duplicates_are_listed_previewed_side_by_side_and_merged_with_undo(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    twin = persons.add_person(
        window.catalog,
        persons.PersonFields(
            surname="Карпенко", given_name="Петр", patronymic="Семенович", birth="1894"
        ),
    ).id
    window.people_model.reload()
    qtbot.waitUntil(lambda: window.people_model.rowCount() == 5)
    window.families.duplicates_action.trigger()
    dialog = window.families.dialog
    qtbot.waitUntil(lambda: dialog.list.count() == 1)
    assert "Карпенко Пётр Семёнович" in dialog.list.item(0).text()
    assert "born the same year: 1894" in dialog.list.item(0).text()
    qtbot.waitUntil(lambda: dialog.keep_left.isEnabled())
    columns = [label.text() for label in dialog.side.findChildren(QLabel)]
    assert any(text.startswith("Карпенко Пётр Семёнович") for text in columns)
    assert any(text.startswith("Карпенко Петр Семенович") for text in columns)
    kept = dialog.preview.keep.summary.id
    dialog.keep_left.click()
    qtbot.waitUntil(lambda: window.people_model.rowCount() == 4)
    qtbot.waitUntil(lambda: dialog.list.count() == 0)
    assert dialog.status.text() == "No persons seem to be recorded twice."
    assert kept != twin  # the left record is the sample's own, with its claims and flags
    assert persons.count_persons(window.catalog) == 4
    assert persons.get_person(window.catalog, kept).claims
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: window.people_model.rowCount() == 5)
    dialog.close()
