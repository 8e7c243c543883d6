"""`spravka extract`: propose claims from the transcription of a certificate's pages; with
`--link`, find the document's person first, with `--accept`, store the claims as accepted."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from catalog.cli.common import eprint, open_catalog, print_json, say, term, to_jsonable
from catalog.errors import InvalidInput, NotFound

# Commands import what they need when they run (the CLI starts fast).
if TYPE_CHECKING:
    from catalog.db import Catalog
    from catalog.services.document_person import LinkResult
    from catalog.services.person_matching import PersonMatch


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "extract",
        help="propose claims from transcribed certificates (suggested, citing the words)",
        description="Read the current transcription of a page (or of every page of a "
        "document) — death certificates, rehabilitation certificates, archival replies — and "
        "store what it states as suggested claims of the document's person, each citing the "
        "page, the region of its words and the words themselves. Nothing is accepted until a "
        "person accepts it (or --accept is given). With --link, a document linked to no one is "
        "first linked to the person its text names: the matching person of the catalogue (any "
        "spelling; birth year or age agreeing where both give one), or a new person made from "
        "the name. Two persons matching equally well: nobody is linked, both are listed, exit "
        "code 1. With --dry-run nothing is stored and the findings are printed.",
    )
    target = parser.add_mutually_exclusive_group(required=True)
    target.add_argument("--page", type=int, metavar="ID", help="the page (catalogue id)")
    target.add_argument("--document", type=int, metavar="ID", help="every page of a document")
    parser.add_argument(
        "--person",
        metavar="ID",
        help="the person the claims are about (default: the document's only subject)",
    )
    parser.add_argument(
        "--link",
        action="store_true",
        help="link a document with no subject to the person its text names (or a new one)",
    )
    parser.add_argument(
        "--accept",
        action="store_true",
        help="store the claims as accepted (one identical to a recorded claim is not added)",
    )
    parser.add_argument("--dry-run", action="store_true", help="show findings, store nothing")
    parser.add_argument("--json", action="store_true")
    parser.set_defaults(handler=run)


def _document_of(catalog: Catalog, args: argparse.Namespace) -> int:
    from catalog import models

    if args.document is not None:
        with catalog.read() as session:
            if session.get(models.Document, args.document) is None:
                raise NotFound("document", args.document)
        return int(args.document)
    with catalog.read() as session:
        page = session.get(models.Page, args.page)
        if page is None:
            raise NotFound("page", args.page)
        return page.document_id


def _pages(catalog: Catalog, args: argparse.Namespace) -> list[int]:
    from sqlalchemy import select

    from catalog import models

    if args.page is not None:
        return [args.page]
    with catalog.read() as session:
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


def _match_json(match: PersonMatch) -> dict[str, Any]:
    return {
        "person": str(match.person.id),
        "name": match.person.full_name,
        "birth": to_jsonable(match.person.birth),
        "score": match.score,
        "reasons": [r.en for r in match.reasons],
        "reasons_ru": [r.ru for r in match.reasons],
        "reasons_uk": [r.uk for r in match.reasons],
    }


def _link_json(result: LinkResult) -> dict[str, Any]:
    proposal = result.proposal
    return {
        "outcome": result.outcome,
        "person": str(result.person_id) if result.person_id is not None else None,
        "name_in_text": proposal.named.name if proposal and proposal.named else None,
        "matches": [_match_json(m) for m in proposal.matches] if proposal else [],
    }


def _print_link(result: LinkResult) -> None:
    proposal = result.proposal
    named = proposal.named.name if proposal and proposal.named else ""
    document = result.document_id
    if result.outcome == "already":
        print(say("already_about", document=document, person=result.person_id))
    elif result.outcome == "nameless":
        eprint(say("names_nobody", document=document))
    elif result.outcome == "tied":
        assert proposal is not None
        eprint(say("tied", document=document, name=named, count=len(proposal.tied)))
        for match in proposal.tied:
            eprint(
                say(
                    "tied_person",
                    id=match.person.id,
                    name=match.person.full_name,
                    reasons="; ".join(_reason(r) for r in match.reasons),
                )
            )
    elif result.outcome == "linked":
        assert proposal is not None and proposal.best is not None
        reasons = "; ".join(_reason(r) for r in proposal.best.reasons)
        print(
            say(
                "linked_to",
                document=document,
                person=result.person_id,
                name=proposal.best.person.full_name,
                reasons=reasons,
            )
        )
    else:
        print(say("linked_new", document=document, person=result.person_id, name=named))


def _reason(reason: Any) -> str:
    """A match reason in this run's language (`en`, `ru`, `uk` attributes when it has them)."""
    from catalog.cli.language import current

    return str(getattr(reason, current(), None) or reason.en)


