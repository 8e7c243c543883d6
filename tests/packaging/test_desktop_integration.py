"""The desktop entry, AppStream metadata and icon are valid, and agree with the package."""

from __future__ import annotations

import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import catalog
from catalog.ocr import tesseract

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
DESKTOP = LINUX / "org.spravka.Spravka.desktop"
METAINFO = LINUX / "org.spravka.Spravka.metainfo.xml"


def test_the_desktop_entry_is_valid_and_starts_the_gui_script() -> None:
    result = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    entry = dict(line.split("=", 1) for line in DESKTOP.read_text().splitlines() if "=" in line)
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["gui-scripts"]
    assert entry["Exec"].split()[0] in scripts
    assert entry["Icon"] == DESKTOP.stem


def test_the_appstream_metadata_is_valid_and_names_this_release() -> None:
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(METAINFO)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == DESKTOP.stem
    assert root.find("launchable").text == DESKTOP.name
    versions = [release.get("version") for release in root.iter("release")]
    assert versions[0] == catalog.__version__


def test_the_icon_set_renders_from_the_svg(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "make_icons.py"), str(tmp_path)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    from PIL import Image

    for size in (16, 48, 256):
        png = tmp_path / "hicolor" / f"{size}x{size}" / "apps" / f"{DESKTOP.stem}.png"
        with Image.open(png) as image:
            assert image.size == (size, size)
            # Not an empty canvas: the drawing is there.
            assert image.getextrema()[3][1] == 255
    assert (tmp_path / "spravka.ico").stat().st_size > 0


def test_a_built_application_uses_its_bundled_tesseract(tmp_path: Path, monkeypatch) -> None:
    (tmp_path / "tesseract").mkdir()
    bundled = tmp_path / "tesseract" / "tesseract"
    bundled.write_text("#!/bin/sh\nexit 0\n")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(tmp_path / "spravka"))
    monkeypatch.delenv(tesseract.ENV_TESSERACT, raising=False)
    assert tesseract.find_tesseract() == str(bundled)
    # An explicit setting still wins over the bundled copy.
    monkeypatch.setenv(tesseract.ENV_TESSERACT, "/opt/tesseract/bin/tesseract")
    assert tesseract.find_tesseract() == "/opt/tesseract/bin/tesseract"
