"""Kinship in the interchange format (version 2): reading, loading and dumping `relationships`.

    "relationships": [
      {"id": "r1", "kind": "parent", "person": "p1", "relative": "p2", "detail": "birth",
       "source": "d2", "page": 1, "quote": "сын — Пётр"},
      {"id": "r2", "kind": "spouse", "person": "p1", "relative": "p3",
       "began": "1920", "ended": {"date": "1937", "qualifier": "between", "end": "1938"}}
    ]

`person` and `relative` name persons of the same file; for `parent` the person is the parent of
the relative. A record that names a relationship already in the catalogue (by uid, or the same
kind between the same two persons) is counted as present, not added twice.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from catalog import models
from catalog.errors import InterchangeError, InterchangeErrors
from catalog.io.interchange_plan import Plan, PlannedRelationship
from catalog.services.families import (
    DETAILS,
    RelationshipRefused,
    check_relationship,
    ordered_pair,
)
from catalog.vocab import ClaimStatus, Qualifier, RelationKind

# The reader (`interchange_read._Reader`) and the load report (`interchange_load.LoadReport`)
# are passed in, not imported: both modules import this one.
_Reader = Any
LoadReport = Any

RELATIONSHIP_KEYS = {
    "id",
    "uid",
    "source_id",
    "kind",
    "person",
    "relative",
    "detail",
    "status",
    "began",
    "ended",
    "note",
    "quote",
    "source",
    "page",
}


def _person_ref(reader: _Reader, path: str, value: Any, person_ids: set[str]) -> str | None:
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str) or not value:
        reader.error(path, "expected a person id")
        return None
    if value not in person_ids:
        reader.error(path, f"no person with id {value!r} in this file")
        return None
    return value


def read_relationships(
    reader: _Reader, raw: Any, person_ids: set[str], pages_by_document: dict[str, int]
) -> list[PlannedRelationship]:
    planned: list[PlannedRelationship] = []
    seen: set[str] = set()
    for i, raw_item in enumerate(reader.array("relationships", raw)):
        path = f"relationships[{i}]"
        data = reader.obj(path, raw_item)
        if data is None:
            continue
        local_id = reader.local_id(path, data, seen)
        kind = reader.enum(f"{path}.kind", data.get("kind"), RelationKind)
        if data.get("kind") is None:
            reader.error(
                f"{path}.kind", "every relationship needs a kind (parent, spouse, sibling)"
            )
        person = _person_ref(reader, f"{path}.person", data.get("person"), person_ids)
        relative = _person_ref(reader, f"{path}.relative", data.get("relative"), person_ids)
        if person is not None and person == relative:
            reader.error(path, f"person {person!r} cannot be their own {kind or 'relative'}")
        detail = reader.text(path, data, "detail")
        if kind and detail not in DETAILS[kind]:
            reader.error(f"{path}.detail", f"unknown {kind} detail {detail!r}")
        began = reader.date(f"{path}.began", data.get("began"))
        ended = reader.date(f"{path}.ended", data.get("ended"))
        if kind and kind != RelationKind.SPOUSE.value and (began or ended):
            reader.error(path, "only a marriage has a beginning and an end")
        source = reader.optional_text(path, data, "source")
        if source is not None and source not in pages_by_document:
            reader.error(f"{path}.source", f"no document with id {source!r} in this file")
        page = data.get("page")
        if page is not None and (
            not isinstance(page, int)
            or isinstance(page, bool)
            or source is None
            or not 1 <= page <= pages_by_document.get(source, 0)
        ):
            reader.error(f"{path}.page", "a page is a number from 1 within the source document")
            page = None
        if kind is None or person is None or relative is None:
            continue
        planned.append(
            PlannedRelationship(
                path=path,
                local_id=local_id,
                uid=reader.uid(path, data, "relationship", local_id),
                source_id=reader.optional_text(path, data, "source_id") or local_id,
                kind=kind,
                person=person,
                relative=relative,
                detail=detail,
                status=reader.enum(f"{path}.status", data.get("status"), ClaimStatus, "accepted")
                or "accepted",
                began=began,
                ended=ended,
                note=reader.text(path, data, "note"),
                quote=reader.text(path, data, "quote"),
                source=source,
                page=page,
                extra=reader.unknown_keys(path, data, RELATIONSHIP_KEYS) or None,
            )
        )
    return planned


def load_relationships(
    session: Session,
    plan: Plan,
    persons: dict[str, models.Person],
    documents: dict[str, tuple[models.Document, list[models.Page]]],
    report: LoadReport,
) -> None:
    """Write the planned relationships; a cycle or a self-relation refuses the whole file."""
    if not plan.relationships:
        return
    uids = [r.uid for r in plan.relationships]
    existing = set(
        session.scalars(select(models.Relationship.uid).where(models.Relationship.uid.in_(uids)))
    )
    errors: list[InterchangeError] = []
    for planned in plan.relationships:
        if planned.uid in existing:
            report.merged["relationship"] += 1
            continue
        person_id, relative_id = persons[planned.person].id, persons[planned.relative].id
        try:
            check_relationship(session, planned.kind, person_id, relative_id)
        except RelationshipRefused as refused:
            if refused.reason == "exists":
                report.merged["relationship"] += 1
                continue
            errors.append(InterchangeError(plan.file, planned.path, refused.problem))
            continue
        first, second = ordered_pair(planned.kind, person_id, relative_id)
        document, pages = documents[planned.source] if planned.source else (None, [])
        row = models.Relationship(
            uid=planned.uid,
            source_id=planned.source_id,
            kind=planned.kind,
            person_id=first,
            relative_id=second,
            detail=planned.detail,
            status=planned.status,
            note=planned.note,
            quote=planned.quote,
            document=document,
            page=pages[planned.page - 1] if planned.page and document is not None else None,
            extra=planned.extra,
        )
        row.began = planned.began
        row.ended = planned.ended
        session.add(row)
        session.flush()
        report.created["relationship"] += 1
    if errors:
        # Raised inside the load's transaction: nothing of the file is written.
        raise InterchangeErrors(plan.file, errors)


def _date(text: str | None, qualifier: str | None, end: str | None) -> Any:
    if not text:
        return None
    if not end and qualifier in (None, Qualifier.EXACT.value):
        return text
    record: dict[str, Any] = {"date": text, "qualifier": qualifier}
    if end:
        record["end"] = end
    return record


def relationship_record(row: models.Relationship) -> dict[str, Any]:
    record = {
        "id": str(row.id),
        "uid": row.uid,
        "source_id": row.source_id,
        "kind": row.kind,
        "person": str(row.person_id),
        "relative": str(row.relative_id),
        "detail": row.detail,
        "status": None if row.status == ClaimStatus.ACCEPTED.value else row.status,
        "began": _date(row.date, row.date_qualifier, row.date_end),
        "ended": _date(row.end_date, row.end_qualifier, row.end_date_end),
        "note": row.note,
        "quote": row.quote,
        "source": str(row.document_id) if row.document_id is not None else None,
        "page": row.page.seq if row.page is not None else None,
    }
    compact = {key: value for key, value in record.items() if value not in (None, "", [], {})}
    compact.update({k: v for k, v in (row.extra or {}).items() if k not in compact})
    return compact
