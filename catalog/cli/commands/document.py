"""`spravka document list|show|link|unlink|tag`: the document side of the catalogue.

The inbox is `document list --unlinked`: documents that concern no person yet.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from catalog.cli.common import open_catalog, print_json, say, term, to_jsonable
from catalog.vocab import DocumentKind, LinkRole, choices

# Commands import what they need when they run (see catalog/cli/commands/__init__.py).
if TYPE_CHECKING:
    from catalog.services.views import DocumentDetail

# As catalog.services.document_list names them (it checks them again).
ORDERS = ("issued", "kind", "title", "added")
OCR_STATES = ("not_done", "done", "corrected")


def register(subparsers: argparse._SubParsersAction) -> None:
    document = subparsers.add_parser(
        "document",
        help="list, show, link, unlink and tag documents (the inbox: list --unlinked)",
        description="The document side of the catalogue: every document with its kind, dates, "
        "archive reference, linked persons, pages and OCR state; the inbox of documents linked "
        "to no one; linking persons to documents; tags on documents.",
    )
    commands = document.add_subparsers(dest="document_command", metavar="COMMAND", required=True)

    listing = commands.add_parser(
        "list",
        help="list documents (filters and orders as in the documents view)",
        description="List documents. --unlinked lists the inbox: documents linked to no person.",
    )
    listing.add_argument("--unlinked", action="store_true", help="only documents linked to no one")
    listing.add_argument("--kind", choices=choices(DocumentKind), help="only documents of a kind")
    listing.add_argument("--tag", metavar="TAG", help="only documents with this tag")
    listing.add_argument("--ocr", choices=OCR_STATES, help="only documents in this OCR state")
    listing.add_argument("--text", metavar="WORDS", help="words in the details or the pages' text")
    listing.add_argument("--order", choices=ORDERS, default="added")
    listing.add_argument("--descending", action="store_true")
    listing.add_argument("--offset", type=int, default=0)
    listing.add_argument("--limit", type=int, default=100)
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=run_list)

    show = commands.add_parser("show", help="show one document", description="Show a document.")
    show.add_argument("document", type=int, metavar="ID")
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=run_show)

    roles = ", ".join(choices(LinkRole))
    link = commands.add_parser(
        "link",
        help="link a person to a document",
        description=f"Link a person to a document in a role ({roles}; default subject).",
    )
    link.add_argument("document", type=int, metavar="DOC")
    link.add_argument("person", metavar="PERSON", help="catalogue id, uid or loaded id")
    # Checked by the service, so that an unknown role gets the same message as everywhere.
    link.add_argument("--role", default=LinkRole.SUBJECT.value, help=f"one of: {roles}")
    link.set_defaults(handler=run_link)

    unlink = commands.add_parser(
        "unlink",
        help="remove a person's link to a document",
        description="Remove a person's link to a document (in every role, or in --role). "
        "Claims citing the document are kept.",
    )
    unlink.add_argument("document", type=int, metavar="DOC")
    unlink.add_argument("person", metavar="PERSON")
    unlink.add_argument("--role", help=f"only this role ({roles})")
    unlink.set_defaults(handler=run_unlink)

    tag = commands.add_parser(
        "tag",
        help="put a tag on a document (or take it off with --remove)",
        description="Tags group documents: a box, a family, a volunteer's batch.",
    )
    tag.add_argument("document", type=int, metavar="DOC")
    tag.add_argument("tag", metavar="TAG")
    tag.add_argument("--remove", action="store_true", help="take the tag off")
    tag.set_defaults(handler=run_tag)


def run_list(args: argparse.Namespace) -> int:
    from catalog.services import document_list
    from catalog.services.document_list import DocumentFilter

    where = DocumentFilter(
        unlinked=args.unlinked, kind=args.kind, ocr=args.ocr, tag=args.tag, text=args.text
    )
    with open_catalog(args) as catalog:
        ids = document_list.document_ids(
            catalog, where, order=args.order, descending=args.descending
        )
        shown = ids[args.offset : args.offset + max(0, args.limit)]
        rows = document_list.document_rows(catalog, shown)
        unlinked = document_list.count_unlinked(catalog)
    if args.json:
        print_json(
            {"total": len(ids), "offset": args.offset, "unlinked": unlinked, "documents": rows}
        )
        return 0
    from catalog.vocab_labels import document_kind, ocr_state

    for row in rows:
        persons = ", ".join(row.persons) + (" …" if row.person_count > len(row.persons) else "")
        issued = str(row.issued) if row.issued else "—"
        state = say("pages_ocr", pages=row.page_count, state=term(ocr_state, row.ocr_state))
        print(
            f"{row.id:>7}  {term(document_kind, row.kind):<26} {issued:<11} "
            f"{row.title or say('no_title')}  {state}  "
            f"{persons or say('linked_to_no_one_paren')}"
        )
    if rows:
        span = f"{args.offset + 1}–{args.offset + len(rows)}"
        print(say("documents_span", span=span, total=len(ids), unlinked=unlinked))
    else:
        print(say("documents_span_none", total=len(ids), unlinked=unlinked))
    return 0


def _detail_json(detail: DocumentDetail) -> dict[str, Any]:
    from catalog.services import document_list

    record = to_jsonable(detail)
    record["archive_reference"] = document_list.archive_reference(
        detail.archive, detail.fond, detail.opis, detail.delo, detail.sheets
    )
    return record


def run_show(args: argparse.Namespace) -> int:
    from catalog.services import document_list, documents

    with open_catalog(args) as catalog:
        detail = documents.get_document(catalog, args.document)
    if args.json:
        print_json(_detail_json(detail))
        return 0
    from catalog.vocab_labels import document_kind, link_role

    s = detail.summary
    print(say("document_heading", id=s.id, title=s.title or say("no_title")))
    reference = document_list.archive_reference(
        detail.archive, detail.fond, detail.opis, detail.delo, detail.sheets
    )
    for label, value in (
        ("kind", term(document_kind, s.kind)),
        ("issuer", s.issuer),
        ("issued", str(s.issued) if s.issued else ""),
        ("act_record", str(s.act_record) if s.act_record else ""),
        ("archive_reference", reference),
        ("tags", ", ".join(detail.tags)),
        ("notes", detail.notes),
    ):
        if value:
            print(f"  {say(label)}: {value}")
    print(say("pages_count", count=len(detail.pages)))
    if detail.persons:
        print(say("persons_heading"))
        for linked in detail.persons:
            role = term(link_role, linked.role)
            print(f"    {linked.person.id}: {linked.person.full_name} ({role})")
    else:
        print(say("persons_none"))
    return 0


def run_link(args: argparse.Namespace) -> int:
    from catalog.services import documents
    from catalog.services.persons import resolve_person
    from catalog.services.rechecks import recheck_persons

    with open_catalog(args) as catalog:
        person_id = resolve_person(catalog, args.person)
        documents.link_person(catalog, args.document, person_id, args.role)
        recheck_persons(catalog, [person_id])
    role = term(_link_role, args.role)
    print(say("document_linked", document=args.document, person=person_id, role=role))
    return 0


def run_unlink(args: argparse.Namespace) -> int:
    from catalog.services import documents
    from catalog.services.persons import resolve_person
    from catalog.services.rechecks import recheck_persons

    with open_catalog(args) as catalog:
        person_id = resolve_person(catalog, args.person)
        removed = documents.unlink_person(catalog, args.document, person_id, args.role)
        recheck_persons(catalog, [person_id])
    roles = ", ".join(term(_link_role, role) for role in removed)
    print(say("document_unlinked", document=args.document, person=person_id, roles=roles))
    return 0


def run_tag(args: argparse.Namespace) -> int:
    from catalog.services.document_tags import tag_document, untag_document

    with open_catalog(args) as catalog:
        if args.remove:
            name = untag_document(catalog, args.document, args.tag)
            print(say("tag_removed", document=args.document, name=name))
        else:
            name = tag_document(catalog, args.document, args.tag)
            print(say("tagged", document=args.document, name=name))
    return 0


def _link_role(role: str, language: str) -> str:
    from catalog.vocab_labels import link_role

    return link_role(role, language)
