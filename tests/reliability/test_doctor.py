"""`spravka doctor` and the quick check on opening: byte-level damage found, the way back named."""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

import pytest

from catalog.db import Catalog
from catalog.doctor import doctor
from catalog.errors import CatalogDamaged
from catalog.integrity import quick_check
from catalog.io.backup import rotate_backups
from catalog.services.persons import PersonFields, add_person
from tests.io import family
from tests.support.cli import run_spravka


@pytest.fixture
def real(tmp_path: Path) -> Path:
    """A catalogue with persons, documents, page images and an automatic backup."""
    folder = tmp_path / "catalog"
    with Catalog.create(folder) as catalog:
        family.build(catalog, tmp_path / "source")
        rotate_backups(catalog)
    return folder


def damage_middle(path: Path, length: int = 8192) -> None:
    """Overwrite `length` bytes from the 4 KiB boundary nearest the middle of the file: whole
    database pages, headers included (bytes in the unused part of a page would go unnoticed by
    SQLite, and harm nothing)."""
    size = path.stat().st_size
    path.chmod(0o644)
    start = (size // 2) // 4096 * 4096 if size > 3 * length else size // 3
    with open(path, "r+b") as handle:
        handle.seek(start)
        handle.write(bytes((i * 37 + 11) % 256 for i in range(min(length, size // 4))))


def a_blob(folder: Path) -> Path:
    return next(p for p in sorted((folder / "blobs").rglob("*")) if p.is_file())


def test_a_healthy_catalogue(real: Path) -> None:
    report = doctor(real)
    assert report.healthy and report.images_checked == 3
    result = run_spravka("doctor", "--json", catalog=real)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["healthy"] is True and data["findings"] == []


def test_damage_to_the_database_and_a_blob_is_found_and_the_backup_named(real: Path) -> None:
    damage_middle(real / "catalog.sqlite")
    blob = a_blob(real)
    damage_middle(blob, 64)

    result = run_spravka("doctor", catalog=real)

    assert result.returncode == 1
    assert "DAMAGED: the database" in result.stdout
    assert f"an image no longer matches its SHA-256 (damaged): {blob.name}" in result.stdout
    backup = next((real / "backups").iterdir())
    assert f"the newest automatic backup that passes the checks is {backup}" in result.stdout
    russian = run_spravka("doctor", "--lang", "ru", catalog=real)
    assert russian.returncode == 1 and "ПОВРЕЖДЕНО" in russian.stdout
    assert f"Путь назад: новейшая автоматическая копия, прошедшая проверки, — {backup}" in (
        russian.stdout
    )
    data = json.loads(run_spravka("doctor", "--json", catalog=real).stdout)
    assert data["database_damaged"] is True and data["backup"] == str(backup)
    assert {f["kind"] for f in data["findings"]} >= {"blob_damaged"}
    assert any(f["area"] == "database" and f["serious"] for f in data["findings"])

    # The way back: restored into a new folder, named in the message; the damaged one untouched.
    target = real.parent / "restored"
    restored = run_spravka("doctor", "--restore", target, catalog=real)
    assert restored.returncode == 1
    assert f"was restored into {target}" in restored.stdout
    with Catalog.open(target) as catalog:
        assert catalog.damage is None
        with catalog.read() as session:
            assert session.execute(sqlite_text("SELECT count(*) FROM persons")).scalar() == 2


def sqlite_text(sql: str):  # type: ignore[no-untyped-def]
    from sqlalchemy import text

    return text(sql)


def test_opening_a_damaged_catalogue_refuses_writes_with_the_way_back(real: Path) -> None:
    damage_middle(real / "catalog.sqlite")
    assert quick_check(real / "catalog.sqlite")
    with Catalog.open(real) as catalog:
        assert catalog.read_only and catalog.damage is not None
        with pytest.raises(CatalogDamaged) as refused:
            add_person(catalog, PersonFields(surname="Новая"))
        assert "spravka doctor" in str(refused.value)
        assert "backups/auto-" in str(refused.value)

    added = run_spravka("person", "add", "--surname", "Новая", catalog=real)
    assert added.returncode == 1
    assert "is damaged" in added.stderr and "Traceback" not in added.stderr
    for command in (["search", "Карпенко"], ["person", "list"], ["check"], ["dump"]):
        result = run_spravka(*command, catalog=real)
        assert "Traceback" not in result.stderr, (command, result.stderr)
        assert result.returncode == 0 or "damaged" in result.stderr, (command, result.stderr)


def test_index_out_of_step_and_dangling_rows_are_reported(real: Path) -> None:
    connection = sqlite3.connect(real / "catalog.sqlite")
    connection.execute("DELETE FROM search_persons WHERE person_id = 1")
    connection.execute("DELETE FROM search_texts WHERE page_id IS NOT NULL")
    connection.execute("PRAGMA foreign_keys = OFF")
    connection.execute("UPDATE claims SET person_id = 999 WHERE id = 1")
    connection.commit()
    connection.close()
    report = doctor(real)
    kinds = {f.kind for f in report.findings}
    assert {"index_missing", "index_stale", "foreign_key"} <= kinds
    assert not report.healthy


def test_orphaned_and_missing_images(real: Path) -> None:
    with Catalog.open(real) as catalog:
        catalog.blobs.put_bytes(b"an image nobody refers to")
    report = doctor(real)
    assert report.healthy  # an orphan is harmless
    assert [f.kind for f in report.findings] == ["blob_orphaned"]
    connection = sqlite3.connect(real / "catalog.sqlite")
    cited = connection.execute("SELECT blob_sha256 FROM pages ORDER BY id").fetchone()[0]
    connection.close()
    next((real / "blobs").rglob(cited)).unlink()
    report = doctor(real)
    assert not report.healthy
    assert [f.subject for f in report.findings if f.kind == "blob_missing"] == [cited]


def test_the_check_on_opening_keeps_to_its_budget_and_remembers_a_pass(real: Path) -> None:
    from catalog.integrity import QUICK_CHECK_MEMO, _quick_check, check_on_open

    # Out of time at once: not a whole pass, nothing found (doctor is the whole check).
    assert _quick_check(real / "catalog.sqlite", 0.0) == ([], False)
    assert check_on_open(real) == []
    assert (real / "cache" / QUICK_CHECK_MEMO).is_file()  # a whole pass, remembered
    damage_middle(real / "catalog.sqlite")
    # The file changed since the remembered pass: checked again, and the damage found.
    assert check_on_open(real)


def test_a_check_cut_short_is_remembered_for_the_same_bytes(real: Path) -> None:
    from catalog.integrity import QUICK_CHECK_MEMO, check_on_open

    db = real / "catalog.sqlite"
    # Out of time at once (a very large catalogue): nothing found, and remembered as such, so the
    # next command on the same file does not spend its budget again.
    assert check_on_open(real, seconds=0.0) == []
    memo = json.loads((real / "cache" / QUICK_CHECK_MEMO).read_text("utf-8"))
    assert memo["complete"] is False
    # Proof that the memo is what answers: damage that keeps the size and time goes unseen …
    before = db.stat()
    damage_middle(db)
    os.utime(db, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert check_on_open(real) == []
    # … and once the file's time moves, the check runs and finds it.
    os.utime(db, ns=(before.st_atime_ns, before.st_mtime_ns + 1_000_000))
    assert check_on_open(real)


def test_spravkas_own_writes_carry_the_check_forward(real: Path) -> None:
    from catalog.integrity import QUICK_CHECK_MEMO

    memo_path = real / "cache" / QUICK_CHECK_MEMO
    with Catalog.open(real) as catalog:
        checked_at = json.loads(memo_path.read_text("utf-8"))["at"]
        add_person(catalog, PersonFields(surname="Новиков", given_name="Иван"))
    db = real / "catalog.sqlite"
    memo = json.loads(memo_path.read_text("utf-8"))
    stat = db.stat()
    assert memo["stamp"] == [stat.st_size, stat.st_mtime_ns, stat.st_ino]
    assert memo["at"] == checked_at  # still checked again within the hour
    # A change by anything else is not carried: the next opening checks the file again.
    damage_middle(db)
    with Catalog.open(real) as catalog:
        assert catalog.damage is not None and catalog.read_only


def test_reading_commands_on_a_badly_damaged_catalogue_give_the_message(real: Path) -> None:
    db = real / "catalog.sqlite"
    size = db.stat().st_size
    with open(db, "r+b") as handle:  # everything but the first and last two pages
        handle.seek(8192)
        handle.write(bytes((i * 101 + 7) % 256 for i in range(size - 16384)))
    for command in (["search", "Карпенко"], ["person", "list"], ["dump"], ["check"]):
        result = run_spravka(*command, catalog=real)
        assert result.returncode == 1, command
        assert "Traceback" not in result.stderr
        assert "is damaged" in result.stderr and "spravka doctor" in result.stderr
