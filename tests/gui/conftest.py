"""Fixtures for the GUI tests: compiled translations, private settings, the sample catalogue.

Every test gets its own settings file and catalogue folder, so nothing touches the person's real
settings or catalogues. Translations are compiled from the committed `.ts` sources with Qt's own
`lrelease`, so the tests do not depend on `make translations` having run.
"""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6 import QtCore
from PySide6.QtWidgets import QMessageBox

from catalog.io.privacy import ExportPolicy
from desktop import i18n
from desktop.app import Application
from desktop.dialogs import export_privacy
from desktop.dialogs import passphrase as passphrases
from desktop.sample import create_sample_catalog
from desktop.settings import Settings

LRELEASE = Path(QtCore.__file__).resolve().parent / "lrelease"


@pytest.fixture(scope="session")
def compiled_translations(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("i18n")
    for source in sorted(i18n.I18N_DIR.glob("spravka_*.ts")):
        subprocess.run(
            [str(LRELEASE), "-silent", str(source), "-qm", str(folder / f"{source.stem}.qm")],
            check=True,
        )
    return folder


@pytest.fixture(autouse=True)
def _translations(compiled_translations: Path) -> Iterator[None]:
    i18n.set_search_path([compiled_translations])
    yield
    i18n.set_search_path([i18n.I18N_DIR])


# Modules that open the privacy and passphrase dialogs themselves: they drive or inspect them.
DRIVES_PRIVACY_DIALOGS = {"test_privacy", "test_passphrase", "test_layout", "test_accessibility"}


@pytest.fixture(autouse=True)
def _answer_privacy_questions(request: pytest.FixtureRequest, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """An export or backup asks how to treat living people and whether to encrypt, in a
    modal dialog that would wait for ever in a test: elsewhere the answer is the default
    (living people by name only, no encryption). A test may still patch its own answer."""
    if request.module.__name__.rsplit(".", 1)[-1] in DRIVES_PRIVACY_DIALOGS:
        return
    monkeypatch.setattr(export_privacy, "ask_export_policy", lambda *a, **k: ExportPolicy())
    monkeypatch.setattr(passphrases, "ask_new_passphrase", lambda *a, **k: (True, None))


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    settings = Settings(tmp_path / "settings.ini")
    settings.language = "en"
    return settings


@pytest.fixture
def sample_dir(tmp_path: Path) -> Path:
    return create_sample_catalog(tmp_path / "sample")


@pytest.fixture
def application(qtbot, settings: Settings, tmp_path: Path, monkeypatch) -> Iterator[Application]:  # type: ignore[no-untyped-def]
    app = Application(settings, catalog_dir=tmp_path / "none", sample_dir=tmp_path / "sample-made")
    yield app
    # Text left unsaved by a test is discarded rather than asked about.
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    if app.window is not None:
        app.window.close()
    app.shutdown()
    app.translations.install("en")


@pytest.fixture
def window(qtbot, application: Application, sample_dir: Path):  # type: ignore[no-untyped-def]
    """The main window on a fresh copy of the sample catalogue, with its people listed."""
    assert application.open_catalog(sample_dir)
    main = application.main_window
    qtbot.waitUntil(lambda: main.people_model.rowCount() == 4)
    return main
