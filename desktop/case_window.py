"""What the case-file views (documents, automatic checks, the claim's source) need of the main
window, as a protocol: they are written against it and never import the window."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol

from desktop.controllers.window import Window

if TYPE_CHECKING:
    from desktop.models.people import PeopleModel


class CaseWindow(Window, Protocol):
    people_model: PeopleModel
    documents: Any  # desktop.views.documents.DocumentsPanel
    work: Any  # desktop.controllers.work.Work: its OCR panel says when pages were read
    sides: Any  # the tabs People | Documents

    def show_person(self, person_id: int) -> None: ...
