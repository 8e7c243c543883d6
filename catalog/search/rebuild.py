"""Rebuilding the whole search index, for catalogues written before it existed or by bulk SQL.

The rebuild runs in one write transaction: cancelled or failed, it leaves the previous index
untouched. It walks persons, claims, documents and pages in id order with the same functions the
incremental listener uses, writing a batch at a time; the FTS5 index is rebuilt once from its
content table at the end (its per-row triggers are set aside meanwhile, which is much faster
than feeding it row by row).
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from catalog.progress import CancelToken, Progress, ProgressCallback, ignore_progress
from catalog.search import indexer
from catalog.search.sql import (
    FTS_TABLE,
    FTS_TRIGGER_NAMES,
    FTS_TRIGGERS,
    INDEX_TABLES,
    INDEX_VERSION,
    INDEX_VERSION_KEY,
)

if TYPE_CHECKING:
    from catalog.db import Catalog

BATCH = 2000
REBUILD_CACHE_KB = 128 * 1024


@dataclass(frozen=True)
class ReindexReport:
    persons: int
    claims: int
    documents: int
    pages: int
    seconds: float


@dataclass(frozen=True)
class IndexStatus:
    version: str | None
    persons: int
    indexed_persons: int

    @property
    def current(self) -> bool:
        return self.version == INDEX_VERSION and self.persons == self.indexed_persons


def _id_batches(conn: sqlite3.Connection, table: str, where: str = "") -> Iterator[list[int]]:
    last = 0
    condition = f" AND {where}" if where else ""
    while True:
        ids = [
            row[0]
            for row in conn.execute(
                f"SELECT id FROM {table} WHERE id > ?{condition} ORDER BY id LIMIT ?",
                (last, BATCH),
            )
        ]
        if not ids:
            return
        yield ids
        last = ids[-1]


def _count(conn: sqlite3.Connection, sql: str) -> int:
    return int(conn.execute(sql).fetchone()[0])


def set_index_version(conn: sqlite3.Connection) -> None:
    conn.execute(
        "INSERT INTO catalog_info (key, value) VALUES (?, ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (INDEX_VERSION_KEY, INDEX_VERSION),
    )


def rebuild_index(
    conn: sqlite3.Connection,
    *,
    progress: ProgressCallback = ignore_progress,
    cancel: CancelToken | None = None,
) -> ReindexReport:
    """Empty the index and fill it from the tables, inside the caller's transaction."""
    started = time.monotonic()
    counts = {
        "persons": _count(conn, "SELECT count(*) FROM persons"),
        "claims": _count(conn, "SELECT count(*) FROM claims"),
        "documents": _count(conn, "SELECT count(*) FROM documents"),
        "pages": _count(conn, "SELECT count(DISTINCT page_id) FROM transcriptions"),
    }
    # A bigger page cache for this connection while it writes a few hundred MB in one
    # transaction (SQLite's default of 2 MB makes it spill to the WAL over and over).
    cache_size = conn.execute("PRAGMA cache_size").fetchone()[0]
    conn.execute(f"PRAGMA cache_size = {min(cache_size, -REBUILD_CACHE_KB)}")
    try:
        return _rebuild(conn, counts, progress, cancel, started)
    finally:
        conn.execute(f"PRAGMA cache_size = {cache_size}")


def _rebuild(
    conn: sqlite3.Connection,
    counts: dict[str, int],
    progress: ProgressCallback,
    cancel: CancelToken | None,
    started: float,
) -> ReindexReport:
    total = sum(counts.values())
    done = 0
    for name in FTS_TRIGGER_NAMES:
        conn.execute(f"DROP TRIGGER IF EXISTS {name}")
    for table in INDEX_TABLES:
        conn.execute(f"DELETE FROM {table}")

    cache = indexer.TermCache()
    steps: list[tuple[str, str, str, Callable[[list[int]], None]]] = [
        (
            "persons",
            "persons",
            "",
            lambda ids: (
                indexer.refresh_names(conn, ids, cache),
                indexer.refresh_person_texts(conn, ids),
            ),
        ),
        ("claims", "claims", "", lambda ids: indexer.refresh_claim_texts(conn, ids)),
        ("documents", "documents", "", lambda ids: indexer.refresh_document_texts(conn, ids)),
        (
            "pages",
            "pages",
            "EXISTS (SELECT 1 FROM transcriptions t WHERE t.page_id = pages.id)",
            lambda ids: indexer.refresh_page_texts(conn, ids),
        ),
    ]
    for label, table, where, work in steps:
        for ids in _id_batches(conn, table, where):
            if cancel is not None:
                cancel.raise_if_cancelled()
            work(ids)
            done += len(ids)
            progress(Progress(done, total, f"indexing {label}"))

    progress(Progress(done, total, "building the full-text index"))
    conn.execute(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('rebuild')")
    for statement in FTS_TRIGGERS:
        conn.execute(statement)
    set_index_version(conn)
    progress(Progress(total, total, "search index rebuilt"))
    return ReindexReport(
        persons=counts["persons"],
        claims=counts["claims"],
        documents=counts["documents"],
        pages=counts["pages"],
        seconds=time.monotonic() - started,
    )


def reindex(
    catalog: Catalog,
    *,
    progress: ProgressCallback = ignore_progress,
    cancel: CancelToken | None = None,
) -> ReindexReport:
    """Rebuild the search index of a catalogue (`spravka reindex`)."""
    with catalog.write() as session:
        raw = session.connection().connection.driver_connection
        return rebuild_index(raw, progress=progress, cancel=cancel)


def index_status(catalog: Catalog) -> IndexStatus:
    with catalog.read() as session:
        return index_status_of(session.connection().connection.driver_connection)


def index_looks_current(raw: sqlite3.Connection) -> bool:
    """A quick check for every search (`spravka search`): the index has this program's version
    and holds the newest person. Two index look-ups, where counting a million persons takes
    tens of milliseconds; it catches persons added by other programs, which is how an index
    falls behind (the catalogue's own writes keep it in step). `index_status` counts."""
    row = raw.execute(
        "SELECT value FROM catalog_info WHERE key = ?", (INDEX_VERSION_KEY,)
    ).fetchone()
    if not row or row[0] != INDEX_VERSION:
        return False
    newest = raw.execute("SELECT max(id) FROM persons").fetchone()[0]
    if newest is None:
        return True
    indexed = raw.execute("SELECT 1 FROM search_persons WHERE person_id = ?", (newest,)).fetchone()
    return indexed is not None


def index_status_of(raw: sqlite3.Connection) -> IndexStatus:
    """`index_status` on an open sqlite3 connection."""
    row = raw.execute(
        "SELECT value FROM catalog_info WHERE key = ?", (INDEX_VERSION_KEY,)
    ).fetchone()
    return IndexStatus(
        version=row[0] if row else None,
        persons=_count(raw, "SELECT count(*) FROM persons"),
        indexed_persons=_count(raw, "SELECT count(*) FROM search_persons"),
    )
