"""`spravka doctor`: is the catalogue whole, and if not, the way back.

It reads a catalogue folder without opening it as a `Catalog` (a damaged database must not stop
it, and nothing here writes to the catalogue) and checks:

- the database: SQLite's `PRAGMA integrity_check` and `PRAGMA foreign_key_check`;
- the images: every file in `blobs/` hashed again and compared with its name; images the
  database refers to but the folder lacks (missing); files no row refers to (orphaned: left by an
  interrupted import, harmless, reported but not counted as damage); stray temporary files;
- the search index against the data: its version, a name entry for every person, and for every
  page the text of its current transcription (FTS5's own integrity check as well).

Where the database is damaged, the way back is the newest automatic backup (`backups/auto-*`)
that passes the same checks; `restore_to` restores it into a new folder. A damaged or missing
image is looked for in the backups as well (a copied backup holds its own intact file; a
hard-linked one shares the damaged file and is no help).

The check opening a catalogue runs (`PRAGMA quick_check` within a time budget) lives in
`catalog.integrity`, which `catalog.db` can import without a loop.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from catalog.doctor_words import kind_words, phrase
from catalog.integrity import (
    DB_NAME,
    MAX_REPORTED,
    automatic_backups,
    connect_read_only,
)
from catalog.progress import Progress, ProgressCallback, ignore_progress
from catalog.store import BlobStore, sha256_of_file

BLOBS_NAME = "blobs"


@dataclass(frozen=True)
class Finding:
    """One problem found. `kind` is a stable code; `detail` is SQLite's or the checker's words."""

    area: str  # database | blobs | index
    kind: str
    subject: str = ""
    detail: str = ""
    serious: bool = True

    def text(self, language: str = "en") -> str:
        parts = [kind_words(self.kind, language)]
        if self.subject:
            parts.append(self.subject)
        if self.detail:
            parts.append(self.detail)
        return ": ".join(parts)


@dataclass(frozen=True)
class DoctorReport:
    folder: Path
    findings: tuple[Finding, ...]
    images_checked: int = 0
    backup: Path | None = None  # the newest automatic backup that passes the same checks
    backups_tried: tuple[Path, ...] = ()
    intact_copies: dict[str, Path] = field(default_factory=dict)  # sha256 → a good copy
    restored: Path | None = None

    @property
    def healthy(self) -> bool:
        return not any(f.serious for f in self.findings)

    @property
    def database_damaged(self) -> bool:
        return any(f.area == "database" and f.serious for f in self.findings)

    def lines(self, language: str = "en") -> list[str]:
        """The report in words (`catalog.doctor_words`), for the CLI."""
        out = [phrase("checked", language).format(self.folder, self.images_checked)]
        for finding in self.findings:
            mark = phrase("damaged" if finding.serious else "note", language)
            out.append(f"  {mark}: {finding.text(language)}")
        for sha256, path in sorted(self.intact_copies.items()):
            out.append("  " + phrase("intact_copy", language).format(sha256, path))
        for finding in self.findings:
            if finding.kind in ("blob_damaged", "blob_missing") and (
                finding.subject not in self.intact_copies
            ):
                out.append("  " + phrase("no_copy", language).format(finding.subject))
        if self.healthy:
            out.append(phrase("healthy", language))
        elif self.database_damaged:
            if self.restored is not None:
                out.append(phrase("restored", language).format(self.backup, self.restored))
            elif self.backup is not None:
                out.append(phrase("way_back", language).format(self.backup, self.backup))
            else:
                out.append(phrase("no_backup", language).format(len(self.backups_tried)))
        elif any(f.area == "index" and f.serious for f in self.findings):
            out.append(phrase("reindex", language))
        return out

    def to_json(self) -> dict[str, Any]:
        return {
            "folder": str(self.folder),
            "healthy": self.healthy,
            "database_damaged": self.database_damaged,
            "images_checked": self.images_checked,
            "findings": [
                {
                    "area": f.area,
                    "kind": f.kind,
                    "subject": f.subject,
                    "detail": f.detail,
                    "serious": f.serious,
                    "text": f.text(),
                }
                for f in self.findings
            ],
            "backup": str(self.backup) if self.backup else None,
            "backups_tried": [str(p) for p in self.backups_tried],
            "intact_copies": {k: str(v) for k, v in sorted(self.intact_copies.items())},
            "restored": str(self.restored) if self.restored else None,
        }


# -- the database -----------------------------------------------------------------------------


def check_database(db_path: Path) -> list[Finding]:
    findings: list[Finding] = []
    try:
        connection = connect_read_only(db_path)
        try:
            rows = [
                str(r[0]) for r in connection.execute(f"PRAGMA integrity_check({MAX_REPORTED})")
            ]
            if rows != ["ok"]:
                findings += [Finding("database", "integrity", DB_NAME, row) for row in rows]
            for table, rowid, parent, _fk in connection.execute("PRAGMA foreign_key_check"):
                findings.append(
                    Finding("database", "foreign_key", f"{table} row {rowid}", f"→ {parent}")
                )
        finally:
            connection.close()
    except sqlite3.DatabaseError as exc:
        findings.append(Finding("database", "unreadable", DB_NAME, str(exc)))
    return findings


def referenced_blobs(db_path: Path) -> set[str] | None:
    """The images the database refers to, or None when it cannot say (damaged)."""
    try:
        connection = connect_read_only(db_path)
        try:
            rows = connection.execute(
                "SELECT sha256 FROM blobs UNION "
                "SELECT blob_sha256 FROM pages WHERE blob_sha256 IS NOT NULL"
            ).fetchall()
        finally:
            connection.close()
    except sqlite3.DatabaseError:
        return None
    return {str(row[0]) for row in rows}


# -- the images -------------------------------------------------------------------------------


class Hashes:
    """SHA-256 of files, remembered by inode: a hard-linked backup is not hashed twice."""

    def __init__(self) -> None:
        self.known: dict[tuple[int, int, int, int], str] = {}

    def of(self, path: Path) -> str | None:
        try:
            st = path.stat()
        except OSError:
            return None
        key = (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns)
        if key not in self.known:
            try:
                self.known[key] = sha256_of_file(path)
            except OSError:
                return None
        return self.known[key]


def _store_files(root: Path) -> Iterator[Path]:
    if not root.is_dir():
        return
    for path in root.rglob("*"):
        if path.is_file() or path.is_symlink():
            yield path


def check_blobs(
    folder: Path,
    referenced: set[str] | None,
    hashes: Hashes,
    progress: ProgressCallback = ignore_progress,
) -> tuple[list[Finding], int]:
    """Hash every image in the folder's store; compare the store with what the database cites."""
    store = BlobStore(folder / BLOBS_NAME)
    findings: list[Finding] = []
    files = sorted(_store_files(store.root))
    on_disk: set[str] = set()
    checked = 0
    for done, path in enumerate(files, start=1):
        name = path.name
        if len(name) != 64 or any(c not in "0123456789abcdef" for c in name):
            findings.append(
                Finding("blobs", "blob_stray", str(path.relative_to(folder)), "", False)
            )
            continue
        on_disk.add(name)
        checked += 1
        if path.is_symlink() or path != store.path(name) or hashes.of(path) != name:
            findings.append(Finding("blobs", "blob_damaged", name, str(path)))
        elif referenced is not None and name not in referenced:
            findings.append(Finding("blobs", "blob_orphaned", name, "", False))
        progress(Progress(done, len(files), "images"))
    for sha256 in sorted((referenced or set()) - on_disk):
        findings.append(Finding("blobs", "blob_missing", sha256, str(store.path(sha256))))
    return findings, checked


