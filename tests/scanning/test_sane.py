"""Scanning through SANE's own `test` backend (a virtual scanner), as CI runs it for real."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

from catalog.progress import Cancelled, CancelToken
from catalog.scanning import (
    SaneUnavailable,
    ScanFailed,
    device_options,
    list_devices,
    scan_page,
)
from catalog.services.documents import get_document
from tests.support.cli import run_spravka

# The project's SANE configuration that enables only the test backend (Debian ships it
# disabled in /etc/sane.d/dll.conf, and tests do not edit system files).
SANE_CONFIG = Path(__file__).resolve().parents[2] / "resources" / "sane"


@pytest.fixture(autouse=True)
def test_backend(monkeypatch) -> None:
    monkeypatch.setenv("SANE_CONFIG_DIR", str(SANE_CONFIG))


def test_the_virtual_scanner_is_listed_with_its_options() -> None:
    names = [device.name for device in list_devices()]
    assert "test:0" in names
    options = device_options("test:0")
    assert "Gray" in options.modes and "Color" in options.modes
    assert options.resolution_range == (1, 1200)


def test_scanning_a_page(tmp_path) -> None:
    seen = []
    path = scan_page(
        "test:0",
        resolution=75,
        mode="Color",
        options={"test-picture": "Grid"},
        out_dir=tmp_path,
        progress=seen.append,
    )
    with Image.open(path) as image:
        assert image.format == "PNG" and image.mode == "RGB"
        # The test scanner's default area is 80 x 100 mm: at 75 dpi, 236 x 295 pixels.
        assert image.size == (236, 295)
        assert image.info["dpi"] == pytest.approx((75, 75), abs=0.5)
        assert image.convert("L").getextrema() == (0, 255)  # black grid lines on white
    assert seen[-1].done == 100


def test_a_missing_scanner_and_a_refused_mode_say_what_is_wrong(tmp_path) -> None:
    with pytest.raises(ScanFailed, match="cannot be opened"):
        scan_page("test:9", resolution=75, out_dir=tmp_path)
    with pytest.raises(ScanFailed, match="no mode 'Colour'; it offers Gray, Color"):
        scan_page("test:0", resolution=75, mode="Colour", out_dir=tmp_path)


def test_a_cancelled_scan_stops_the_scanner(tmp_path) -> None:
    cancel = CancelToken()
    cancel.cancel()
    with pytest.raises(Cancelled):
        scan_page("test:0", resolution=600, cancel=cancel, out_dir=tmp_path)


def test_without_sane_the_error_says_so(monkeypatch) -> None:
    monkeypatch.setenv("PATH", "/nonexistent")
    with pytest.raises(SaneUnavailable, match="sane-utils"):
        list_devices()


def test_scan_command_puts_a_page_in_the_catalogue(catalog) -> None:
    catalog.close()
    result = run_spravka(
        "scan",
        "--device",
        "test:0",
        "--resolution",
        "100",
        "--option",
        "test-picture=Grid",
        "--kind",
        "death_certificate",
        catalog=catalog.folder,
    )
    assert result.returncode == 0, result.stderr
    assert "new document 1:" in result.stdout
    again = run_spravka(
        "scan",
        "--device",
        "test:0",
        "--resolution",
        "100",
        "--document",
        "1",
        "--option",
        "test-picture=Color pattern",
        "--mode",
        "Color",
        catalog=catalog.folder,
    )
    assert again.returncode == 0, again.stderr
    detail = get_document(catalog, 1)
    assert detail.summary.kind == "death_certificate"
    # 80 x 100 mm at 100 dpi
    assert [(p.width, p.height, p.dpi) for p in detail.pages] == [(314, 393, 100)] * 2
    assert detail.pages[0].origin_name.startswith("scan-test-0-")


def test_scan_command_without_sane(catalog, tmp_path) -> None:
    catalog.close()
    result = run_spravka("scan", catalog=catalog.folder, env={"PATH": str(tmp_path)})
    assert result.returncode == 1
    assert "scanning needs SANE" in result.stderr and "spravka inbox" in result.stderr
