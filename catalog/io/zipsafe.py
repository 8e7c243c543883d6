"""Reading a zip file that came from someone else, without trusting anything it says.

An exchange package is refused, before anything is written to the catalogue, when an entry's
name escapes the folder (`../`, an absolute path, a drive letter, a backslash), when it is a
symlink, encrypted or listed twice, when the archive is truncated or damaged, or when it is a
zip bomb. Sizes are counted on the bytes actually decompressed, while streaming: the sizes
written in the zip's headers are only used to refuse early, never to decide that a file is safe.
"""

from __future__ import annotations

import hashlib
import re
import stat
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from catalog.errors import SpravkaError

CHUNK = 1 << 20
_DRIVE = re.compile(r"^[A-Za-z]:")


class PackageRefused(SpravkaError):
    """A package that is refused whole; nothing was changed in the catalogue."""

    def __init__(self, file: Path | str, problem: str) -> None:
        self.file = str(file)
        self.problem = problem
        super().__init__(f"{self.file}: refused, nothing was changed: {problem}")


@dataclass(frozen=True)
class ZipLimits:
    """What a package may hold: room for real work, nothing near what fills a disk.

    A 600 dpi colour scan as an uncompressed TIFF is about 100 MB, so one file may be 512 MiB;
    a volunteer group's whole catalogue (10,000 pages of 3-5 MB) fits in 64 GiB. Scans barely
    compress and interchange JSON with word boxes about 10:1, so a file expanding past 100:1,
    or a package past 30:1 as a whole, is a bomb (they reach 1000:1 and more).
    """

    max_entries: int = 200_000
    max_file_size: int = 512 << 20  # one file, decompressed
    max_total_size: int = 64 << 30  # all files, decompressed
    # Decompressed / compressed bytes of one file.
    max_ratio: float = 100.0
    # The ratio is judged only past this many bytes (tiny files compress absurdly well).
    ratio_from: int = 1 << 20
    # Decompressed bytes of all files / bytes of the package file, judged past `package_from`:
    # a 4 MB package may not unpack into more than 120 MB.
    max_package_ratio: float = 30.0
    package_from: int = 64 << 20
    # What a name may be: file systems refuse parts over 255 bytes (ENAMETOOLONG).
    max_name_part: int = 255
    max_name: int = 1024


def check_name(name: str) -> str | None:
    """Why an entry name is unsafe, or None when it is a plain relative path inside the folder."""
    if not name:
        return "an entry has an empty name"
    if "\\" in name:
        return f"the entry {name!r} contains a backslash (a Windows path separator)"
    if any(ord(ch) < 32 for ch in name):
        return f"the entry {name!r} contains control characters"
    if name.startswith("/") or _DRIVE.match(name):
        return f"the entry {name!r} is an absolute path"
    parts = PurePosixPath(name.rstrip("/")).parts
    raw_parts = name.rstrip("/").split("/")
    limits = ZipLimits()
    if len(name.encode("utf-8", "surrogatepass")) > limits.max_name or any(
        len(part.encode("utf-8", "surrogatepass")) > limits.max_name_part for part in raw_parts
    ):
        return (
            f"the entry {name[:60]!r}… has a name longer than file systems allow "
            f"({limits.max_name_part} bytes a part, {limits.max_name} in all)"
        )
    if any(0xD800 <= ord(ch) <= 0xDFFF for ch in name):
        return f"the entry {name!r} has a name that is not text"
    if ".." in raw_parts:
        return f"the entry {name!r} escapes the package folder (..)"
    if any(part in ("", ".") for part in raw_parts) or not parts:
        return f"the entry {name!r} is not a plain relative path"
    return None


def checked_entries(
    archive: zipfile.ZipFile, file: Path, limits: ZipLimits
) -> list[zipfile.ZipInfo]:
    """The archive's file entries after every check that needs no decompression."""
    infos = archive.infolist()
    if len(infos) > limits.max_entries:
        raise PackageRefused(file, f"it holds {len(infos)} entries, more than {limits.max_entries}")
    seen: set[str] = set()
    files = []
    declared_total = 0
    for info in infos:
        problem = check_name(info.filename)
        if problem:
            raise PackageRefused(file, problem)
        mode = info.external_attr >> 16
        if stat.S_ISLNK(mode):
            raise PackageRefused(file, f"the entry {info.filename!r} is a symbolic link")
        if info.flag_bits & 0x1:
            raise PackageRefused(file, f"the entry {info.filename!r} is encrypted")
        key = info.filename.rstrip("/").casefold()
        if key in seen:
            raise PackageRefused(file, f"the entry {info.filename!r} appears more than once")
        seen.add(key)
        if info.is_dir():
            continue
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise PackageRefused(
                file, f"the entry {info.filename!r} uses a compression Spravka does not read"
            )
        # Headers can lie, so these only refuse early; the real limits are counted in `extract`.
        if info.file_size > limits.max_file_size:
            raise PackageRefused(file, f"the entry {info.filename!r} is too large")
        declared_total += info.file_size
        if declared_total > limits.max_total_size:
            raise PackageRefused(file, "its contents are larger than the limit for a package")
        files.append(info)
    # A name used both for a file and as a folder of other entries cannot be unpacked.
    names = {info.filename.rstrip("/").casefold(): info.filename for info in files}
    for info in files:
        parts = info.filename.rstrip("/").split("/")
        for depth in range(1, len(parts)):
            prefix = "/".join(parts[:depth]).casefold()
            if prefix in names:
                raise PackageRefused(
                    file,
                    f"the entry {names[prefix]!r} is a file and also the folder of "
                    f"{info.filename!r}",
                )
    return files


