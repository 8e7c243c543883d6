"""`spravka search QUERY` and `spravka reindex`."""

from __future__ import annotations

import argparse
import sqlite3
from typing import TYPE_CHECKING

from catalog.cli.common import ProgressLine, eprint, open_catalog, print_json, say
from catalog.paths import resolve_catalog_dir

if TYPE_CHECKING:
    from catalog.search import SearchResults
    from catalog.search.fulltext import NoteHit, PageHit
    from catalog.search.names import PersonHit


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return value


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "search",
        help="find persons under any spelling of their name, and pages by their words",
        description="Search names and full text. Names are found under ё/е, й/и, doubled "
        "consonants, case and gender forms (Иванову, Иванова), pre-1918 spelling, Latin "
        "transliterations (ICAO, BGN/PCGN, ISO 9/GOST, Library of Congress, German, Polish), "
        'initials ("Иванов И. И.") and one-letter typos. Full text covers transcriptions, '
        "claims and notes, with Russian stemming; all words must occur.",
    )
    parser.add_argument("query", metavar="QUERY", nargs="+", help="the words to look for")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    parser.add_argument(
        "--limit", type=_positive, default=20, metavar="N", help="at most N of each (20)"
    )
    parser.set_defaults(handler=run_search)

    rebuild = subparsers.add_parser(
        "reindex",
        help="rebuild the search index",
        description="Rebuild the search index from the catalogue's records, in one "
        "transaction (interrupting it leaves the old index). Needed only for catalogues "
        "changed by other programs or when `spravka search` says the index is outdated.",
    )
    rebuild.set_defaults(handler=run_reindex)


def _person_json(hit: PersonHit) -> dict[str, object]:
    return {
        "id": str(hit.id),
        "source_id": hit.source_id,
        "name": hit.name,
        "score": hit.score,
        "matched": hit.matched or None,
        "birth": hit.birth.iso if hit.birth else None,
    }


def _page_json(hit: PageHit) -> dict[str, object]:
    return {
        "document": str(hit.document_id),
        "page": hit.page_seq,
        "page_id": hit.page_id,
        "score": hit.score,
        "snippet": hit.marked(),
        "box": list(hit.box) if hit.box else None,
        "kind": hit.kind,
        "claim": str(hit.claim_id) if hit.claim_id is not None else None,
        "person": str(hit.person_id) if hit.person_id is not None else None,
    }


def _note_json(hit: NoteHit) -> dict[str, object]:
    return {
        "person": str(hit.person_id),
        "score": hit.score,
        "snippet": hit.marked(),
        "kind": hit.kind,
        "claim": str(hit.claim_id) if hit.claim_id is not None else None,
    }


def results_json(results: SearchResults) -> dict[str, object]:
    return {
        "persons": [_person_json(h) for h in results.persons],
        "pages": [_page_json(h) for h in results.pages],
        "notes": [_note_json(h) for h in results.notes],
        "truncated": results.persons_truncated or results.texts_truncated,
    }


def _print_text(results: SearchResults) -> None:
    if not (results.persons or results.pages or results.notes):
        print(say("nothing_found"))
        return
    if results.persons:
        print(say("persons_found"))
        for p in results.persons:
            birth = say("born_short", date=p.birth) if p.birth else ""
            also = say("matched_as", name=p.matched) if p.matched else ""
            print(f"  {p.id:>7}  {p.score:.2f}  {p.name}{birth}{also}")
    if results.pages:
        print(say("pages_found"))
        for h in results.pages:
            where = say("in_document", id=h.document_id)
            where += say("in_page", seq=h.page_seq) if h.page_seq else ""
            print(f"  {where}  {h.score:.2f}  {h.marked()}")
    if results.notes:
        print(say("notes_found"))
        for n in results.notes:
            print(f"  {say('note_of', id=n.person_id)}  {n.score:.2f}  {n.marked()}")
    if results.persons_truncated or results.texts_truncated:
        print(say("truncated"))


def _search(conn: sqlite3.Connection, query: str, limit: int) -> SearchResults:
    from catalog.search import index_looks_current, index_status_of, search_connection

    status = None if index_looks_current(conn) else index_status_of(conn)
    if status is not None and not status.current:
        message = say("index_out_of_date", indexed=status.indexed_persons, persons=status.persons)
        eprint(say("warning", message=message))
    return search_connection(conn, query, limit=limit)


def run_search(args: argparse.Namespace) -> int:
    from catalog.quickread import quick_reader

    query = " ".join(args.query)
    # A current catalogue is read through plain sqlite3 (no SQLAlchemy to load); anything else
    # (a schema to migrate, a problem to explain) goes through the ordinary opening.
    with quick_reader(resolve_catalog_dir(args.catalog)) as conn:
        if conn is not None:
            results = _search(conn, query, args.limit)
    if conn is None:
        with open_catalog(args) as catalog, catalog.read() as session:
            results = _search(session.connection().connection.driver_connection, query, args.limit)
    if args.json:
        print_json(results_json(results))
    else:
        _print_text(results)
    return 0


def run_reindex(args: argparse.Namespace) -> int:
    from catalog.search import reindex

    progress = ProgressLine()
    with open_catalog(args) as catalog:
        try:
            report = reindex(catalog, progress=progress)
        finally:
            progress.finish()
    print(
        say(
            "index_rebuilt",
            persons=report.persons,
            claims=report.claims,
            documents=report.documents,
            pages=report.pages,
            seconds=f"{report.seconds:.1f}",
        )
    )
    return 0
