"""Helpers for the GUI tests."""

from __future__ import annotations


def select(qtbot, window, surname: str) -> None:  # type: ignore[no-untyped-def]
    """Select a person by surname in the list and wait for their dossier."""
    model = window.people_model
    person_id = next(
        model.id_at(row)
        for row in range(model.rowCount())
        if model.data(model.index(row, 0)).startswith(surname)
    )
    window.people.select_person(person_id)
    qtbot.waitUntil(lambda: window.detail is not None and window.detail.id == person_id)
