"""What the controllers need of the main window, and what the window needs of the application,
as protocols: the controllers are written against these, so they never import the window or the
application (which import them), and each can be read on its own.

`desktop.main_window.MainWindow` and `desktop.app.Application` satisfy them; a controller also
uses the window as the parent of its dialogs (it is a `QMainWindow`).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QStatusBar

    from catalog.db import Catalog
    from catalog.services.views import PersonDetail
    from desktop.commands import Edits
    from desktop.i18n import Translations
    from desktop.settings import Settings
    from desktop.views.dossier import DossierView
    from desktop.views.people import PeoplePanel
    from desktop.views.workspace import Workspace
    from desktop.workers import Jobs


class Host(Protocol):
    """The running application, as its main window and the controllers use it."""

    translations: Translations

    def open_catalog(self, folder: Path) -> bool: ...
    def read_only_reason(self, catalog: Catalog) -> str: ...
    def open_sample(self) -> None: ...
    def choose_catalog(self) -> None: ...
    def choose_new_catalog(self) -> None: ...
    def set_language(self, preference: str) -> None: ...


class Window(Protocol):
    """The main window, as the controllers (editing, files, work) use it."""

    application: Host
    catalog: Catalog
    jobs: Jobs
    edits: Edits
    settings: Settings
    detail: PersonDetail | None
    people: PeoplePanel
    dossier: DossierView
    workspace: Workspace

    @property
    def editable(self) -> bool: ...
    @property
    def language(self) -> str: ...
    def make_action(
        self, text: str, shortcut: Any = None, slot: Any = None, tip: str = ""
    ) -> QAction: ...
    def statusBar(self) -> QStatusBar: ...
    def forget_person(self) -> None: ...
    def show_person(self, person_id: int) -> None: ...
    def refresh_all(self) -> None: ...
