"""Writes that fail at any point of a load, a scan import, a package import, a backup and OCR.

Two kinds of fault are injected. File writes: `os.fsync`, `os.replace`, `os.link` and
`shutil.copyfileobj` raise ENOSPC at their N-th call (every blob, export, extraction and backup
copy passes through one of them). Database writes: SQLite's `max_page_count` is set a few pages
above the database's size, so SQLite itself answers "database or disk is full" when the
transaction grows past it. N and the page margin are spread over the whole run, measured first
by a run without faults.

After each failure: the error is a message (a `SpravkaError`, never a raw OSError or a
traceback), `doctor` finds the catalogue healthy (an orphaned image is allowed: harmless by
design), and the records are as before or complete (OCR: every page read or not, none half).
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, func, select

from catalog import models
from catalog.db import Catalog
from catalog.doctor import doctor
from catalog.errors import SpravkaError
from catalog.io.backup import backup
from catalog.io.interchange_load import load_file
from catalog.io.package_export import export_package
from catalog.io.package_import import import_package
from catalog.services.persons import PersonFields, add_person
from tests.io.family import CERTIFICATE_LINES, REPLY_LINES, draw_page

FILE_CALLS = [(os, "fsync"), (os, "replace"), (os, "link"), (shutil, "copyfileobj")]
SAMPLES = 6


class Faults:
    """Counts calls of the file functions; call number `fail_at` raises ENOSPC."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, fail_at: int | None) -> None:
        self.calls = 0
        self.fail_at = fail_at
        for owner, name in FILE_CALLS:
            monkeypatch.setattr(owner, name, self._wrap(getattr(owner, name)))

    def _wrap(self, original: Callable[..., Any]) -> Callable[..., Any]:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            self.calls += 1
            if self.calls == self.fail_at:
                raise OSError(errno.ENOSPC, "No space left on device (injected)")
            return original(*args, **kwargs)

        return wrapper


def limit_database(catalog: Catalog, extra_pages: int) -> None:
    """Let the database grow by at most `extra_pages` pages from now on."""
    engine = catalog._write_engine
    assert engine is not None
    with catalog.read() as session:
        pages = session.connection().exec_driver_sql("PRAGMA page_count").scalar()

    @event.listens_for(engine, "connect")
    def _limit(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages + extra_pages}")

    engine.dispose()


def counts(folder: Path) -> tuple[int, ...]:
    with Catalog.open(folder, read_only=True) as catalog, catalog.read() as session:
        return tuple(
            session.scalar(select(func.count()).select_from(model))
            for model in (models.Person, models.Document, models.Page, models.Claim,
                          models.Transcription, models.Blob, models.Flag)
        )  # fmt: skip


def healthy(folder: Path) -> None:
    report = doctor(folder)
    assert report.healthy, report.lines()
    assert {f.kind for f in report.findings} <= {"blob_orphaned"}


