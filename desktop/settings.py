"""The application's remembered preferences, behind a small typed wrapper over QSettings.

Everything the GUI remembers between runs is named here, with its type and default, so that no
widget reads a settings key by hand.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

ORGANIZATION = "Spravka"
APPLICATION = "Spravka"


class Settings:
    def __init__(self, path: Path | None = None) -> None:
        # A path gives an INI file of its own (tests, portable use); otherwise the platform's place.
        self._qsettings = (
            QSettings(str(path), QSettings.Format.IniFormat)
            if path is not None
            else QSettings(ORGANIZATION, APPLICATION)
        )

    # -- language ------------------------------------------------------------------------------

    @property
    def language(self) -> str:
        """ "en", "ru", "uk", or "" to follow the system locale."""
        return str(self._qsettings.value("ui/language", "", str) or "")

    @language.setter
    def language(self, value: str) -> None:
        self._qsettings.setValue("ui/language", value)

    # -- catalogue -----------------------------------------------------------------------------

    @property
    def last_catalog(self) -> Path | None:
        value = self._qsettings.value("catalog/last", "", str)
        return Path(value) if value else None

    @last_catalog.setter
    def last_catalog(self, value: Path | None) -> None:
        self._qsettings.setValue("catalog/last", str(value) if value else "")

    # -- appearance ----------------------------------------------------------------------------

    @property
    def text_scale(self) -> int:
        """The text size in per cent of the system's (100 = as the system has it)."""
        try:
            return int(self._qsettings.value("ui/text_scale", 100))
        except (TypeError, ValueError):
            return 100

    @text_scale.setter
    def text_scale(self, value: int) -> None:
        self._qsettings.setValue("ui/text_scale", int(value))

    @property
    def high_contrast(self) -> bool:
        value = self._qsettings.value("ui/high_contrast", False)
        return value in (True, "true", "1", 1)

    @high_contrast.setter
    def high_contrast(self, value: bool) -> None:
        self._qsettings.setValue("ui/high_contrast", bool(value))

    # -- folders last used, per kind of work (catalogues, scans, exports…) ------------------

    def last_folder(self, kind: str) -> Path | None:
        value = self._qsettings.value(f"folders/{kind}", "", str)
        return Path(value) if value else None

    def set_last_folder(self, kind: str, folder: Path) -> None:
        self._qsettings.setValue(f"folders/{kind}", str(folder))

    # -- window layout -------------------------------------------------------------------------

    def geometry(self, window: str) -> QByteArray | None:
        return self._bytes(f"{window}/geometry")

    def set_geometry(self, window: str, value: QByteArray) -> None:
        self._qsettings.setValue(f"{window}/geometry", value)

    def window_state(self, window: str) -> QByteArray | None:
        return self._bytes(f"{window}/state")

    def set_window_state(self, window: str, value: QByteArray) -> None:
        self._qsettings.setValue(f"{window}/state", value)

    def splitter_state(self, name: str) -> QByteArray | None:
        return self._bytes(f"splitters/{name}")

    def set_splitter_state(self, name: str, value: QByteArray) -> None:
        self._qsettings.setValue(f"splitters/{name}", value)

    # -- people list ---------------------------------------------------------------------------

    @property
    def people_order(self) -> tuple[str, bool]:
        order = str(self._qsettings.value("people/order", "name", str) or "name")
        descending = self._qsettings.value("people/descending", False, bool)
        return (order if order in ("name", "birth", "arrest") else "name", bool(descending))

    @people_order.setter
    def people_order(self, value: tuple[str, bool]) -> None:
        self._qsettings.setValue("people/order", value[0])
        self._qsettings.setValue("people/descending", value[1])

    # -- workspace -----------------------------------------------------------------------------

    @property
    def show_word_boxes(self) -> bool:
        return bool(self._qsettings.value("workspace/word_boxes", True, bool))

    @show_word_boxes.setter
    def show_word_boxes(self, value: bool) -> None:
        self._qsettings.setValue("workspace/word_boxes", value)

    # -- text recognition ----------------------------------------------------------------------

    @property
    def ocr_languages(self) -> str:
        """The Tesseract languages of the pages, e.g. "rus+eng"."""
        return str(self._qsettings.value("ocr/languages", "rus+eng", str) or "rus+eng")

    @ocr_languages.setter
    def ocr_languages(self, value: str) -> None:
        self._qsettings.setValue("ocr/languages", value)

    def sync(self) -> None:
        self._qsettings.sync()

    def _bytes(self, key: str) -> QByteArray | None:
        value = self._qsettings.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None
