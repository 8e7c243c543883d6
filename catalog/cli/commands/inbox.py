"""`spravka inbox FOLDER [--watch]`: import what a scanner saves into a folder, once per file."""

from __future__ import annotations

import argparse

from catalog.cli.commands.import_files import (
    add_import_options,
    cancel_on_interrupt,
    print_report,
    resolve_person,
)
from catalog.cli.common import ProgressLine, open_catalog, print_json, words
from catalog.defaults import DEFAULT_INTERVAL_SECONDS, DEFAULT_PDF_DPI, DEFAULT_SETTLE_SECONDS


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "inbox",
        help="import the new files of a folder a scanner saves into (once, or --watch)",
        description="Import every file in FOLDER (and its sub-folders) that has not been "
        "imported before. Each file is imported exactly once: the catalogue records it with "
        "its size and time, and a file that could not be read is not tried again until it "
        "changes. Files changed in the last seconds are left for the next look, as the "
        "scanner may still be writing them. Files are never moved or deleted. With --watch, "
        "look again every few seconds until interrupted (Ctrl-C).",
    )
    parser.add_argument("folder", metavar="FOLDER")
    add_import_options(parser)
    parser.add_argument("--watch", action="store_true", help="keep watching until Ctrl-C")
    parser.add_argument(
        "--interval",
        type=float,
        default=DEFAULT_INTERVAL_SECONDS,
        metavar="SECONDS",
        help=f"with --watch, seconds between looks (default {DEFAULT_INTERVAL_SECONDS:g})",
    )
    parser.add_argument(
        "--settle",
        type=float,
        default=DEFAULT_SETTLE_SECONDS,
        metavar="SECONDS",
        help="leave files changed less than this long ago for the next look "
        f"(default {DEFAULT_SETTLE_SECONDS:g})",
    )
    parser.add_argument("--dpi", type=int, default=DEFAULT_PDF_DPI, help="PDF resolution")
    parser.add_argument("--jobs", type=int, metavar="N", help="worker processes")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from catalog.importing import InboxReport, import_inbox_once, watch_inbox

    progress = ProgressLine()
    with open_catalog(args) as catalog, cancel_on_interrupt() as cancel:
        options = {
            "person_id": resolve_person(catalog, args.person),
            "kind": args.kind,
            "dpi": args.dpi,
            "jobs": args.jobs,
            "deskew": args.deskew,
            "settle_seconds": args.settle,
        }
        try:
            if not args.watch:
                result = import_inbox_once(
                    catalog, args.folder, progress=progress, cancel=cancel, **options
                )
            else:

                def each_round(round_result: InboxReport) -> None:
                    if round_result.report.files:
                        progress.finish()
                        print_report(round_result.report, json_output=False)

                total = watch_inbox(
                    catalog,
                    args.folder,
                    interval=args.interval,
                    on_round=None if args.json else each_round,
                    progress=progress,
                    cancel=cancel,
                    **options,
                )
                result = InboxReport(report=total)
        finally:
            progress.finish()
    if args.json:
        print_json(result)
    elif args.watch:
        print(words(f"stopped watching; in all: {result.report.summary()}"))
    else:
        print_report(result.report, json_output=False)
        print(words(f"{result.already_seen} file(s) imported before"))
        if result.waiting:
            print(
                words(
                    f"{len(result.waiting)} file(s) still being written; run again to import them"
                )
            )
    return 0 if not result.report.errors else 1
