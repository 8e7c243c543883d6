"""Opening a catalogue folder: the SQLite database, its pragmas, migrations and sessions.

A catalogue is a folder holding `catalog.sqlite` and `blobs/`. Opening one never changes a folder
that is not a catalogue, and never touches a catalogue whose schema is newer than this program's.

Transactions are begun explicitly (pysqlite's own implicit transaction handling is switched off):
writing sessions start with `BEGIN IMMEDIATE`, so a second process waits for the write lock under
the busy timeout instead of failing half-way through a transaction when it tries to upgrade a read
lock. Readers use plain deferred transactions and, with WAL, never block the writer.
"""

from __future__ import annotations

import contextlib
import getpass
import os
import sqlite3
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, select
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from catalog import audit as _audit  # noqa: F401  (registers the audit listener)
from catalog import migrate, models
from catalog.errors import (
    CatalogBusy,
    CatalogDamaged,
    CatalogError,
    CatalogMissing,
    CatalogReadOnly,
    NotACatalog,
)
from catalog.integrity import carry_check_forward, check_on_open, newest_sound_backup
from catalog.lifecycle import sweep
from catalog.quickread import DB_NAME, FORMAT_MARK, SQLITE_HEADER
from catalog.search import schema as _search_schema  # noqa: F401  (its tables on the metadata)
from catalog.search import sync as _search_sync  # noqa: F401  (keeps the search index in step)
from catalog.store import BlobStore

BLOBS_NAME = "blobs"
BUSY_TIMEOUT_MS = 30_000
# Inside `Catalog.bulk_writes`, the longest stretch of commits not yet forced to disk.
BULK_SYNC_SECONDS = 2.0

# Files SQLite and Spravka may leave beside the database; a folder holding only these (or
# nothing) is a place where a new catalogue may be created.
_OWN_NAMES = {
    DB_NAME,
    f"{DB_NAME}-wal",
    f"{DB_NAME}-shm",
    BLOBS_NAME,
    "backups",
    "cache",
    "catalog.lock",
}


def _configure_connection(dbapi_connection: sqlite3.Connection, read_only: bool) -> None:
    # Hand transaction control to SQLAlchemy's "begin" event below.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA foreign_keys = ON")
    if not read_only:
        cursor.execute("PRAGMA journal_mode = WAL")
        # FULL makes every commit durable across power loss, not only across a crash.
        cursor.execute("PRAGMA synchronous = FULL")
    cursor.close()


def _make_engine(
    db_path: Path,
    *,
    begin_sql: str,
    read_only: bool = False,
    immutable: bool = False,
    before_begin: Callable[[Any], None] | None = None,
) -> Engine:
    if read_only:
        # On a medium nobody can write (a DVD, a read-only mount) SQLite must not even try to
        # create its WAL index: `immutable` tells it the file cannot change under it.
        flags = "mode=ro&immutable=1" if immutable else "mode=ro"
        url = f"sqlite:///file:{db_path}?{flags}&uri=true"
    else:
        url = f"sqlite:///{db_path}"
    engine = create_engine(url, future=True)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        _configure_connection(dbapi_connection, read_only)

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        if before_begin is not None:
            before_begin(connection)
        connection.exec_driver_sql(begin_sql)

    return engine


def default_actor() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name (some containers): an empty actor is still a valid entry
        return ""


