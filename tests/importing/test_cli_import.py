"""`spravka import` and `spravka inbox` as a person runs them: messages, exit codes, JSON."""

from __future__ import annotations

import json
import os

import pytest

from catalog.cli.main import main
from tests.support import images
from tests.support.cli import run_spravka


def test_import_reports_documents_problems_and_duplicates(catalog, tmp_path) -> None:
    folder = tmp_path / "box"
    images.jpeg(folder / "1.jpg", images.text_page(seed=1))
    images.pdf(folder / "2.pdf", pages=2)
    images.write(folder / "notes.jpg", b"not a picture at all")
    catalog.close()
    result = run_spravka("import", folder, "--kind", "archival_reply", catalog=catalog.folder)
    assert result.returncode == 1  # one file could not be imported
    assert "new document 1: 1 (1 page(s))" in result.stdout
    assert "new document 2: 2 (2 page(s))" in result.stdout
    assert f"spravka: {folder / 'notes.jpg'}: named .jpg, but the content is a text file" in (
        result.stderr
    )
    again = run_spravka("import", folder / "1.jpg", "--json", catalog=catalog.folder)
    assert again.returncode == 0
    report = json.loads(again.stdout)
    assert report["duplicates"][0]["document_id"] == 1 and report["pages"] == []


def test_import_refuses_bad_options_before_touching_files(catalog, tmp_path, capsys) -> None:
    file = images.png(tmp_path / "a.png")
    where = ["--catalog", str(catalog.folder)]
    assert main([*where, "import", str(file), "--person", "999"]) == 1
    assert "no person with id 999" in capsys.readouterr().err
    with pytest.raises(SystemExit) as usage:
        main([*where, "import", str(file), "--kind", "novel"])
    assert usage.value.code == 2
    assert main([*where, "import", str(file), "--dpi", "20"]) == 1
    assert "1200 dpi" in capsys.readouterr().err
    assert list((catalog.folder / "blobs").iterdir()) == []


def test_import_package_goes_to_the_exchange_package_import(catalog, tmp_path) -> None:
    catalog.close()
    missing = tmp_path / "exchange.zip"
    result = run_spravka("import", "package", missing, catalog=catalog.folder)
    assert result.returncode == 1
    # The package import answered (its own wording), not the image import.
    assert f"{missing}: refused, nothing was changed: file not found" in result.stderr


def test_inbox_command_imports_once(catalog, tmp_path) -> None:
    inbox = tmp_path / "inbox"
    scan = images.png(inbox / "scan.png")
    stat = scan.stat()
    os.utime(scan, ns=(stat.st_atime_ns, stat.st_mtime_ns - 10**11))
    catalog.close()
    first = run_spravka("inbox", inbox, catalog=catalog.folder)
    assert first.returncode == 0, first.stderr
    assert "new document 1: scan (1 page(s))" in first.stdout
    second = run_spravka("inbox", inbox, catalog=catalog.folder)
    assert "1 file(s) imported before" in second.stdout
    assert "new document 2" not in second.stdout
