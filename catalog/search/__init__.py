"""Search: persons under any spelling of their name, full text of pages, claims and notes,
and the people list at a million rows.

    search(catalog, "Зёров", limit=50) -> SearchResults(persons, pages, notes)
    person_ids(catalog, order="name"|"birth"|"arrest", descending=False, query=None)
    person_page(catalog, order=..., offset=0, limit=100)
    person_rows(catalog, ids) -> [PersonRow]
    reindex(catalog, progress=..., cancel=...)   # catalogues written past the index
    index_status(catalog)

The index is kept in step with every ORM write by `catalog.search.sync` (registered when
`catalog.db` is imported); nothing here needs calling after an edit.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from catalog.search.fulltext import NoteHit, PageHit, find_texts
from catalog.search.names import PersonHit, find_persons
from catalog.search.people import PersonRow, person_ids, person_page, person_rows
from catalog.search.rebuild import (
    IndexStatus,
    ReindexReport,
    index_looks_current,
    index_status,
    index_status_of,
    reindex,
)

if TYPE_CHECKING:
    from catalog.db import Catalog

__all__ = [
    "IndexStatus",
    "NoteHit",
    "PageHit",
    "PersonHit",
    "PersonRow",
    "ReindexReport",
    "SearchResults",
    "index_looks_current",
    "index_status",
    "index_status_of",
    "person_ids",
    "person_page",
    "person_rows",
    "reindex",
    "search",
    "search_connection",
]


@dataclass(frozen=True)
class SearchResults:
    persons: list[PersonHit] = field(default_factory=list)
    pages: list[PageHit] = field(default_factory=list)
    notes: list[NoteHit] = field(default_factory=list)
    # More persons (or texts) matched than were looked at; a longer query narrows them.
    persons_truncated: bool = False
    texts_truncated: bool = False


def search(
    catalog: Catalog, query: str, *, limit: int = 50, names: bool = True, texts: bool = True
) -> SearchResults:
    """Persons whose name matches `query` and texts that contain its words, best first."""
    if limit <= 0 or not query.strip():
        return SearchResults()
    with catalog.read() as session:
        conn = session.connection().connection.driver_connection
        return search_connection(conn, query, limit=limit, names=names, texts=texts)


def search_connection(
    conn: sqlite3.Connection,
    query: str,
    *,
    limit: int = 50,
    names: bool = True,
    texts: bool = True,
) -> SearchResults:
    """`search` on an open sqlite3 connection inside a read transaction (the CLI's quick path,
    catalog.quickread, has one without SQLAlchemy)."""
    if limit <= 0 or not query.strip():
        return SearchResults()
    people = find_persons(conn, query, limit=limit) if names else None
    found = find_texts(conn, query, limit=limit) if texts else None
    return SearchResults(
        persons=people.hits if people else [],
        pages=found.pages if found else [],
        notes=found.notes if found else [],
        persons_truncated=bool(people and people.truncated),
        texts_truncated=bool(found and found.truncated),
    )
