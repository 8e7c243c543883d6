"""Opening, creating, refusing and migrating catalogues; two processes writing at once."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

from catalog import migrate, models
from catalog.db import Catalog
from catalog.errors import CatalogMissing, CatalogReadOnly, CatalogTooNew, NotACatalog
from catalog.services import persons


def file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def folder_listing(folder: Path) -> list[tuple[str, str]]:
    return sorted(
        (str(p.relative_to(folder)), file_digest(p) if p.is_file() else "dir")
        for p in folder.rglob("*")
    )


def test_create_makes_the_folder_database_and_blob_store(catalog_dir: Path) -> None:
    with Catalog.create(catalog_dir) as catalog:
        assert catalog.open_result.created
        assert len(catalog.uid) == 36
    assert (catalog_dir / "catalog.sqlite").is_file()
    assert (catalog_dir / "blobs").is_dir()


def test_create_is_idempotent_and_keeps_the_data(catalog_dir: Path) -> None:
    with Catalog.create(catalog_dir) as catalog:
        uid = catalog.uid
        persons.add_person(catalog, persons.PersonFields(surname="Зеров"))
    with Catalog.create(catalog_dir) as again:
        assert not again.open_result.created
        assert again.uid == uid
        assert persons.count_persons(again) == 1


def test_pragmas_are_set_on_every_connection(catalog: Catalog) -> None:
    with catalog.read() as session:
        assert session.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert session.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert session.execute(text("PRAGMA busy_timeout")).scalar() >= 10_000


def test_foreign_keys_are_enforced(catalog: Catalog) -> None:
    with pytest.raises(Exception, match="FOREIGN KEY"), catalog.write() as session:
        session.add(models.Claim(person_id=999, kind="arrest"))


def test_opening_a_missing_catalogue_says_how_to_create_one(tmp_path: Path) -> None:
    with pytest.raises(CatalogMissing, match="spravka init"):
        Catalog.open(tmp_path / "nowhere")
    assert not (tmp_path / "nowhere").exists()


def test_a_folder_of_other_files_is_refused_and_left_untouched(tmp_path: Path) -> None:
    folder = tmp_path / "photos"
    folder.mkdir()
    (folder / "holiday.jpg").write_bytes(b"\xff\xd8 not really")
    before = folder_listing(folder)
    with pytest.raises(NotACatalog, match=r"holds no catalog\.sqlite"):
        Catalog.open(folder)
    with pytest.raises(NotACatalog, match="not empty"):
        Catalog.create(folder)
    assert folder_listing(folder) == before


@pytest.mark.parametrize(
    "content",
    [b"", b"this is a text file\n", b"SQLite format 3\x00" + b"\x00" * 80],
    ids=["empty", "text", "damaged header"],
)
def test_a_catalog_sqlite_that_is_not_a_database_is_refused(tmp_path: Path, content: bytes) -> None:
    folder = tmp_path / "fake"
    folder.mkdir()
    (folder / "catalog.sqlite").write_bytes(content)
    before = folder_listing(folder)
    with pytest.raises(NotACatalog):
        Catalog.open(folder)
    assert folder_listing(folder) == before


def test_another_programs_sqlite_database_is_refused_and_unchanged(tmp_path: Path) -> None:
    folder = tmp_path / "other"
    folder.mkdir()
    connection = sqlite3.connect(folder / "catalog.sqlite")
    connection.execute("CREATE TABLE notes (body TEXT)")
    connection.commit()
    connection.close()
    before = folder_listing(folder)
    with pytest.raises(NotACatalog, match="not a Spravka catalogue"):
        Catalog.open(folder)
    assert folder_listing(folder) == before


def test_a_newer_schema_is_refused_without_changing_the_database(catalog_dir: Path) -> None:
    with Catalog.create(catalog_dir) as catalog:
        persons.add_person(catalog, persons.PersonFields(surname="Курбас"))
        with catalog.write() as session:
            session.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    db = catalog_dir / "catalog.sqlite"
    before = file_digest(db)
    with pytest.raises(CatalogTooNew, match="newer than this version"):
        Catalog.open(catalog_dir)
    assert file_digest(db) == before
    assert not (catalog_dir / "backups").exists()


def test_models_and_migrations_describe_the_same_schema(catalog: Catalog) -> None:
    with catalog.read() as session:
        context = MigrationContext.configure(
            session.connection(), opts={"include_object": migrate.include_object}
        )
        differences = compare_metadata(context, models.Base.metadata)
    assert differences == []


EXTRA_REVISION = '''
"""A test-only revision that adds a column."""
from alembic import op
import sqlalchemy as sa

revision = "0999_test"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("persons") as batch:
        batch.add_column(sa.Column("test_note", sa.Text(), nullable=True))
    op.execute("UPDATE persons SET test_note = 'migrated ' || surname")


def downgrade() -> None:
    with op.batch_alter_table("persons") as batch:
        batch.drop_column("test_note")
'''


def test_a_populated_catalogue_is_backed_up_then_migrated_forward(
    catalog_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Catalog.create(catalog_dir) as catalog:
        for surname in ("Зеров", "Курбас", "Злотников"):
            persons.add_person(catalog, persons.PersonFields(surname=surname))
    head = migrate.head_revision()

    migrations = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS_DIR, migrations)
    (migrations / "versions" / "0999_test.py").write_text(EXTRA_REVISION.format(head=head))
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", migrations)

    with Catalog.open(catalog_dir) as catalog:
        result = catalog.open_result
        with catalog.read() as session:
            notes = session.execute(text("SELECT test_note FROM persons ORDER BY id")).scalars()
            assert list(notes) == ["migrated Зеров", "migrated Курбас", "migrated Злотников"]
            assert session.execute(text("SELECT version_num FROM alembic_version")).scalar() == (
                "0999_test"
            )
    assert result.migrated_from == head
    assert result.backup is not None and result.backup.parent == catalog_dir / "backups"
    backup = sqlite3.connect(result.backup)
    try:
        assert backup.execute("SELECT version_num FROM alembic_version").fetchone() == (head,)
        assert backup.execute("SELECT count(*) FROM persons").fetchone() == (3,)
    finally:
        backup.close()

    # Opening again finds nothing to do and takes no second backup.
    with Catalog.open(catalog_dir) as catalog:
        assert catalog.open_result.migrated_from is None
    assert len(list((catalog_dir / "backups").iterdir())) == 1


def test_an_empty_catalogue_is_migrated_from_nothing_without_a_backup(catalog_dir: Path) -> None:
    with Catalog.create(catalog_dir) as catalog:
        with catalog.read() as session:
            revision = session.execute(text("SELECT version_num FROM alembic_version")).scalar()
        assert revision == migrate.head_revision()
    assert not (catalog_dir / "backups").exists()


def test_a_read_only_catalogue_cannot_be_written(catalog_dir: Path) -> None:
    with Catalog.create(catalog_dir) as catalog:
        persons.add_person(catalog, persons.PersonFields(surname="Гудро"))
    with Catalog.open(catalog_dir, read_only=True) as catalog:
        assert persons.count_persons(catalog) == 1
        with pytest.raises(CatalogReadOnly):
            persons.add_person(catalog, persons.PersonFields(surname="Доценко"))


WRITER = textwrap.dedent(
    """
    import sys
    from catalog.db import Catalog
    from catalog.services import persons

    folder, name, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
    with Catalog.open(folder) as catalog:
        for i in range(count):
            persons.add_person(catalog, persons.PersonFields(surname=f"{name}{i}"))
    """
)

HOLDER = textwrap.dedent(
    """
    import sys, time
    from catalog.db import Catalog
    from catalog import models

    with Catalog.open(sys.argv[1]) as catalog:
        with catalog.write() as session:
            session.add(models.Person(surname="Holder"))
            session.flush()
            print("holding", flush=True)
            time.sleep(1.5)
    """
)


def test_two_processes_writing_at_once_both_succeed_and_corrupt_nothing(
    catalog: Catalog,
) -> None:
    writers = [
        subprocess.Popen([sys.executable, "-c", WRITER, str(catalog.folder), name, "60"])
        for name in ("Первый", "Второй")
    ]
    assert [writer.wait(timeout=120) for writer in writers] == [0, 0]
    assert persons.count_persons(catalog) == 120
    with catalog.read() as session:
        assert session.execute(text("PRAGMA integrity_check")).scalar() == "ok"
        audit = session.execute(
            text("SELECT count(*) FROM audit_log WHERE entity = 'person' AND action = 'create'")
        ).scalar()
    assert audit == 120


def test_a_writer_waits_for_another_processes_transaction_instead_of_failing(
    catalog: Catalog,
) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(catalog.folder)], stdout=subprocess.PIPE, text=True
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
    # The holder keeps its write transaction open; this write must wait for it, then succeed.
    persons.add_person(catalog, persons.PersonFields(surname="Ждущий"))
    assert holder.wait(timeout=60) == 0
    assert [p.surname for p in persons.list_persons(catalog, order="id")] == ["Holder", "Ждущий"]