def pages_file(folder: Path, count: int, name: str) -> Path:
    pages = []
    for n in range(count):
        image = folder / f"{name}-{n}.png"
        lines = [f"{name} {n}", *(CERTIFICATE_LINES if n % 2 else REPLY_LINES)[:2]]
        draw_page(lines, image, size=(700, 320))
        pages.append({"image": image.name, "transcriptions": [{"origin": "human", "text": name}]})
    file = folder / f"{name}.json"
    file.write_text(json.dumps({"format": "spravka-catalog", "version": 1,
        "persons": [{"id": "p", "surname": name, "claims": [{"id": "c", "kind": "arrest",
                     "date": "1937", "source": "d"}]}],
        "documents": [{"id": "d", "pages": pages, "persons": [{"person": "p"}]}]},
        ensure_ascii=False), "utf-8")  # fmt: skip
    return file


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A catalogue with some records, and the inputs the operations use."""
    root = tmp_path_factory.mktemp("faults")
    with Catalog.create(root / "catalog") as catalog:
        load_file(catalog, pages_file(root, 2, "Первый"))
    pages_file(root, 3, "Второй")
    with Catalog.create(root / "source") as source:
        load_file(source, pages_file(root, 2, "Третий"))
        export_package(source, root / "package.zip")
    return root


def fresh(template: Path, where: Path) -> Path:
    shutil.copytree(template / "catalog", where)
    return where


def sample(total: int) -> list[int]:
    """Up to SAMPLES fault points spread over 1..total, first and last included."""
    if total <= SAMPLES:
        return list(range(1, total + 1))
    step = (total - 1) / (SAMPLES - 1)
    return sorted({1 + round(i * step) for i in range(SAMPLES)})


Operation = Callable[[Catalog, Path], Any]
OPERATIONS: dict[str, Operation] = {
    "load": lambda catalog, root: load_file(catalog, root / "Второй.json"),
    "package import": lambda catalog, root: import_package(catalog, root / "package.zip"),
}


def run_all_or_nothing(
    template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, operation: Operation
) -> None:
    clean = fresh(template, tmp_path / "clean")
    before = counts(clean)
    with monkeypatch.context() as patch, Catalog.open(clean) as catalog:
        faults = Faults(patch, None)
        operation(catalog, template)
    complete = counts(clean)
    assert complete != before and faults.calls > 0

    refused = 0
    for n in sample(faults.calls):
        folder = fresh(template, tmp_path / f"file-{n}")
        with monkeypatch.context() as patch, Catalog.open(folder) as catalog:
            Faults(patch, n)
            try:
                operation(catalog, template)
            except SpravkaError:
                refused += 1
        healthy(folder)
        assert counts(folder) in (before, complete), n
        assert list((folder / "cache").glob("package-*")) == []

    for margin in (0, 1, 2, 4, 8, 16):
        folder = fresh(template, tmp_path / f"db-{margin}")
        with Catalog.open(folder) as catalog:
            limit_database(catalog, margin)
            try:
                operation(catalog, template)
            except SpravkaError as exc:
                refused += 1
                assert "full" in str(exc) or "cannot" in str(exc), str(exc)
        healthy(folder)
        assert counts(folder) in (before, complete), margin
    assert refused >= SAMPLES  # the faults did strike


@pytest.mark.parametrize("name", sorted(OPERATIONS))
def test_a_failing_write_leaves_the_catalogue_as_before_or_complete(
    template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    run_all_or_nothing(template, tmp_path, monkeypatch, OPERATIONS[name])


def test_a_failing_backup_leaves_no_partial_copy(
    template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = fresh(template, tmp_path / "catalog")
    with monkeypatch.context() as patch, Catalog.open(folder) as catalog:
        faults = Faults(patch, None)
        backup(catalog, tmp_path / "clean-backup", link=False)
    assert faults.calls > 0
    before = counts(folder)
    for n in sample(faults.calls):
        out = tmp_path / "backups" / f"b{n}"
        out.parent.mkdir(exist_ok=True)
        with monkeypatch.context() as patch, Catalog.open(folder) as catalog:
            Faults(patch, n)
            with pytest.raises(SpravkaError, match="could not be written"):
                backup(catalog, out, link=False)
        assert list(out.parent.iterdir()) == []  # neither the backup nor its partial copy
        healthy(folder)
        assert counts(folder) == before


def test_a_failing_write_during_ocr_leaves_every_page_read_or_not(
    template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from catalog.ocr.batch import ocr_pages

    monkeypatch.setenv("OMP_THREAD_LIMIT", "1")

    def fill(catalog: Catalog, _patch: pytest.MonkeyPatch) -> None:
        """A database that cannot grow, filled to the last page: a disk that is full."""
        limit_database(catalog, 0)
        for notes in ("ж" * 2000, "ж" * 200, ""):  # large rows first, then the crumbs of space
            with pytest.raises(SpravkaError, match="full"):
                for _ in range(10_000):
                    add_person(catalog, PersonFields(surname="Заполнитель", notes=notes))

    for case, setup in (("db", fill), ("fsync", lambda catalog, patch: Faults(patch, 1))):
        folder = fresh(template, tmp_path / case)
        with monkeypatch.context() as patch, Catalog.open(folder) as catalog:
            setup(catalog, patch)
            before = counts(folder)
            try:
                report = ocr_pages(catalog, jobs=1, languages="rus")
            except SpravkaError:
                report = None
        if case == "db":
            assert report is None  # the first page's write already fails
        healthy(folder)
        with Catalog.open(folder, read_only=True) as catalog, catalog.read() as session:
            engine_versions = session.execute(
                select(models.Transcription.page_id, func.count())
                .where(models.Transcription.origin == "engine")
                .group_by(models.Transcription.page_id)
            ).all()
        assert all(n == 1 for _page, n in engine_versions)
        assert counts(folder)[:4] == before[:4]


def test_a_failing_write_during_a_scan_import_leaves_whole_documents(
    template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An import writes a transaction per file: after a fault some files are in, each whole."""
    from catalog.importing.pipeline import import_paths

    scans = sorted(template.glob("Второй-*.png"))
    clean = fresh(template, tmp_path / "clean")
    before = counts(clean)
    with monkeypatch.context() as patch, Catalog.open(clean) as catalog:
        faults = Faults(patch, None)
        import_paths(catalog, scans, jobs=1)
    complete = counts(clean)
    assert complete[1] == before[1] + len(scans) and faults.calls > 0

    for n in sample(faults.calls):
        folder = fresh(template, tmp_path / f"import-{n}")
        with monkeypatch.context() as patch, Catalog.open(folder) as catalog:
            Faults(patch, n)
            with contextlib.suppress(SpravkaError):  # or a file reported as not imported
                import_paths(catalog, scans, jobs=1)
        healthy(folder)
        documents = counts(folder)[1]
        assert before[1] <= documents <= complete[1], n
        with Catalog.open(folder, read_only=True) as catalog, catalog.read() as session:
            empty = session.scalar(
                select(func.count())
                .select_from(models.Document)
                .where(~models.Document.pages.any())
            )
        assert empty == 0  # no document without its page
