"""`spravka person add|list|show` (and, from `family`, family|relate|unrelate|duplicates|merge)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from catalog.cli.commands import family
from catalog.cli.common import open_catalog, print_json

if TYPE_CHECKING:
    from catalog.services import persons
    from catalog.services.views import ClaimView, PersonDetail, PersonSummary


def register(subparsers: argparse._SubParsersAction) -> None:
    person = subparsers.add_parser(
        "person", help="add, list and show persons", description="Add, list and show persons."
    )
    commands = person.add_subparsers(dest="person_command", metavar="COMMAND", required=True)

    add = commands.add_parser(
        "add",
        help="add a person",
        description='Add a person. The name may be given whole, in the order "Фамилия Имя '
        'Отчество", or by parts with --surname, --given-name and --patronymic.',
    )
    add.add_argument("name", nargs="*", help="Фамилия Имя Отчество")
    add.add_argument("--surname")
    add.add_argument("--given-name")
    add.add_argument("--patronymic")
    add.add_argument("--sex", choices=["m", "f"])
    add.add_argument("--birth", metavar="DATE", help='"YYYY", "YYYY-MM" or "YYYY-MM-DD"')
    add.add_argument("--birth-place", default="")
    add.add_argument("--nationality", default="")
    add.add_argument("--occupation", default="")
    add.add_argument("--residence", default="")
    add.add_argument("--notes", default="")
    add.add_argument(
        "--variant",
        action="append",
        default=[],
        metavar="NAME",
        help="another spelling of the name (repeatable); Latin spellings are "
        "recorded as transliterations",
    )
    add.add_argument("--json", action="store_true", help="print the new person as JSON")
    add.set_defaults(handler=run_add)

    listing = commands.add_parser(
        "list", help="list persons a page at a time", description="List persons, a page at a time."
    )
    listing.add_argument("--offset", type=int, default=0)
    listing.add_argument("--limit", type=int, default=50)
    listing.add_argument("--order", choices=["name", "birth", "id"], default="name")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=run_list)

    show = commands.add_parser(
        "show",
        help="show one person with claims, documents and flags",
        description="Show a person: names, claims with their sources, documents and flags.",
    )
    show.add_argument(
        "person", metavar="ID", help="catalogue id, uid, or the id it was loaded under"
    )
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=run_show)
    family.register(commands)


def _split_name(words: list[str]) -> tuple[str, str, str]:
    parts = " ".join(words).split()
    if len(parts) > 3:
        # Double surnames and compound given names are rare; keep extra words in the patronymic
        # rather than guess.
        parts = [*parts[:2], " ".join(parts[2:])]
    parts += [""] * (3 - len(parts))
    return parts[0], parts[1], parts[2]


def _variant(text: str) -> persons.VariantFields:
    surname, given, patronymic = _split_name([text])
    from catalog.services import persons

    latin = all(ord(ch) < 0x250 for ch in text)
    return persons.VariantFields(
        surname=surname,
        given_name=given,
        patronymic=patronymic,
        script="Latn" if latin else "Cyrl",
        kind="transliteration" if latin else "spelling",
    )


def run_add(args: argparse.Namespace) -> int:
    from catalog.services import persons

    surname, given, patronymic = _split_name(args.name)
    fields = persons.PersonFields(
        surname=args.surname or surname,
        given_name=args.given_name or given,
        patronymic=args.patronymic or patronymic,
        sex=args.sex,
        birth=args.birth,
        birth_place=args.birth_place,
        nationality=args.nationality,
        occupation=args.occupation,
        residence=args.residence,
        notes=args.notes,
    )
    with open_catalog(args) as catalog:
        person = persons.add_person(catalog, fields, [_variant(v) for v in args.variant])
    if args.json:
        print_json(person)
    else:
        print(f"added person {person.id}: {person.full_name}")
    return 0


def _summary_line(person: PersonSummary) -> str:
    birth = str(person.birth) if person.birth else ""
    return f"{person.id:>7}  {person.full_name}  {birth}  {person.birth_place}".rstrip()


def run_list(args: argparse.Namespace) -> int:
    from catalog.services import persons

    with open_catalog(args) as catalog:
        rows = persons.list_persons(catalog, offset=args.offset, limit=args.limit, order=args.order)
        total = persons.count_persons(catalog)
    if args.json:
        print_json({"total": total, "offset": args.offset, "persons": rows})
        return 0
    for person in rows:
        print(_summary_line(person))
    shown = f"{args.offset + 1}–{args.offset + len(rows)}" if rows else "none"
    print(f"({shown} of {total})")
    return 0


def _source_text(claim: ClaimView) -> str:
    if claim.document_id is None:
        return "the researcher's own conclusion"
    kind = claim.document_kind.replace("_", " ")
    parts = [f"#{claim.document_id} {claim.document_title or kind}"]
    if claim.document_issued:
        parts.append(f"of {claim.document_issued}")
    if claim.document_issuer:
        parts.append(f"({claim.document_issuer})")
    if claim.page_seq:
        parts.append(f"p. {claim.page_seq}")
    if claim.quote:
        parts.append(f"«{claim.quote}»")
    return " ".join(parts)


def _claim_line(claim: ClaimView) -> str:
    details = [
        claim.place,
        claim.body,
        f"ст. {claim.article}" if claim.article else "",
        claim.sentence,
        claim.cause,
        claim.basis,
        claim.note,
    ]
    date = str(claim.date) if claim.date else "date unknown"
    status = " [suggested]" if claim.status == "suggested" else ""
    text = "; ".join(d for d in details if d)
    head = f"  {date:<12} {claim.kind:<22} {text}".rstrip()
    return f"{head}{status}\n  {'':<12} source: {_source_text(claim)}"


def _print_detail(detail: PersonDetail) -> None:
    s = detail.summary
    print(f"{s.full_name}  (id {s.id})")
    facts = [
        ("sex", {"m": "male", "f": "female"}.get(s.sex or "", "")),
        ("born", f"{s.birth or ''} {s.birth_place}".strip()),
        ("nationality", detail.nationality),
        ("occupation", detail.occupation),
        ("residence", detail.residence),
        ("loaded as", s.source_id or ""),
        ("tags", ", ".join(detail.tags)),
        ("notes", detail.notes),
    ]
    for label, value in facts:
        if value:
            print(f"  {label}: {value}")
    if detail.variants:
        print("Name variants:")
        for v in detail.variants:
            scheme = f" ({v.scheme})" if v.scheme else ""
            print(f"  {v.full_name}{scheme}")
    print("Claims:" if detail.claims else "Claims: none")
    for claim in detail.claims:
        print(_claim_line(claim))
    if detail.documents:
        print("Documents:")
        for linked in detail.documents:
            d = linked.document
            print(
                f"  #{d.id} {d.kind} {d.title} {d.issued or ''} ({linked.role}, "
                f"{d.page_count} page(s))"
            )
    if detail.flags:
        print("Flags:")
        for flag in detail.flags:
            print(f"  {flag.kind} score {flag.score:.2f} [{flag.status}]")
            for reason in flag.reasons:
                text = reason.get("en", reason) if isinstance(reason, dict) else reason
                print(f"    - {text}")


def run_show(args: argparse.Namespace) -> int:
    from catalog.services import persons

    with open_catalog(args) as catalog:
        detail = persons.get_person(catalog, persons.resolve_person(catalog, args.person))
    if args.json:
        print_json(detail)
    else:
        _print_detail(detail)
    return 0
