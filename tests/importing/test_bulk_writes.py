"""Import's batches commit each file atomically without a disk flush per file, and flush at
least every few seconds and at the end."""

from __future__ import annotations

from sqlalchemy import text

from catalog import db as catalog_db
from catalog import models

NORMAL, FULL = 1, 2


_tags = iter(range(10**6))


def _synchronous(catalog) -> int:
    """Write a row; the durability setting its commit ran under."""
    with catalog.write() as session:
        session.add(models.Tag(name=f"t{next(_tags)}"))
        return session.execute(text("PRAGMA synchronous")).scalar_one()


def test_commits_in_a_batch_are_flushed_together(catalog, monkeypatch) -> None:
    monkeypatch.setattr(catalog_db, "BULK_SYNC_SECONDS", 3600.0)
    assert _synchronous(catalog) == FULL  # flushed: everything before it is on disk
    with catalog.bulk_writes():
        assert [_synchronous(catalog) for _ in range(3)] == [NORMAL] * 3
        with catalog.bulk_writes():  # nested: still one batch
            assert _synchronous(catalog) == NORMAL
        assert _synchronous(catalog) == NORMAL
    assert _synchronous(catalog) == FULL


def test_a_long_batch_flushes_every_so_often(catalog, monkeypatch) -> None:
    monkeypatch.setattr(catalog_db, "BULK_SYNC_SECONDS", 0.0)
    with catalog.bulk_writes():
        assert [_synchronous(catalog) for _ in range(3)] == [FULL] * 3


def test_the_write_ahead_log_is_flushed_on_leaving(catalog, monkeypatch) -> None:
    flushed = []
    real = catalog_db.os.fsync
    monkeypatch.setattr(catalog_db.os, "fsync", lambda fd: (flushed.append(fd), real(fd)))
    with catalog.bulk_writes():
        _synchronous(catalog)
        assert flushed == []
    assert len(flushed) == 1


def test_rows_written_in_a_batch_are_all_there_after_reopening(catalog, tmp_path) -> None:
    from catalog.db import Catalog
    from catalog.importing import import_paths
    from tests.support import images

    files = [
        images.png(tmp_path / f"{n}.png", images.text_page(320, 440, seed=n)) for n in range(5)
    ]
    import_paths(catalog, files, jobs=1)
    catalog.close()
    with Catalog.open(catalog.folder) as reopened, reopened.read() as session:
        assert session.query(models.Page).count() == 5
