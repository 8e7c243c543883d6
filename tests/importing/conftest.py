"""Shared by the import tests: a check that a catalogue is whole after whatever happened."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from catalog.db import DB_NAME
from catalog.store import BlobStore


def check_catalog(folder: Path) -> dict[str, int]:
    """Assert the catalogue is consistent; return its row counts. Checks: SQLite's own
    integrity and foreign keys; every page's image is registered, present and unaltered;
    page numbers run 1..n in each document; every registered blob exists."""
    db = sqlite3.connect(folder / DB_NAME)
    try:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
        store = BlobStore(folder / "blobs")
        for (sha,) in db.execute("SELECT sha256 FROM blobs"):
            assert store.verify(sha), f"blob {sha} missing or altered"
        orphans = db.execute(
            "SELECT id FROM pages WHERE blob_sha256 IS NOT NULL "
            "AND blob_sha256 NOT IN (SELECT sha256 FROM blobs)"
        ).fetchall()
        assert orphans == []
        for (document_id,) in db.execute("SELECT id FROM documents"):
            seqs = [
                row[0]
                for row in db.execute(
                    "SELECT seq FROM pages WHERE document_id = ? ORDER BY seq", (document_id,)
                )
            ]
            assert seqs == list(range(1, len(seqs) + 1)), f"document {document_id}: {seqs}"
        return {
            table: db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("documents", "pages", "blobs", "inbox_files", "document_links")
        }
    finally:
        db.close()


@pytest.fixture
def consistent() -> Callable[[Path], dict[str, int]]:
    return check_catalog
