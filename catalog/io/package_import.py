"""`spravka import package IN.zip`: merge a package from another volunteer, all or nothing.

Everything is verified before the catalogue is touched: the zip's entries (`zipsafe`), the
manifest (format, version, the size and SHA-256 of every file, counted on the decompressed bytes),
that the interchange file names only images inside the package, and the interchange file itself
(`interchange_read`). Only then are the images stored (content-addressed: an image left
unreferenced by a failure is harmless) and the records merged in one transaction by the
interchange loader, which matches persons, documents and claims by uid and reports conflicting
values instead of overwriting them.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from catalog.db import Catalog
from catalog.errors import InterchangeErrors, SpravkaError
from catalog.io import jsonsafe
from catalog.io.files import atomic_output
from catalog.io.interchange_load import load_file
from catalog.io.package_export import CATALOG_JSON, MANIFEST, PACKAGE_FORMAT, PACKAGE_VERSION
from catalog.io.zipsafe import (
    PackageRefused,
    ZipLimits,
    check_name,
    checked_entries,
    extract,
    new_budget,
    open_zip,
    read_small,
)
from catalog.lifecycle import work_folder
from catalog.progress import CancelToken, Progress, ProgressCallback, ignore_progress

MANIFEST_LIMIT = 64 << 20
CACHE = "cache"
LOGS = "logs"


@dataclass(frozen=True)
class PackageReport:
    file: Path
    created: dict[str, int] = field(default_factory=dict)
    merged: dict[str, int] = field(default_factory=dict)
    conflicts: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()
    images_stored: int = 0
    generator: str = ""
    log: Path | None = None  # the import's log in the catalogue's `logs/` folder

    def summary(self) -> str:
        parts = [f"{n} {kind}(s) added" for kind, n in sorted(self.created.items()) if n]
        parts += [f"{n} {kind}(s) already present" for kind, n in sorted(self.merged.items()) if n]
        if self.conflicts:
            parts.append(f"{len(self.conflicts)} conflict(s) kept as in the catalogue")
        return f"{self.file}: " + (", ".join(parts) if parts else "nothing new")


def _manifest_files(file: Path, raw: bytes) -> tuple[dict[str, Any], dict[str, tuple[int, str]]]:
    try:
        manifest = jsonsafe.loads(raw)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise PackageRefused(file, f"{MANIFEST} is not valid JSON ({exc})") from None
    except jsonsafe.JsonRefused as exc:
        raise PackageRefused(file, f"{MANIFEST} is refused: {exc}") from None
    if not isinstance(manifest, dict) or manifest.get("format") != PACKAGE_FORMAT:
        raise PackageRefused(file, f"not a Spravka package ({MANIFEST} has no package format)")
    version = manifest.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise PackageRefused(file, f"{MANIFEST} has no valid format version")
    if version > PACKAGE_VERSION:
        raise PackageRefused(
            file,
            f"the package is format version {version}, made by a newer Spravka; this version "
            f"reads version {PACKAGE_VERSION}. Install a newer Spravka to import it.",
        )
    listed: dict[str, tuple[int, str]] = {}
    entries = manifest.get("files")
    if not isinstance(entries, list):
        raise PackageRefused(file, f"{MANIFEST} does not list the package's files")
    for entry in entries:
        if not isinstance(entry, dict):
            raise PackageRefused(file, f"{MANIFEST} has a file entry that is not an object")
        path, size, sha256 = entry.get("path"), entry.get("size"), entry.get("sha256")
        if not isinstance(path, str) or check_name(path):
            raise PackageRefused(file, f"{MANIFEST} lists an unsafe path {path!r}")
        if not isinstance(size, int) or isinstance(size, bool) or size < 0:
            raise PackageRefused(file, f"{MANIFEST} gives no valid size for {path!r}")
        if not isinstance(sha256, str) or len(sha256) != 64:
            raise PackageRefused(file, f"{MANIFEST} gives no valid SHA-256 for {path!r}")
        if path in listed:
            raise PackageRefused(file, f"{MANIFEST} lists {path!r} twice")
        listed[path] = (size, sha256.lower())
    if CATALOG_JSON not in listed:
        raise PackageRefused(file, f"the package holds no {CATALOG_JSON}")
    return manifest, listed


def _check_image_paths(file: Path, catalog_json: Path, listed: dict[str, tuple[int, str]]) -> None:
    """Every page image must be a file of this package: never a path to the importer's disk."""
    try:
        data = jsonsafe.loads(catalog_json.read_bytes())
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise PackageRefused(file, f"{CATALOG_JSON} is not valid JSON ({exc})") from None
    except jsonsafe.JsonRefused as exc:
        raise PackageRefused(file, f"{CATALOG_JSON} is refused: {exc}") from None
    documents = data.get("documents") if isinstance(data, dict) else None
    for document in documents if isinstance(documents, list) else ():
        pages = document.get("pages") if isinstance(document, dict) else None
        for page in pages if isinstance(pages, list) else ():
            image = page.get("image") if isinstance(page, dict) else None
            if image is None:
                continue
            if not isinstance(image, str) or check_name(image) or image not in listed:
                raise PackageRefused(
                    file, f"{CATALOG_JSON} names the image {image!r}, which is not in the package"
                )


