"""`spravka backup OUT` and `spravka restore IN NEW_FOLDER`: the whole catalogue, verified.

A backup is a folder shaped like a catalogue: `catalog.sqlite` copied with SQLite's online backup
API (consistent even while Spravka is writing), `blobs/` with every image the database references
(hard-linked when the backup is on the same disk, where blobs are read-only and never change in
place, else copied), and `backup.json` describing it. After writing, every image is hashed again
and the database copy passes `PRAGMA integrity_check`; a backup is written under a temporary name
and renamed only when complete, so an interrupted backup never looks like a finished one.

`restore` never overwrites: it writes a new catalogue folder (copies, verified the same way) and
opens it once, which upgrades an older schema. `rotate_backups` is the GUI's automatic backup on
exit: a new hard-linked backup in the catalogue's `backups/` when anything changed since the last
one, keeping the newest `keep`; images that are the very files the previous backup verified are
not hashed again, so closing the program stays quick however many scans the catalogue holds.
"""

from __future__ import annotations

import datetime as dt
import errno
import json
import os
import shutil
import sqlite3
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from catalog import __version__
from catalog.db import BLOBS_NAME, DB_NAME, Catalog
from catalog.errors import SpravkaError
from catalog.integrity import connect_read_only
from catalog.progress import CancelToken, Progress, ProgressCallback, ignore_progress
from catalog.store import BlobStore, sha256_of_file

BACKUP_FORMAT = "spravka-backup"
BACKUP_VERSION = 1
INFO_NAME = "backup.json"
BACKUPS_DIR = "backups"
AUTO_PREFIX = "auto-"


class BackupError(SpravkaError):
    def __init__(self, path: Path | str, problem: str) -> None:
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")


@dataclass(frozen=True)
class BackupReport:
    folder: Path
    images: int
    linked: int
    copied: int
    size: int  # bytes of the database and the images
    missing: tuple[str, ...]  # images the database references but the source lacks
    damaged: tuple[str, ...]  # images whose content no longer matches their hash
    hashed: int = 0  # images whose SHA-256 was computed again after writing

    @property
    def complete(self) -> bool:
        return not self.missing and not self.damaged

    def summary(self) -> str:
        text = (
            f"{self.folder}: database and {self.images} image(s) ({self.size:,} bytes), verified"
            + (f"; {self.linked} image(s) hard-linked" if self.linked else "")
        )
        if self.missing:
            text += f"; {len(self.missing)} image(s) MISSING from the source"
        if self.damaged:
            text += f"; {len(self.damaged)} image(s) DAMAGED in the source (left out)"
        return text


@dataclass(frozen=True)
class RotateReport:
    created: BackupReport | None  # None when nothing changed since the newest backup
    removed: tuple[Path, ...]


def _free_target(target: Path, what: str) -> None:
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise BackupError(target, f"already exists and is not empty; {what} never overwrites")
    if not target.parent.is_dir():
        raise BackupError(target, f"the folder {target.parent} does not exist")


def _copy_database(source: Path, target: Path) -> None:
    # Read-only, and immutable where the folder cannot be written (a write-protected medium),
    # where SQLite could not even create the WAL index a plain read-only connection needs.
    src = connect_read_only(source)
    try:
        dest = sqlite3.connect(target)
        try:
            src.backup(dest)
            # A self-contained file: no WAL beside it.
            dest.execute("PRAGMA journal_mode = DELETE")
        finally:
            dest.close()
    finally:
        src.close()


def check_database(path: Path) -> None:
    connection = connect_read_only(path)
    try:
        result = [row[0] for row in connection.execute("PRAGMA integrity_check")]
    except sqlite3.DatabaseError as exc:
        raise BackupError(path, f"the database cannot be read ({exc})") from None
    finally:
        connection.close()
    if result != ["ok"]:
        raise BackupError(path, "the database failed its integrity check: " + "; ".join(result[:5]))


def _database_facts(path: Path) -> dict[str, Any]:
    connection = connect_read_only(path)
    try:
        blobs = connection.execute("SELECT sha256 FROM blobs ORDER BY sha256").fetchall()
        facts = {
            "blobs": [row[0] for row in blobs],
            "audit_last_id": connection.execute("SELECT max(id) FROM audit_log").fetchone()[0],
            "inbox_last_id": connection.execute("SELECT max(id) FROM inbox_files").fetchone()[0],
            "schema": connection.execute("SELECT version_num FROM alembic_version").fetchone()[0],
            "catalog_uid": (
                connection.execute("SELECT value FROM catalog_info WHERE key = 'uid'").fetchone()
                or [""]
            )[0],
        }
    finally:
        connection.close()
    return facts


def _change_mark(facts: dict[str, Any]) -> list[Any]:
    """What tells whether a catalogue changed since a backup: the audit trail, images, inbox."""
    return [facts["audit_last_id"], len(facts["blobs"]), facts["inbox_last_id"]]


