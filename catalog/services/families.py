"""Use cases on kinship: add, change and remove relationships between persons; a person's family.

A relationship is stated by a source like a claim (a document, a page, the quoted words) or is the
researcher's own conclusion when it cites nothing. `parent` relationships run from the parent
(`person_id`) to the child (`relative_id`); `spouse` and `sibling` are symmetric and stored with
the smaller id first, so "A is B's wife" and "B is A's husband" are one row.

Nobody is their own parent, spouse or sibling, and no one may become their own ancestor: a parent
link that would close a cycle is refused before anything is written. Every change goes through
the audit trail; removing returns a snapshot that `restore_relationship` puts back (undo).
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any

from sqlalchemy import or_, select, text
from sqlalchemy.orm import Session

from catalog import models
from catalog.dates import PartialDate
from catalog.db import Catalog
from catalog.errors import InvalidInput, NotFound
from catalog.services import validate
from catalog.services.persons import get_model as get_person_model
from catalog.services.views import PersonSummary, person_summary
from catalog.vocab import ClaimStatus, RelationKind

DETAILS = {
    RelationKind.PARENT.value: ("", "birth", "adopted", "step", "foster"),
    RelationKind.SPOUSE.value: ("",),
    RelationKind.SIBLING.value: ("", "full", "half"),
}


class RelationshipRefused(InvalidInput):
    """A relationship that cannot be: `reason` is "self", "cycle" or "exists"."""

    def __init__(self, reason: str, problem: str) -> None:
        self.reason = reason
        super().__init__("relative", problem)


@dataclass(frozen=True)
class RelationshipFields:
    kind: str
    detail: str = ""
    status: str = ClaimStatus.ACCEPTED.value
    # For a spouse: the marriage and its end; unused for other kinds.
    began: PartialDate | str | None = None
    ended: PartialDate | str | None = None
    note: str = ""
    document_id: int | None = None
    page_id: int | None = None
    quote: str = ""


EDITABLE = {f.name for f in fields(RelationshipFields)} - {"kind"}


@dataclass(frozen=True)
class RelationshipView:
    id: int
    uid: str
    kind: str
    person_id: int
    relative_id: int
    detail: str
    status: str
    began: PartialDate | None
    ended: PartialDate | None
    note: str
    document_id: int | None
    document_title: str
    page_id: int | None
    page_seq: int | None
    quote: str

    @property
    def is_conclusion(self) -> bool:
        return self.document_id is None


@dataclass(frozen=True)
class Relative:
    """One member of a person's family; `relationship` is None for a sibling known only
    through a shared parent."""

    person: PersonSummary
    relationship: RelationshipView | None
    # Sentenced as a family member of a traitor to the Motherland (ЧСИР), by some claim.
    chsir: bool = False


@dataclass(frozen=True)
class Family:
    person: PersonSummary
    parents: tuple[Relative, ...]
    spouses: tuple[Relative, ...]
    children: tuple[Relative, ...]
    siblings: tuple[Relative, ...]
    chsir: bool = False

    @property
    def is_empty(self) -> bool:
        return not (self.parents or self.spouses or self.children or self.siblings)


@dataclass(frozen=True)
class RelationshipSnapshot:
    row: tuple[tuple[str, Any], ...]


def relationship_view(row: models.Relationship) -> RelationshipView:
    document = row.document
    return RelationshipView(
        id=row.id,
        uid=row.uid,
        kind=row.kind,
        person_id=row.person_id,
        relative_id=row.relative_id,
        detail=row.detail,
        status=row.status,
        began=row.began,
        ended=row.ended,
        note=row.note,
        document_id=row.document_id,
        document_title=document.title if document is not None else "",
        page_id=row.page_id,
        page_seq=row.page.seq if row.page is not None else None,
        quote=row.quote,
    )


# -- rules ----------------------------------------------------------------------------------------

_ANCESTORS = text(
    """
    WITH RECURSIVE ancestors(id) AS (
        SELECT person_id FROM relationships WHERE kind = 'parent' AND relative_id = :start
        UNION
        SELECT r.person_id FROM relationships r JOIN ancestors a ON r.relative_id = a.id
        WHERE r.kind = 'parent'
    )
    SELECT 1 FROM ancestors WHERE id = :target LIMIT 1
    """
)


def is_ancestor(session: Session, ancestor_id: int, person_id: int) -> bool:
    """Whether `ancestor_id` is a parent, grandparent, … of `person_id` (UNION stops on cycles)."""
    return (
        session.execute(_ANCESTORS, {"start": person_id, "target": ancestor_id}).first() is not None
    )


def ordered_pair(kind: str, person_id: int, relative_id: int) -> tuple[int, int]:
    if kind == RelationKind.PARENT.value:
        return person_id, relative_id
    return min(person_id, relative_id), max(person_id, relative_id)


def check_relationship(session: Session, kind: str, person_id: int, relative_id: int) -> None:
    """Refuse a person related to themself, a parent link closing a cycle, and a repeat."""
    kind = validate.enum_value("kind", kind, RelationKind)
    if person_id == relative_id:
        raise RelationshipRefused("self", f"a person cannot be their own {kind}")
    if kind == RelationKind.PARENT.value and (
        person_id == relative_id or is_ancestor(session, relative_id, person_id)
    ):
        raise RelationshipRefused(
            "cycle",
            f"person {relative_id} is already an ancestor of person {person_id}: "
            "a person cannot be their own ancestor",
        )
    first, second = ordered_pair(kind, person_id, relative_id)
    existing = session.scalar(
        select(models.Relationship.id).where(
            models.Relationship.kind == kind,
            models.Relationship.person_id == first,
            models.Relationship.relative_id == second,
        )
    )
    if existing is not None:
        raise RelationshipRefused("exists", f"this {kind} relationship is already recorded")
    if kind == RelationKind.PARENT.value:
        reverse = session.scalar(
            select(models.Relationship.id).where(
                models.Relationship.kind == kind,
                models.Relationship.person_id == second,
                models.Relationship.relative_id == first,
            )
        )
        if reverse is not None:
            raise RelationshipRefused("cycle", "a person cannot be their child's child")


def _apply(session: Session, row: models.Relationship, values: dict[str, Any]) -> None:
    for name, value in values.items():
        if name not in EDITABLE:
            raise InvalidInput(name, "not a relationship field")
        if name == "detail":
            value = validate.text("detail", value)
            if value not in DETAILS[row.kind]:
                allowed = ", ".join(d for d in DETAILS[row.kind] if d) or "none"
                raise InvalidInput("detail", f"unknown {row.kind} detail {value!r} ({allowed})")
            row.detail = value
        elif name == "status":
            row.status = validate.enum_value("status", value, ClaimStatus)
        elif name in ("began", "ended"):
            setattr(row, name, validate.partial_date(name, value))
        elif name in ("document_id", "page_id"):
            setattr(row, name, value)
        else:
            setattr(row, name, validate.text(name, value))
    if row.kind != RelationKind.SPOUSE.value and (row.date or row.end_date):
        raise InvalidInput("began", "only a marriage has a beginning and an end")
    if row.document_id is not None and session.get(models.Document, row.document_id) is None:
        raise NotFound("document", row.document_id)
    if row.page_id is not None:
        page = session.get(models.Page, row.page_id)
        if page is None:
            raise NotFound("page", row.page_id)
        if row.document_id is None:
            row.document_id = page.document_id
        elif page.document_id != row.document_id:
            raise InvalidInput("page_id", "the page belongs to another document")


def new_relationship(
    session: Session, person_id: int, relative_id: int, values: RelationshipFields
) -> models.Relationship:
    """Check and add a relationship inside an open write session (shared with merges, loads)."""
    get_person_model(session, person_id)
    get_person_model(session, relative_id)
    kind = validate.enum_value("kind", values.kind, RelationKind)
    check_relationship(session, kind, person_id, relative_id)
    first, second = ordered_pair(kind, person_id, relative_id)
    row = models.Relationship(kind=kind, person_id=first, relative_id=second)
    with session.no_autoflush:
        _apply(session, row, {name: getattr(values, name) for name in EDITABLE})
    session.add(row)
    session.flush()
    return row


# -- use cases ------------------------------------------------------------------------------------


def add_relationship(
    catalog: Catalog, person_id: int, relative_id: int, values: RelationshipFields
) -> RelationshipView:
    """Record that `person_id` is the `values.kind` of `relative_id` (parent: of the child)."""
    with catalog.write() as session:
        return relationship_view(new_relationship(session, person_id, relative_id, values))


def _get(session: Session, relationship_id: int) -> models.Relationship:
    row = session.get(models.Relationship, relationship_id)
    if row is None:
        raise NotFound("relationship", relationship_id)
    return row


def get_relationship(catalog: Catalog, relationship_id: int) -> RelationshipView:
    with catalog.read() as session:
        return relationship_view(_get(session, relationship_id))


def update_relationship(catalog: Catalog, relationship_id: int, **changes: Any) -> RelationshipView:
    with catalog.write() as session:
        row = _get(session, relationship_id)
        _apply(session, row, changes)
        session.flush()
        return relationship_view(row)


def remove_relationship(catalog: Catalog, relationship_id: int) -> RelationshipSnapshot:
    """Remove a relationship; the snapshot returned puts it back (`restore_relationship`)."""
    with catalog.write() as session:
        row = _get(session, relationship_id)
        snapshot = RelationshipSnapshot(row=_row_of(session, relationship_id))
        session.delete(row)
        return snapshot


def _row_of(session: Session, relationship_id: int) -> tuple[tuple[str, Any], ...]:
    table = models.Relationship.__table__
    mapping = session.execute(select(table).where(table.c.id == relationship_id)).mappings().one()
    return tuple(mapping.items())


def restore_relationship(catalog: Catalog, snapshot: RelationshipSnapshot) -> int:
    """Put a removed relationship back with its uid (and its id where still free)."""
    with catalog.write() as session:
        return restore_row(session, snapshot.row)


def restore_row(session: Session, row: tuple[tuple[str, Any], ...]) -> int:
    values = dict(row)
    for key in ("person_id", "relative_id"):
        get_person_model(session, values[key])
    check_relationship(session, values["kind"], values["person_id"], values["relative_id"])
    if session.get(models.Relationship, values["id"]) is not None:
        values.pop("id")
    if values.get("document_id") and session.get(models.Document, values["document_id"]) is None:
        values["document_id"] = values["page_id"] = None
    if values.get("page_id") and session.get(models.Page, values["page_id"]) is None:
        values["page_id"] = None
    restored = models.Relationship(**values)
    session.add(restored)
    session.flush()
    return restored.id


def list_relationships(catalog: Catalog, person_id: int) -> list[RelationshipView]:
    with catalog.read() as session:
        rows = session.scalars(
            select(models.Relationship)
            .where(
                or_(
                    models.Relationship.person_id == person_id,
                    models.Relationship.relative_id == person_id,
                )
            )
            .order_by(models.Relationship.id)
        )
        return [relationship_view(row) for row in rows]


def family_of(catalog: Catalog, person_id: int) -> Family:
    """The person's parents, spouses, children and siblings (also those sharing a parent)."""
    with catalog.read() as session:
        person = get_person_model(session, person_id)
        rows = list(
            session.scalars(
                select(models.Relationship).where(
                    or_(
                        models.Relationship.person_id == person_id,
                        models.Relationship.relative_id == person_id,
                    )
                )
            )
        )
        parents: list[tuple[int, models.Relationship | None]] = []
        children: list[tuple[int, models.Relationship | None]] = []
        spouses: list[tuple[int, models.Relationship | None]] = []
        siblings: dict[int, models.Relationship | None] = {}
        for row in rows:
            other = row.relative_id if row.person_id == person_id else row.person_id
            if row.kind == RelationKind.PARENT.value:
                (children if row.person_id == person_id else parents).append((other, row))
            elif row.kind == RelationKind.SPOUSE.value:
                spouses.append((other, row))
            else:
                siblings[other] = row
        parent_ids = [pid for pid, _ in parents]
        if parent_ids:
            shared = session.scalars(
                select(models.Relationship.relative_id).where(
                    models.Relationship.kind == RelationKind.PARENT.value,
                    models.Relationship.person_id.in_(parent_ids),
                    models.Relationship.relative_id != person_id,
                )
            )
            for sibling_id in shared:
                siblings.setdefault(sibling_id, None)

        everyone = {person_id, *(i for i, _ in parents + spouses + children), *siblings}
        chsir = chsir_persons(session, everyone)

        def relatives(pairs: list[tuple[int, models.Relationship | None]]) -> tuple[Relative, ...]:
            out = []
            for other_id, row in pairs:
                other = session.get(models.Person, other_id)
                if other is None:
                    continue
                view = relationship_view(row) if row else None
                out.append(Relative(person_summary(other), view, other_id in chsir))
            return tuple(sorted(out, key=_relative_order))

        return Family(
            person=person_summary(person),
            parents=relatives(parents),
            spouses=relatives(spouses),
            children=relatives(children),
            siblings=relatives(list(siblings.items())),
            chsir=person_id in chsir,
        )


CHSIR_WORDS = ("%ЧСИР%", "%член% семьи изменник%", "%Член% семьи изменник%")


def chsir_persons(session: Session, person_ids: set[int]) -> set[int]:
    """Those of the persons whom a claim calls a family member of a traitor (ЧСИР)."""
    claim = models.Claim
    words = [
        column.like(pattern)
        for column in (claim.article, claim.sentence)
        for pattern in CHSIR_WORDS
    ]
    return set(
        session.scalars(
            select(claim.person_id).where(claim.person_id.in_(person_ids), or_(*words)).distinct()
        )
    )


def _relative_order(relative: Relative) -> tuple[Any, ...]:
    # Children and siblings by birth (earliest point of a range), the undated last, then by name.
    birth = relative.person.birth
    return (birth is None, birth.sort_key if birth else 0, relative.person.full_name)
