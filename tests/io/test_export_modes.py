"""Exports are ordinary files: their mode follows the umask, as any other program's would."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from catalog.db import Catalog
from catalog.io.csv_export import export_csv
from catalog.io.gedcom import export_gedcom
from catalog.io.package_export import export_package
from tests.support.cli import offline_env

Family = tuple[Catalog, dict[str, int]]


@pytest.fixture
def umask_002():  # type: ignore[no-untyped-def]
    previous = os.umask(0o002)
    yield
    os.umask(previous)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_exports_follow_the_umask(family_catalog: Family, tmp_path: Path, umask_002: None) -> None:
    catalog, _ids = family_catalog
    export_gedcom(catalog, tmp_path / "tree.ged")
    export_csv(catalog, tmp_path / "tables")
    export_package(catalog, tmp_path / "family.zip")
    written = [tmp_path / "tree.ged", tmp_path / "family.zip",
               *sorted((tmp_path / "tables").iterdir())]  # fmt: skip
    assert {path.name: mode(path) for path in written} == {path.name: 0o664 for path in written}


def test_dump_follows_the_umask(family_catalog: Family, tmp_path: Path) -> None:
    catalog, _ids = family_catalog
    out = tmp_path / "all.json"
    script = "import os, sys; os.umask(0o022); from catalog.cli.main import main; sys.exit(main())"
    result = subprocess.run(
        [sys.executable, "-P", "-c", script, "--catalog", str(catalog.folder), "dump", "-o",
         str(out)],
        capture_output=True, text=True, env=offline_env(),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert mode(out) == 0o644