def _dry_run(catalog: Catalog, pages: list[int], as_json: bool) -> int:
    from catalog.extract import extract_page

    found = [extract_page(catalog, page) for page in pages]
    if as_json:
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


def run(args: argparse.Namespace) -> int:
    from catalog.extract import propose_claims
    from catalog.extract.propose import fill_document
    from catalog.services.claim_review import accept_claims
    from catalog.services.claims import get_claim
    from catalog.services.document_person import link_named_person
    from catalog.services.persons import resolve_person
    from catalog.services.rechecks import recheck_persons

    with open_catalog(args) as catalog:
        person_id = resolve_person(catalog, args.person) if args.person else None
        document_id = _document_of(catalog, args)
        pages = _pages(catalog, args)
        if args.dry_run:
            return _dry_run(catalog, pages, args.json)
        link: LinkResult | None = None
        if args.link and person_id is None:
            link = link_named_person(catalog, document_id)
            if args.json is False:
                _print_link(link)
            if link.outcome in ("nameless", "tied"):
                if args.json:
                    print_json(
                        {
                            "document": str(document_id),
                            "link": _link_json(link),
                            "claims": [],
                            "duplicates": [],
                        }
                    )
                return 1
            if link.outcome in ("linked", "created"):
                person_id = link.person_id
        created = []
        for page in pages:
            created.extend(propose_claims(catalog, page, person_id))
        duplicates: tuple[tuple[int, int], ...] = ()
        kinds = {claim.id: claim for claim in created}
        filled: dict[str, str] = {}
        if args.accept:
            for page in pages:
                filled.update(fill_document(catalog, page))
        if args.accept and created:
            result = accept_claims(catalog, [c.id for c in created], discard_duplicates=True)
            duplicates = result.duplicates
            created = [get_claim(catalog, claim_id) for claim_id in result.accepted]
        touched = {c.person_id for c in created} | (
            {link.person_id} if link and link.person_id else set()
        )
        report = recheck_persons(catalog, touched) if args.accept or link else None
    if args.json:
        print_json(
            {
                "document": str(document_id),
                "link": _link_json(link) if link else None,
                "claims": created,
                "document_filled": filled,
                "duplicates": [
                    {"claim_kind": kinds[a].kind, "date": kinds[a].date, "same_as": str(b)}
                    for a, b in duplicates
                ],
            }
        )
        return 0
    from catalog.vocab_labels import claim_kind

    status = "accepted" if args.accept else "suggested"
    shown_status = say(f"status_{status}")
    for claim in created:
        date = f" {claim.date}" if claim.date else ""
        kind = term(claim_kind, claim.kind)
        print(
            say(
                "claim_made",
                id=claim.id,
                kind=kind,
                date=date,
                status=shown_status,
                quote=claim.quote,
            )
        )
    for suggestion, same in duplicates:
        claim = kinds[suggestion]
        date = f" {claim.date}" if claim.date else ""
        print(say("claim_known", kind=term(claim_kind, claim.kind), date=date, same=same))
    print(say(f"{status}_added", count=len(created)))
    if filled:
        shown = ", ".join(f"{name} {value}" for name, value in filled.items())
        print(say("filled_in", document=document_id, fields=shown))
    if report is not None and report.findings:
        print(say("checks_rerun", count=report.findings))
    return 0
