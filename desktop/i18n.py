"""The interface language: English, Russian or Ukrainian.

Chosen from the system locale unless the person picked one in the View ▸ Language menu. A change
applies at once: the main window is rebuilt in the new language with the same catalogue, person
and page open (see `desktop.app.Application.set_language`).

Translations are Qt Linguist files: sources in `resources/i18n/spravka_<lang>.ts`, compiled to
`.qm` beside them by `make translations`. Qt's own strings (standard buttons, dialogs) come from
the `qtbase_<lang>.qm` shipped with Qt.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from catalog.resources import resource

LANGUAGES: dict[str, str] = {"en": "English", "ru": "Русский", "uk": "Українська"}
DEFAULT = "en"
I18N_DIR = resource("i18n")

_search_path: list[Path] = [I18N_DIR]


def set_search_path(folders: list[Path]) -> None:
    """Where to look for the compiled `.qm` files (tests point this at freshly built ones)."""
    _search_path[:] = folders


def system_language() -> str:
    code = QLocale.system().name().split("_")[0]
    return code if code in LANGUAGES else DEFAULT


def resolve(preference: str) -> str:
    """The language to use for a stored preference ("" follows the system)."""
    return preference if preference in LANGUAGES else system_language()


def qm_path(language: str) -> Path | None:
    for folder in _search_path:
        path = folder / f"spravka_{language}.qm"
        if path.exists():
            return path
    return None


class Translations:
    """Installs and swaps the application's translators."""

    def __init__(self) -> None:
        self._installed: list[QTranslator] = []
        self.language = DEFAULT

    def install(self, language: str) -> bool:
        """Switch to `language`; False when its compiled translation is missing (English shown)."""
        app = QCoreApplication.instance()
        for translator in self._installed:
            app.removeTranslator(translator)
        self._installed.clear()
        self.language = language
        QLocale.setDefault(QLocale(language))
        # English too has a translation file: it holds the plural forms ("1 person", "2 people").
        own = QTranslator()
        path = qm_path(language)
        found = path is not None and own.load(str(path))
        if found:
            app.installTranslator(own)
            self._installed.append(own)
        qt = QTranslator()
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt.load(f"qtbase_{language}", qt_dir):
            app.installTranslator(qt)
            self._installed.append(qt)
        return found
