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

from desktop import i18n
from desktop.app import Application
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
