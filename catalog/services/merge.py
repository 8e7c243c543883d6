"""Merging two records of one person: everything the other record holds moves to the kept one.

Name variants, claims, document links, relatives, flags and tags move over; the other record's
own name becomes a name variant. Claims are never weighed against each other here: two death
dates stay two claims, and the checks (re-run after the merge) say whether they conflict. A field
the kept record leaves empty is filled from the other; where both hold different values the kept
one stays and the other's is reported, and a different birth becomes a birth claim, so nothing
the other record said is lost.

Refused before anything is written: merging a person with themself, and merging a person with
their ancestor or descendant (the result would be their own ancestor). A spouse or sibling link
between the two records is dropped (it would relate the person to themself) and reported.

The merge is one transaction, audited (every row it changes, and one `merge` entry naming both
records); `undo_merge` puts both records back as they were.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from catalog import models
from catalog.checks.engine import run_checks
from catalog.db import Catalog
from catalog.errors import InvalidInput
from catalog.search.normalize import fold_cyrillic
from catalog.services.families import Family, family_of, is_ancestor, ordered_pair
from catalog.services.persons import get_model as get_person_model
from catalog.services.persons import get_person
from catalog.services.snapshots import PersonSnapshot, person_snapshot, restore_person_in
from catalog.services.views import PersonDetail
from catalog.vocab import ClaimKind

FIELDS = ("sex", "birth_place", "nationality", "occupation", "residence")


class MergeRefused(InvalidInput):
    """`reason` is "self" or "cycle"; nothing was changed."""

    def __init__(
        self,
        reason: str,
        problem: str,
        keep_id: int,
        other_id: int,
        pair: tuple[int, int] | None = None,
    ) -> None:
        self.reason = reason
        self.keep_id = keep_id
        self.other_id = other_id
        # For a cycle: the ancestor and the descendant.
        self.pair = pair or (keep_id, other_id)
        super().__init__("person", problem)
        self.field = "person"


@dataclass(frozen=True)
class MergeUndo:
    keep: PersonSnapshot
    other: PersonSnapshot


@dataclass(frozen=True)
class MergeResult:
    keep_id: int
    other_id: int
    moved: dict[str, int]
    # Fields both records held with different values: (field, kept value, other's value).
    conflicts: tuple[tuple[str, str, str], ...]
    dropped_relationships: int
    undo: MergeUndo


@dataclass(frozen=True)
class MergePreview:
    """Both records side by side, for a person to decide which to keep."""

    keep: PersonDetail
    other: PersonDetail
    keep_family: Family
    other_family: Family
    conflicts: tuple[tuple[str, str, str], ...] = field(default=())


def check_merge(session: Session, keep_id: int, other_id: int) -> None:
    if keep_id == other_id:
        raise MergeRefused("self", "a person cannot be merged with themself", keep_id, other_id)
    get_person_model(session, keep_id)
    get_person_model(session, other_id)
    for ancestor, descendant in ((keep_id, other_id), (other_id, keep_id)):
        if is_ancestor(session, ancestor, descendant):
            raise MergeRefused(
                "cycle",
                f"person {ancestor} is an ancestor of person {descendant}: merging them would "
                "make a person their own ancestor",
                keep_id,
                other_id,
                (ancestor, descendant),
            )


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def _conflicts(keep: models.Person, other: models.Person) -> list[tuple[str, str, str]]:
    found = []
    for name in FIELDS:
        kept, theirs = _text(getattr(keep, name)), _text(getattr(other, name))
        if kept and theirs and fold_cyrillic(kept) != fold_cyrillic(theirs):
            found.append((name, kept, theirs))
    if keep.birth is not None and other.birth is not None and keep.birth != other.birth:
        found.append(("birth", str(keep.birth), str(other.birth)))
    return found


def merge_preview(catalog: Catalog, keep_id: int, other_id: int) -> MergePreview:
    with catalog.read() as session:
        check_merge(session, keep_id, other_id)
        conflicts = tuple(
            _conflicts(get_person_model(session, keep_id), get_person_model(session, other_id))
        )
    return MergePreview(
        keep=get_person(catalog, keep_id),
        other=get_person(catalog, other_id),
        keep_family=family_of(catalog, keep_id),
        other_family=family_of(catalog, other_id),
        conflicts=conflicts,
    )


def _same_name(a: tuple[str, str, str], b: tuple[str, str, str]) -> bool:
    return [fold_cyrillic(x) for x in a] == [fold_cyrillic(x) for x in b]


def _move_names(keep: models.Person, other: models.Person) -> int:
    known = [(keep.surname, keep.given_name, keep.patronymic)] + [
        (v.surname, v.given_name, v.patronymic) for v in keep.name_variants
    ]
    moved = 0
    own = (other.surname, other.given_name, other.patronymic)
    if not any(_same_name(own, k) for k in known):
        latin = all(ord(ch) < 0x250 for ch in "".join(own))
        keep.name_variants.append(
            models.NameVariant(
                surname=own[0],
                given_name=own[1],
                patronymic=own[2],
                script="Latn" if latin else "Cyrl",
                kind="transliteration" if latin else "spelling",
                note=f"merged record {other.uid}",
            )
        )
        known.append(own)
        moved += 1
    for variant in list(other.name_variants):
        name = (variant.surname, variant.given_name, variant.patronymic)
        if any(_same_name(name, k) for k in known):
            continue
        variant.person = keep
        known.append(name)
        moved += 1
    return moved


def _move_fields(session: Session, keep: models.Person, other: models.Person) -> None:
    for name in FIELDS:
        if not getattr(keep, name) and getattr(other, name):
            setattr(keep, name, getattr(other, name))
    if keep.birth is None and other.birth is not None:
        keep.birth = other.birth
    elif other.birth is not None and keep.birth != other.birth:
        # The other record's birth is another statement about the same event: a claim.
        session.add(
            models.Claim(
                person=keep,
                kind=ClaimKind.BIRTH.value,
                when=other.birth,
                place=other.birth_place,
                note=f"birth as recorded in the merged record {other.uid}",
            )
        )
    if other.notes and other.notes not in keep.notes:
        keep.notes = f"{keep.notes}\n{other.notes}".strip()


def _move_relationships(session: Session, keep_id: int, other_id: int) -> tuple[int, int]:
    moved = dropped = 0
    rows = list(
        session.scalars(
            select(models.Relationship).where(
                or_(
                    models.Relationship.person_id == other_id,
                    models.Relationship.relative_id == other_id,
                )
            )
        )
    )
    for row in rows:
        person = keep_id if row.person_id == other_id else row.person_id
        relative = keep_id if row.relative_id == other_id else row.relative_id
        if person == relative:
            session.delete(row)
            dropped += 1
            continue
        first, second = ordered_pair(row.kind, person, relative)
        duplicate = session.scalar(
            select(models.Relationship.id).where(
                models.Relationship.kind == row.kind,
                models.Relationship.person_id == first,
                models.Relationship.relative_id == second,
                models.Relationship.id != row.id,
            )
        )
        if duplicate is not None:
            session.delete(row)  # the kept record states it already
        else:
            row.person_id, row.relative_id = first, second
            moved += 1
        session.flush()
    return moved, dropped


def merge_persons(
    catalog: Catalog, keep_id: int, other_id: int, *, recheck: bool = True
) -> MergeResult:
    """Merge `other_id` into `keep_id` (see the module docstring); the other record is gone."""
    with catalog.read() as session:
        check_merge(session, keep_id, other_id)
    undo = MergeUndo(person_snapshot(catalog, keep_id), person_snapshot(catalog, other_id))
    moved: dict[str, int] = {}
    with catalog.write() as session:
        check_merge(session, keep_id, other_id)
        keep = get_person_model(session, keep_id)
        other = get_person_model(session, other_id)
        conflicts = _conflicts(keep, other)
        moved["name variants"] = _move_names(keep, other)
        _move_fields(session, keep, other)
        claims = list(other.claims)
        for claim in claims:
            claim.person = keep
        moved["claims"] = len(claims)
        present = {(link.document_id, link.role) for link in keep.links}
        moved["documents"] = 0
        for link in list(other.links):
            if (link.document_id, link.role) not in present:
                session.add(
                    models.DocumentLink(document_id=link.document_id, person=keep, role=link.role)
                )
                present.add((link.document_id, link.role))
                moved["documents"] += 1
            session.delete(link)
        flags = list(session.scalars(select(models.Flag).where(models.Flag.person_id == other_id)))
        for flag in flags:
            flag.person_id = keep_id
        moved["flags"] = len(flags)
        for tag in other.tags:
            if tag not in keep.tags:
                keep.tags.append(tag)
        session.flush()
        moved["relatives"], dropped = _move_relationships(session, keep_id, other_id)
        session.flush()
        session.expire(other)
        session.delete(other)
        session.add(
            models.AuditEntry(
                actor=session.info.get("actor", ""),
                action="merge",
                entity="person",
                entity_id=keep_id,
                changes={
                    "merged": [other_id, keep_id],
                    "merged_uid": dict(undo.other.person)["uid"],
                },
            )
        )
    if recheck:
        run_checks(catalog, person_ids=[keep_id])
    return MergeResult(keep_id, other_id, moved, tuple(conflicts), dropped, undo)


def undo_merge(catalog: Catalog, undo: MergeUndo, *, recheck: bool = True) -> None:
    """Put both records back as they were before the merge (same uids, ids where free)."""
    keep_id = undo.keep.person_id
    with catalog.write() as session:
        keep = session.get(models.Person, keep_id)
        if keep is not None:
            session.delete(keep)
            session.flush()
        restore_person_in(session, undo.keep)
        restore_person_in(session, undo.other)
    if recheck:
        run_checks(catalog, person_ids=[undo.keep.person_id, undo.other.person_id])