def _inspect_existing(folder: Path) -> None:
    """Refuse a folder or file that is not a Spravka catalogue, without writing anything."""
    db_path = folder / DB_NAME
    try:
        with db_path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise NotACatalog(folder, f"cannot read {DB_NAME}: {exc.strerror or exc}") from exc
    if header != SQLITE_HEADER:
        raise NotACatalog(folder, f"{DB_NAME} is not an SQLite database; nothing was changed")
    try:
        flags = "mode=ro" if _is_writable(folder) else "mode=ro&immutable=1"
        probe = sqlite3.connect(f"file:{db_path}?{flags}", uri=True)
        try:
            tables = {row[0] for row in probe.execute("SELECT name FROM sqlite_master")}
            mark = None
            if "catalog_info" in tables:
                row = probe.execute(
                    "SELECT value FROM catalog_info WHERE key = 'format'"
                ).fetchone()
                mark = row[0] if row else None
        finally:
            probe.close()
    except sqlite3.DatabaseError as exc:
        # With an image store beside it, it was a catalogue: say it is damaged, and the way back.
        if looks_damaged(str(exc)) and (folder / BLOBS_NAME).is_dir():
            raise CatalogDamaged(folder, [str(exc)], newest_sound_backup(folder)) from exc
        raise NotACatalog(folder, f"{DB_NAME} cannot be read as a database: {exc}") from exc
    if mark != FORMAT_MARK or "alembic_version" not in tables:
        raise NotACatalog(
            folder,
            f"{DB_NAME} is an SQLite database but not a Spravka catalogue; nothing was changed",
        )


def _is_writable(folder: Path) -> bool:
    """Whether SQLite could write here (root passes permission checks, not read-only mounts)."""
    paths = [folder, folder / DB_NAME]
    return all(os.access(path, os.W_OK) for path in paths if path.exists())


def _is_creatable(folder: Path) -> bool:
    if not folder.exists():
        return True
    if not folder.is_dir():
        return False
    return (
        all(child.name in _OWN_NAMES for child in folder.iterdir())
        and not (folder / DB_NAME).exists()
    )


@dataclass(frozen=True)
class OpenResult:
    created: bool
    migrated_from: str | None
    backup: Path | None


