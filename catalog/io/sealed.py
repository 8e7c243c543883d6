"""Encrypted exchange packages and backups: the plain formats, sealed with a passphrase.

An encrypted package is the package zip (`package_export`) encrypted whole with age
(`encryption`); an encrypted backup is the backup folder (`backup`) as a tar archive encrypted the
same way, so `age -d backup.age | tar x` gives the folder back without Spravka.

Nothing plain is written beside the encrypted file: the zip is built in memory and encrypted
there. On the way in, the file is decrypted in memory; what must then be unpacked goes where the
unencrypted data lives anyway (the receiving catalogue's own `cache/` folder for a package, the
new catalogue's own folder for a restore) and is removed afterwards, also when anything fails.
The whole file is held in memory twice (plain and encrypted) while it is sealed or opened.
"""

from __future__ import annotations

import dataclasses
import io
import os
import shutil
import tarfile
import tempfile
from collections.abc import Collection
from pathlib import Path

from catalog.db import Catalog
from catalog.io.backup import BackupError, BackupReport, backup, restore
from catalog.io.encryption import (
    ZIP_MAGICS,
    EncryptionError,
    FileKind,
    Reason,
    check_passphrase,
    decrypt_file,
    sniff,
    write_encrypted,
)
from catalog.io.package_export import PackageExportReport, write_package
from catalog.io.package_import import CACHE, PackageReport, import_package
from catalog.io.zipsafe import PackageRefused, ZipLimits
from catalog.progress import CancelToken, ProgressCallback, ignore_progress

BACKUP_ROOT = "spravka-backup"  # the one folder inside an encrypted backup's tar


def export_encrypted_package(
    catalog: Catalog,
    out: Path | str,
    passphrase: str,
    person_ids: Collection[int] | None = None,
    *,
    progress: ProgressCallback = ignore_progress,
    cancel: CancelToken | None = None,
    include_private: bool = False,
) -> PackageExportReport:
    """Write the package to `out` encrypted with `passphrase`; the zip exists only in memory."""
    out = Path(out)
    check_passphrase(out, passphrase)
    buffer = io.BytesIO()
    counts = write_package(
        catalog,
        buffer,
        person_ids,
        progress=progress,
        cancel=cancel,
        include_private=include_private,
    )
    write_encrypted(out, buffer.getvalue(), passphrase)
    return PackageExportReport(
        out,
        counts["persons"],
        counts["documents"],
        counts["flags"],
        counts["images"],
        out.stat().st_size,
    )


def _private_folder(parent: Path, prefix: str) -> Path:
    parent.mkdir(parents=True, exist_ok=True)
    return Path(tempfile.mkdtemp(prefix=prefix, dir=parent))  # mode 0700


