"""`spravka doctor`: the catalogue's integrity (database, images, search index) and the way back."""

from __future__ import annotations

import argparse
from pathlib import Path

from catalog.cli.common import ProgressLine, print_json
from catalog.paths import resolve_catalog_dir

RESTORE_DEFAULT = "default"


def register(subparsers: argparse._SubParsersAction) -> None:
    doctor = subparsers.add_parser(
        "doctor",
        help="check the database, every image and the search index; find the way back",
        description="Check the catalogue without changing it: SQLite's integrity and "
        "foreign-key checks, every image's SHA-256 against its name, images missing or left "
        "without a record, and the search index against the data. Exit status 0 when healthy, "
        "1 when anything is damaged. When the database is damaged it names the newest "
        "automatic backup (backups/auto-*) that passes the same checks; --restore restores it "
        "into a new folder (the damaged catalogue is left as it is).",
    )
    doctor.add_argument("--json", action="store_true", help="print the report as JSON")
    doctor.add_argument(
        "--lang",
        choices=["en", "ru", "uk"],
        default="en",
        help="language of the text report (the JSON's `text` fields are English)",
    )
    doctor.add_argument(
        "--restore",
        metavar="NEW_FOLDER",
        nargs="?",
        const=RESTORE_DEFAULT,
        type=str,
        help="when the database is damaged, restore the newest good backup into NEW_FOLDER "
        "(default: a new folder beside the catalogue)",
    )
    doctor.set_defaults(handler=run_doctor)


def run_doctor(args: argparse.Namespace) -> int:
    from catalog.doctor import default_restore_folder, doctor
    from catalog.errors import CatalogMissing

    folder = resolve_catalog_dir(args.catalog)
    if not (folder / "catalog.sqlite").is_file():
        raise CatalogMissing(folder, "no catalogue here (nothing to check)")
    restore_to = None
    if args.restore is not None:
        restore_to = (
            default_restore_folder(folder)
            if args.restore == RESTORE_DEFAULT
            else Path(args.restore).expanduser()
        )
    progress = ProgressLine() if not args.json else None
    try:
        report = doctor(folder, restore_to=restore_to, progress=progress or (lambda _p: None))
    finally:
        if progress is not None:
            progress.finish()
    if args.json:
        print_json(report.to_json())
    else:
        for line in report.lines(args.lang):
            print(line)
    return 0 if report.healthy else 1
