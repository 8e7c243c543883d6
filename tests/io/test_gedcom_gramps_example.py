"""Done when: Gramps' example tree, exported by Gramps as GEDCOM, comes into a new catalogue, and
Spravka's export of that catalogue goes back into Gramps with all its families and no errors."""

from __future__ import annotations

import gzip
import os
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from sqlalchemy import func, select

from catalog import models
from catalog.db import Catalog
from catalog.io.gedcom import export_gedcom
from catalog.io.gedcom_import import import_gedcom
from tests.io.test_gedcom import GRAMPS_NS, grammar_errors

EXAMPLES = (
    "/usr/share/doc/gramps/example/gramps/example.gramps",
    "/usr/share/doc/gramps/example/gramps/example.gramps.gz",
    "/usr/share/gramps/example/gramps/example.gramps",
)


def example_tree() -> Path:
    for candidate in EXAMPLES:
        if Path(candidate).is_file():
            return Path(candidate)
    raise AssertionError("Gramps' example tree is missing (the gramps package installs it)")


def gramps_convert(source: Path, out: Path, home: Path) -> str:
    """Gramps imports `source` into a new tree and exports it as `out` (the format by its
    extension), under a home of its own; returns what it printed."""
    gramps = shutil.which("gramps")
    assert gramps, "Gramps is needed (packaging/install-system-deps.sh installs it)"
    home.mkdir(parents=True, exist_ok=True)
    env = {
        **os.environ,
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CACHE_HOME": str(home / "cache"),
        "LANG": "C.UTF-8",
        "LC_ALL": "C.UTF-8",
    }
    env.pop("DISPLAY", None)
    result = subprocess.run(
        [gramps, "-y", "-C", "tree", "-i", str(source), "-e", str(out)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        env=env,
        timeout=600,
        check=False,
    )
    log = result.stdout + result.stderr
    assert result.returncode == 0 and out.is_file(), log
    return log


def count(catalog: Catalog, model: type[models.Base]) -> int:
    with catalog.read() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


@pytest.mark.slow
def test_gramps_example_tree_comes_in_and_goes_back(tmp_path: Path) -> None:
    ged = tmp_path / "example.ged"
    gramps_convert(example_tree(), ged, tmp_path / "gramps-home")
    text = ged.read_text("utf-8")
    individuals = len(re.findall(r"^0 @[^@]+@ INDI", text, re.MULTILINE))
    families = len(re.findall(r"^0 @[^@]+@ FAM", text, re.MULTILINE))
    assert individuals > 2000 and families > 700

    # The tree's pictures, copied beside the file as a person moving a tree does: the paths
    # Gramps wrote point to where its own build kept them.
    pictures = [p for p in example_tree().parent.iterdir() if p.suffix in (".jpg", ".png")]
    linked = {Path(v).name for v in re.findall(r"^\d FILE (.*)$", text, re.MULTILINE)}
    for picture in pictures:
        if picture.name in linked:
            shutil.copy(picture, tmp_path / picture.name)

    with Catalog.create(tmp_path / "catalog") as catalog:
        report = import_gedcom(catalog, ged)
        assert report.created["person"] == individuals == count(catalog, models.Person)
        assert report.created["relationship"] > families
        assert report.created["page"] >= 6  # the portraits and the scanned microfilm
        # The only problems are the dates before the year 1000 that the catalogue cannot hold.
        assert all("year must be between" in p.message for p in report.problems), report.problems
        assert report.unmapped  # coordinates, media, associations: reported, not dropped silently

        again = import_gedcom(catalog, ged)
        assert sum(again.created.values()) == 0
        assert again.present["person"] == individuals

        out = tmp_path / "spravka.ged"
        exported = export_gedcom(catalog, out)
        assert exported.families == families
        assert grammar_errors(out.read_text("utf-8")) == []

    check = tmp_path / "check.gramps"
    log = gramps_convert(out, check, tmp_path / "gramps-check")
    tree = ET.fromstring(gzip.decompress(check.read_bytes()))
    assert "No errors detected" in log, log[-3000:]
    assert len(tree.findall(".//g:people/g:person", GRAMPS_NS)) == individuals
    assert len(tree.findall(".//g:families/g:family", GRAMPS_NS)) == families
