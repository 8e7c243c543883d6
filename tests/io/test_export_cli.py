"""The export, package and backup commands as a person runs them (real subprocesses)."""

from __future__ import annotations

import zipfile
from pathlib import Path

from catalog.db import Catalog
from tests.support.cli import run_spravka

Family = tuple[Catalog, dict[str, int]]


def test_export_commands(family_catalog: Family, tmp_path: Path) -> None:
    catalog, ids = family_catalog
    folder = catalog.folder
    out = tmp_path / "out"
    out.mkdir()
    result = run_spravka("export", "gedcom", out / "f.ged", "--person", "p1", catalog=folder)
    assert result.returncode == 0, result.stderr
    assert "1 person(s)" in result.stdout and (out / "f.ged").read_text().startswith("0 HEAD")
    result = run_spravka(
        "export", "dossier", out / "d.pdf", "--person", "p1", "--language", "uk", catalog=folder
    )
    assert result.returncode == 0, result.stderr
    assert (out / "d.pdf").read_bytes().startswith(b"%PDF")
    result = run_spravka(
        "export", "alto", out / "alto", "--document", str(ids["d1"]), catalog=folder
    )
    assert result.returncode == 0 and (out / "alto" / f"{ids['d1']}-001.xml").is_file()
    result = run_spravka("export", "package", out / "p.zip", catalog=folder)
    assert result.returncode == 0, result.stderr
    with zipfile.ZipFile(out / "p.zip") as archive:
        assert "manifest.json" in archive.namelist()
    # Errors: a person that does not exist, and a missing required option.
    result = run_spravka("export", "dossier", out / "x.pdf", "--person", "nobody", catalog=folder)
    assert result.returncode == 1 and "no person with id nobody" in result.stderr
    assert not (out / "x.pdf").exists()
    result = run_spravka("export", "pdf", out / "x.pdf", catalog=folder)
    assert result.returncode == 2


def test_package_and_backup_commands(family_catalog: Family, tmp_path: Path) -> None:
    catalog, _ids = family_catalog
    package = tmp_path / "family.zip"
    assert run_spravka("export", "package", package, catalog=catalog.folder).returncode == 0
    other = tmp_path / "other"
    assert run_spravka("init", catalog=other).returncode == 0
    result = run_spravka("import", "package", package, catalog=other)
    assert result.returncode == 0, result.stderr
    assert "2 person(s) added" in result.stdout
    damaged = tmp_path / "damaged.zip"
    damaged.write_bytes(package.read_bytes()[:-100])
    result = run_spravka("import", "package", damaged, catalog=other)
    assert result.returncode == 1
    assert "refused, nothing was changed" in result.stderr and str(damaged) in result.stderr

    result = run_spravka("backup", tmp_path / "backup", "--copy", catalog=other)
    assert result.returncode == 0, result.stderr
    assert "3 image(s)" in result.stdout
    result = run_spravka("restore", tmp_path / "backup", tmp_path / "restored")
    assert result.returncode == 0, result.stderr
    with Catalog.open(tmp_path / "restored") as restored, Catalog.open(other) as original:
        assert restored.uid == original.uid
    result = run_spravka("restore", tmp_path / "backup", catalog=other)
    assert result.returncode == 1 and "never overwrites" in result.stderr