def _require_room(file: Path, work: Path, declared: int) -> None:
    """Refuse at once a package whose files (as their headers say) do not fit on the disk."""
    try:
        free = shutil.disk_usage(work).free
    except OSError:
        return
    if declared + (16 << 20) > free:
        raise PackageRefused(
            file,
            f"its files need {declared:,} bytes and the catalogue's disk has {free:,} free",
        )


def _interchange_problems(file: Path, errors: InterchangeErrors) -> PackageRefused:
    lines = [f"{e.json_path}: {e.problem}" if e.json_path else e.problem for e in errors.errors]
    shown = "\n  ".join(lines[:20])
    more = f"\n  … and {len(lines) - 20} more" if len(lines) > 20 else ""
    return PackageRefused(file, f"{CATALOG_JSON} has {len(lines)} problem(s):\n  {shown}{more}")


def import_package(
    catalog: Catalog,
    path: Path | str,
    *,
    limits: ZipLimits | None = None,
    progress: ProgressCallback = ignore_progress,
    cancel: CancelToken | None = None,
) -> PackageReport:
    """Verify the package completely, then merge it into the catalogue in one transaction."""
    file = Path(path)
    limits = limits or ZipLimits()
    try:
        package_size = file.stat().st_size
    except OSError:
        package_size = None  # open_zip says why below
    budget = new_budget(limits, package_size)
    # Inside the catalogue folder: the same disk as the blob store, and no shared /tmp; named
    # for this process, so that the folder a killed import leaves is swept on the next open.
    try:
        work = work_folder(catalog.folder, "package")
    except OSError as exc:
        raise PackageRefused(file, f"cannot unpack into {catalog.folder / CACHE}: {exc}") from exc
    try:
        with open_zip(file) as archive:
            entries = {info.filename: info for info in checked_entries(archive, file, limits)}
            _require_room(file, work, sum(info.file_size for info in entries.values()))
            if MANIFEST not in entries:
                raise PackageRefused(file, f"the package has no {MANIFEST}")
            manifest, listed = _manifest_files(
                file, read_small(archive, entries[MANIFEST], file, budget, MANIFEST_LIMIT)
            )
            unlisted = sorted(set(entries) - set(listed) - {MANIFEST})
            if unlisted:
                raise PackageRefused(
                    file, f"{unlisted[0]!r} is in the package but not in its manifest"
                )
            missing = sorted(set(listed) - set(entries))
            if missing:
                raise PackageRefused(
                    file, f"{missing[0]!r} is in the manifest but not in the package"
                )
            for done, (name, (size, sha256)) in enumerate(sorted(listed.items()), start=1):
                if cancel:
                    cancel.raise_if_cancelled()
                actual_sha, actual_size = extract(archive, entries[name], work / name, file, budget)
                if actual_size != size:
                    raise PackageRefused(
                        file, f"{name!r} has {actual_size} bytes, the manifest says {size}"
                    )
                if actual_sha != sha256:
                    raise PackageRefused(
                        file,
                        f"{name!r} does not match its SHA-256 in the manifest (changed or damaged)",
                    )
                progress(Progress(done, len(listed), f"verifying {name}"))
        _check_image_paths(file, work / CATALOG_JSON, listed)
        if cancel:
            cancel.raise_if_cancelled()
        try:
            report = load_file(catalog, work / CATALOG_JSON, progress)
        except InterchangeErrors as exc:
            raise _interchange_problems(file, exc) from None
    finally:
        shutil.rmtree(work, ignore_errors=True)
    result = PackageReport(
        file=file,
        created=dict(Counter(report.created)),
        merged=dict(Counter(report.merged)),
        conflicts=tuple(report.conflicts),
        warnings=tuple(
            w.replace(str(work / CATALOG_JSON), f"{file}:{CATALOG_JSON}") for w in report.warnings
        ),
        images_stored=report.blobs_stored,
        generator=str(manifest.get("generator", "")),
    )
    return replace(result, log=write_import_log(catalog, result))


def write_import_log(catalog: Catalog, report: PackageReport) -> Path | None:
    """Keep what the import did, every conflict with both values, in the catalogue's `logs/`.

    The merge is already committed: a log that cannot be written (a full disk) is reported as
    missing, it does not undo the import.
    """
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%d-%H%M%S-%f")
    path = catalog.folder / LOGS / f"package-import-{stamp}.txt"
    lines = [
        f"Package import {dt.datetime.now(dt.UTC).isoformat(timespec='seconds')}",
        report.summary(),
        *(f"conflict: {line}" for line in report.conflicts),
        *(f"warning: {line}" for line in report.warnings),
    ]
    try:
        path.parent.mkdir(exist_ok=True)
        with atomic_output(path, "w", encoding="utf-8", newline="\n") as handle:
            handle.write("\n".join(lines) + "\n")
    except (OSError, SpravkaError):
        return None
    return path