def import_encrypted_package(
    catalog: Catalog,
    path: Path | str,
    passphrase: str,
    *,
    limits: ZipLimits | None = None,
    progress: ProgressCallback = ignore_progress,
    cancel: CancelToken | None = None,
) -> PackageReport:
    """Decrypt the package in memory, then verify and merge it like a plain one."""
    file = Path(path)
    data = decrypt_file(file, passphrase)
    if not data.startswith(ZIP_MAGICS):
        raise PackageRefused(file, "it decrypts, but what it holds is not a Spravka package")
    # The package reader verifies a zip on disk; it is unpacked into the catalogue's own cache
    # anyway, so the decrypted zip goes there too, readable by this user only, and is removed.
    work = _private_folder(catalog.folder / CACHE, "decrypted-")
    inner = work / "package.zip"
    try:
        fd = os.open(inner, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        del data
        try:
            report = import_package(catalog, inner, limits=limits, progress=progress, cancel=cancel)
        except PackageRefused as exc:
            raise PackageRefused(file, exc.problem.replace(str(inner), str(file))) from None
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return dataclasses.replace(
        report,
        file=file,
        warnings=tuple(w.replace(str(inner), str(file)) for w in report.warnings),
    )


def import_any_package(
    catalog: Catalog,
    path: Path | str,
    passphrase: str | None = None,
    *,
    limits: ZipLimits | None = None,
    progress: ProgressCallback = ignore_progress,
    cancel: CancelToken | None = None,
) -> PackageReport:
    """Import a package, plain or encrypted. With a passphrase the file must be encrypted;
    without one it must be plain (`EncryptionError` says which it is)."""
    file = Path(path)
    encrypted = _is_age(file)
    if passphrase is None:
        if encrypted:
            raise EncryptionError(
                file, Reason.ENCRYPTED, "the package is encrypted: a passphrase is needed"
            )
        return import_package(catalog, file, limits=limits, progress=progress, cancel=cancel)
    if not encrypted:
        raise EncryptionError(
            file,
            Reason.NOT_ENCRYPTED,
            "the package is not encrypted, but a passphrase was given; import it without one",
        )
    return import_encrypted_package(
        catalog, file, passphrase, limits=limits, progress=progress, cancel=cancel
    )


def _is_age(file: Path) -> bool:
    try:
        return sniff(file) in (FileKind.AGE, FileKind.ARMORED_AGE)
    except OSError:
        return False  # a missing file: the plain reader says so in its own words


def encrypted_backup(
    catalog: Catalog,
    out: Path | str,
    passphrase: str,
    *,
    progress: ProgressCallback = ignore_progress,
    cancel: CancelToken | None = None,
) -> BackupReport:
    """Back the catalogue up into the single encrypted file `out` (a tar of the backup folder).

    The verified backup folder is made in the catalogue's own cache (images hard-linked, so
    no second copy of them), packed into a tar in memory, encrypted, and removed.
    """
    out = Path(out).expanduser().absolute()
    check_passphrase(out, passphrase)
    if out.exists():
        raise BackupError(out, "already exists; a backup never overwrites")
    if not out.parent.is_dir():
        raise BackupError(out, f"the folder {out.parent} does not exist")
    work = _private_folder(catalog.folder / CACHE, "backup-")
    try:
        folder = work / BACKUP_ROOT
        report = backup(catalog, folder, link=True, progress=progress, cancel=cancel)
        buffer = io.BytesIO()
        with tarfile.open(fileobj=buffer, mode="w", format=tarfile.PAX_FORMAT) as archive:
            archive.add(folder, arcname=BACKUP_ROOT)
        write_encrypted(out, buffer.getvalue(), passphrase)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return dataclasses.replace(report, folder=out, size=out.stat().st_size)


def _safe_members(source: Path, archive: tarfile.TarFile) -> list[tarfile.TarInfo]:
    members = archive.getmembers()
    for member in members:
        name = member.name
        inside = name == BACKUP_ROOT or name.startswith(BACKUP_ROOT + "/")
        if not inside or ".." in name.split("/") or not (member.isfile() or member.isdir()):
            raise BackupError(source, f"the encrypted backup holds an unexpected entry {name!r}")
    return members


def restore_encrypted(
    path: Path | str,
    new_folder: Path | str,
    passphrase: str,
    *,
    progress: ProgressCallback = ignore_progress,
    cancel: CancelToken | None = None,
) -> BackupReport:
    """Decrypt the backup file in memory, unpack it beside the new catalogue, restore from it."""
    source = Path(path).expanduser().absolute()
    target = Path(new_folder).expanduser().absolute()
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise BackupError(target, "already exists and is not empty; restore never overwrites")
    if not target.parent.is_dir():
        raise BackupError(target, f"the folder {target.parent} does not exist")
    data = decrypt_file(source, passphrase)
    # Beside the target, on its disk: the restore hard-links the images from there.
    work = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".decrypted", dir=target.parent))
    try:
        try:
            with tarfile.open(fileobj=io.BytesIO(data), mode="r:") as archive:
                members = _safe_members(source, archive)
                archive.extractall(work, members=members, filter="data")
        except (tarfile.TarError, EOFError) as exc:
            raise BackupError(
                source, f"it decrypts, but what it holds is not a Spravka backup ({exc})"
            ) from None
        del data
        try:
            return restore(work / BACKUP_ROOT, target, link=True, progress=progress, cancel=cancel)
        except BackupError as exc:
            raise BackupError(source, exc.problem) from None
    finally:
        shutil.rmtree(work, ignore_errors=True)


def restore_any(
    path: Path | str,
    new_folder: Path | str,
    passphrase: str | None = None,
    *,
    progress: ProgressCallback = ignore_progress,
    cancel: CancelToken | None = None,
) -> BackupReport:
    """Restore a backup folder, or an encrypted backup file (which needs the passphrase)."""
    source = Path(path).expanduser().absolute()
    encrypted = source.is_file() and _is_age(source)
    if passphrase is None:
        if encrypted:
            raise EncryptionError(
                source, Reason.ENCRYPTED, "the backup is encrypted: a passphrase is needed"
            )
        return restore(source, new_folder, progress=progress, cancel=cancel)
    if not encrypted:
        raise EncryptionError(
            source,
            Reason.NOT_ENCRYPTED,
            "the backup is not encrypted, but a passphrase was given; restore it without one",
        )
    return restore_encrypted(source, new_folder, passphrase, progress=progress, cancel=cancel)
