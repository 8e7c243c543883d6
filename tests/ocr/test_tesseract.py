"""Tesseract missing, too old, or without a language: clear messages, nothing else breaks.

Real programs stand in for unsuitable installations: a PATH folder holding a script named
`tesseract` that reports an old version, or that hides a language of the real Tesseract.
"""

from __future__ import annotations

import shutil
import stat
from pathlib import Path

import pytest
from sqlalchemy import func, select

from catalog import models
from catalog.db import Catalog
from catalog.errors import InvalidInput
from catalog.ocr import TesseractUnavailable, require_tesseract, tesseract_status
from catalog.services.documents import DocumentFields, add_document, add_page
from tests.support.cli import run_spravka
from tests.support.pages import render_certificate

REAL = shutil.which("tesseract")


def _script(folder: Path, body: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "tesseract"
    path.write_text("#!/bin/sh\n" + body)
    path.chmod(path.stat().st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
    return folder


@pytest.fixture
def old_tesseract(tmp_path: Path) -> Path:
    return _script(
        tmp_path / "old-bin",
        'case "$1" in\n'
        '  --version) echo "tesseract 3.05.02"; echo " leptonica-1.74.4" ;;\n'
        '  --list-langs) echo "List of available languages (2):" >&2; echo eng >&2;'
        " echo rus >&2 ;;\n"
        "  *) exit 1 ;;\n"
        "esac\n",
    )


@pytest.fixture
def no_ukrainian(tmp_path: Path) -> Path:
    """The real Tesseract, on a machine where tesseract-ocr-ukr is not installed."""
    assert REAL, "the test machine has Tesseract (packaging/install-system-deps.sh)"
    return _script(
        tmp_path / "no-ukr-bin",
        'if [ "$1" = "--list-langs" ]; then\n'
        '  echo "List of available languages in \\"/usr/share/tessdata/\\" (2):"\n'
        "  echo eng; echo rus; exit 0\n"
        "fi\n"
        f'exec {REAL} "$@"\n',
    )


@pytest.fixture
def page_image(tmp_path: Path) -> Path:
    path = tmp_path / "page.png"
    render_certificate(dpi=100, colour=False).image.save(path)
    return path


def test_status_of_the_installed_tesseract() -> None:
    status = tesseract_status()
    assert status.available and status.problem == ""
    assert status.version.split(".")[0] in {"4", "5", "6"}
    assert {"rus", "eng"} <= set(status.languages)
    assert require_tesseract("rus+eng").path == status.path


def test_missing_tesseract(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    status = tesseract_status()
    assert not status.available
    assert "tesseract-ocr-rus" in status.problem and "not installed" in status.problem
    with pytest.raises(TesseractUnavailable) as error:
        require_tesseract("rus")
    assert "tesseract-ocr" in error.value.packages


def test_too_old_tesseract(old_tesseract: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(old_tesseract))
    status = tesseract_status()
    assert not status.available and status.version == "3.5.2"
    assert "too old" in status.problem and "4.1" in status.problem


def test_a_program_that_is_not_tesseract(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    program = _script(tmp_path / "b", "echo hello\n") / "tesseract"
    monkeypatch.setenv("SPRAVKA_TESSERACT", str(program))
    status = tesseract_status()
    assert not status.available and "did not report a Tesseract version" in status.problem


def test_a_malformed_language_list_is_refused() -> None:
    with pytest.raises(InvalidInput, match="not a list of Tesseract languages"):
        require_tesseract("rus+../x")


def test_missing_language_names_its_package(
    no_ukrainian: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", str(no_ukrainian))
    assert require_tesseract("rus+eng").available
    with pytest.raises(TesseractUnavailable) as error:
        require_tesseract("ukr+rus")
    assert "ukr (Ukrainian)" in str(error.value)
    assert "tesseract-ocr-ukr" in str(error.value)


def test_cli_reports_each_problem_and_the_rest_keeps_working(
    tmp_path: Path, old_tesseract: Path, no_ukrainian: Path, page_image: Path
) -> None:
    catalog_dir = tmp_path / "catalog"
    with Catalog.create(catalog_dir) as catalog:
        document = add_document(catalog, DocumentFields(title="a certificate"))
        add_page(catalog, document.id, catalog.blobs.put_file(page_image), media_type="image/png")

    empty = tmp_path / "empty-bin"
    empty.mkdir()
    missing = run_spravka("ocr", catalog=catalog_dir, env={"PATH": str(empty)})
    assert missing.returncode == 1
    assert "tesseract-ocr-rus" in missing.stderr and "Traceback" not in missing.stderr

    old = run_spravka("ocr-image", page_image, env={"PATH": str(old_tesseract)})
    assert old.returncode == 1 and "too old" in old.stderr and old.stdout == ""

    no_language = run_spravka(
        "ocr-image", page_image, "--lang", "ukr", env={"PATH": str(no_ukrainian)}
    )
    assert no_language.returncode == 1 and "tesseract-ocr-ukr" in no_language.stderr

    # Without OCR the catalogue is untouched and every other command still works.
    listing = run_spravka("person", "list", catalog=catalog_dir, env={"PATH": str(empty)})
    assert listing.returncode == 0
    with Catalog.open(catalog_dir) as catalog, catalog.read() as session:
        assert session.scalar(select(func.count(models.Transcription.id))) == 0
