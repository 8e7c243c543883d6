"""Schema migrations with Alembic, applied automatically when a catalogue is opened.

Before an existing catalogue is migrated, a copy of its database is written to `backups/` with
SQLite's online backup API, so a failed or unwanted migration can always be undone by hand.
A catalogue whose revision this program does not know (written by a newer Spravka) is refused.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util import CommandError
from sqlalchemy import Engine

from catalog.errors import CatalogError, CatalogTooNew

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
BACKUPS_NAME = "backups"


@dataclass(frozen=True)
class UpgradeResult:
    migrated_from: str | None
    backup: Path | None


def include_object(obj, name, type_, reflected, compare_to) -> bool:  # type: ignore[no-untyped-def]
    """What autogenerate compares: not the FTS5 search table and its shadow tables, which are
    written by hand in their migration (autogenerate would propose dropping them)."""
    return not (
        type_ == "table" and reflected and compare_to is None and name.startswith("search_fts")
    )


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    return ScriptDirectory.from_config(alembic_config()).get_current_head() or ""


def _current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def _require_known(revision: str | None, folder: Path) -> None:
    if revision is None:
        return
    script = ScriptDirectory.from_config(alembic_config())
    try:
        known = script.get_revision(revision)
    except CommandError:
        known = None
    if known is None:
        raise CatalogTooNew(folder, revision)


def require_current(engine: Engine, folder: Path) -> None:
    """For read-only opening: the schema must be exactly this program's."""
    revision = _current_revision(engine)
    _require_known(revision, folder)
    if revision != head_revision():
        raise CatalogError(
            folder,
            f"the catalogue has the older schema {revision!r} and is open read-only, so it "
            "cannot be upgraded; open it once for writing first",
        )


def backup_database(db_path: Path, target: Path) -> Path:
    """Copy a live database consistently (readers and writers may be active)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    source = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        destination = sqlite3.connect(target)
        try:
            source.backup(destination)
        finally:
            destination.close()
    finally:
        source.close()
    return target


def upgrade(write_engine: Engine, read_engine: Engine, folder: Path) -> UpgradeResult:
    """Bring the catalogue to the newest schema; back it up first if it holds any schema."""
    current = _current_revision(read_engine)
    _require_known(current, folder)
    head = head_revision()
    if current == head:
        return UpgradeResult(migrated_from=None, backup=None)

    backup = None
    if current is not None:
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        backup = backup_database(
            folder / "catalog.sqlite",
            folder / BACKUPS_NAME / f"catalog-{stamp}-before-migration-from-{current}.sqlite",
        )

    # BEGIN IMMEDIATE: a second process opening the same old catalogue waits here, then finds
    # the schema already current and does nothing.
    with write_engine.begin() as connection:
        if MigrationContext.configure(connection).get_current_revision() != head:
            config = alembic_config()
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
    return UpgradeResult(migrated_from=current, backup=backup)
