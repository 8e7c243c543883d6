"""A full disk and a read-only catalogue: reported clearly, nothing already saved is lost."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.reliability.filesystems import small_filesystem
from tests.support.cli import offline_env, run_spravka


def spravka_in(fs, *args: str | os.PathLike[str]) -> subprocess.CompletedProcess[str]:
    """Run the CLI under the file system's limits (a size cap when no tmpfs could be mounted)."""
    return subprocess.run(
        [sys.executable, "-P", "-m", "catalog", *map(os.fspath, args)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=offline_env(),
        preexec_fn=fs.preexec(),
        timeout=300,
    )


def persons_file(path: Path, count: int, prefix: str) -> Path:
    people = [
        {"id": f"{prefix}{i}", "surname": f"{prefix}Фамилия{i}", "notes": "запись " * 200}
        for i in range(count)
    ]
    path.write_text(
        json.dumps(
            {"format": "spravka-catalog", "version": 1, "persons": people}, ensure_ascii=False
        ),
        encoding="utf-8",
    )
    return path


def integrity(catalog: Path) -> str:
    connection = sqlite3.connect(f"file:{catalog / 'catalog.sqlite'}?mode=ro", uri=True)
    try:
        return connection.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        connection.close()


def test_a_full_disk_is_reported_and_loses_nothing_already_saved(tmp_path: Path) -> None:
    with small_filesystem(tmp_path / "small", size_mb=3) as fs:
        catalog = fs.root / "catalog"
        assert spravka_in(fs, "--catalog", catalog, "init").returncode == 0
        first = spravka_in(
            fs, "--catalog", catalog, "load", persons_file(tmp_path / "a.json", 20, "A")
        )
        assert first.returncode == 0, first.stderr
        before = spravka_in(fs, "--catalog", catalog, "dump").stdout

        # About 6 MB of notes cannot fit in a 3 MB file system.
        big = persons_file(tmp_path / "big.json", 3000, "B")
        result = spravka_in(fs, "--catalog", catalog, "load", big)
        assert result.returncode == 1
        assert "Traceback" not in result.stderr
        assert "disk is full" in result.stderr or "cannot write" in result.stderr
        assert "nothing already saved was lost" in result.stderr

        assert integrity(catalog) == "ok"
        after = spravka_in(fs, "--catalog", catalog, "dump")
        assert after.returncode == 0 and after.stdout == before


def test_a_read_only_catalogue_can_be_read_and_refuses_writes(tmp_path: Path) -> None:
    with small_filesystem(tmp_path / "medium", size_mb=8) as fs:
        catalog = fs.root / "catalog"
        run_spravka("init", catalog=catalog)
        run_spravka("person", "add", "Зеров", "Микола", "Костьович", catalog=catalog)
        before = run_spravka("dump", catalog=catalog).stdout
        fs.make_read_only()

        listing = run_spravka("person", "list", catalog=catalog)
        assert listing.returncode == 0, listing.stderr
        assert "Зеров Микола Костьович" in listing.stdout

        refused = run_spravka("person", "add", "Курбас", "Лесь", catalog=catalog)
        assert refused.returncode == 1
        assert "read-only" in refused.stderr and "Traceback" not in refused.stderr
        assert run_spravka("dump", catalog=catalog).stdout == before


@pytest.mark.parametrize("size_mb", [1])
def test_images_that_do_not_fit_are_refused_with_the_path(tmp_path: Path, size_mb: int) -> None:
    from PIL import Image

    with small_filesystem(tmp_path / "tiny", size_mb=size_mb) as fs:
        catalog = fs.root / "catalog"
        assert spravka_in(fs, "--catalog", catalog, "init").returncode == 0
        image = tmp_path / "images" / "scan.png"
        image.parent.mkdir()
        Image.frombytes("L", (1600, 1600), os.urandom(1600 * 1600)).save(image)
        file = tmp_path / "doc.json"
        file.write_text(
            json.dumps(
                {
                    "format": "spravka-catalog",
                    "version": 1,
                    "documents": [{"id": "d1", "pages": [{"image": "images/scan.png"}]}],
                }
            ),
            encoding="utf-8",
        )
        result = spravka_in(fs, "--catalog", catalog, "load", file)
        assert result.returncode == 1
        assert "cannot write" in result.stderr and str(catalog / "blobs") in result.stderr
        assert integrity(catalog) == "ok"
        leftovers = [p for p in (catalog / "blobs").rglob("*") if p.is_file()]
        assert leftovers == []
