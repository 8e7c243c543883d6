"""Turn one input file into page images ready for the catalogue: the work import runs on worker
processes, one file per task.

For each file: check it is a readable regular file, recognise it by content, hash it, decode it
completely (a truncated file is caught here, not when someone opens the page a year later),
store its page images in the blob store, and make thumbnails in the cache. Decoding itself is
`catalog.imaging` (which hands back pixels and bytes); storing them is this module's part.
Nothing here touches the database except an optional read-only look-up that skips decoding a
file whose image the catalogue already holds; the import's main process writes the rows.

A file that holds one page (JPEG, PNG, a single-page TIFF…) is stored as it is, byte for byte:
researchers need the original. The frames of a multi-page TIFF and the pages of a PDF are
stored as lossless PNG images of their own (CMYK frames as deflate-compressed TIFF), named in
`origin_name` by file and frame or page number.

`prepare_file` never raises: every problem becomes the file's `error`, in plain words.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import multiprocessing.connection
import os
import signal
import sqlite3
import stat
import threading
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PIL import Image, ImageOps

from catalog.defaults import DEFAULT_PDF_DPI
from catalog.imaging import cache, formats
from catalog.imaging.decoding import (
    FileProblem,
    bomb_check,
    decode_problem,
    dpi_of,
    encode_lossless,
    open_image,
)
from catalog.imaging.probe import MEDIA_TYPES
from catalog.imaging.skew import detect_skew, worth_turning
from catalog.store import CHUNK, BlobStore

SKEW_SIZE = 1200  # long edge the skew is measured at (see catalog.imaging.skew)


@dataclass(frozen=True)
class PrepareTask:
    path: str
    # How the file is named in `Page.origin_name`: its name, or its path within a folder.
    display: str
    blob_root: str
    cache_root: str
    dpi: int = DEFAULT_PDF_DPI
    deskew: bool = False
    thumbnail_sizes: tuple[int, ...] = (cache.THUMBNAIL_SIZE,)
    # The catalogue database, read-only, to skip decoding images it already holds.
    catalog_db: str | None = None
    # For a long PDF shared out between workers: the pages [start, stop) of this task. Only
    # the task with the first page hashes the file.
    pages: tuple[int, int] | None = None


@dataclass(frozen=True)
class PreparedPage:
    sha256: str
    size: int
    media_type: str
    width: int | None
    height: int | None
    dpi: int | None
    origin_name: str
    processing: dict[str, Any] | None = None
    # The catalogue already has a page with this image; nothing was decoded or stored.
    known: bool = False


@dataclass(frozen=True)
class PreparedFile:
    path: str
    display: str
    pages: tuple[PreparedPage, ...] = ()
    error: str | None = None
    notes: tuple[str, ...] = ()
    sha256: str | None = None
    size: int | None = None
    mtime_ns: int | None = None


def init_worker() -> None:
    """Set up an import worker process. Lives here, not with the pool, so that a worker
    imports only this module and its few dependencies, not the whole catalogue package (the
    package `catalog.importing` loads its other modules only when asked for them)."""
    # Ctrl-C goes to the whole process group; the main process decides what it means.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # A killed main process does not stop its pool's workers (they would wait for work
    # forever); each worker watches its parent and leaves with it.
    parent = multiprocessing.parent_process()
    if parent is not None:
        threading.Thread(target=_exit_with, args=(parent.sentinel,), daemon=True).start()


def _exit_with(sentinel: int) -> None:
    multiprocessing.connection.wait([sentinel])
    os._exit(0)


def worker_started() -> None:
    """A first task that makes a pool start its workers."""


@dataclass
class _Work:
    task: PrepareTask
    sha256: str = ""
    size: int = 0
    mtime_ns: int = 0
    notes: list[str] = field(default_factory=list)


def prepare_file(task: PrepareTask) -> PreparedFile:
    work = _Work(task)
    try:
        with warnings.catch_warnings():
            # Pillow warns about damaged metadata it has worked around; the page is still good.
            warnings.simplefilter("ignore", UserWarning)
            pages = _prepare(work)
    except FileProblem as problem:
        return _failed(work, str(problem))
    except MemoryError:
        return _failed(work, "the image is too large to decode with the memory available")
    except Exception as exc:  # a decoder's unforeseen failure must not end the whole import
        return _failed(work, f"could not be read ({type(exc).__name__}: {exc})")
    return PreparedFile(
        path=task.path,
        display=task.display,
        pages=tuple(pages),
        notes=tuple(work.notes),
        sha256=work.sha256,
        size=work.size,
        mtime_ns=work.mtime_ns,
    )


def _failed(work: _Work, reason: str) -> PreparedFile:
    return PreparedFile(
        path=work.task.path,
        display=work.task.display,
        error=reason,
        notes=tuple(work.notes),
        sha256=work.sha256 or None,
        size=work.size or None,
        mtime_ns=work.mtime_ns or None,
    )


def _prepare(work: _Work) -> list[PreparedPage]:
    path = Path(work.task.path)
    info = _regular_file(path)
    work.size, work.mtime_ns = info.st_size, info.st_mtime_ns
    if info.st_size == 0:
        raise FileProblem("the file is empty (0 bytes)")
    whole = work.task.pages is None or work.task.pages[0] == 0
    head, work.sha256 = _read_and_hash(path, whole=whole)
    sniffed = formats.sniff(head)
    if sniffed.kind == "other":
        raise FileProblem(formats.not_a_page_reason(path.name, sniffed))
    expected = formats.expected_from_name(path.name)
    if expected and sniffed.kind == "image" and expected != "a " + sniffed.name:
        work.notes.append(f"named {path.suffix}, but it is a {sniffed.name}; imported as such")
    if sniffed.kind == "pdf":
        from catalog.imaging.pdf import prepare_pdf  # pdfium is loaded only when needed

        return prepare_pdf(work.task, _page_sink(work))
    if _known_page(work.task.catalog_db, work.sha256):
        return [known_page(work, MEDIA_TYPES.get(sniffed.image_format or "", ""))]
    return _prepare_image(work)


def known_page(work: _Work, media_type: str) -> PreparedPage:
    return PreparedPage(
        sha256=work.sha256,
        size=work.size,
        media_type=media_type,
        width=None,
        height=None,
        dpi=None,
        origin_name=work.task.display,
        known=True,
    )


def _regular_file(path: Path) -> os.stat_result:
    try:
        info = path.stat()
    except FileNotFoundError:
        if path.is_symlink():
            raise FileProblem(
                f"a link to a file that does not exist (it points to {os.readlink(path)})"
            ) from None
        raise FileProblem("file not found") from None
    except PermissionError:
        raise FileProblem("permission denied: Spravka may not read this file") from None
    except OSError as exc:
        raise FileProblem(f"cannot be read: {exc.strerror or exc}") from None
    if not stat.S_ISREG(info.st_mode):
        kind = (
            "a named pipe (FIFO)"
            if stat.S_ISFIFO(info.st_mode)
            else "a socket"
            if stat.S_ISSOCK(info.st_mode)
            else "a device"
            if stat.S_ISCHR(info.st_mode) or stat.S_ISBLK(info.st_mode)
            else "a folder"
            if stat.S_ISDIR(info.st_mode)
            else "a special file"
        )
        raise FileProblem(f"not a regular file: it is {kind}")
    return info


def _read_and_hash(path: Path, *, whole: bool = True) -> tuple[bytes, str]:
    """The file's first bytes and (reading it all, `whole`) its SHA-256."""
    digest = hashlib.sha256()
    head = b""
    try:
        with open(path, "rb") as handle:
            while chunk := handle.read(CHUNK):
                if not head:
                    head = chunk[: formats.HEAD_SIZE]
                if not whole:
                    return head, ""
                digest.update(chunk)
    except PermissionError:
        raise FileProblem("permission denied: Spravka may not read this file") from None
    except OSError as exc:
        raise FileProblem(f"cannot be read: {exc.strerror or exc}") from None
    return head, digest.hexdigest()


