"""The list of people at a million rows: ids in order straight from an index, rows on demand.

A list view holds only ids (`person_ids`, or a page of them with `person_page`) and asks for the
rows it is about to show (`person_rows`), as Anki's browser does. Every ordering is an index scan:
by name through `search_persons.name_key` (Russian alphabetical order, ё beside е), by birth
through `persons.birth_date`, by first arrest through `search_persons.first_arrest`. People
without a birth or arrest date come after the dated ones in either direction.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from catalog.dates import PartialDate, parse_optional_iso
from catalog.errors import InvalidInput
from catalog.search.names import find_by_prefix, find_persons
from catalog.search.normalize import query_tokens

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from catalog.db import Catalog

PersonOrder = Literal["name", "birth", "arrest"]
QUERY_LIMIT = 5000

# Each order: the dated segment then the undated one, both walked along an index.
_SEGMENTS: dict[str, tuple[str, ...]] = {
    "name": ("SELECT person_id FROM search_persons ORDER BY name_key {d}, person_id {d}",),
    "birth": (
        "SELECT id FROM persons WHERE birth_date IS NOT NULL ORDER BY birth_date {d}, id {d}",
        "SELECT id FROM persons WHERE birth_date IS NULL ORDER BY id {d}",
    ),
    "arrest": (
        "SELECT person_id FROM search_persons WHERE first_arrest IS NOT NULL "
        "ORDER BY first_arrest {d}, person_id {d}",
        "SELECT person_id FROM search_persons WHERE first_arrest IS NULL ORDER BY person_id {d}",
    ),
}
# How many rows each segment holds (for paging past its end).
_COUNTS: dict[str, tuple[str, ...]] = {
    "name": ("SELECT count(*) FROM search_persons",),
    "birth": (
        "SELECT count(*) FROM persons WHERE birth_date IS NOT NULL",
        "SELECT count(*) FROM persons WHERE birth_date IS NULL",
    ),
    "arrest": (
        "SELECT count(*) FROM search_persons WHERE first_arrest IS NOT NULL",
        "SELECT count(*) FROM search_persons WHERE first_arrest IS NULL",
    ),
}
_SORT_VALUES = {
    "name": "SELECT person_id, name_key FROM search_persons WHERE person_id IN ({marks})",
    "birth": "SELECT id, birth_date FROM persons WHERE id IN ({marks})",
    "arrest": "SELECT person_id, first_arrest FROM search_persons WHERE person_id IN ({marks})",
}


@dataclass(frozen=True)
class PersonRow:
    id: int
    source_id: str | None
    surname: str
    given_name: str
    patronymic: str
    sex: str | None
    birth: PartialDate | None
    first_arrest: PartialDate | None
    flags_suggested: int = 0
    flags_confirmed: int = 0
    flags_dismissed: int = 0

    @property
    def full_name(self) -> str:
        return " ".join(p for p in (self.surname, self.given_name, self.patronymic) if p)


def _raw(session: Session) -> sqlite3.Connection:
    return session.connection().connection.driver_connection


def _check_order(order: str) -> None:
    if order not in _SEGMENTS:
        raise InvalidInput("order", f"unknown order {order!r} (name, birth, arrest)")


def _statements(order: str, descending: bool) -> list[str]:
    direction = "DESC" if descending else "ASC"
    return [sql.format(d=direction) for sql in _SEGMENTS[order]]


def person_ids(
    catalog: Catalog,
    *,
    order: PersonOrder = "name",
    descending: bool = False,
    query: str | None = None,
    prefix: bool = False,
) -> list[int]:
    """Every person's id in the given order, or those matching a name query in that order.

    A query finds names under any spelling (`find_persons`). With `prefix`, a single word is
    also read as the beginning of a surname, so that a list narrows as the person types ("Карп",
    "Karp" find Карпенко; "Иван" then lists Иванов too)."""
    _check_order(order)
    with catalog.read() as session:
        conn = _raw(session)
        if query and query.strip():
            ids = [hit.id for hit in find_persons(conn, query, limit=QUERY_LIMIT).hits]
            tokens = query_tokens(query)
            if prefix and len(tokens) == 1 and not tokens[0].initial:
                known = set(ids)
                more = find_by_prefix(conn, query.strip(), limit=QUERY_LIMIT)
                ids += [i for i in more if i not in known]
            return _sorted(conn, ids, order, descending)
        ids = [row[0] for sql in _statements(order, descending) for row in conn.execute(sql)]
        total = conn.execute("SELECT count(*) FROM persons").fetchone()[0]
        if len(ids) != total:
            # Persons written past the index (bulk SQL): never hide them, list them last.
            listed = set(ids)
            ids += [
                row[0]
                for row in conn.execute("SELECT id FROM persons ORDER BY id")
                if row[0] not in listed
            ]
        return ids


def _sorted(conn: sqlite3.Connection, ids: list[int], order: str, descending: bool) -> list[int]:
    values: dict[int, str | None] = {}
    for start in range(0, len(ids), 500):
        batch = ids[start : start + 500]
        values.update(
            conn.execute(_SORT_VALUES[order].format(marks=",".join("?" * len(batch))), batch)
        )
    dated = sorted((i for i in ids if values.get(i) is not None), key=lambda i: (values[i], i))
    undated = sorted(i for i in ids if values.get(i) is None)
    if descending:
        dated.reverse()
        undated.reverse()
    return dated + undated


def person_page(
    catalog: Catalog,
    *,
    order: PersonOrder = "name",
    descending: bool = False,
    offset: int = 0,
    limit: int = 100,
) -> list[int]:
    """One page of ids in the given order (what a list shows first, without loading all ids)."""
    _check_order(order)
    if offset < 0 or limit < 0:
        raise InvalidInput("limit", "offset and limit must not be negative")
    ids: list[int] = []
    with catalog.read() as session:
        conn = _raw(session)
        skip = offset
        for sql, count in zip(_statements(order, descending), _COUNTS[order], strict=True):
            if len(ids) >= limit:
                break
            rows = conn.execute(f"{sql} LIMIT ? OFFSET ?", (limit - len(ids), skip)).fetchall()
            ids += [row[0] for row in rows]
            if len(ids) < limit and skip:
                # The next segment starts where this one's rows ran out.
                skip = max(0, skip - conn.execute(count).fetchone()[0])
    return ids


def person_rows(catalog: Catalog, ids: Sequence[int]) -> list[PersonRow]:
    """The rows a list shows for these ids, in the same order (unknown ids are left out)."""
    found: dict[int, tuple[Any, ...]] = {}
    flags: dict[int, dict[str, int]] = {}
    with catalog.read() as session:
        conn = _raw(session)
        unique = list(dict.fromkeys(ids))
        for start in range(0, len(unique), 500):
            batch = unique[start : start + 500]
            marks = ",".join("?" * len(batch))
            for row in conn.execute(
                "SELECT p.id, p.source_id, p.surname, p.given_name, p.patronymic, p.sex, "
                "p.birth_date, p.birth_qualifier, s.first_arrest, s.first_arrest_qualifier, "
                "p.birth_date_end "
                "FROM persons p LEFT JOIN search_persons s ON s.person_id = p.id "
                f"WHERE p.id IN ({marks})",
                batch,
            ):
                found[row[0]] = row[1:]
            for pid, status, count in conn.execute(
                "SELECT person_id, status, count(*) FROM flags "
                f"WHERE person_id IN ({marks}) GROUP BY person_id, status",
                batch,
            ):
                flags.setdefault(pid, {})[status] = count
    rows: list[PersonRow] = []
    for pid in ids:
        if pid not in found:
            continue
        source_id, surname, given, patronymic, sex, birth, birth_q, arrest, arrest_q, birth_end = (
            found[pid]
        )
        counts = flags.get(pid, {})
        rows.append(
            PersonRow(
                id=pid,
                source_id=source_id,
                surname=surname,
                given_name=given,
                patronymic=patronymic,
                sex=sex,
                birth=parse_optional_iso(birth, birth_q, birth_end),
                first_arrest=parse_optional_iso(arrest, arrest_q),
                flags_suggested=counts.get("suggested", 0),
                flags_confirmed=counts.get("confirmed", 0),
                flags_dismissed=counts.get("dismissed", 0),
            )
        )
    return rows