# -- the search index -------------------------------------------------------------------------


def check_index(db_path: Path) -> list[Finding]:
    from catalog.search.indexer import current_versions
    from catalog.search.schema import INDEX_VERSION, INDEX_VERSION_KEY

    findings: list[Finding] = []
    try:
        connection = connect_read_only(db_path)
    except sqlite3.Error:
        return findings
    try:
        row = connection.execute(
            "SELECT value FROM catalog_info WHERE key = ?", (INDEX_VERSION_KEY,)
        ).fetchone()
        if (row[0] if row else None) != INDEX_VERSION:
            findings.append(Finding("index", "index_version", "", f"{row[0] if row else None}"))
        unindexed = connection.execute(
            "SELECT count(*) FROM persons WHERE id NOT IN (SELECT person_id FROM search_persons)"
        ).fetchone()[0]
        if unindexed:
            findings.append(Finding("index", "index_missing", f"{unindexed} person(s)"))
        page_ids = [r[0] for r in connection.execute(
            "SELECT DISTINCT page_id FROM transcriptions ORDER BY page_id"
        )]  # fmt: skip
        indexed = dict(connection.execute(
            "SELECT page_id, transcription_id FROM search_texts WHERE page_id IS NOT NULL"
        ).fetchall())  # fmt: skip
        stale = 0
        for start in range(0, len(page_ids), 500):
            current = current_versions(connection, page_ids[start : start + 500])
            stale += sum(1 for pid, tid in current.items() if indexed.get(pid) != tid)
        if stale:
            findings.append(Finding("index", "index_stale", f"{stale} page(s)"))
        try:
            connection.execute(
                "INSERT INTO search_fts(search_fts, rank) VALUES ('integrity-check', 1)"
            )
        except sqlite3.OperationalError as exc:
            # A read-only connection cannot run FTS5's check (it is written as an INSERT).
            if "readonly" not in str(exc) and "read-only" not in str(exc):
                findings.append(Finding("index", "index_fts", "", str(exc)))
        except sqlite3.DatabaseError as exc:
            findings.append(Finding("index", "index_fts", "", str(exc)))
    except sqlite3.DatabaseError:
        pass  # a damaged database is reported by check_database
    finally:
        connection.close()
    return findings


