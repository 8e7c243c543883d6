"""Backup and restore: an identical catalogue back, verified, never overwriting; rotation."""

from __future__ import annotations

import datetime as dt
import io
import json
import os
from pathlib import Path

import pytest

from catalog.db import Catalog
from catalog.io.backup import BackupError, backup, list_backups, restore, rotate_backups
from catalog.io.interchange_dump import dump_catalog
from catalog.services.persons import update_person
from catalog.store import sha256_of_file

Family = tuple[Catalog, dict[str, int]]


def dump_text(catalog: Catalog) -> str:
    out = io.StringIO()
    dump_catalog(catalog, out, base_dir=catalog.folder)
    return out.getvalue()


def blob_hashes(catalog: Catalog) -> dict[str, str]:
    return {sha: sha256_of_file(catalog.blobs.path(sha)) for sha in catalog.blobs}


def test_backup_then_restore_gives_an_identical_catalogue(
    family_catalog: Family, tmp_path: Path
) -> None:
    catalog, _ids = family_catalog
    report = backup(catalog, tmp_path / "backup", link=False)
    assert report.complete and report.images == 3 and report.copied == 3
    info = json.loads((tmp_path / "backup" / "backup.json").read_text("utf-8"))
    assert info["format"] == "spravka-backup" and info["catalog_uid"] == catalog.uid

    restored = restore(tmp_path / "backup", tmp_path / "restored")
    assert restored.complete and restored.images == 3
    with Catalog.open(tmp_path / "restored") as copy:
        assert dump_text(copy) == dump_text(catalog)
        assert blob_hashes(copy) == blob_hashes(catalog)
        assert all(sha == digest for sha, digest in blob_hashes(copy).items())
        assert copy.uid == catalog.uid
    # The restored catalogue is independent of the backup.
    assert not any(name.endswith(".partial") for name in os.listdir(tmp_path))


def test_backup_while_writing_is_consistent(family_catalog: Family, tmp_path: Path) -> None:
    catalog, ids = family_catalog
    # A write transaction left open while backing up: the copy holds the committed state only.
    with catalog.write() as session:
        from catalog import models

        session.get(models.Person, ids["p2"]).notes = "uncommitted"
        session.flush()
        backup(catalog, tmp_path / "backup")
    restore(tmp_path / "backup", tmp_path / "restored")
    with Catalog.open(tmp_path / "restored") as copy:
        assert "uncommitted" not in dump_text(copy)


def test_same_disk_backup_hard_links_images(family_catalog: Family, tmp_path: Path) -> None:
    catalog, _ids = family_catalog
    report = backup(catalog, tmp_path / "linked")
    assert report.linked == 3 and report.copied == 0
    sha = next(iter(catalog.blobs))
    source = catalog.blobs.path(sha)
    target = tmp_path / "linked" / "blobs" / sha[:2] / sha[2:4] / sha
    assert os.path.samefile(source, target)


def test_refuses_to_overwrite(family_catalog: Family, tmp_path: Path) -> None:
    catalog, _ids = family_catalog
    (tmp_path / "full").mkdir()
    (tmp_path / "full" / "keep.txt").write_text("mine")
    with pytest.raises(BackupError, match="never overwrites"):
        backup(catalog, tmp_path / "full")
    assert os.listdir(tmp_path / "full") == ["keep.txt"]
    backup(catalog, tmp_path / "backup")
    with pytest.raises(BackupError, match="restore never overwrites"):
        restore(tmp_path / "backup", catalog.folder)
    (tmp_path / "empty").mkdir()
    assert restore(tmp_path / "backup", tmp_path / "empty").complete  # an empty folder is fine


def test_missing_and_damaged_images_are_reported(family_catalog: Family, tmp_path: Path) -> None:
    catalog, _ids = family_catalog
    first, second = sorted(catalog.blobs)[:2]
    catalog.blobs.path(first).unlink()
    damaged = catalog.blobs.path(second)
    os.chmod(damaged, 0o644)
    damaged.write_bytes(b"not the image any more")
    report = backup(catalog, tmp_path / "backup", link=False)
    assert report.missing == (first,) and report.damaged == (second,)
    assert not report.complete and "MISSING" in report.summary()
    info = json.loads((tmp_path / "backup" / "backup.json").read_text("utf-8"))
    assert info["missing_images"] == [first] and info["damaged_images"] == [second]