def _place_blob(source: Path, target: Path, link: bool) -> bool:
    """Hard-link or copy one image; True when linked."""
    target.parent.mkdir(parents=True, exist_ok=True)
    if link:
        try:
            os.link(source, target)
            return True
        except OSError as exc:
            if exc.errno not in (errno.EXDEV, errno.EPERM, errno.EMLINK, errno.ENOTSUP):
                raise
    shutil.copyfile(source, target)
    with open(target, "rb+") as handle:
        os.fsync(handle.fileno())
    os.chmod(target, 0o444)
    return False


@dataclass
class _Copied:
    facts: dict[str, Any]
    linked: int = 0
    copied: int = 0
    hashed: int = 0
    size: int = 0
    missing: list[str] = field(default_factory=list)
    damaged: list[str] = field(default_factory=list)

    def report(self, folder: Path) -> BackupReport:
        return BackupReport(
            folder,
            self.linked + self.copied,
            self.linked,
            self.copied,
            self.size,
            tuple(self.missing),
            tuple(self.damaged),
            self.hashed,
        )


def _copy_catalogue(
    db_source: Path,
    blobs_source: BlobStore,
    work: Path,
    *,
    link: bool,
    previous: BlobStore | None = None,
    progress: ProgressCallback,
    cancel: CancelToken | None,
) -> _Copied:
    """Copy the database and its images into `work`, verifying both.

    An image hard-linked to the very file an earlier backup (`previous`) verified is not hashed
    again: it is the same bytes on disk. That keeps the automatic backup on exit quick.
    """
    _copy_database(db_source, work / DB_NAME)
    check_database(work / DB_NAME)
    result = _Copied(_database_facts(work / DB_NAME))
    target_store = BlobStore(work / BLOBS_NAME)
    (work / BLOBS_NAME).mkdir(exist_ok=True)
    result.size = (work / DB_NAME).stat().st_size
    total = len(result.facts["blobs"])
    for done, sha256 in enumerate(result.facts["blobs"], start=1):
        if cancel:
            cancel.raise_if_cancelled()
        source = blobs_source.path(sha256)
        if not source.is_file():
            result.missing.append(sha256)
            progress(Progress(done, total, "images", item_error=f"image {sha256} is missing"))
            continue
        target = target_store.path(sha256)
        linked = _place_blob(source, target, link)
        if linked:
            result.linked += 1
        else:
            result.copied += 1
        known = (
            linked
            and previous is not None
            and previous.path(sha256).is_file()
            and os.path.samefile(previous.path(sha256), target)
        )
        if not known:
            # Hash what was written (for a hard link, the one copy both folders share).
            result.hashed += 1
            if sha256_of_file(target) != sha256:
                target.unlink()
                result.damaged.append(sha256)
                progress(Progress(done, total, "images", item_error=f"image {sha256} is damaged"))
                continue
        result.size += target.stat().st_size
        progress(Progress(done, total, "images"))
    return result


def _same_device(a: Path, b: Path) -> bool:
    try:
        return a.stat().st_dev == b.stat().st_dev
    except OSError:
        return False


def backup(
    catalog: Catalog,
    out: Path | str,
    *,
    link: bool | None = None,
    previous: Path | None = None,
    progress: ProgressCallback = ignore_progress,
    cancel: CancelToken | None = None,
) -> BackupReport:
    """Back the catalogue up into the new folder `out`; verify everything written.

    `link`: hard-link images (True), copy them (False), or hard-link when `out` is on the same
    disk as the catalogue (None). A linked backup survives a damaged database or a deleted
    catalogue, not the loss of the disk: copy to another disk for that. `previous`: an earlier
    backup whose images need no second hashing where they are the same files.
    """
    out = Path(out).expanduser().absolute()
    _free_target(out, "a backup")
    if link is None:
        link = _same_device(catalog.folder, out.parent)
    try:
        return _backup(catalog, out, link, previous, progress, cancel)
    except OSError as exc:
        raise BackupError(out, _write_failure(exc)) from exc
    except sqlite3.Error as exc:
        raise BackupError(out, _write_failure(exc)) from exc


def _write_failure(exc: BaseException) -> str:
    """A failed backup in words: a full disk, a read-only folder, or what the system said."""
    number = getattr(exc, "errno", None)
    message = str(exc)
    if number in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG) or "full" in message:
        why = "there is no space left on that disk"
    elif number in (errno.EROFS, errno.EACCES, errno.EPERM) or "readonly" in message:
        why = "that folder cannot be written (read-only or no permission)"
    else:
        why = getattr(exc, "strerror", None) or message
    return (
        f"the backup could not be written: {why}; the partial copy was removed and the "
        "catalogue was not changed"
    )


