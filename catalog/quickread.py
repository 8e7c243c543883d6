"""Reading a catalogue through plain sqlite3, for commands that only read and must answer at once.

`Catalog.open` (catalog.db) loads SQLAlchemy and Alembic and checks the schema through Alembic's
script directory: about half a second before the first query, which a volunteer running
`spravka search` in a loop pays on every name. A search needs none of that. `quick_reader`
opens the database read-only with the standard library and answers only when the folder is a
plain, current catalogue: an SQLite file with Spravka's format mark whose schema revision is
this program's newest. In every other case (no catalogue, not a catalogue, an older schema to
migrate, a newer one, anything unusual) it returns None and the command opens the catalogue the
ordinary way, which migrates or explains the problem.

The newest revision is read from the migration files' `revision = "…"` and `down_revision = …`
lines (the one revision no other revision follows); if they cannot be read unambiguously, the
quick path stands aside.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

DB_NAME = "catalog.sqlite"
FORMAT_MARK = "spravka-catalog"
SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 30_000
VERSIONS_DIR = Path(__file__).resolve().parent / "migrations" / "versions"

_REVISION = re.compile(r"^revision\s*(?::[^=]*)?=\s*['\"]([^'\"]+)['\"]", re.MULTILINE)
_DOWN = re.compile(r"^down_revision\s*(?::[^=]*)?=\s*(.+)$", re.MULTILINE)
_QUOTED = re.compile(r"['\"]([^'\"]+)['\"]")


@lru_cache(maxsize=1)
def head_revision_from_files(versions: Path = VERSIONS_DIR) -> str | None:
    """The newest schema revision, read from the migration scripts' text; None if unclear."""
    revisions: set[str] = set()
    parents: set[str] = set()
    try:
        scripts = sorted(versions.glob("*.py"))
        for script in scripts:
            text = script.read_text(encoding="utf-8")
            found = _REVISION.findall(text)
            down = _DOWN.findall(text)
            if len(found) != 1 or len(down) != 1:
                return None
            revisions.add(found[0])
            parents.update(_QUOTED.findall(down[0]))
    except OSError:
        return None
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


def _connect(db_path: Path, folder: Path) -> sqlite3.Connection:
    writable = all(os.access(p, os.W_OK) for p in (folder, db_path) if p.exists())
    flags = "mode=ro" if writable else "mode=ro&immutable=1"
    # isolation_level None: transactions are begun explicitly below, as catalog.db does.
    conn = sqlite3.connect(f"file:{db_path}?{flags}", uri=True, isolation_level=None)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    return conn


def open_quick(folder: Path | str) -> sqlite3.Connection | None:
    """A read-only connection to the current catalogue in `folder`, or None (see above)."""
    folder = Path(folder).expanduser()
    db_path = folder / DB_NAME
    try:
        with db_path.open("rb") as handle:
            if handle.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
                return None
    except OSError:
        return None
    head = head_revision_from_files()
    if head is None:
        return None
    try:
        conn = _connect(db_path, folder)
    except sqlite3.Error:
        return None
    try:
        mark = conn.execute("SELECT value FROM catalog_info WHERE key = 'format'").fetchone()
        revision = conn.execute("SELECT version_num FROM alembic_version").fetchall()
    except sqlite3.Error:
        conn.close()
        return None
    if mark is None or mark[0] != FORMAT_MARK or revision != [(head,)]:
        conn.close()
        return None
    return conn


@contextlib.contextmanager
def quick_reader(folder: Path | str) -> Iterator[sqlite3.Connection | None]:
    """`with quick_reader(folder) as conn:` — conn reads one consistent snapshot, or is None
    when the catalogue must be opened the ordinary way."""
    conn = open_quick(folder)
    if conn is None:
        yield None
        return
    try:
        conn.execute("BEGIN")
        yield conn
    finally:
        with contextlib.suppress(sqlite3.Error):
            conn.execute("ROLLBACK")
        conn.close()