# -- backups ----------------------------------------------------------------------------------


def backup_passes(backup: Path, damaged: set[str], hashes: Hashes) -> bool:
    """The same checks on a backup: its database whole, every image it cites present and whole.

    An image damaged in the catalogue itself (`damaged`) is forgiven when the backup shares the
    very file (a hard link): no backup can do better there, and the database is what it restores.
    """
    if not (backup / DB_NAME).is_file() or check_database(backup / DB_NAME):
        return False
    referenced = referenced_blobs(backup / DB_NAME)
    if referenced is None:
        return False
    store = BlobStore(backup / BLOBS_NAME)
    for sha256 in referenced:
        if hashes.of(store.path(sha256)) != sha256 and not (
            sha256 in damaged and store.path(sha256).is_file()
        ):
            return False
    return True


def find_intact_copies(
    folder: Path, wanted: set[str], hashes: Hashes, backups: list[Path]
) -> dict[str, Path]:
    copies: dict[str, Path] = {}
    for backup in backups:
        store = BlobStore(backup / BLOBS_NAME)
        for sha256 in sorted(wanted - set(copies)):
            if hashes.of(store.path(sha256)) == sha256:
                copies[sha256] = store.path(sha256)
    return copies


def default_restore_folder(folder: Path) -> Path:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    return folder.parent / f"{folder.name}-restored-{stamp}"


def doctor(
    folder: Path | str,
    *,
    restore_to: Path | None = None,
    progress: ProgressCallback = ignore_progress,
) -> DoctorReport:
    """Check the catalogue in `folder`; with `restore_to`, restore the way back if one is needed."""
    folder = Path(folder).expanduser().absolute()
    db_path = folder / DB_NAME
    hashes = Hashes()
    findings = check_database(db_path)
    referenced = referenced_blobs(db_path)
    blob_findings, checked = check_blobs(folder, referenced, hashes, progress)
    findings += blob_findings
    if not any(f.kind == "unreadable" for f in findings):
        findings += check_index(db_path)
    backups = automatic_backups(folder)
    lost = {f.subject for f in findings if f.kind in ("blob_damaged", "blob_missing")}
    copies = find_intact_copies(folder, lost, hashes, backups) if lost else {}
    report = DoctorReport(folder, tuple(findings), checked, intact_copies=copies)
    if not report.database_damaged:
        return report
    tried: list[Path] = []
    chosen = None
    for backup in backups:
        tried.append(backup)
        progress(Progress(len(tried), len(backups), f"checking {backup.name}"))
        if backup_passes(backup, lost, hashes):
            chosen = backup
            break
    restored = None
    if chosen is not None and restore_to is not None:
        from catalog.io.backup import restore

        restored = restore(chosen, restore_to).folder
    return DoctorReport(folder, tuple(findings), checked, chosen, tuple(tried), copies, restored)