def _backup(
    catalog: Catalog,
    out: Path,
    link: bool,
    previous: Path | None,
    progress: ProgressCallback,
    cancel: CancelToken | None,
) -> BackupReport:
    work = Path(tempfile.mkdtemp(prefix=f".{out.name}.", suffix=".partial", dir=out.parent))
    try:
        copied = _copy_catalogue(
            catalog.db_path,
            catalog.blobs,
            work,
            link=link,
            previous=BlobStore(previous / BLOBS_NAME) if previous else None,
            progress=progress,
            cancel=cancel,
        )
        facts, missing, damaged = copied.facts, copied.missing, copied.damaged
        info = {
            "format": BACKUP_FORMAT,
            "version": BACKUP_VERSION,
            "created": dt.datetime.now().replace(microsecond=0).isoformat(),
            "generator": f"Spravka {__version__}",
            "catalog_uid": facts["catalog_uid"],
            "source": str(catalog.folder),
            "schema": facts["schema"],
            "images": len(facts["blobs"]) - len(missing) - len(damaged),
            "missing_images": missing,
            "damaged_images": damaged,
            "change_mark": _change_mark(facts),
        }
        (work / INFO_NAME).write_text(
            json.dumps(info, ensure_ascii=False, indent=2) + "\n", "utf-8"
        )
        if out.exists():
            out.rmdir()
        os.replace(work, out)
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    return copied.report(out)


def read_backup_info(folder: Path) -> dict[str, Any]:
    folder = Path(folder)
    info_path = folder / INFO_NAME
    if not folder.is_dir():
        raise BackupError(folder, "no backup here (not a folder)")
    try:
        info = json.loads(info_path.read_text("utf-8"))
    except FileNotFoundError:
        raise BackupError(folder, f"not a Spravka backup (no {INFO_NAME})") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise BackupError(folder, f"{INFO_NAME} cannot be read ({exc})") from None
    if not isinstance(info, dict) or info.get("format") != BACKUP_FORMAT:
        raise BackupError(folder, f"not a Spravka backup ({INFO_NAME} has another format)")
    version = info.get("version")
    if not isinstance(version, int) or version > BACKUP_VERSION:
        raise BackupError(
            folder, f"the backup is format version {version!r}, made by a newer Spravka"
        )
    if not (folder / DB_NAME).is_file():
        raise BackupError(folder, f"the backup has no {DB_NAME}")
    return info


def restore(
    path: Path | str,
    new_folder: Path | str,
    *,
    link: bool = False,
    progress: ProgressCallback = ignore_progress,
    cancel: CancelToken | None = None,
) -> BackupReport:
    """Restore the backup at `path` into `new_folder`, which must be new or empty."""
    source = Path(path).expanduser().absolute()
    target = Path(new_folder).expanduser().absolute()
    read_backup_info(source)
    _free_target(target, "restore")
    check_database(source / DB_NAME)
    existed = target.exists()
    try:
        work = Path(
            tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".partial", dir=target.parent)
        )
    except OSError as exc:
        raise BackupError(target, _write_failure(exc).replace("backup", "restore", 1)) from exc
    try:
        copied = _copy_catalogue(
            source / DB_NAME,
            BlobStore(source / BLOBS_NAME),
            work,
            link=link,
            progress=progress,
            cancel=cancel,
        )
        if target.exists():
            target.rmdir()
        os.replace(work, target)
    except (OSError, sqlite3.Error) as exc:
        shutil.rmtree(work, ignore_errors=True)
        raise BackupError(target, _write_failure(exc).replace("backup", "restore", 1)) from exc
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    # Opening it once proves it is a catalogue and upgrades an older schema. Refused (a backup
    # of a newer Spravka), the restored copy goes again: "nothing was changed" must be true.
    try:
        Catalog.open(target).close()
    except BaseException:
        shutil.rmtree(target, ignore_errors=True)
        if existed:
            target.mkdir(exist_ok=True)
        raise
    return copied.report(target)


def list_backups(catalog: Catalog) -> list[Path]:
    """Automatic backups in the catalogue's `backups/`, oldest first."""
    folder = catalog.folder / BACKUPS_DIR
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.is_dir() and p.name.startswith(AUTO_PREFIX))


def rotate_backups(
    catalog: Catalog,
    keep: int = 5,
    *,
    now: dt.datetime | None = None,
    progress: ProgressCallback = ignore_progress,
    cancel: CancelToken | None = None,
) -> RotateReport:
    """Make an automatic backup if anything changed since the newest one; keep the newest `keep`."""
    if keep < 1:
        raise BackupError(catalog.folder / BACKUPS_DIR, "keep at least one automatic backup")
    folder = catalog.folder / BACKUPS_DIR
    folder.mkdir(exist_ok=True)
    existing = list_backups(catalog)
    created = None
    mark = _change_mark(_database_facts(catalog.db_path))
    latest_mark = None
    if existing:
        try:
            latest_mark = read_backup_info(existing[-1]).get("change_mark")
        except BackupError:
            latest_mark = None
    if latest_mark != mark:
        stamp = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
        target = folder / f"{AUTO_PREFIX}{stamp}"
        n = 1
        while target.exists():
            n += 1
            target = folder / f"{AUTO_PREFIX}{stamp}-{n}"
        created = backup(
            catalog,
            target,
            link=True,
            previous=existing[-1] if existing else None,
            progress=progress,
            cancel=cancel,
        )
        existing.append(target)
    removed = []
    # Partial backups (hidden names) are not listed, so only complete ones count towards `keep`.
    for old in existing[: max(0, len(existing) - keep)]:
        shutil.rmtree(old, ignore_errors=True)
        removed.append(old)
    return RotateReport(created, tuple(removed))
