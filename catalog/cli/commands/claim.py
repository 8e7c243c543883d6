"""`spravka claim list|accept|reject`: suggested claims, reviewed from the command line too."""

from __future__ import annotations

import argparse

from catalog.cli.commands.person import _claim_line
from catalog.cli.common import open_catalog, print_json, say
from catalog.vocab import ClaimStatus, choices

# Commands import what they need when they run (see catalog/cli/commands/__init__.py).


def register(subparsers: argparse._SubParsersAction) -> None:
    claim = subparsers.add_parser(
        "claim",
        help="list a person's claims; accept or reject suggested ones",
        description="Claims proposed from a page's text stay suggested until a person accepts "
        "them. Accepting a suggestion identical to a claim already recorded (same kind, date "
        "and document) adds nothing and says so. After a change the person's checks re-run.",
    )
    commands = claim.add_subparsers(dest="claim_command", metavar="COMMAND", required=True)
    listing = commands.add_parser("list", help="list a person's claims")
    listing.add_argument(
        "--person", required=True, metavar="ID", help="catalogue id, uid or loaded id"
    )
    listing.add_argument("--status", choices=choices(ClaimStatus), help="only claims of a status")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=run_list)
    for name, help_text in (
        ("accept", "accept suggested claims"),
        ("reject", "reject (delete) suggested claims"),
    ):
        sub = commands.add_parser(name, help=help_text, description=help_text.capitalize() + ".")
        sub.add_argument("claims", nargs="+", type=int, metavar="ID")
        sub.add_argument("--json", action="store_true")
        sub.set_defaults(handler=run_accept if name == "accept" else run_reject)


def run_list(args: argparse.Namespace) -> int:
    from catalog.services.claim_review import person_claims
    from catalog.services.persons import resolve_person

    with open_catalog(args) as catalog:
        person_id = resolve_person(catalog, args.person)
        claims = person_claims(catalog, person_id, args.status)
    if args.json:
        print_json({"person": str(person_id), "claims": claims})
        return 0
    for claim in claims:
        print(say("claim_heading", id=claim.id))
        print(_claim_line(claim))
    print(say("claims_count", count=len(claims)))
    return 0


def run_accept(args: argparse.Namespace) -> int:
    from catalog.services.claim_review import accept_claims
    from catalog.services.rechecks import recheck_persons

    with open_catalog(args) as catalog:
        result = accept_claims(catalog, args.claims)
        recheck_persons(catalog, result.persons)
    if args.json:
        print_json(
            {
                "accepted": [str(c) for c in result.accepted],
                "duplicates": [{"claim": str(a), "same_as": str(b)} for a, b in result.duplicates],
            }
        )
        return 0
    for claim_id in result.accepted:
        print(say("claim_accepted", id=claim_id))
    for claim_id, same in result.duplicates:
        print(say("claim_same", id=claim_id, same=same))
    return 0


def run_reject(args: argparse.Namespace) -> int:
    from catalog.services.claim_review import reject_claims
    from catalog.services.rechecks import recheck_persons

    with open_catalog(args) as catalog:
        persons = reject_claims(catalog, args.claims)
        recheck_persons(catalog, persons)
    if args.json:
        print_json({"rejected": [str(c) for c in args.claims]})
        return 0
    for claim_id in args.claims:
        print(say("claim_rejected", id=claim_id))
    return 0
