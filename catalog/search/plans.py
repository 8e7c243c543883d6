"""Checking that list and search queries run on indexes: EXPLAIN QUERY PLAN of what really ran.

`capture_plans(catalog, work)` records every statement the catalogue's read connections execute
while `work()` runs (SQLite's trace callback gives them with their values bound) and returns each
with its query plan. `full_scans(plans)` picks out the plans that read a whole table, or sort a
list in a temporary B-tree, instead of walking an index. The tests assert there are none; the
benchmark prints the plans.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import event

if TYPE_CHECKING:
    from catalog.db import Catalog

# "SCAN persons" reads a table; "SCAN persons USING INDEX …" walks an index in order; an FTS5
# table scan is its own index ("VIRTUAL TABLE INDEX").
_TABLE_SCAN = re.compile(r"^SCAN (?!.*\b(USING|VIRTUAL TABLE)\b)(\S+)")
_TEMP_SORT = "USE TEMP B-TREE FOR ORDER BY"


@dataclass(frozen=True)
class Plan:
    sql: str
    steps: tuple[str, ...]

    def text(self) -> str:
        return "\n".join(f"    {step}" for step in self.steps)


def capture_plans(catalog: Catalog, work: Callable[[], Any]) -> list[Plan]:
    statements: list[str] = []

    def trace(sql: str) -> None:
        # FTS5 reads its own small shadow tables ("search_fts_config") internally.
        if sql.lstrip().upper().startswith(("SELECT", "WITH")) and "search_fts_" not in sql:
            statements.append(sql)

    engine = catalog._read_engine

    def on_checkout(dbapi_connection: sqlite3.Connection, *_: Any) -> None:
        dbapi_connection.set_trace_callback(trace)

    def on_checkin(dbapi_connection: sqlite3.Connection, *_: Any) -> None:
        dbapi_connection.set_trace_callback(None)

    event.listen(engine, "checkout", on_checkout)
    event.listen(engine, "checkin", on_checkin)
    try:
        work()
    finally:
        event.remove(engine, "checkout", on_checkout)
        event.remove(engine, "checkin", on_checkin)

    plans: list[Plan] = []
    probe = sqlite3.connect(f"file:{catalog.db_path}?mode=ro", uri=True)
    try:
        for sql in dict.fromkeys(statements):
            rows = probe.execute(f"EXPLAIN QUERY PLAN {sql}").fetchall()
            plans.append(Plan(sql, tuple(row[3] for row in rows)))
    finally:
        probe.close()
    return plans


def full_scans(plans: list[Plan]) -> list[tuple[Plan, str]]:
    """(plan, step) pairs that scan a table or sort through a temporary B-tree."""
    bad: list[tuple[Plan, str]] = []
    for plan in plans:
        for step in plan.steps:
            if _TABLE_SCAN.match(step) or _TEMP_SORT in step:
                bad.append((plan, step))
    return bad
