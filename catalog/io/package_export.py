"""`spravka export package OUT.zip`: a volunteer's work, packed to travel to another catalogue.

A package is a zip holding `catalog.json` (the interchange format, with every record's uid so the
receiving catalogue merges instead of duplicating), the page images it references under `blobs/`,
and `manifest.json`: the package format and version, and the size and SHA-256 of every file, so
the receiver can prove that nothing was lost or changed on the way (`package_import`).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import zipfile
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from catalog import __version__
from catalog.db import Catalog
from catalog.errors import BlobError
from catalog.imaging.probe import EXTENSIONS
from catalog.io.files import atomic_output
from catalog.io.interchange_dump import dump_catalog
from catalog.io.outgoing import outgoing_image
from catalog.io.privacy import ExportPolicy, Living
from catalog.progress import CancelToken, Progress, ProgressCallback, ignore_progress

PACKAGE_FORMAT = "spravka-package"
PACKAGE_VERSION = 1
MANIFEST = "manifest.json"
CATALOG_JSON = "catalog.json"
BLOBS_DIR = "blobs"


@dataclass(frozen=True)
class PackageExportReport:
    file: Path
    persons: int
    documents: int
    flags: int
    images: int
    size: int

    def summary(self) -> str:
        return (
            f"wrote {self.file}: {self.persons} person(s), {self.documents} document(s), "
            f"{self.flags} flag(s), {self.images} image(s), {self.size:,} bytes"
        )


def _entry(name: str, when: dt.datetime, compress: int) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=when.timetuple()[:6])
    info.compress_type = compress
    info.external_attr = 0o644 << 16  # a regular file, readable by all
    return info


def export_package(
    catalog: Catalog,
    out: Path,
    person_ids: Collection[int] | None = None,
    *,
    now: dt.datetime | None = None,
    progress: ProgressCallback = ignore_progress,
    cancel: CancelToken | None = None,
    include_private: bool = False,
) -> PackageExportReport:
    """Pack the catalogue (or the persons named, with their documents) into `out`.

    Living people travel with everything (packages are for the work itself); items marked
    private stay home unless `include_private` (`catalog.io.privacy`).
    """
    out = Path(out)
    with atomic_output(out) as handle:
        counts = write_package(
            catalog,
            handle,
            person_ids,
            now=now,
            progress=progress,
            cancel=cancel,
            include_private=include_private,
        )
    return PackageExportReport(
        out,
        counts["persons"],
        counts["documents"],
        counts["flags"],
        counts["images"],
        out.stat().st_size,
    )


def write_package(
    catalog: Catalog,
    handle: BinaryIO,
    person_ids: Collection[int] | None = None,
    *,
    now: dt.datetime | None = None,
    progress: ProgressCallback = ignore_progress,
    cancel: CancelToken | None = None,
    include_private: bool = False,
) -> dict[str, int]:
    """Write the package's zip into the seekable binary `handle` (a file, or memory when the
    package is to be encrypted); return the counts of what it holds."""
    now = (now or dt.datetime.now()).replace(microsecond=0)
    images: dict[str, tuple[str, str]] = {}  # catalogue sha256 -> (name, sha256 in the package)
    files: list[dict[str, Any]] = []
    written: set[str] = set()
    with zipfile.ZipFile(handle, "w", allowZip64=True) as archive:

        def image_ref(sha256: str, media_type: str) -> tuple[str, str]:
            """Pack the image as it is referenced, cleaned of location and device metadata
            (`catalog.imaging.metadata`); the page then names the cleaned copy's SHA-256."""
            if sha256 in images:
                return images[sha256]
            if cancel:
                cancel.raise_if_cancelled()
            with catalog.blobs.open(sha256) as source:
                original = source.read()
            if hashlib.sha256(original).hexdigest() != sha256:
                raise BlobError(sha256, "is damaged in this catalogue (its content changed)")
            data = outgoing_image(original, media_type)
            packed = hashlib.sha256(data).hexdigest()
            name = f"{BLOBS_DIR}/{packed}{EXTENSIONS.get(media_type, '')}"
            # Two originals differing only in their metadata clean to the same copy: packed once.
            if name not in written:
                written.add(name)
                # Images are compressed already: stored, not deflated again.
                archive.writestr(_entry(name, now, zipfile.ZIP_STORED), data)
                files.append({"path": name, "size": len(data), "sha256": packed})
            images[sha256] = (name, packed)
            progress(Progress(len(images), None, f"packing image {len(images)}"))
            return images[sha256]

        text = io.StringIO()
        counts = dump_catalog(
            catalog,
            text,
            base_dir=catalog.folder,
            person_ids=person_ids,
            image_ref=image_ref,
            progress=progress,
            cancel=cancel,
            policy=ExportPolicy(Living.INCLUDE, include_private=include_private),
        )
        data = text.getvalue().encode("utf-8")
        archive.writestr(_entry(CATALOG_JSON, now, zipfile.ZIP_DEFLATED), data)
        files.insert(
            0, {"path": CATALOG_JSON, "size": len(data), "sha256": hashlib.sha256(data).hexdigest()}
        )
        manifest = {
            "format": PACKAGE_FORMAT,
            "version": PACKAGE_VERSION,
            "created": now.isoformat(),
            "generator": f"Spravka {__version__}",
            "catalog_uid": catalog.uid,
            "counts": {**counts, "images": len(files) - 1},
            "files": files,
        }
        archive.writestr(
            _entry(MANIFEST, now, zipfile.ZIP_DEFLATED),
            json.dumps(manifest, ensure_ascii=False, indent=2) + "\n",
        )
    return {**counts, "images": len(files) - 1}
