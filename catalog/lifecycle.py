"""Nothing outlives its owner: worker processes die with their parent, and work folders left in
the catalogue's `cache/` by a killed process are swept when the catalogue is next opened.

Workers watch their parent through the pipe multiprocessing gives every child (its `sentinel`
becomes readable when the parent process ends, however it ended: even SIGKILL). A worker leads
its own process group, so when the parent is gone it ends the whole group: itself and the
Tesseract it may have started. (Linux's `PR_SET_PDEATHSIG` would fire when the parent *thread*
that started the worker ends, not the process, which a pool's manager thread makes unsafe.)

Work folders are named `<kind>-<pid>-<random>` under `cache/`: a folder whose process no longer
runs is debris of a kill and is removed; one whose process runs belongs to another Spravka
working on the same catalogue and is left alone.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import multiprocessing.connection
import os
import re
import shutil
import signal
import tempfile
import threading
import time
from pathlib import Path

CACHE = "cache"
# Work folder kinds that `sweep` may remove: a package being imported, pages being read.
WORK_KINDS = ("package", "ocr")
_WORK_NAME = re.compile(r"^(?P<kind>[a-z]+)-(?P<pid>\d+)-.+$")
# Work folders of earlier versions carry no process id: removed once clearly abandoned.
_LEGACY_NAME = re.compile(r"^package-[^-]+$")
LEGACY_AGE_SECONDS = 24 * 3600


def follow_parent() -> None:
    """In a worker process: end this process and its children when the parent process ends."""
    parent = multiprocessing.parent_process()
    if parent is None:
        return
    if hasattr(os, "setpgid"):
        with contextlib.suppress(OSError):
            os.setpgid(0, 0)
    threading.Thread(target=_end_with, args=(parent.sentinel,), daemon=True).start()


def _end_with(sentinel: int) -> None:
    multiprocessing.connection.wait([sentinel])
    if hasattr(os, "killpg") and os.getpgid(0) == os.getpid():
        # The group this worker leads: itself and the Tesseract it started.
        with contextlib.suppress(OSError):
            os.killpg(os.getpid(), signal.SIGKILL)
    os._exit(1)


def work_folder(catalog_folder: Path, kind: str) -> Path:
    """A new work folder in the catalogue's cache, named for this process."""
    cache = Path(catalog_folder) / CACHE
    cache.mkdir(exist_ok=True)
    return Path(tempfile.mkdtemp(prefix=f"{kind}-{os.getpid()}-", dir=cache))


def _running(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process: running
        return True
    return True


def _older_than(path: Path, seconds: float) -> bool:
    try:
        return time.time() - path.stat().st_mtime > seconds
    except OSError:
        return False


def sweep(catalog_folder: Path) -> list[Path]:
    """Remove work folders left by processes that no longer run; return what was removed."""
    cache = Path(catalog_folder) / CACHE
    removed: list[Path] = []
    try:
        entries = list(cache.iterdir())
    except OSError:
        return removed
    for entry in entries:
        if not entry.is_dir():
            continue
        match = _WORK_NAME.match(entry.name)
        if match is None:
            if not _LEGACY_NAME.match(entry.name) or not _older_than(entry, LEGACY_AGE_SECONDS):
                continue
        elif match["kind"] not in WORK_KINDS or _running(int(match["pid"])):
            continue
        shutil.rmtree(entry, ignore_errors=True)
        if not entry.exists():
            removed.append(entry)
    return removed
