"""Starting the desktop application: `spravka-gui`, `spravka gui` and `python -m desktop`.

`Application` holds what outlives a window: the open catalogue and its instance lock, the
background jobs, the undo stack, the settings and the installed translation. It shows the welcome
screen when there is no catalogue yet, and rebuilds the main window when the interface language
changes.

One application instance edits a catalogue at a time (`catalog.instance`): a catalogue another
Spravka holds is opened read-only, if the person so chooses, or another one is chosen. On exit a
rotating automatic backup of the catalogue is made (`catalog.io.backup.rotate_backups`); it
hard-links the images, so it costs about a copy of the database file.
"""

from __future__ import annotations

import argparse
import gc
import logging
import multiprocessing
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from catalog.db import DB_NAME, Catalog
from catalog.errors import SpravkaError
from catalog.instance import InstanceLock, try_lock_instance
from catalog.paths import ENV_CATALOG, default_catalog_dir
from catalog.resources import resource
from desktop import appearance, choosers, i18n, labels, messages, policies
from desktop.commands import Edits
from desktop.sample import create_sample_catalog, default_sample_dir
from desktop.settings import APPLICATION, ORGANIZATION, Settings
from desktop.workers import Jobs

ICON = resource("icons", "spravka.svg")
AUTO_BACKUPS = 5
log = logging.getLogger(__name__)

# What the person chose for a catalogue another Spravka holds.
READ_ONLY, ANOTHER, CANCEL = "read_only", "another", "cancel"


