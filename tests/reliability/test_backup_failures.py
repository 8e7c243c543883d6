"""Backups on a full disk and from a read-only catalogue; a refused restore leaves nothing."""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

import pytest
from PIL import Image

from catalog.db import Catalog
from catalog.errors import CatalogTooNew
from catalog.io.backup import backup, restore
from catalog.io.interchange_load import load_file
from tests.reliability.filesystems import small_filesystem
from tests.support.cli import run_spravka


def catalogue_with_a_big_image(folder: Path, tmp: Path) -> Path:
    image = tmp / "images" / "scan.png"
    image.parent.mkdir(parents=True)
    Image.frombytes("L", (1400, 1400), os.urandom(1400 * 1400)).save(image)
    file = tmp / "doc.json"
    data = {
        "format": "spravka-catalog",
        "version": 1,
        "persons": [{"id": "p1", "surname": "Зеров"}],
        "documents": [{"id": "d1", "pages": [{"image": "images/scan.png"}]}],
    }
    file.write_text(json.dumps(data), "utf-8")
    with Catalog.create(folder) as catalog:
        load_file(catalog, file)
    return folder


def test_a_backup_onto_a_full_disk_is_a_message_and_leaves_nothing(tmp_path: Path) -> None:
    catalog = catalogue_with_a_big_image(tmp_path / "catalog", tmp_path)
    with small_filesystem(tmp_path / "stick", size_mb=1) as fs:
        if not fs.mounted:
            pytest.fail("this test needs a tmpfs (run as root)")
        result = run_spravka("backup", fs.root / "copy", catalog=catalog)
        assert result.returncode == 1
        assert "Traceback" not in result.stderr
        assert "no space left on that disk" in result.stderr
        assert str(fs.root / "copy") in result.stderr
        assert list(fs.root.iterdir()) == []  # no partial copy left behind


def test_a_read_only_catalogue_can_be_backed_up(tmp_path: Path) -> None:
    with small_filesystem(tmp_path / "medium", size_mb=8) as fs:
        catalog = catalogue_with_a_big_image(fs.root / "catalog", tmp_path)
        fs.make_read_only()
        result = run_spravka("backup", tmp_path / "copy", catalog=catalog)
        assert result.returncode == 0, result.stderr
        assert "verified" in result.stdout
        restored = run_spravka("restore", tmp_path / "copy", tmp_path / "again")
        assert restored.returncode == 0, restored.stderr
        listing = run_spravka("person", "list", catalog=tmp_path / "again")
        assert "Зеров" in listing.stdout


def test_a_refused_newer_schema_restore_removes_what_it_wrote(
    catalog: Catalog, tmp_path: Path
) -> None:
    backup(catalog, tmp_path / "copy")
    connection = sqlite3.connect(tmp_path / "copy" / "catalog.sqlite")
    connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    connection.commit()
    connection.close()
    with pytest.raises(CatalogTooNew, match="nothing was changed"):
        restore(tmp_path / "copy", tmp_path / "restored")
    assert not (tmp_path / "restored").exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".restored")] == []
