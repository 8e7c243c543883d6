"""Starting the desktop application: `spravka-gui`, `spravka gui` and `python -m desktop`.

`Application` holds what outlives a window: the open catalogue, the background jobs, the undo
stack, the settings and the installed translation. It shows the welcome screen when there is no
catalogue yet, and rebuilds the main window when the interface language changes.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from catalog.db import DB_NAME, Catalog
from catalog.errors import SpravkaError
from catalog.paths import ENV_CATALOG, default_catalog_dir
from catalog.resources import resource
from desktop import i18n, messages
from desktop.commands import Edits
from desktop.sample import create_sample_catalog, default_sample_dir
from desktop.settings import APPLICATION, ORGANIZATION, Settings
from desktop.workers import Jobs

ICON = resource("icons", "spravka.svg")


class Application(QObject):
    def __init__(
        self,
        settings: Settings,
        *,
        catalog_dir: Path | None = None,
        sample_dir: Path | None = None,
    ) -> None:
        super().__init__()
        self.settings = settings
        self.requested_dir = catalog_dir
        self.sample_dir = sample_dir or default_sample_dir()
        self.translations = i18n.Translations()
        self.translations.install(i18n.resolve(settings.language))
        self.jobs = Jobs(self)
        self.catalog: Catalog | None = None
        self.edits: Edits | None = None
        self.window: QWidget | None = None
        self.welcome = None
        self.main_window = None

    # -- start ---------------------------------------------------------------------------------

    def start(self) -> None:
        """Open the requested, remembered or default catalogue; otherwise welcome."""
        target = self.requested_dir or default_catalog_dir()
        if (target / DB_NAME).exists():
            self.open_catalog(target)
        else:
            self.show_welcome(target)

    def show_welcome(self, default_dir: Path | None = None) -> None:
        from desktop.welcome import WelcomeWindow

        welcome = WelcomeWindow(
            default_dir or self.requested_dir or default_catalog_dir(),
            self.translations.language,
        )
        welcome.create_requested.connect(self.create_catalog)
        welcome.open_requested.connect(self.open_catalog)
        welcome.sample_requested.connect(self.open_sample)
        welcome.language_requested.connect(self.set_language)
        self._replace_window(welcome)
        self.welcome = welcome

    def _replace_window(self, window: QWidget) -> None:
        old = self.window
        self.window = window
        geometry = old.geometry() if old is not None and old.isVisible() else None
        if geometry is not None and type(old) is type(window):
            window.setGeometry(geometry)
        window.show()
        if old is not None:
            old.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
            old.hide()
            old.close()
            old.deleteLater()

    # -- catalogues ----------------------------------------------------------------------------

    def open_catalog(self, folder: Path) -> bool:
        try:
            catalog = Catalog.open(folder)
        except SpravkaError as exc:
            messages.show_error(self.window, exc, self.tr("The catalogue could not be opened"))
            if self.window is None:
                self.show_welcome()
            return False
        self._use_catalog(catalog)
        return True

    def create_catalog(self, folder: Path) -> bool:
        try:
            catalog = Catalog.create(folder)
        except SpravkaError as exc:
            messages.show_error(self.window, exc, self.tr("The catalogue could not be created"))
            return False
        self._use_catalog(catalog)
        return True

    def open_sample(self) -> None:
        if self.welcome is not None and self.window is self.welcome:
            self.welcome.set_busy(True)
        job = self.jobs.long(create_sample_catalog, self.sample_dir)
        job.on_success(self, self.open_catalog)
        job.on_failure(self, self._sample_failed)

    def _sample_failed(self, exc: BaseException) -> None:
        if self.welcome is not None and self.window is self.welcome:
            self.welcome.set_busy(False)
        messages.show_error(self.window, exc, self.tr("The sample catalogue could not be made"))

    def choose_catalog(self) -> None:
        folder = QFileDialog.getExistingDirectory(self.window, self.tr("Choose a catalogue folder"))
        if folder:
            self.open_catalog(Path(folder))

    def choose_new_catalog(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self.window, self.tr("Choose an empty folder for the new catalogue")
        )
        if folder:
            self.create_catalog(Path(folder))

    def _use_catalog(self, catalog: Catalog) -> None:
        if self.main_window is not None and not self.main_window.workspace.confirm_leave():
            catalog.close()
            return
        previous = self.catalog
        self.catalog = catalog
        self.edits = Edits(catalog, self.jobs, self)
        self.settings.last_catalog = catalog.folder
        self._show_main()
        if previous is not None:
            self.jobs.wait()
            previous.close()

    def _show_main(self, person_id: int | None = None) -> None:
        from desktop.main_window import MainWindow

        assert self.catalog is not None and self.edits is not None
        if self.main_window is not None:
            self.main_window.save_layout()
        window = MainWindow(self, self.catalog, self.jobs, self.edits, self.settings)
        self.main_window = window
        self.welcome = None
        self._replace_window(window)
        if person_id is not None:
            window.people.select_person(person_id)

    # -- language ------------------------------------------------------------------------------

    def set_language(self, preference: str) -> None:
        """Switch the interface language at once; the window is rebuilt with the same state."""
        self.settings.language = preference
        self.settings.sync()
        self.translations.install(i18n.resolve(preference))
        if self.main_window is not None and self.window is self.main_window:
            old = self.main_window
            person = old.detail.id if old.detail else None
            page = old.workspace.loaded
            self._show_main(person)
            if page is not None:
                self.main_window.workspace.open(page.document.summary.id, page.page.id)
        else:
            self.show_welcome(self.welcome.default_dir if self.welcome else None)

    # -- end -----------------------------------------------------------------------------------

    def shutdown(self) -> None:
        self.jobs.cancel_all()
        self.jobs.wait()
        if self.catalog is not None:
            self.catalog.close()


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="spravka-gui", description="Spravka desktop application")
    parser.add_argument(
        "--catalog",
        type=Path,
        default=None,
        help=f"the catalogue folder (default: ${ENV_CATALOG}, then {default_catalog_dir()})",
    )
    args, _qt_args = parser.parse_known_args(argv)
    return args


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    args = parse_args(argv)
    catalog_dir = args.catalog or (
        Path(os.environ[ENV_CATALOG]).expanduser() if os.environ.get(ENV_CATALOG) else None
    )
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
    )
    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName("Spravka")
    if ICON.exists():
        app.setWindowIcon(QIcon(str(ICON)))
    application = Application(Settings(), catalog_dir=catalog_dir)
    try:
        application.start()
        # Everything loaded so far lives as long as the program: keep it out of the garbage
        # collector's full passes, which otherwise stall the GUI thread for tens of ms.
        QTimer.singleShot(0, gc.freeze)
        code = app.exec()
    except Exception as exc:  # a last resort: say what happened instead of vanishing
        QMessageBox.critical(None, "Spravka", messages.describe(exc))
        code = 1
    finally:
        application.shutdown()
    return code
