"""Privacy marks on the command line, added to the `document`, `claim` and `person` commands:

    spravka document private ID [--off]       a document stays out of exports and packages
    spravka claim private ID [--off]          a claim likewise
    spravka person notes-private ID [--off]   a person's notes likewise
    spravka person living ID living|deceased|presumed

The `document`, `claim` and `person` groups may be registered by other modules (this one must
come after them in COMMANDS); where a group does not exist yet it is created here.
"""

from __future__ import annotations

import argparse

from catalog.cli.common import open_catalog, print_json, say

PERSON_HELP = "catalogue id, uid or the id it was loaded under"
LIVING_CHOICES = {"living": True, "deceased": False, "presumed": None}


def _group(
    subparsers: argparse._SubParsersAction, name: str, text: str
) -> argparse._SubParsersAction:
    """The sub-command group `name`: the existing one, or a new one."""
    parser = subparsers.choices.get(name)
    if parser is None:
        parser = subparsers.add_parser(name, help=text, description=text.capitalize() + ".")
        return parser.add_subparsers(dest=f"{name}_command", metavar="COMMAND", required=True)
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return action
    raise RuntimeError(f"the command {name!r} has no sub-commands")  # a programming error


def _off(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--off", action="store_true", help="remove the private mark")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")


def register(subparsers: argparse._SubParsersAction) -> None:
    documents = _group(subparsers, "document", "documents")
    document = documents.add_parser(
        "private",
        help="mark a document private (left out of every export and package)",
        description="Mark a document private: it, its pages and the claims citing it are left "
        "out of every export and exchange package unless --include-private is given, and no "
        "dossier shows them. --off removes the mark.",
    )
    document.add_argument("document", type=int, metavar="ID")
    _off(document)
    document.set_defaults(handler=run_document_private)

    claims = _group(subparsers, "claim", "claims")
    claim = claims.add_parser(
        "private",
        help="mark a claim private (left out of every export and package)",
        description="Mark a claim private (an informant's name, a medical detail): it is left "
        "out of every export and exchange package unless --include-private is given, and no "
        "dossier shows it. --off removes the mark.",
    )
    claim.add_argument("claim", type=int, metavar="ID")
    _off(claim)
    claim.set_defaults(handler=run_claim_private)

    persons = _group(subparsers, "person", "persons")
    notes = persons.add_parser(
        "notes-private",
        help="mark a person's notes private (left out of every export and package)",
        description="Mark the person's notes private: they are left out of every export and "
        "exchange package unless --include-private is given, and no dossier shows them.",
    )
    notes.add_argument(
        "person", metavar="ID", help="catalogue id, uid or the id it was loaded under"
    )
    _off(notes)
    notes.set_defaults(handler=run_notes_private)

    living = persons.add_parser(
        "living",
        help="mark a person living or deceased by hand (or back to presumed)",
        description="A person is presumed living when born less than 100 years ago with no "
        "death, execution or burial claim; exports then leave out their dates, places, notes "
        "and documents (see --living of the exports). Mark the person living or deceased by "
        "hand, or 'presumed' to return to the presumption.",
    )
    living.add_argument(
        "person", metavar="ID", help="catalogue id, uid or the id it was loaded under"
    )
    living.add_argument("state", choices=list(LIVING_CHOICES))
    living.add_argument("--json", action="store_true", help="print the result as JSON")
    living.set_defaults(handler=run_living)


def _report(args: argparse.Namespace, what: str, ident: int, private: bool) -> int:
    if args.json:
        print_json({what: str(ident), "private": private})
    else:
        print(say(f"{what}_private" if private else f"{what}_not_private", id=ident))
    return 0


def run_document_private(args: argparse.Namespace) -> int:
    from catalog.services import privacy

    with open_catalog(args) as catalog:
        privacy.set_document_private(catalog, args.document, not args.off)
    return _report(args, "document", args.document, not args.off)


def run_claim_private(args: argparse.Namespace) -> int:
    from catalog.services import privacy

    with open_catalog(args) as catalog:
        privacy.set_claim_private(catalog, args.claim, not args.off)
    return _report(args, "claim", args.claim, not args.off)


def run_notes_private(args: argparse.Namespace) -> int:
    from catalog.services import privacy
    from catalog.services.persons import resolve_person

    with open_catalog(args) as catalog:
        person_id = resolve_person(catalog, args.person)
        privacy.set_notes_private(catalog, person_id, not args.off)
    if args.json:
        print_json({"person": str(person_id), "notes_private": not args.off})
    else:
        print(say("notes_not_private" if args.off else "notes_private", person=person_id))
    return 0


def run_living(args: argparse.Namespace) -> int:
    from catalog.services import privacy
    from catalog.services.persons import resolve_person

    with open_catalog(args) as catalog:
        person_id = resolve_person(catalog, args.person)
        privacy.set_living(catalog, person_id, LIVING_CHOICES[args.state])
        marks = privacy.person_privacy(catalog, person_id)
    if args.json:
        print_json({"person": str(person_id), "mark": args.state, "living": marks.living})
    else:
        state = say("living" if marks.living else "not_living")
        print(say("living_marked", person=person_id, mark=say(args.state), state=state))
    return 0
