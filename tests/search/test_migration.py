"""Migration 0002: a catalogue made before the search index gets one, filled, when opened."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from alembic import command
from sqlalchemy import create_engine

from catalog import models
from catalog.db import FORMAT_MARK, Catalog
from catalog.migrate import alembic_config
from catalog.search import index_status, person_ids, search

NOW = dt.datetime(2020, 5, 17, 12, 0, 0)


def make_catalogue_at_0001(folder: Path) -> None:
    folder.mkdir(parents=True)
    (folder / "blobs").mkdir()
    engine = create_engine(f"sqlite:///{folder / 'catalog.sqlite'}")
    with engine.begin() as conn:
        config = alembic_config()
        config.attributes["connection"] = conn
        command.upgrade(config, "0001")
        conn.execute(
            models.CatalogInfo.__table__.insert(),
            [{"key": "format", "value": FORMAT_MARK}, {"key": "uid", "value": "old-catalogue"}],
        )
        stamp = {"created_at": NOW, "updated_at": NOW}
        for pid, surname, given in (
            (1, "Зёров", "Михаил"),
            (2, "Гроссингер", "Давид"),
            (3, "Алексеев", "Пётр"),
        ):
            conn.execute(
                models.Person.__table__.insert(),
                {"id": pid, "uid": f"p{pid}", "surname": surname, "given_name": given, **stamp},
            )
        conn.execute(
            models.NameVariant.__table__.insert(),
            [{"person_id": 3, "surname": "Aleksejew", "given_name": "Pjotr", "script": "Latn"}],
        )
        conn.execute(
            models.Document.__table__.insert(),
            [{"id": 1, "uid": "d1", "title": "Справка", **stamp}],
        )
        conn.execute(
            models.Page.__table__.insert(), [{"id": 1, "document_id": 1, "seq": 1, **stamp}]
        )
        conn.execute(
            models.Transcription.__table__.insert(),
            [
                {
                    "page_id": 1,
                    "version": 1,
                    "origin": "imported",
                    "text": "Зеров расстрелян в урочище Сандармох",
                    "created_at": NOW,
                }
            ],
        )
        conn.execute(
            models.Claim.__table__.insert(),
            [
                {
                    "uid": "c1",
                    "person_id": 1,
                    "kind": "arrest",
                    "date": "1935-04-28",
                    "date_qualifier": "exact",
                    "place": "Киев",
                    **stamp,
                }
            ],
        )
    engine.dispose()


def test_opening_an_old_catalogue_builds_its_index(tmp_path: Path) -> None:
    folder = tmp_path / "old"
    make_catalogue_at_0001(folder)
    with Catalog.open(folder) as catalog:
        assert catalog.open_result.migrated_from == "0001"
        assert catalog.open_result.backup is not None and catalog.open_result.backup.exists()
        assert index_status(catalog).current
        assert search(catalog, "Зерова").persons[0].id == 1
        assert search(catalog, "Гросингер").persons[0].id == 2
        assert search(catalog, "Aleksejew").persons[0].id == 3
        assert search(catalog, "Сандармоха").pages[0].page_id == 1
        assert search(catalog, "Киеве").notes[0].person_id == 1
        assert person_ids(catalog) == [3, 2, 1]  # Алексеев, Гроссингер, Зёров (ё beside е)
        assert person_ids(catalog, order="arrest") == [1, 2, 3]
