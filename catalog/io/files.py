"""Writing export files safely: complete or not at all, never half a file under the final name."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from catalog.errors import SpravkaError


class ExportError(SpravkaError):
    """An export could not be written; `path` names the file or folder."""

    def __init__(self, path: Path | str, problem: str) -> None:
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")


def current_umask() -> int:
    """This process's umask, read without changing it (another thread may be creating files)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0o022)  # elsewhere the only way to read it is to set it, briefly
    os.umask(mask)
    return mask


def new_file_mode() -> int:
    """The mode an ordinary new file gets: what `open()` would give, 0o666 less the umask."""
    return 0o666 & ~current_umask()


@contextlib.contextmanager
def atomic_output(target: Path, mode: str = "wb", **open_args: object) -> Iterator[IO]:
    """Open a temporary file beside `target`; rename it into place only if the block succeeds."""
    target = Path(target)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise ExportError(target, f"the folder {folder} does not exist")
    try:
        fd, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".partial", dir=folder)
    except OSError as exc:
        raise ExportError(target, f"cannot write here: {exc.strerror or exc}") from exc
    temp = Path(temp_name)
    try:
        with os.fdopen(fd, mode, **open_args) as handle:  # type: ignore[call-overload]
            yield handle
            handle.flush()
            # mkstemp makes the file 0600; an export is an ordinary file and follows the umask
            # (a shared export folder must show it to the group as any other file there).
            os.fchmod(handle.fileno(), new_file_mode())
            os.fsync(handle.fileno())
        os.replace(temp, target)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        # A full disk or a vanished folder: say so plainly instead of a traceback.
        raise ExportError(
            target, f"the export failed ({exc.strerror or exc}); nothing was written"
        ) from exc
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def write_bytes(target: Path, data: bytes) -> Path:
    with atomic_output(target) as handle:
        handle.write(data)
    return Path(target)


def ensure_folder(folder: Path) -> Path:
    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise ExportError(folder, "this is a file; a folder is needed for the export")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ExportError(folder, f"cannot create the folder: {exc.strerror or exc}") from exc
    return folder
