"""Bringing index rows up to date for given records, read straight from the catalogue's tables.

Every function takes the raw SQLite connection of the transaction doing the write, deletes the
index rows of the records it is given and writes them again from what the tables now hold. A
record that no longer exists simply ends with no rows. The ORM listener (`catalog.search.sync`)
calls these after each flush; the bulk rebuild (`catalog.search.rebuild`) calls them over every
record; the two therefore cannot disagree.

Only columns present since schema revision 0001 are read, because the 0002 migration fills the
index with this code.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, TypeVar

from catalog.search import keys as name_keys
from catalog.search.normalize import sort_key
from catalog.search.text import index_tokens, join_fields

CHUNK = 500  # ids per statement, well under SQLite's variable limit


T = TypeVar("T")


def chunks(ids: Iterable[T], size: int = CHUNK) -> Iterator[list[T]]:
    batch: list[T] = []
    for ident in ids:
        batch.append(ident)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def _marks(n: int) -> str:
    return ",".join("?" * n)


def _select(conn: sqlite3.Connection, sql: str, ids: Sequence[Any]) -> list[tuple[Any, ...]]:
    return conn.execute(sql.format(marks=_marks(len(ids))), list(ids)).fetchall()


class TermCache:
    """(term, form) pairs known to have their key rows, so that each is written once.

    The listener uses a fresh cache per flush (a rolled-back transaction must not leave rows
    believed written); the bulk rebuild keeps one for the whole run.
    """

    def __init__(self) -> None:
        self.known: set[tuple[str, str]] = set()

    def ensure(self, conn: sqlite3.Connection, bases: dict[str, set[str]]) -> None:
        wanted = [(t, b) for t, forms in bases.items() for b in forms if (t, b) not in self.known]
        if not wanted:
            return
        present: set[tuple[str, str]] = set()
        for batch in chunks(sorted({b for _, b in wanted})):
            present.update(
                _select(
                    conn,
                    "SELECT term, key FROM search_keys WHERE key IN ({marks}) AND base = key",
                    batch,
                )
            )
        # Sorted: inserting in key order keeps the B-tree writes local.
        rows = sorted(
            row
            for term, base in wanted
            if (term, base) not in present
            for row in name_keys.term_key_rows(term, base)
        )
        if rows:
            conn.executemany("INSERT OR IGNORE INTO search_keys VALUES (?, ?, ?)", rows)
        self.known.update(wanted)


# -- names and list order ---------------------------------------------------------------------


def person_name_rows(
    conn: sqlite3.Connection, person_ids: Sequence[int]
) -> tuple[list[tuple[str, str, str, int, int]], list[tuple[int, str]], dict[str, set[str]]]:
    """search_names rows, (person_id, name sort key) and the key forms of persons that exist."""
    persons = _select(
        conn,
        "SELECT id, surname, given_name, patronymic FROM persons WHERE id IN ({marks})",
        person_ids,
    )
    variants: dict[int, list[tuple[int, str, str, str]]] = {}
    for vid, pid, surname, given, patronymic in sorted(
        _select(
            conn,
            "SELECT id, person_id, surname, given_name, patronymic FROM name_variants "
            "WHERE person_id IN ({marks})",
            person_ids,
        )
    ):
        variants.setdefault(pid, []).append((vid, surname, given, patronymic))
    rows: list[tuple[str, str, str, int, int]] = []
    order: list[tuple[int, str]] = []
    bases: dict[str, set[str]] = {}
    for pid, surname, given, patronymic in persons:
        names = [(0, surname, given, patronymic), *variants.get(pid, ())]
        rows += name_keys.name_rows(pid, names)
        for term, forms in name_keys.name_bases(names).items():
            bases.setdefault(term, set()).update(forms)
        order.append((pid, sort_key(surname, given, patronymic)))
    return rows, order, bases


def first_arrests(
    conn: sqlite3.Connection, person_ids: Sequence[int]
) -> dict[int, tuple[str, str | None]]:
    """The earliest dated, accepted arrest claim of each person (ISO text sorts by date)."""
    found: dict[int, tuple[str, str | None]] = {}
    for pid, date, qualifier in _select(
        conn,
        # "+date": without statistics SQLite would otherwise walk every arrest in
        # ix_claims_kind_date instead of this person's claims in ix_claims_person_kind.
        "SELECT person_id, date, date_qualifier FROM claims WHERE person_id IN ({marks}) "
        "AND kind = 'arrest' AND status = 'accepted' AND +date IS NOT NULL",
        person_ids,
    ):
        # The index keeps one point: a range's earliest, said as «not before» it.
        if qualifier in ("between", "period"):
            qualifier = "after"
        if pid not in found or date < found[pid][0]:
            found[pid] = (date, qualifier)
    return found


def refresh_names(conn: sqlite3.Connection, person_ids: Iterable[int], cache: TermCache) -> None:
    for batch in chunks(sorted(set(person_ids))):
        rows, order, bases = person_name_rows(conn, batch)
        arrests = first_arrests(conn, batch)
        conn.execute(f"DELETE FROM search_names WHERE person_id IN ({_marks(len(batch))})", batch)
        cache.ensure(conn, bases)
        conn.executemany("INSERT OR IGNORE INTO search_names VALUES (?, ?, ?, ?, ?)", rows)
        conn.executemany(
            "INSERT INTO search_persons (person_id, name_key, first_arrest, "
            "first_arrest_qualifier) VALUES (?, ?, ?, ?) ON CONFLICT (person_id) DO UPDATE "
            "SET name_key = excluded.name_key, first_arrest = excluded.first_arrest, "
            "first_arrest_qualifier = excluded.first_arrest_qualifier",
            [(pid, key, *arrests.get(pid, (None, None))) for pid, key in order],
        )


def refresh_arrests(conn: sqlite3.Connection, person_ids: Iterable[int]) -> None:
    for batch in chunks(sorted(set(person_ids))):
        arrests = first_arrests(conn, batch)
        conn.executemany(
            "UPDATE search_persons SET first_arrest = ?, first_arrest_qualifier = ? "
            "WHERE person_id = ?",
            [(*arrests.get(pid, (None, None)), pid) for pid in batch],
        )


# -- full text -----------------------------------------------------------------------------------

PERSON_TEXT_COLUMNS = "birth_place, nationality, occupation, residence, notes"
CLAIM_TEXT_COLUMNS = "place, body, article, sentence, cause, basis, note, quote"
DOCUMENT_TEXT_COLUMNS = "title, issuer, archive, notes"


def _replace_texts(
    conn: sqlite3.Connection,
    owner: str,
    ids: Sequence[int],
    rows: list[tuple[int, int | None, str]],
) -> None:
    conn.execute(f"DELETE FROM search_texts WHERE {owner} IN ({_marks(len(ids))})", list(ids))
    conn.executemany(
        f"INSERT INTO search_texts ({owner}, transcription_id, tokens) VALUES (?, ?, ?)",
        [row for row in rows if row[2]],
    )


def _field_rows(
    conn: sqlite3.Connection, table: str, columns: str, ids: Sequence[int]
) -> list[tuple[int, int | None, str]]:
    return [
        (row[0], None, index_tokens(join_fields(*row[1:])))
        for row in _select(conn, f"SELECT id, {columns} FROM {table} WHERE id IN ({{marks}})", ids)
    ]


def refresh_person_texts(conn: sqlite3.Connection, person_ids: Iterable[int]) -> None:
    for batch in chunks(sorted(set(person_ids))):
        rows = _field_rows(conn, "persons", PERSON_TEXT_COLUMNS, batch)
        _replace_texts(conn, "person_id", batch, rows)


def refresh_claim_texts(conn: sqlite3.Connection, claim_ids: Iterable[int]) -> None:
    for batch in chunks(sorted(set(claim_ids))):
        rows = _field_rows(conn, "claims", CLAIM_TEXT_COLUMNS, batch)
        _replace_texts(conn, "claim_id", batch, rows)


def refresh_document_texts(conn: sqlite3.Connection, document_ids: Iterable[int]) -> None:
    for batch in chunks(sorted(set(document_ids))):
        rows = _field_rows(conn, "documents", DOCUMENT_TEXT_COLUMNS, batch)
        _replace_texts(conn, "document_id", batch, rows)


def current_versions(conn: sqlite3.Connection, page_ids: Sequence[int]) -> dict[int, int]:
    """page id → id of its current transcription: the newest human version, else the newest.

    The same rule as `catalog.services.transcriptions.choose_current`, on plain rows.
    """
    best: dict[int, tuple[int, int, int]] = {}
    for tid, pid, version, origin in _select(
        conn,
        "SELECT id, page_id, version, origin FROM transcriptions WHERE page_id IN ({marks})",
        page_ids,
    ):
        rank = (1 if origin == "human" else 0, version, tid)
        if pid not in best or rank > best[pid]:
            best[pid] = rank
    return {pid: rank[2] for pid, rank in best.items()}


def refresh_page_texts(conn: sqlite3.Connection, page_ids: Iterable[int]) -> None:
    for batch in chunks(sorted(set(page_ids))):
        current = current_versions(conn, batch)
        texts = (
            dict(
                _select(
                    conn,
                    "SELECT id, text FROM transcriptions WHERE id IN ({marks})",
                    list(current.values()),
                )
            )
            if current
            else {}
        )
        rows = [(pid, tid, index_tokens(texts.get(tid) or "")) for pid, tid in current.items()]
        _replace_texts(conn, "page_id", batch, rows)


def refresh(
    conn: sqlite3.Connection,
    *,
    names: Iterable[int] = (),
    arrests: Iterable[int] = (),
    person_texts: Iterable[int] = (),
    claims: Iterable[int] = (),
    documents: Iterable[int] = (),
    pages: Iterable[int] = (),
    cache: TermCache | None = None,
) -> None:
    """Re-index the given records (ids of persons, claims, documents, pages)."""
    names = set(names)
    refresh_names(conn, names, cache or TermCache())
    refresh_arrests(conn, set(arrests) - names)
    refresh_person_texts(conn, person_texts)
    refresh_claim_texts(conn, claims)
    refresh_document_texts(conn, documents)
    refresh_page_texts(conn, pages)
