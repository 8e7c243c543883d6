"""`spravka extract`: propose claims from the transcription of a certificate's pages."""

from __future__ import annotations

import argparse

from catalog.cli.common import open_catalog, print_json, to_jsonable
from catalog.errors import InvalidInput


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "extract",
        help="propose claims from transcribed certificates (suggested, citing the words)",
        description="Read the current transcription of a page (or of every page of a "
        "document) — death certificates, rehabilitation certificates, archival replies — and "
        "store what it states as suggested claims of the document's person, each citing the "
        "page, the region of its words and the words themselves. Nothing is accepted until a "
        "person accepts it. With --dry-run nothing is stored and the findings are printed.",
    )
    target = parser.add_mutually_exclusive_group(required=True)
    target.add_argument("--page", type=int, metavar="ID", help="the page (catalogue id)")
    target.add_argument("--document", type=int, metavar="ID", help="every page of a document")
    parser.add_argument(
        "--person",
        metavar="ID",
        help="the person the claims are about (default: the document's only subject)",
    )
    parser.add_argument("--dry-run", action="store_true", help="show findings, store nothing")
    parser.add_argument("--json", action="store_true")
    parser.set_defaults(handler=run)


def _pages(catalog: object, args: argparse.Namespace) -> list[int]:
    from sqlalchemy import select

    from catalog import models

    if args.page is not None:
        return [args.page]
    with catalog.read() as session:  # type: ignore[attr-defined]
        pages = list(
            session.scalars(
                select(models.Page.id)
                .where(models.Page.document_id == args.document)
                .order_by(models.Page.seq)
            )
        )
    if not pages:
        raise InvalidInput("document", f"document {args.document} has no pages")
    return pages


def run(args: argparse.Namespace) -> int:
    from catalog.extract import extract_page, propose_claims
    from catalog.services.persons import resolve_person

    with open_catalog(args) as catalog:
        person_id = resolve_person(catalog, args.person) if args.person else None
        pages = _pages(catalog, args)
        if args.dry_run:
            found = [extract_page(catalog, page) for page in pages]
            if args.json:
                print_json({"pages": found})
                return 0
            for extraction in found:
                print(f"page {extraction.page_id} ({extraction.kind}):")
                if extraction.name:
                    print(f"  name: {extraction.name.value}")
                for proposal in extraction.claims:
                    claim = proposal.claim
                    shown = {k: v for k, v in to_jsonable(claim).items() if v and k != "spans"}
                    print(f"  {claim.kind}: {shown}  «{proposal.citation.quote}»")
                for field in extraction.document_fields:
                    print(f"  document {field.name}: {field.value}")
            return 0
        created = []
        for page in pages:
            created.extend(propose_claims(catalog, page, person_id))
    if args.json:
        print_json({"claims": created})
    else:
        for claim in created:
            date = f" {claim.date}" if claim.date else ""
            print(f"claim {claim.id}: {claim.kind}{date} (suggested) «{claim.quote}»")
        print(f"{len(created)} suggested claim(s) added")
    return 0
