"""The audit trail: every change to the catalogue's records, written in the same transaction.

A session-level `after_flush` listener records inserts, updates and deletes of the audited models,
so no service can forget to log a change. The actor comes from `session.info["actor"]`.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session

from catalog import models

AUDITED: dict[type[models.Base], str] = {
    models.Person: "person",
    models.NameVariant: "name_variant",
    models.Document: "document",
    models.DocumentLink: "document_link",
    models.Page: "page",
    models.Transcription: "transcription",
    models.Claim: "claim",
    models.Relationship: "relationship",
    models.Flag: "flag",
    models.Tag: "tag",
}

# Columns too bulky or too noisy to copy into every audit row.
SKIPPED_COLUMNS = {"words", "created_at", "updated_at"}


def _jsonable(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return value


def _snapshot(obj: models.Base) -> dict[str, Any]:
    state = inspect(obj)
    return {
        attr.key: _jsonable(attr.value)
        for attr in state.attrs
        if attr.key in state.mapper.columns and attr.key not in SKIPPED_COLUMNS
    }


def _changes(obj: models.Base) -> dict[str, list[Any]]:
    state = inspect(obj)
    changed: dict[str, list[Any]] = {}
    for attr in state.attrs:
        if attr.key not in state.mapper.columns or attr.key in SKIPPED_COLUMNS:
            continue
        history = attr.history
        if history.has_changes():
            old = history.deleted[0] if history.deleted else None
            new = history.added[0] if history.added else None
            if old != new:
                changed[attr.key] = [_jsonable(old), _jsonable(new)]
    return changed


def _entity_id(obj: models.Base) -> int | None:
    # The identity map does not hold rows inserted by this very flush yet; read the key columns.
    ident = inspect(obj).mapper.primary_key_from_instance(obj)
    if len(ident) == 1 and isinstance(ident[0], int):
        return ident[0]
    return None


@event.listens_for(Session, "after_flush")
def _record_changes(session: Session, flush_context: Any) -> None:
    actor = session.info.get("actor", "")
    now = models.utc_now()
    rows: list[dict[str, Any]] = []

    def add(action: str, obj: models.Base, changes: dict[str, Any] | None) -> None:
        entity = AUDITED.get(type(obj))
        if entity is None:
            return
        rows.append(
            {
                "at": now,
                "actor": actor,
                "action": action,
                "entity": entity,
                "entity_id": _entity_id(obj),
                "changes": changes,
            }
        )

    for obj in session.new:
        add("create", obj, _snapshot(obj))
    for obj in session.dirty:
        if session.is_modified(obj, include_collections=False):
            changes = _changes(obj)
            if changes:
                add("update", obj, changes)
    for obj in session.deleted:
        add("delete", obj, _snapshot(obj))

    if rows:
        session.connection().execute(models.AuditEntry.__table__.insert(), rows)