class _Budget:
    def __init__(self, limits: ZipLimits, package_size: int | None = None) -> None:
        self.limits = limits
        self.total = 0
        # The most all files together may decompress to.
        cap = limits.max_total_size
        if package_size is not None:
            cap = min(cap, max(limits.package_from, int(limits.max_package_ratio * package_size)))
        self.cap = cap


def stream_entry(
    archive: zipfile.ZipFile,
    info: zipfile.ZipInfo,
    file: Path,
    budget: _Budget,
    sink: Callable[[bytes], object],
) -> tuple[str, int]:
    """Decompress one entry into `sink`, counting as it goes; return (sha256, size)."""
    limits = budget.limits
    digest = hashlib.sha256()
    size = 0
    try:
        with archive.open(info) as handle:
            while True:
                chunk = handle.read(CHUNK)
                if not chunk:
                    break
                size += len(chunk)
                budget.total += len(chunk)
                if size > info.file_size:
                    raise PackageRefused(
                        file, f"the entry {info.filename!r} is larger than its header says"
                    )
                if size > limits.max_file_size:
                    raise PackageRefused(file, f"the entry {info.filename!r} is too large")
                if budget.total > budget.cap:
                    raise PackageRefused(
                        file,
                        f"its contents expand to more than {budget.cap:,} bytes (the limit for "
                        f"a package of this size: {limits.max_package_ratio:g} times its size, "
                        f"at most {limits.max_total_size:,}; a zip bomb?)",
                    )
                if size > limits.ratio_from and size > limits.max_ratio * max(
                    info.compress_size, 1
                ):
                    raise PackageRefused(
                        file,
                        f"the entry {info.filename!r} expands more than {limits.max_ratio:g} "
                        "times (a zip bomb?)",
                    )
                digest.update(chunk)
                sink(chunk)
    except PackageRefused:
        raise
    except (zipfile.BadZipFile, EOFError, zlib.error, ValueError, NotImplementedError) as exc:
        # NotImplementedError: a damaged local header naming a compression zipfile lacks.
        raise PackageRefused(
            file, f"the entry {info.filename!r} is damaged or truncated ({exc})"
        ) from None
    except OSError as exc:
        raise PackageRefused(file, f"the entry {info.filename!r} cannot be read ({exc})") from None
    return digest.hexdigest(), size


def extract(
    archive: zipfile.ZipFile, info: zipfile.ZipInfo, target: Path, file: Path, budget: _Budget
) -> tuple[str, int]:
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with open(target, "xb") as out:  # "x": never follow or overwrite anything already there
            return stream_entry(archive, info, file, budget, out.write)
    except OSError as exc:
        raise PackageRefused(
            file, f"the entry {info.filename!r} cannot be unpacked ({exc.strerror or exc})"
        ) from None


def read_small(
    archive: zipfile.ZipFile, info: zipfile.ZipInfo, file: Path, budget: _Budget, limit: int
) -> bytes:
    if info.file_size > limit:
        raise PackageRefused(file, f"the entry {info.filename!r} is too large")
    parts: list[bytes] = []
    stream_entry(archive, info, file, budget, parts.append)
    return b"".join(parts)


def open_zip(file: Path) -> zipfile.ZipFile:
    try:
        # ZipFile closes the file itself when the archive cannot be read.
        return zipfile.ZipFile(file)
    except FileNotFoundError:
        raise PackageRefused(file, "file not found") from None
    except (zipfile.BadZipFile, EOFError, ValueError, NotImplementedError) as exc:
        raise PackageRefused(
            file, f"not a complete zip file: it is truncated or damaged ({exc})"
        ) from None
    except OSError as exc:
        raise PackageRefused(file, f"cannot be read ({exc.strerror or exc})") from None


def new_budget(limits: ZipLimits, package_size: int | None = None) -> _Budget:
    return _Budget(limits, package_size)
