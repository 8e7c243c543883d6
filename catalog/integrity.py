"""The quick check that opening a catalogue runs, and what it and the doctor share.

Only the standard library here: `catalog.db` imports this module, so it must import nothing of the
catalogue (`catalog.doctor`, which restores backups, builds on it).
"""

from __future__ import annotations

import json
import os
import sqlite3
import time
from pathlib import Path

DB_NAME = "catalog.sqlite"
BACKUPS_NAME = "backups"
AUTO_PREFIX = "auto-"
# Opening a catalogue checks its database for at most this long; the rest of a larger file is
# then left to `spravka doctor`. Measured here, quick_check reads about 150 MB a second, so this
# covers a catalogue of 100,000 pages of text (147 MB) whole.
QUICK_CHECK_SECONDS = 1.0
# A database file unchanged (size, time, inode) since a quick check that found nothing, within
# this many seconds, is not checked again: each CLI command would otherwise pay the check anew
# (on a catalogue of a million persons, 2 GB, the whole second of the budget). A check cut short
# by the budget is remembered too: run again on the same bytes it would read the same part and
# find the same nothing; the rest of the file is `spravka doctor`'s. Spravka's own writes carry
# the memo forward (`carry_check_forward`), so a script of commands pays the check once an hour,
# not once a command.
QUICK_CHECK_MEMO = "quick-check.json"
QUICK_CHECK_VALID_SECONDS = 3600
# How many problems SQLite lists before it stops looking.
MAX_REPORTED = 50


def connect_read_only(db_path: Path) -> sqlite3.Connection:
    """A connection that never writes: immutable where the folder cannot be written."""
    writable = os.access(db_path.parent, os.W_OK) and os.access(db_path, os.W_OK)
    flags = "mode=ro" if writable else "mode=ro&immutable=1"
    return sqlite3.connect(f"file:{db_path}?{flags}", uri=True)


def quick_check(db_path: Path, seconds: float = QUICK_CHECK_SECONDS) -> list[str]:
    """SQLite's quick check within a time budget: the problems found, or [] (none found in time).

    Interrupted by the budget, the check has found nothing wrong so far and the catalogue opens;
    `spravka doctor` checks everything.
    """
    return _quick_check(db_path, seconds)[0]


def _quick_check(db_path: Path, seconds: float) -> tuple[list[str], bool]:
    """(problems, whether the check went through the whole file)."""
    try:
        connection = connect_read_only(db_path)
    except sqlite3.Error as exc:
        return [str(exc)], True
    deadline = time.monotonic() + seconds
    connection.set_progress_handler(lambda: int(time.monotonic() > deadline), 1000)
    try:
        rows = [str(row[0]) for row in connection.execute(f"PRAGMA quick_check({MAX_REPORTED})")]
    except sqlite3.OperationalError as exc:
        if "interrupt" in str(exc):
            return [], False
        return [str(exc)], True
    except sqlite3.DatabaseError as exc:
        return [str(exc)], True
    finally:
        connection.close()
    return ([] if rows == ["ok"] else rows), True


def _file_stamp(path: Path) -> list[int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return [st.st_size, st.st_mtime_ns, st.st_ino]


def check_on_open(folder: Path, seconds: float = QUICK_CHECK_SECONDS) -> list[str]:
    """The quick check opening a catalogue runs, skipped for a file checked whole a moment ago."""
    db_path = folder / DB_NAME
    memo = folder / "cache" / QUICK_CHECK_MEMO
    stamp = _file_stamp(db_path)
    try:
        seen = json.loads(memo.read_text("utf-8"))
        if (
            stamp is not None
            and seen.get("stamp") == stamp
            and 0 <= time.time() - float(seen.get("at", 0)) < QUICK_CHECK_VALID_SECONDS
        ):
            return []
    except (OSError, ValueError, TypeError, AttributeError):
        pass
    problems, complete = _quick_check(db_path, seconds)
    if not problems and stamp is not None:
        _write_memo(memo, {"stamp": stamp, "at": time.time(), "complete": complete})
    return problems


def carry_check_forward(folder: Path) -> None:
    """After Spravka itself wrote to a catalogue that passed the check on opening: the file
    changed only through SQLite's own writes, so the memo follows it to its new size and time.

    The memo keeps the time of the check itself, so the file is still checked again within
    `QUICK_CHECK_VALID_SECONDS`. Without a memo (the check was not remembered) nothing is done.
    """
    memo = folder / "cache" / QUICK_CHECK_MEMO
    stamp = _file_stamp(folder / DB_NAME)
    try:
        seen = json.loads(memo.read_text("utf-8"))
        if not isinstance(seen, dict) or stamp is None or seen.get("stamp") == stamp:
            return
    except (OSError, ValueError):
        return
    _write_memo(memo, {**seen, "stamp": stamp})


def _write_memo(memo: Path, content: dict[str, object]) -> None:
    try:
        memo.parent.mkdir(exist_ok=True)
        memo.write_text(json.dumps(content), "utf-8")
    except OSError:
        pass  # a read-only catalogue: checked again next time


def automatic_backups(folder: Path) -> list[Path]:
    """The catalogue's automatic backups, newest first."""
    root = folder / BACKUPS_NAME
    if not root.is_dir():
        return []
    found = [p for p in root.iterdir() if p.is_dir() and p.name.startswith(AUTO_PREFIX)]
    return sorted(found, key=lambda p: p.name, reverse=True)


def newest_sound_backup(folder: Path) -> Path | None:
    """The newest automatic backup whose database passes the quick check (named on opening)."""
    for backup in automatic_backups(Path(folder)):
        if (backup / DB_NAME).is_file() and not quick_check(backup / DB_NAME):
            return backup
    return None
