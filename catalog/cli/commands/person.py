"""`spravka person add|list|show` (and, from `family`, family|relate|unrelate|duplicates|merge)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from catalog.cli.commands import family
from catalog.cli.common import open_catalog, print_json, say, term

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
        print(say("person_added", id=person.id, name=person.full_name))
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
    if rows:
        print(say("span", span=f"{args.offset + 1}–{args.offset + len(rows)}", total=total))
    else:
        print(say("span_none", total=total))
    return 0


def _source_text(claim: ClaimView) -> str:
    from catalog.vocab_labels import document_kind

    if claim.document_id is None:
        return say("own_conclusion")
    kind = term(document_kind, claim.document_kind).replace("_", " ")
    parts = [f"#{claim.document_id} {claim.document_title or kind}"]
    if claim.document_issued:
        parts.append(say("of_date", date=claim.document_issued))
    if claim.document_issuer:
        parts.append(f"({claim.document_issuer})")
    if claim.page_seq:
        parts.append(say("page_short", seq=claim.page_seq))
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
    from catalog.vocab_labels import claim_kind

    date = str(claim.date) if claim.date else say("date_unknown")
    status = say("suggested_mark") if claim.status == "suggested" else ""
    text = "; ".join(d for d in details if d)
    head = f"  {date:<12} {term(claim_kind, claim.kind):<22} {text}".rstrip()
    return f"{head}{status}\n  {'':<12} {say('source')}: {_source_text(claim)}"


def _print_detail(detail: PersonDetail) -> None:
    from catalog.vocab_labels import document_kind, flag_kind, flag_status, link_role

    s = detail.summary
    print(f"{s.full_name}  (id {s.id})")
    sex = {"m": "male", "f": "female"}.get(s.sex or "")
    facts = [
        ("sex", say(sex) if sex else ""),
        ("born", f"{s.birth or ''} {s.birth_place}".strip()),
        ("nationality", detail.nationality),
        ("occupation", detail.occupation),
        ("residence", detail.residence),
        ("loaded_as", s.source_id or ""),
        ("tags", ", ".join(detail.tags)),
        ("notes", detail.notes),
    ]
    for label, value in facts:
        if value:
            print(f"  {say(label)}: {value}")
    if detail.variants:
        print(say("name_variants"))
        for v in detail.variants:
            scheme = f" ({v.scheme})" if v.scheme else ""
            print(f"  {v.full_name}{scheme}")
    print(say("claims_heading") if detail.claims else say("claims_none"))
    for claim in detail.claims:
        print(_claim_line(claim))
    if detail.documents:
        print(say("documents_heading"))
        for linked in detail.documents:
            d = linked.document
            print(
                say(
                    "linked_document",
                    id=d.id,
                    kind=term(document_kind, d.kind),
                    title=d.title,
                    issued=d.issued or "",
                    role=term(link_role, linked.role),
                    pages=d.page_count,
                )
            )
    if detail.flags:
        print(say("flags_heading"))
        for flag in detail.flags:
            kind, status = term(flag_kind, flag.kind), term(flag_status, flag.status)
            print(say("flag_line", kind=kind, score=f"{flag.score:.2f}", status=status))
            for reason in flag.reasons:
                print(f"    - {_reason_text(reason)}")


def _reason_text(reason: object) -> str:
    """A stored reason in this run's language; English as it always was."""
    from catalog.cli.language import current
    from catalog.vocab_reasons import reason_text

    language = current()
    if not isinstance(reason, dict):
        return str(reason)
    return reason.get("en", reason) if language == "en" else reason_text(reason, language)


def run_show(args: argparse.Namespace) -> int:
    from catalog.services import persons

    with open_catalog(args) as catalog:
        detail = persons.get_person(catalog, persons.resolve_person(catalog, args.person))
    if args.json:
        print_json(detail)
    else:
        _print_detail(detail)
    return 0