def test_damaged_backup_database_is_refused(family_catalog: Family, tmp_path: Path) -> None:
    catalog, _ids = family_catalog
    backup(catalog, tmp_path / "backup")
    database = tmp_path / "backup" / "catalog.sqlite"
    data = bytearray(database.read_bytes())
    data[4096 : 4096 + 2048] = bytes(range(256)) * 8  # scribble over a b-tree page
    database.write_bytes(bytes(data))
    with pytest.raises(BackupError, match=r"integrity|cannot be read"):
        restore(tmp_path / "backup", tmp_path / "restored")
    assert not (tmp_path / "restored").exists()


def test_restore_refuses_what_is_not_a_backup(tmp_path: Path) -> None:
    (tmp_path / "nothing").mkdir()
    with pytest.raises(BackupError, match="not a Spravka backup"):
        restore(tmp_path / "nothing", tmp_path / "new")
    (tmp_path / "newer").mkdir()
    (tmp_path / "newer" / "backup.json").write_text('{"format": "spravka-backup", "version": 9}')
    with pytest.raises(BackupError, match="newer Spravka"):
        restore(tmp_path / "newer", tmp_path / "new")


def test_rotation_backs_up_changes_and_keeps_the_newest(family_catalog: Family) -> None:
    catalog, ids = family_catalog
    times = iter(dt.datetime(2026, 1, 1, 12, minute) for minute in range(10))
    first = rotate_backups(catalog, keep=2, now=next(times))
    assert first.created is not None and first.created.complete and first.removed == ()
    unchanged = rotate_backups(catalog, keep=2, now=next(times))
    assert unchanged.created is None  # nothing changed since the last backup
    made = [first.created.folder]
    for note in ("first edit", "second edit"):
        update_person(catalog, ids["p2"], notes=note)
        result = rotate_backups(catalog, keep=2, now=next(times))
        made.append(result.created.folder)
    assert list_backups(catalog) == made[-2:]
    assert not made[0].exists()
    restored = restore(made[-1], catalog.folder.parent / "from-auto")
    with Catalog.open(restored.folder) as copy:
        assert "second edit" in dump_text(copy)
    with pytest.raises(BackupError, match="keep at least one"):
        rotate_backups(catalog, keep=0)


def test_cancelled_work_leaves_no_partial_output(family_catalog: Family, tmp_path: Path) -> None:
    from catalog.io.package_export import export_package
    from catalog.progress import Cancelled, CancelToken, Progress

    catalog, _ids = family_catalog
    token = CancelToken()
    seen: list[Progress] = []

    def cancel_after_first(progress: Progress) -> None:
        seen.append(progress)
        token.cancel()

    with pytest.raises(Cancelled):
        backup(catalog, tmp_path / "backup", progress=cancel_after_first, cancel=token)
    with pytest.raises(Cancelled):
        export_package(catalog, tmp_path / "p.zip", cancel=token)
    assert seen and sorted(p.name for p in tmp_path.iterdir()) == ["catalog", "source"]


def test_missing_image_is_reported_through_progress(family_catalog: Family, tmp_path: Path) -> None:
    catalog, _ids = family_catalog
    lost = sorted(catalog.blobs)[0]
    catalog.blobs.path(lost).unlink()
    problems: list[str] = []
    backup(
        catalog, tmp_path / "b", progress=lambda p: p.item_error and problems.append(p.item_error)
    )
    assert problems == [f"image {lost} is missing"]


def test_exit_backups_do_not_hash_unchanged_images_again(
    family_catalog: Family, tmp_path: Path
) -> None:
    from PIL import Image

    from catalog.services.documents import DocumentFields, add_document, add_page

    catalog, _ids = family_catalog
    first = rotate_backups(catalog, keep=3, now=dt.datetime(2026, 1, 1, 12, 0))
    assert first.created.hashed == 3
    image = tmp_path / "new.png"
    Image.new("L", (50, 50), 7).save(image)
    document = add_document(catalog, DocumentFields(title="Новое"))
    add_page(catalog, document.id, catalog.blobs.put_file(image), media_type="image/png")
    second = rotate_backups(catalog, keep=3, now=dt.datetime(2026, 1, 1, 12, 1))
    # Only the new image is read again; the others are the very files hashed last time.
    assert second.created.images == 4 and second.created.hashed == 1
    assert second.created.complete