class Catalog:
    """An open catalogue: engines for reading and writing, the blob store, and sessions.

    Use `Catalog.open(folder)` for an existing catalogue and `Catalog.create(folder)` to make one
    (idempotent). Close it with `close()` or use it as a context manager.
    """

    def __init__(
        self, folder: Path, *, read_only: bool = False, read_only_reason: str = ""
    ) -> None:
        self.folder = Path(folder)
        self.db_path = self.folder / DB_NAME
        self.read_only = read_only
        # Why writes are refused, in words for the person ("opened read-only", "read-only medium").
        self.read_only_reason = read_only_reason or (
            "the catalogue is open read-only" if read_only else ""
        )
        # Who is recorded in the audit trail for writes that do not name an actor.
        self.actor = default_actor()
        self.blobs = BlobStore(self.folder / BLOBS_NAME)
        self._read_engine = _make_engine(
            self.db_path,
            begin_sql="BEGIN",
            read_only=read_only,
            immutable=read_only and not _is_writable(self.folder),
        )
        self._bulk_depth = 0
        self._last_sync = 0.0
        self._write_engine = (
            None
            if read_only
            else _make_engine(
                self.db_path, begin_sql="BEGIN IMMEDIATE", before_begin=self._set_synchronous
            )
        )
        self._read_sessions = sessionmaker(self._read_engine, expire_on_commit=False)
        self._write_sessions = (
            sessionmaker(self._write_engine, expire_on_commit=False) if self._write_engine else None
        )
        self.open_result = OpenResult(created=False, migrated_from=None, backup=None)
        # Set when the quick check on opening found the database damaged: why nothing is written.
        self.damage: CatalogDamaged | None = None
        # Set when damage was met while reading or writing: the quick check's memo must not then
        # follow the file as if only sound writes had changed it.
        self._damage_met = False

    # -- opening -----------------------------------------------------------------------------

    @classmethod
    def open(cls, folder: Path | str, *, read_only: bool = False) -> Catalog:
        folder = Path(folder).expanduser()
        if not folder.exists():
            raise CatalogMissing(folder, "no catalogue here (create one with `spravka init`)")
        if not folder.is_dir():
            raise NotACatalog(folder, "this is a file, not a catalogue folder")
        if not (folder / DB_NAME).exists():
            if _is_creatable(folder):
                raise CatalogMissing(folder, "no catalogue here (create one with `spravka init`)")
            raise NotACatalog(folder, f"the folder holds no {DB_NAME}; it is not a catalogue")
        _inspect_existing(folder)
        reason = ""
        # A damaged database is never written to (a write could spread the damage and would
        # bury the way back); it opens for reading, and every write says why it is refused.
        problems = check_on_open(folder)
        damage = CatalogDamaged(folder, problems, newest_sound_backup(folder)) if problems else None
        if damage is not None:
            read_only = True
            reason = damage.problem
        elif not read_only and not _is_writable(folder):
            read_only = True
            reason = (
                "the catalogue is on a read-only medium or its folder cannot be written; "
                "it is open for reading only"
            )
        catalog = cls(folder, read_only=read_only, read_only_reason=reason)
        catalog.damage = damage
        try:
            if read_only:
                migrate.require_current(catalog._read_engine, folder)
            else:
                result = migrate.upgrade(catalog._write_engine, catalog._read_engine, folder)
                catalog.open_result = OpenResult(False, result.migrated_from, result.backup)
                # Work folders a killed import or OCR run left in cache/ (see catalog.lifecycle).
                sweep(folder)
        except DatabaseError as exc:
            catalog.close()
            if damage is None and not looks_damaged(str(exc.orig)):
                raise
            raise damage or catalog.damaged(exc) from exc
        except BaseException:
            catalog.close()
            raise
        return catalog

    @classmethod
    def create(cls, folder: Path | str) -> Catalog:
        """Create a catalogue in an empty or missing folder, or open the one already there."""
        folder = Path(folder).expanduser()
        if (folder / DB_NAME).exists():
            return cls.open(folder)
        if not _is_creatable(folder):
            raise NotACatalog(
                folder,
                "the folder is not empty and holds no catalogue; choose an empty or new folder",
            )
        try:
            folder.mkdir(parents=True, exist_ok=True)
            (folder / BLOBS_NAME).mkdir(exist_ok=True)
        except OSError as exc:
            raise CatalogReadOnly(folder, f"cannot create the catalogue: {exc.strerror}") from exc
        catalog = cls(folder)
        try:
            migrate.upgrade(catalog._write_engine, catalog._read_engine, folder)
            with catalog.write(actor="spravka") as session:
                if session.get(models.CatalogInfo, "format") is None:
                    session.add(models.CatalogInfo(key="format", value=FORMAT_MARK))
                    session.add(models.CatalogInfo(key="uid", value=models.new_uid()))
                    session.add(
                        models.CatalogInfo(key="created", value=models.utc_now().isoformat())
                    )
        except BaseException:
            catalog.close()
            raise
        catalog.open_result = OpenResult(created=True, migrated_from=None, backup=None)
        return catalog

    # -- sessions ----------------------------------------------------------------------------

    @contextlib.contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only session in one consistent snapshot."""
        try:
            with self._read_sessions() as session, session.begin():
                yield session
        except (DatabaseError, sqlite3.DatabaseError) as exc:
            # sqlite3's own errors too: some readers query the raw connection (lists, search).
            if not looks_damaged(str(getattr(exc, "orig", exc))):
                raise
            raise self.damaged(exc) from exc

    def damaged(self, exc: Exception) -> CatalogDamaged:
        """The error to give for damage met while reading or writing."""
        self._damage_met = True
        return self.damage or CatalogDamaged(
            self.folder, [str(getattr(exc, "orig", exc))], newest_sound_backup(self.folder)
        )

    @contextlib.contextmanager
    def write(self, actor: str | None = None) -> Iterator[Session]:
        """A session whose work commits as one transaction, or not at all."""
        if self.damage is not None:
            raise self.damage
        if self._write_sessions is None:
            raise CatalogReadOnly(self.folder, self.read_only_reason)
        with self._write_sessions() as session:
            session.info["actor"] = self.actor if actor is None else actor
            try:
                with session.begin():
                    yield session
            except (OperationalError, sqlite3.OperationalError) as exc:
                # The search index writes through the raw connection inside a flush, so
                # SQLite's own error can arrive unwrapped.
                raise translate_operational_error(self.folder, exc) from exc
            except (DatabaseError, sqlite3.DatabaseError) as exc:
                if not looks_damaged(str(getattr(exc, "orig", exc))):
                    raise
                raise self.damaged(exc) from exc

    # -- batches of many small writes -------------------------------------------------------

    @contextlib.contextmanager
    def bulk_writes(self) -> Iterator[None]:
        """For long runs of small transactions whose input stays where it is (an import).

        Inside, each commit is still atomic and survives the program crashing or being
        killed, but is not forced to disk one by one (which costs a disk flush per file): at
        most every `BULK_SYNC_SECONDS`, and on leaving, everything committed is forced to disk.
        A power cut can therefore lose the last seconds of the batch, never half of a
        transaction; running the import again redoes what was lost. While the block is open
        this applies to every write made through this `Catalog` (another thread's too).
        """
        self._bulk_depth += 1
        try:
            yield
        finally:
            self._bulk_depth -= 1
            if self._bulk_depth == 0:
                self._flush_wal()

    def _set_synchronous(self, connection: Any) -> None:
        # SQLite refuses to change this inside a transaction: it is set just before BEGIN.
        relaxed = self._bulk_depth > 0 and time.monotonic() - self._last_sync < BULK_SYNC_SECONDS
        if not relaxed:
            self._last_sync = time.monotonic()  # this commit forces everything before it
        connection.exec_driver_sql(f"PRAGMA synchronous = {'NORMAL' if relaxed else 'FULL'}")

    def _flush_wal(self) -> None:
        wal = self.db_path.with_name(self.db_path.name + "-wal")
        try:
            fd = os.open(wal, os.O_RDWR)
        except FileNotFoundError:
            return
        try:
            os.fsync(fd)
        except OSError as exc:
            # Everything is committed; only its flush to the disk failed (a full or failing
            # disk): say so, and that running the work again redoes what may be lost.
            raise CatalogError(
                self.folder,
                f"the disk is full or failing ({exc.strerror or exc}); what was done is saved "
                "but may not be on the disk yet: run the same work again once the disk is fine",
            ) from exc
        finally:
            os.close(fd)

    @property
    def uid(self) -> str:
        with self.read() as session:
            info = session.scalar(
                select(models.CatalogInfo.value).where(models.CatalogInfo.key == "uid")
            )
        return info or ""

    def close(self) -> None:
        self._read_engine.dispose()
        if self._write_engine is not None:
            self._write_engine.dispose()
            # After the last connection closed (SQLite has folded its log into the file): the
            # file changed only by our own writes, so the check it passed on opening still holds.
            if self.damage is None and not self._damage_met:
                carry_check_forward(self.folder)

    def __enter__(self) -> Catalog:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def looks_damaged(message: str) -> bool:
    """Whether SQLite's words say the file itself is damaged (not busy, not read-only)."""
    words = ("malformed", "not a database", "corrupt", "database disk image")
    return any(word in message for word in words)


def translate_operational_error(
    folder: Path, exc: OperationalError | sqlite3.OperationalError
) -> Exception:
    """Turn SQLite's operational failures into errors a person can act on."""
    message = str(exc.orig if isinstance(exc, OperationalError) else exc)
    if "readonly" in message or "read-only" in message:
        return CatalogReadOnly(
            folder,
            "the catalogue cannot be written (read-only medium or permissions); "
            "nothing was changed",
        )
    if "disk is full" in message or "disk I/O error" in message:
        return CatalogError(
            folder,
            f"the disk is full or failing ({message}); the change was not saved, "
            "nothing already saved was lost",
        )
    if "locked" in message or "busy" in message:
        return CatalogBusy(
            folder,
            "another program kept the catalogue busy for too long; the change was not "
            "saved, try again",
        )
    return exc
