"""`spravka import PATH...`: images, multi-page TIFFs, PDFs and folders into documents.

The first argument `package` is routed to the import of exchange packages and `gedcom` to the
import of a family tree (`ROUTES`, filled in by `catalog.cli.commands.exports` and
`catalog.cli.commands.gedcom_import`); `spravka import package IN.zip` and
`spravka import gedcom FILE.ged` never reach the file import. A file really named like a route
is imported by its path: `spravka import ./gedcom`.
"""

from __future__ import annotations

import argparse
import signal
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from catalog.cli.common import ProgressLine, eprint, open_catalog, print_json, say, words
from catalog.cli.passphrase import add_passphrase_file_option
from catalog.defaults import DEFAULT_PDF_DPI
from catalog.progress import CancelToken
from catalog.vocab import DocumentKind

if TYPE_CHECKING:
    from catalog.importing import ImportReport

# First words of `spravka import` that mean something other than a file to import; each maps
# to a handler taking the parsed arguments and the remaining words.
ROUTES: dict[str, Callable[[argparse.Namespace, list[str]], int]] = {}

DUPLICATES_SHOWN = 20


def add_import_options(parser: argparse.ArgumentParser) -> None:
    """Options shared by `import`, `inbox` and `scan`."""
    parser.add_argument(
        "--person",
        metavar="ID",
        help="link each new document to this person (catalogue id, uid or loaded id) as its "
        "subject",
    )
    parser.add_argument(
        "--kind",
        choices=[kind.value for kind in DocumentKind],
        default=DocumentKind.OTHER.value,
        help="the kind of the new documents (default: other)",
    )
    parser.add_argument(
        "--deskew",
        action="store_true",
        help="measure each page's skew and store it as the page's deskew setting "
        "(the image itself is never changed)",
    )
    parser.add_argument("--json", action="store_true", help="print the report as JSON")


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "import",
        help="import images, multi-page TIFFs, PDFs and folders as documents",
        description="Import JPEG, PNG and TIFF images, multi-page TIFFs (each frame a page) and "
        "PDFs (each page rendered at --dpi), or folders of them (recursively, in natural "
        "file-name order). Each file becomes a document unless --group is given. An image "
        "already in the catalogue is reported with the page that holds it, never stored "
        "twice. A file that cannot be read is reported with the reason and the others are "
        "imported. `spravka import package IN.zip` imports an exchange package instead, and "
        "`spravka import gedcom FILE.ged` a GEDCOM family tree (a file named gedcom: ./gedcom).",
    )
    parser.add_argument("paths", nargs="+", metavar="PATH", help="files and folders to import")
    add_import_options(parser)
    # Parsed here because options may follow `package IN`; only the package import uses it.
    add_passphrase_file_option(parser)
    parser.add_argument(
        "--group",
        action="store_true",
        help="one document per folder (its files are the pages, in name order); files named "
        "on the command line together make one document",
    )
    parser.add_argument(
        "--document",
        type=int,
        metavar="ID",
        help="add the pages to this existing document instead of making new ones",
    )
    parser.add_argument(
        "--dpi",
        type=int,
        default=DEFAULT_PDF_DPI,
        help=f"resolution PDF pages are rendered at (default {DEFAULT_PDF_DPI})",
    )
    parser.add_argument(
        "--jobs",
        type=int,
        metavar="N",
        help="worker processes (default: one per core)",
    )
    parser.add_argument(
        "--language",
        choices=("en", "ru", "uk"),
        default="en",
        help="`import gedcom` only: the language of the names of events the catalogue has no "
        "kind for (default: en)",
    )
    parser.set_defaults(handler=run)


@contextmanager
def cancel_on_interrupt() -> Iterator[CancelToken]:
    """The first Ctrl-C (or a SIGTERM) asks the work to stop after the file in flight, keeping
    everything finished; a second Ctrl-C stops at once."""
    token = CancelToken()

    def on_signal(signum: int, _frame: object) -> None:
        if token.cancelled and signum == signal.SIGINT:
            raise KeyboardInterrupt
        token.cancel()
        eprint(say("stopping_file"))

    previous = {sig: signal.signal(sig, on_signal) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield token
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def print_report(report: ImportReport, *, json_output: bool) -> None:
    if json_output:
        print_json(report)
        return
    for document in report.documents:
        key = "new_document" if document.created else "added_to_document"
        print(say(key, id=document.id, title=document.title, pages=len(document.page_ids)))
    for duplicate in report.duplicates[:DUPLICATES_SHOWN]:
        print(
            say(
                "duplicate",
                name=duplicate.origin_name,
                seq=duplicate.page_seq,
                document=duplicate.document_id,
            )
        )
    if len(report.duplicates) > DUPLICATES_SHOWN:
        print(say("more_duplicates", count=len(report.duplicates) - DUPLICATES_SHOWN))
    for note in report.notes:
        eprint(say("note", message=words(str(note))))
    print(words(report.summary()))


def resolve_person(catalog, reference: str | None) -> int | None:  # type: ignore[no-untyped-def]
    from catalog.services import persons

    return None if reference is None else persons.resolve_person(catalog, reference)


def run(args: argparse.Namespace) -> int:
    route = ROUTES.get(args.paths[0])
    if route is not None:
        return route(args, args.paths[1:])
    from catalog.importing import import_paths

    progress = ProgressLine()
    with open_catalog(args) as catalog, cancel_on_interrupt() as cancel:
        try:
            report = import_paths(
                catalog,
                args.paths,
                person_id=resolve_person(catalog, args.person),
                kind=args.kind,
                group=args.group,
                dpi=args.dpi,
                jobs=args.jobs,
                deskew=args.deskew,
                document_id=args.document,
                progress=progress,
                cancel=cancel,
            )
        finally:
            progress.finish()
    print_report(report, json_output=args.json)
    sys.stdout.flush()
    return 0 if report.ok else 1
