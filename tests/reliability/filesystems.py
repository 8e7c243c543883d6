"""Small and read-only file systems for the tests, made for real where the machine allows.

As root (as in CI) a tmpfs of a few megabytes is mounted, and remounted read-only when needed:
SQLite and the blob store then meet the operating system's own ENOSPC and EROFS. Without the
right to mount, a full disk is imitated with a file-size limit on the subprocess
(RLIMIT_FSIZE: writes past it fail with EFBIG), and a read-only folder with permissions.
"""

from __future__ import annotations

import os
import resource
import signal
import subprocess
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path


def _can_mount() -> bool:
    return os.name == "posix" and os.geteuid() == 0


@dataclass
class SmallFileSystem:
    root: Path
    mounted: bool
    size_bytes: int

    def preexec(self) -> Callable[[], None] | None:
        """For subprocesses when no tmpfs could be mounted: cap the size of files they write."""
        if self.mounted:
            return None
        limit = self.size_bytes

        def cap() -> None:
            signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
            resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

        return cap

    def make_read_only(self) -> None:
        if self.mounted:
            subprocess.run(["mount", "-o", "remount,ro", str(self.root)], check=True)
        else:
            for path in [self.root, *self.root.rglob("*")]:
                path.chmod(0o555 if path.is_dir() else 0o444)


@contextmanager
def small_filesystem(where: Path, size_mb: int) -> Iterator[SmallFileSystem]:
    where.mkdir(parents=True, exist_ok=True)
    mounted = False
    if _can_mount():
        result = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", f"size={size_mb}m", "tmpfs", str(where)],
            capture_output=True,
        )
        mounted = result.returncode == 0
    try:
        yield SmallFileSystem(where, mounted, size_mb * 1024 * 1024)
    finally:
        if mounted:
            subprocess.run(["umount", "-l", str(where)], check=False)
        else:
            for path in [where, *where.rglob("*")]:
                if path.is_dir():
                    path.chmod(0o755)