# One read-only connection per thread (a worker has one), to the catalogue of the current
# import; SQLite connections may not cross threads, and imports may run in GUI threads too.
_local = threading.local()


def _known_connection(catalog_db: str) -> sqlite3.Connection | None:
    held: tuple[str, sqlite3.Connection | None] | None = getattr(_local, "known_db", None)
    if held is not None and held[0] == catalog_db:
        return held[1]
    if held is not None and held[1] is not None:
        held[1].close()  # kept for an earlier catalogue: let go of it
    try:
        connection: sqlite3.Connection | None = sqlite3.connect(
            f"file:{catalog_db}?mode=ro", uri=True, timeout=1
        )
    except sqlite3.Error:
        connection = None
    _local.known_db = (catalog_db, connection)
    return connection


def _known_page(catalog_db: str | None, sha256: str) -> bool:
    """True when the catalogue already has a page with this image. A shortcut only: any
    trouble answers False, and the main process checks again before writing."""
    connection = _known_connection(catalog_db) if catalog_db else None
    if connection is None:
        return False
    try:
        row = connection.execute(
            "SELECT 1 FROM pages WHERE blob_sha256 = ? LIMIT 1", (sha256,)
        ).fetchone()
    except sqlite3.Error:
        return False
    return row is not None


def _prepare_image(work: _Work) -> list[PreparedPage]:
    path = Path(work.task.path)
    image = open_image(path)
    with image:
        fmt = image.format or ""
        # A camera's MPO is a JPEG with extra pictures (a preview, a depth map): one page.
        frames = 1 if fmt == "MPO" else getattr(image, "n_frames", 1)
        if frames > 1:
            return _prepare_frames(work, image, frames)
        media_type = MEDIA_TYPES.get("JPEG" if fmt == "MPO" else fmt)
        if media_type is None:
            raise FileProblem(f"unsupported image format {fmt}")
        dpi = dpi_of(image.info.get("dpi"))
        width, height = image.size
        # Orientations 5-8 turn the picture a quarter: width and height swap.
        if cache.orientation_of(image) in (5, 6, 7, 8):
            width, height = height, width
    reduced = _decoded_reduced(work.task, path)
    processing = _processing_for(work.task, reduced)
    _write_thumbnails(work.task, work.sha256, reduced)
    BlobStore(Path(work.task.blob_root)).put_file(path, work.sha256)
    return [
        PreparedPage(
            sha256=work.sha256,
            size=work.size,
            media_type=media_type,
            width=width,
            height=height,
            dpi=dpi,
            origin_name=work.task.display,
            processing=processing,
        )
    ]


