"""One application instance per catalogue.

Command-line tools may write to a catalogue at the same time (SQLite serialises their short
transactions), but two desktop windows editing one catalogue would each show the other's changes
only after a reload and invite conflicting edits. The desktop application therefore takes an
advisory lock on `catalog.lock` in the catalogue folder; a second instance finds it held and opens
the catalogue read-only (or not at all), with a message saying why.

The lock is an operating-system lock on an open file (flock on POSIX, msvcrt on Windows): it is
released when the process ends, however it ends, so a crash never leaves a stale lock behind.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import IO

LOCK_NAME = "catalog.lock"


class InstanceLock:
    def __init__(self, handle: IO[bytes], path: Path) -> None:
        self._handle: IO[bytes] | None = handle
        self.path = path

    def release(self) -> None:
        if self._handle is None:
            return
        try:
            _unlock(self._handle)
        finally:
            self._handle.close()
            self._handle = None

    def __enter__(self) -> InstanceLock:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


def try_lock_instance(folder: Path) -> InstanceLock | None:
    """Take the catalogue's instance lock, or return None when another process holds it."""
    path = Path(folder) / LOCK_NAME
    handle = open(path, "a+b")  # noqa: SIM115  (kept open for as long as the lock is held)
    try:
        if not _try_lock(handle):
            handle.close()
            return None
        handle.seek(0)
        handle.truncate()
        handle.write(f"{os.getpid()}\n".encode())
        handle.flush()
    except BaseException:
        handle.close()
        raise
    return InstanceLock(handle, path)


if os.name == "nt":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(handle: IO[bytes]) -> bool:
        handle.seek(0)
        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(handle: IO[bytes]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(handle: IO[bytes]) -> bool:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(handle: IO[bytes]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
