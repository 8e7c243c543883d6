"""Relationships → GEDCOM families (FAM): who are the partners and who are their children.

GEDCOM knows kinship only through families: a FAM holds up to two partners (HUSB, WIFE) and the
children (CHIL). The catalogue keeps pairs (parent of, spouse of, sibling of), so they are grouped:

- each spouse relationship is a family (the marriage as MARR, its end as an event);
- a child goes into the family of its two parents, made even if they are not recorded as
  spouses; a child with one known parent goes into that parent's family of one; a child with
  more than two parents (birth and adoptive) goes into each pair that is a couple, and the rest
  into families of one;
- siblings with no parent recorded are children of a family without partners.

The person with the smaller id is HUSB unless the sexes say otherwise (a woman is WIFE).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from catalog import models
from catalog.vocab import RelationKind


@dataclass
class FamilyGroup:
    xref: str
    partners: tuple[int, ...]  # one or two person ids; none for siblings without parents
    spouse: models.Relationship | None = None
    children: list[int] = field(default_factory=list)
    # child id → pedigree ("adopted", "foster", "birth") when stated
    pedigree: dict[int, str] = field(default_factory=dict)
    # relationships whose sources the family cites
    cited: list[models.Relationship] = field(default_factory=list)


def group_families(
    rows: list[models.Relationship], persons: dict[int, models.Person]
) -> list[FamilyGroup]:
    """Families of the persons exported, from their relationships among themselves."""
    rows = [r for r in rows if r.person_id in persons and r.relative_id in persons]
    families: dict[tuple[int, ...], FamilyGroup] = {}

    def family(partners: tuple[int, ...]) -> FamilyGroup:
        key = tuple(sorted(partners))
        if key not in families:
            families[key] = FamilyGroup(f"F{len(families) + 1}", _order(key, persons))
        return families[key]

    for row in sorted(rows, key=lambda r: r.id):
        if row.kind == RelationKind.SPOUSE.value:
            group = family((row.person_id, row.relative_id))
            group.spouse = row
            group.cited.append(row)
    parents_of: dict[int, list[models.Relationship]] = {}
    for row in sorted(rows, key=lambda r: r.id):
        if row.kind == RelationKind.PARENT.value:
            parents_of.setdefault(row.relative_id, []).append(row)
    for child, links in sorted(parents_of.items()):
        parents = [link.person_id for link in links]
        placed: set[int] = set()
        if len(parents) == 2:
            _add_child(family(tuple(parents)), child, links)
            placed.update(parents)
        else:
            for i, first in enumerate(parents):
                for second in parents[i + 1 :]:
                    key = tuple(sorted((first, second)))
                    if key in families and families[key].spouse is not None:
                        _add_child(families[key], child, links, {first, second})
                        placed.update(key)
        for parent in parents:
            if parent not in placed:
                _add_child(family((parent,)), child, links, {parent})
    _sibling_families(rows, parents_of, families)
    return list(families.values())


def _add_child(
    group: FamilyGroup,
    child: int,
    links: list[models.Relationship],
    parents: set[int] | None = None,
) -> None:
    if child in group.children:
        return
    group.children.append(child)
    for link in links:
        if parents is None or link.person_id in parents:
            if link.detail:
                group.pedigree[child] = link.detail
            if link.document_id is not None:
                group.cited.append(link)


def _sibling_families(
    rows: list[models.Relationship],
    parents_of: dict[int, list[models.Relationship]],
    families: dict[tuple[int, ...], FamilyGroup],
) -> None:
    # Siblings whose parents the catalogue does not know: one family without partners for each
    # group of persons linked as siblings (union-find over the sibling pairs).
    root: dict[int, int] = {}

    def find(x: int) -> int:
        while root.setdefault(x, x) != x:
            root[x] = root[root[x]]
            x = root[x]
        return x

    links: dict[int, list[models.Relationship]] = {}
    for row in rows:
        if row.kind != RelationKind.SIBLING.value:
            continue
        if row.person_id in parents_of and row.relative_id in parents_of:
            continue  # already children of their parents' families
        root[find(row.person_id)] = find(row.relative_id)
        links.setdefault(row.person_id, []).append(row)
    groups: dict[int, list[int]] = {}
    for person in sorted(root):
        groups.setdefault(find(person), []).append(person)
    for members in groups.values():
        key = tuple(-m for m in members)  # never collides with a key of partners
        group = FamilyGroup(f"F{len(families) + 1}", ())
        group.children = members
        group.cited = [r for m in members for r in links.get(m, []) if r.document_id is not None]
        families[key] = group


def _order(ids: tuple[int, ...], persons: dict[int, models.Person]) -> tuple[int, ...]:
    if len(ids) != 2:
        return ids
    first, second = ids
    if persons[first].sex == "f" and persons[second].sex != "f":
        return second, first
    return first, second
