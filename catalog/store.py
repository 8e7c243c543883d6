"""Content-addressed storage of page images.

A blob lives at `blobs/<aa>/<bb>/<sha256>` and is never modified: it is written to a temporary
file in the same folder tree, flushed to disk, then renamed into place, so a crash leaves either
no blob or a whole one. The same image stored twice is stored once. Database rows (`models.Blob`)
are written after the file, so a committed page always has its image; a blob left without a row
by a crash is harmless and can be collected later.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from catalog.errors import BlobError, StorageError

CHUNK = 1 << 20


@dataclass(frozen=True)
class StoredBlob:
    sha256: str
    size: int
    path: Path
    already_present: bool


def sha256_of_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(CHUNK), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _is_sha256(text: str) -> bool:
    return len(text) == 64 and all(c in "0123456789abcdef" for c in text)


def _fsync_dir(folder: Path) -> None:
    # Makes the rename itself durable; not possible (nor needed) on Windows.
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class BlobStore:
    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    def path(self, sha256: str) -> Path:
        if not _is_sha256(sha256):
            raise BlobError(sha256, "not a SHA-256 hex digest")
        return self.root / sha256[:2] / sha256[2:4] / sha256

    def exists(self, sha256: str) -> bool:
        return self.path(sha256).is_file()

    def put_bytes(self, data: bytes) -> StoredBlob:
        sha256 = hashlib.sha256(data).hexdigest()
        target = self.path(sha256)
        if target.is_file() and target.stat().st_size == len(data):
            return StoredBlob(sha256, len(data), target, already_present=True)
        self._write_atomically(target, lambda handle: handle.write(data))
        return StoredBlob(sha256, len(data), target, already_present=False)

    def put_file(self, source: Path, sha256: str | None = None) -> StoredBlob:
        """Store a file's bytes; pass its hash when already computed (e.g. by a worker)."""
        source = Path(source)
        sha256 = sha256 or sha256_of_file(source)
        target = self.path(sha256)
        size = source.stat().st_size
        if target.is_file() and target.stat().st_size == size:
            return StoredBlob(sha256, size, target, already_present=True)

        def copy(handle: BinaryIO) -> None:
            with open(source, "rb") as src:
                shutil.copyfileobj(src, handle, CHUNK)

        self._write_atomically(target, copy)
        # The file may have changed between hashing and copying: verify what landed.
        if sha256_of_file(target) != sha256:
            target.unlink(missing_ok=True)
            raise BlobError(sha256, f"{source} changed while it was being stored")
        return StoredBlob(sha256, size, target, already_present=False)

    def _write_atomically(self, target: Path, write) -> None:  # type: ignore[no-untyped-def]
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            fd, temp_name = tempfile.mkstemp(prefix=".incoming-", dir=target.parent)
        except OSError as exc:
            raise StorageError(target.parent, exc) from exc
        temp = Path(temp_name)
        try:
            with os.fdopen(fd, "wb") as handle:
                write(handle)
                handle.flush()
                os.fsync(handle.fileno())
            os.chmod(temp, 0o444)
            os.replace(temp, target)
            _fsync_dir(target.parent)
        except OSError as exc:
            temp.unlink(missing_ok=True)
            raise StorageError(target, exc) from exc
        except BaseException:
            temp.unlink(missing_ok=True)
            raise

    def open(self, sha256: str) -> BinaryIO:
        try:
            return open(self.path(sha256), "rb")
        except FileNotFoundError:
            raise BlobError(sha256, "missing from the blob store") from None

    def read_bytes(self, sha256: str) -> bytes:
        with self.open(sha256) as handle:
            return handle.read()

    def verify(self, sha256: str) -> bool:
        """True when the blob exists and its content still matches its name."""
        path = self.path(sha256)
        return path.is_file() and sha256_of_file(path) == sha256

    def __iter__(self) -> Iterator[str]:
        if not self.root.is_dir():
            return
        for path in self.root.glob("??/??/*"):
            if _is_sha256(path.name):
                yield path.name