def _same_folder(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False


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
        choosers.use_settings(settings)
        self.requested_dir = catalog_dir
        self.sample_dir = sample_dir or default_sample_dir()
        policies.install(QApplication.instance())
        appearance.apply(QApplication.instance(), settings)
        self.translations = i18n.Translations()
        self.translations.install(i18n.resolve(settings.language))
        self.jobs = Jobs(self)
        self.catalog: Catalog | None = None
        self.lock: InstanceLock | None = None
        self.held_elsewhere = False  # the open catalogue is another instance's
        self.last_backup_seconds: float | None = None
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

    def _take_lock(self, folder: Path) -> tuple[InstanceLock | None, bool]:
        """This instance's lock on the catalogue, and whether another instance holds it."""
        if (
            self.catalog is not None
            and self.lock is not None
            and _same_folder(self.catalog.folder, folder)
        ):
            return self.lock, False  # reopening the catalogue this window holds
        try:
            lock = try_lock_instance(folder)
        except OSError:
            return None, False  # a folder that cannot be written opens read-only anyway
        return lock, lock is None

    def ask_busy(self, folder: Path) -> str:
        """Another Spravka edits this catalogue: open it read-only, choose another, or not."""
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("The catalogue is open elsewhere"))
        box.setText(
            self.tr(
                "The catalogue %1 is open in another Spravka window. Only one window at a "
                "time may change a catalogue, so that no change is lost."
            ).replace("%1", labels.folder(folder))
        )
        box.setInformativeText(
            self.tr(
                "You can open it read-only here (to read, search and export), or choose "
                "another catalogue."
            )
        )
        read_only = box.addButton(self.tr("Open read-only"), QMessageBox.ButtonRole.AcceptRole)
        another = box.addButton(
            self.tr("Choose another catalogue…"), QMessageBox.ButtonRole.ActionRole
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(read_only)
        box.exec()
        clicked = box.clickedButton()
        return READ_ONLY if clicked is read_only else ANOTHER if clicked is another else CANCEL

    def open_catalog(self, folder: Path) -> bool:
        folder = Path(folder)
        lock, busy = self._take_lock(folder)
        if busy:
            choice = self.ask_busy(folder)
            if choice == ANOTHER:
                QTimer.singleShot(0, self.choose_catalog)
                return False
            if choice == CANCEL:
                if self.window is None:
                    self.show_welcome()
                return False
        try:
            catalog = Catalog.open(folder, read_only=busy)
        except SpravkaError as exc:
            if lock is not None and lock is not self.lock:
                lock.release()
            messages.show_error(self.window, exc, self.tr("The catalogue could not be opened"))
            if self.window is None:
                self.show_welcome()
            return False
        self._use_catalog(catalog, lock, busy)
        return True

    def create_catalog(self, folder: Path) -> bool:
        folder = Path(folder)
        lock, busy = self._take_lock(folder) if folder.is_dir() else (None, False)
        if busy:
            return self.open_catalog(folder)
        try:
            catalog = Catalog.create(folder)
        except SpravkaError as exc:
            if lock is not None and lock is not self.lock:
                lock.release()
            messages.show_error(self.window, exc, self.tr("The catalogue could not be created"))
            return False
        if lock is None:
            lock, busy = self._take_lock(folder)
        self._use_catalog(catalog, lock, busy)
        return True

    def read_only_reason(self, catalog: Catalog) -> str:
        """Why the catalogue is open read-only, in the interface language."""
        if getattr(catalog, "damage", None) is not None:
            return self.tr(
                "The catalogue's database is damaged, so nothing will be written to it. "
                "Help ▸ Check the catalogue's integrity shows what is wrong and restores "
                "the newest good automatic backup into a new folder."
            )
        if self.held_elsewhere:
            return self.tr(
                "This catalogue is open in another Spravka window, which alone may change it. "
                "To make changes here, close the other window and open the catalogue again."
            )
        return self.tr(
            "The catalogue's folder cannot be written (a read-only disk, or no permission)."
        )

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
        folder = choosers.folder(
            self.window, choosers.CATALOG, self.tr("Choose a catalogue folder")
        )
        if folder:
            self.open_catalog(Path(folder))

    def choose_new_catalog(self) -> None:
        # A folder that does not exist yet is typed by name and made.
        folder = choosers.new_folder(
            self.window,
            choosers.CATALOG,
            self.tr("Name a new folder for the catalogue (or choose an empty one)"),
            self.tr("Spravka catalogue"),
        )
        if folder:
            self.create_catalog(Path(folder))

    def _use_catalog(self, catalog: Catalog, lock: InstanceLock | None, busy: bool) -> None:
        if self.main_window is not None and not self.main_window.workspace.confirm_leave():
            catalog.close()
            if lock is not None and lock is not self.lock:
                lock.release()
            return
        previous, previous_lock = self.catalog, self.lock
        self.catalog, self.lock, self.held_elsewhere = catalog, lock, busy
        self.edits = Edits(catalog, self.jobs, self)
        self.settings.last_catalog = catalog.folder
        self._show_main()
        if previous is not None:
            self.jobs.wait()
            previous.close()
        if previous_lock is not None and previous_lock is not lock:
            previous_lock.release()

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

    def set_appearance(self, *, text_scale: int | None = None, high_contrast: bool | None = None):  # type: ignore[no-untyped-def]
        """Change the text size or the contrast; the window is rebuilt with the same state."""
        if text_scale is not None:
            self.settings.text_scale = appearance.clamp(text_scale)
        if high_contrast is not None:
            self.settings.high_contrast = high_contrast
        self.settings.sync()
        appearance.apply(QApplication.instance(), self.settings)
        self.set_language(self.settings.language)

    # -- end -----------------------------------------------------------------------------------

    def shutdown(self, *, backup: bool = False) -> None:
        """Stop the work, make the automatic backup (when asked), and let the catalogue go."""
        self.jobs.cancel_all()
        self.jobs.wait()
        if self.catalog is not None:
            if backup and not self.catalog.read_only:
                self.backup_on_exit(self.catalog)
            self.catalog.close()
            self.catalog = None
        if self.lock is not None:
            self.lock.release()
            self.lock = None

    def backup_on_exit(self, catalog: Catalog) -> None:
        """A rotating automatic backup in the catalogue's `backups/` (only if anything changed
        since the last one). Images are hard-linked, so this costs about one copy of the
        database; a failure is logged and never stops the program from closing."""
        from catalog.io.backup import rotate_backups

        started = time.perf_counter()
        try:
            rotate_backups(catalog, keep=AUTO_BACKUPS)
        except (SpravkaError, OSError) as exc:
            log.warning("the automatic backup was not made: %s", exc)
        self.last_backup_seconds = time.perf_counter() - started


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
    # A frozen build starts its import and OCR workers by running this program again.
    multiprocessing.freeze_support()
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
        application.shutdown(backup=True)
    return code
