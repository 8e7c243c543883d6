"""`spravka person family|relate|unrelate|duplicates|merge`: kinship and duplicate records."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from catalog.cli.common import open_catalog, print_json
from catalog.cli.common import say as said
from catalog.kinship_words import CATEGORIES, MERGE_WORDS, RELATIONS, say

if TYPE_CHECKING:
    from catalog.services.families import Family, Relative

# The services load SQLAlchemy: each handler imports them when it runs, so that `spravka
# --help` and the other commands start at once (see catalog/cli/commands/__init__.py).
DEFAULT_MIN_SCORE = 0.5  # catalog.services.duplicates.MIN_SCORE; a test keeps them equal

LANGS = ("en", "ru", "uk")
# `relate A KIND B`: the kind as a person says it, and how it is stored.
KINDS = {
    "parent": ("parent", False),  # A is a parent of B
    "child": ("parent", True),  # A is a child of B: B is the parent
    "spouse": ("spouse", False),
    "sibling": ("sibling", False),
}


def register(commands: argparse._SubParsersAction) -> None:
    family = commands.add_parser(
        "family",
        help="show a person's parents, spouses, children and siblings",
        description="Show a person's family: parents, spouses, children and siblings, each "
        "with its source.",
    )
    family.add_argument("person", metavar="ID")
    family.add_argument("--lang", choices=LANGS, default="en")
    family.add_argument("--json", action="store_true")
    family.set_defaults(handler=run_family)

    relate = commands.add_parser(
        "relate",
        help="record that one person is another's parent, child, spouse or sibling",
        description="Record kinship: `relate A parent B` (A is B's parent), `relate A child B`, "
        "`relate A spouse B`, `relate A sibling B`. Without --document the link is your own "
        "conclusion.",
    )
    relate.add_argument("person", metavar="A")
    relate.add_argument("kind", choices=sorted(KINDS))
    relate.add_argument("relative", metavar="B")
    relate.add_argument("--detail", default="", help="birth, adopted, step, foster; full, half")
    relate.add_argument("--married", metavar="DATE", help="a marriage's beginning (ISO date)")
    relate.add_argument("--ended", metavar="DATE", help="a marriage's end (ISO date)")
    relate.add_argument("--document", type=int, help="the document that states it")
    relate.add_argument("--page", type=int, help="its page id")
    relate.add_argument("--quote", default="", help="the words of the document")
    relate.add_argument("--note", default="")
    relate.add_argument("--json", action="store_true")
    relate.set_defaults(handler=run_relate)

    unrelate = commands.add_parser(
        "unrelate", help="remove a relationship", description="Remove a relationship by its id."
    )
    unrelate.add_argument("relationship", type=int, metavar="RELATIONSHIP_ID")
    unrelate.set_defaults(handler=run_unrelate)

    dups = commands.add_parser(
        "duplicates",
        help="find persons recorded twice",
        description="Pairs of persons that may be one person, best first, with the reasons. "
        'With --json: {"pairs": [{"a": ID, "b": ID, "score": 0..1, "reasons": [...]}]}.',
    )
    dups.add_argument("--min-score", type=float, default=DEFAULT_MIN_SCORE)
    dups.add_argument("--limit", type=int, default=None)
    dups.add_argument("--lang", choices=LANGS, default="en", help="language of the reasons")
    dups.add_argument("--json", action="store_true")
    dups.set_defaults(handler=run_duplicates)

    merging = commands.add_parser(
        "merge",
        help="merge two records of one person",
        description="Merge OTHER into KEEP: name variants, claims, documents, relatives, flags "
        "and tags move to KEEP (conflicting claims are all kept) and OTHER is removed. The "
        "checks run again for KEEP.",
    )
    merging.add_argument("keep", metavar="KEEP")
    merging.add_argument("other", metavar="OTHER")
    merging.add_argument("--lang", choices=LANGS, default="en")
    merging.add_argument("--json", action="store_true")
    merging.set_defaults(handler=run_merge)


def _relation_word(relative: Relative, role: str) -> str:
    from catalog.text.person_fields import sex_from_name

    person = relative.person
    sex = person.sex or sex_from_name(person.surname, person.given_name, person.patronymic)
    words = {
        "parents": {"m": "father", "f": "mother"},
        "children": {"m": "son", "f": "daughter"},
        "spouses": {"m": "husband", "f": "wife"},
        "siblings": {"m": "brother", "f": "sister"},
    }[role]
    fallback = {
        "parents": "parent",
        "children": "child",
        "spouses": "spouse",
        "siblings": "sibling",
    }
    return words.get(sex or "", fallback[role])


def _family_json(family: Family) -> dict[str, Any]:
    def item(relative: Relative) -> dict[str, Any]:
        relationship = relative.relationship
        return {
            "person": relative.person.id,
            "name": relative.person.full_name,
            "birth": relative.person.birth,
            "chsir": relative.chsir,
            "relationship": relationship,
        }

    return {
        "person": family.person.id,
        "name": family.person.full_name,
        "chsir": family.chsir,
        **{
            role: [item(r) for r in getattr(family, role)]
            for role in ("parents", "spouses", "children", "siblings")
        },
    }


def run_family(args: argparse.Namespace) -> int:
    from catalog.services import families, persons

    with open_catalog(args) as catalog:
        family = families.family_of(catalog, persons.resolve_person(catalog, args.person))
    if args.json:
        print_json(_family_json(family))
        return 0
    print(f"{family.person.full_name}  (id {family.person.id})")
    if family.chsir:
        print(f"  {say(CATEGORIES, 'chsir', args.lang)}")
    for role in ("parents", "spouses", "children", "siblings"):
        for relative in getattr(family, role):
            word = say(RELATIONS, _relation_word(relative, role), args.lang)
            birth = f" {relative.person.birth}" if relative.person.birth else ""
            line = f"  {word}: {relative.person.full_name} (id {relative.person.id}){birth}"
            relationship = relative.relationship
            if relationship is not None:
                if relationship.began or relationship.ended:
                    line += f" [{relationship.began or '?'} – {relationship.ended or ''}]"
                if relationship.status == "suggested":
                    line += said("suggested_mark")
                line += f"  #{relationship.id}"
                if relationship.quote:
                    line += f"  «{relationship.quote}»"
            if relative.chsir:
                line += "  (ЧСИР)"
            print(line)
    if family.is_empty:
        print(said("no_relatives"))
    return 0


def run_relate(args: argparse.Namespace) -> int:
    from catalog.services import families, persons
    from catalog.services.families import RelationshipFields

    kind, reverse = KINDS[args.kind]
    with open_catalog(args) as catalog:
        a = persons.resolve_person(catalog, args.person)
        b = persons.resolve_person(catalog, args.relative)
        first, second = (b, a) if reverse else (a, b)
        view = families.add_relationship(
            catalog,
            first,
            second,
            RelationshipFields(
                kind=kind,
                detail=args.detail,
                began=args.married,
                ended=args.ended,
                note=args.note,
                document_id=args.document,
                page_id=args.page,
                quote=args.quote,
            ),
        )
    if args.json:
        print_json(view)
    else:
        print(
            said(
                "relationship_added",
                id=view.id,
                person=view.person_id,
                kind=view.kind,
                relative=view.relative_id,
            )
        )
    return 0


def run_unrelate(args: argparse.Namespace) -> int:
    from catalog.services import families

    with open_catalog(args) as catalog:
        families.remove_relationship(catalog, args.relationship)
    print(said("relationship_removed", id=args.relationship))
    return 0


def run_duplicates(args: argparse.Namespace) -> int:
    from catalog.services import duplicates

    with open_catalog(args) as catalog:
        report = duplicates.find_duplicates(catalog, min_score=args.min_score, limit=args.limit)
    if args.json:
        print_json(
            {
                "pairs": [
                    {
                        "a": pair.a,
                        "b": pair.b,
                        "score": pair.score,
                        "reasons": [r.text(args.lang) for r in pair.reasons],
                        "reason_codes": [r.code for r in pair.reasons],
                    }
                    for pair in report.pairs
                ],
                "candidates": report.candidates,
                "truncated": report.truncated,
            }
        )
        return 0
    for pair in report.pairs:
        print(f"{pair.score:.2f}  {pair.a} {pair.a_name}  ~  {pair.b} {pair.b_name}")
        for reason in pair.reasons:
            print(f"      - {reason.text(args.lang)}")
    print(said("pairs_compared", pairs=len(report.pairs), candidates=report.candidates))
    return 0


def run_merge(args: argparse.Namespace) -> int:
    from catalog.services import merge, persons

    with open_catalog(args) as catalog:
        keep = persons.resolve_person(catalog, args.keep)
        other = persons.resolve_person(catalog, args.other)
        try:
            result = merge.merge_persons(catalog, keep, other)
        except merge.MergeRefused as refused:
            a, b = refused.pair
            text = say(MERGE_WORDS, refused.reason, args.lang, a=a, b=b)
            raise merge.MergeRefused(refused.reason, text, keep, other, refused.pair) from None
    if args.json:
        print_json(
            {
                "keep": result.keep_id,
                "merged": result.other_id,
                "moved": result.moved,
                "conflicts": [list(c) for c in result.conflicts],
                "dropped_relationships": result.dropped_relationships,
            }
        )
        return 0
    print(say(MERGE_WORDS, "merged", args.lang, other=result.other_id, keep=result.keep_id))
    for what, count in result.moved.items():
        if count:
            print(f"  {what}: {count}")
    for name, kept, theirs in result.conflicts:
        print(said("merge_kept", name=name, kept=repr(kept), theirs=repr(theirs)))
    return 0