def _decoded_reduced(task: PrepareTask, path: Path) -> Image.Image:
    """Decode every byte of the image (a truncated file fails here) and keep only a reduced
    copy, as large as the thumbnails and the skew measurement need."""
    needed = max([*task.thumbnail_sizes, SKEW_SIZE if task.deskew else 0, 1])
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            return cache.open_reduced(path, needed)
    except (OSError, SyntaxError, ValueError) as exc:
        raise decode_problem(exc) from None


def _processing_for(task: PrepareTask, image: Image.Image) -> dict[str, Any] | None:
    if not task.deskew:
        return None
    angle = detect_skew(image)
    return {"deskew": angle} if worth_turning(angle) else None


def _write_thumbnails(task: PrepareTask, sha256: str, image: Image.Image) -> None:
    root = Path(task.cache_root)
    for size in task.thumbnail_sizes:
        cache.write_thumbnail(image, cache.thumbnail_file(root, sha256, None, size), size)


def _page_sink(work: _Work):  # type: ignore[no-untyped-def]
    """Store one derived page image (a TIFF frame, a PDF page) and describe it."""

    def sink(image: Image.Image, origin_name: str, dpi: int | None) -> PreparedPage:
        data, media_type = encode_lossless(image, dpi)
        stored = BlobStore(Path(work.task.blob_root)).put_bytes(data)
        processing = _processing_for(work.task, image)
        _write_thumbnails(work.task, stored.sha256, image)
        return PreparedPage(
            sha256=stored.sha256,
            size=stored.size,
            media_type=media_type,
            width=image.width,
            height=image.height,
            dpi=dpi,
            origin_name=origin_name,
            processing=processing,
        )

    return sink


def _prepare_frames(work: _Work, image: Image.Image, frames: int) -> list[PreparedPage]:
    sink = _page_sink(work)
    pages = []
    for index in range(frames):
        try:
            image.seek(index)
            bomb_check(*image.size, what=f"frame {index + 1}")
            dpi = dpi_of(image.info.get("dpi"))
            frame = ImageOps.exif_transpose(image)
            frame.load()
        except FileProblem:
            raise
        except (OSError, SyntaxError, ValueError, EOFError) as exc:
            raise FileProblem(
                f"frame {index + 1} of {frames} is damaged or truncated ({exc})"
            ) from None
        pages.append(sink(frame, f"{work.task.display}, frame {index + 1}", dpi))
        del frame  # one full-size frame in memory at a time
    return pages
