"""Languages, the welcome screen, and starting the application as a process."""

from __future__ import annotations

import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from desktop import i18n
from desktop.main_window import EXIT_AFTER_PAINT, MainWindow
from desktop.welcome import WelcomeWindow
from tests.support.gui import select


@pytest.mark.parametrize("language", ["ru", "uk", "en"])
def test_every_string_is_translated(language: str) -> None:
    tree = ET.parse(i18n.I18N_DIR / f"spravka_{language}.ts")
    assert tree.getroot().get("language") == language
    messages = list(tree.getroot().iter("message"))
    assert len(messages) > 200
    for message in messages:
        translation = message.find("translation")
        source = message.find("source").text
        assert translation.get("type") not in ("unfinished", "vanished", "obsolete"), source
        forms = [f.text for f in translation.findall("numerusform")]
        assert translation.text or any(forms), source
        for form in forms:
            assert "%n" in form, source


def menu_titles(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def test_switching_language_applies_at_once(qtbot, window, application) -> None:  # type: ignore[no-untyped-def]
    select(qtbot, window, "Карпенко")
    person_id = window.detail.id
    assert menu_titles(window)[:2] == ["&File", "&Edit"]
    application.set_language("ru")
    russian = application.main_window
    assert russian is not window
    assert menu_titles(russian)[:2] == ["&Файл", "&Правка"]
    # The same person stays open, in the new language.
    qtbot.waitUntil(lambda: russian.detail is not None and russian.detail.id == person_id)
    assert "4 человека" in russian.people.count.text()
    header = russian.people_model.headerData(
        0, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole
    )
    assert header == "Имя"
    application.set_language("uk")
    assert menu_titles(application.main_window)[0] == "&Файл"
    assert application.main_window.language_actions["uk"].isChecked()
    assert application.settings.language == "uk"


def test_system_language_is_the_default(application) -> None:  # type: ignore[no-untyped-def]
    assert i18n.resolve("") == i18n.system_language()
    assert i18n.resolve("ru") == "ru"
    assert i18n.resolve("xx") in i18n.LANGUAGES


def test_welcome_creates_a_catalogue_in_a_chosen_folder(
    qtbot, application, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    application.start()
    assert isinstance(application.window, WelcomeWindow)
    # A folder that does not exist yet (in a folder that does not either) is made.
    chosen = tmp_path / "new place" / "my catalogue"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(chosen), ""))
    application.welcome.create_elsewhere.click()
    assert isinstance(application.window, MainWindow)
    assert (chosen / "catalog.sqlite").exists()
    assert application.catalog.folder == chosen


def test_welcome_opens_the_sample_apart_from_the_default(qtbot, application, tmp_path) -> None:  # type: ignore[no-untyped-def]
    application.start()
    welcome = application.welcome
    welcome.sample_button.click()
    qtbot.waitUntil(lambda: isinstance(application.window, MainWindow), timeout=10000)
    assert application.catalog.folder == tmp_path / "sample-made"
    assert not (tmp_path / "none").exists()  # the default catalogue was not created
    window = application.main_window
    qtbot.waitUntil(lambda: window.people_model.rowCount() == 4)


def test_welcome_language_choice(qtbot, application) -> None:  # type: ignore[no-untyped-def]
    application.start()
    application.welcome.language_requested.emit("ru")
    assert application.welcome.create_button.text() == "Создать новый каталог"


def test_the_program_starts_and_paints_its_window(sample_dir: Path, tmp_path: Path) -> None:
    env = dict(os.environ, **{EXIT_AFTER_PAINT: "1", "XDG_CONFIG_HOME": str(tmp_path / "config")})
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "--catalog", str(sample_dir)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert "first-paint" in result.stdout


def test_every_string_in_the_code_is_in_the_translations(tmp_path: Path) -> None:
    """lupdate over the sources finds no string the committed .ts files lack."""
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    root = Path(__file__).resolve().parents[2]
    sources = sorted(str(p) for p in (root / "desktop").rglob("*.py"))
    for language in ("ru", "uk", "en"):
        copy = tmp_path / f"spravka_{language}.ts"
        copy.write_bytes((i18n.I18N_DIR / f"spravka_{language}.ts").read_bytes())
        result = subprocess.run(
            [str(lupdate), *sources, "-locations", "none", "-no-obsolete", "-ts", str(copy)],
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert result.returncode == 0, result.stderr
        assert "(0 new and" in result.stdout + result.stderr, result.stdout + result.stderr
        assert 'type="unfinished"' not in copy.read_text(encoding="utf-8")
