"""`spravka backup OUT` and `spravka restore IN [NEW_FOLDER]`."""

from __future__ import annotations

import argparse
from pathlib import Path

from catalog.cli.common import ProgressLine, eprint, open_catalog, say, words
from catalog.cli.passphrase import (
    PassphraseNeeded,
    add_passphrase_file_option,
    existing_passphrase,
    new_passphrase,
)
from catalog.paths import resolve_catalog_dir


def register(subparsers: argparse._SubParsersAction) -> None:
    backup = subparsers.add_parser(
        "backup",
        help="back the catalogue up into a new folder (verified)",
        description="Copy the database (SQLite's online backup, safe while Spravka runs) and "
        "every page image into the new folder OUT, then verify the database's integrity and "
        "every image's SHA-256. On the same disk images are hard-linked (they never change), "
        "which saves space but does not protect against losing the disk: use --copy, or a "
        "folder on another disk, for that.",
    )
    backup.add_argument(
        "out", metavar="OUT", type=Path, help="a new or empty folder (with --encrypt: a new file)"
    )
    backup.add_argument(
        "--copy", action="store_true", help="copy images even on the same disk (no hard links)"
    )
    backup.add_argument(
        "--encrypt",
        action="store_true",
        help="write one file OUT encrypted with a passphrase (age format: `age -d OUT | tar x` "
        "also opens it) instead of a folder",
    )
    add_passphrase_file_option(backup)
    backup.set_defaults(handler=run_backup)

    restore = subparsers.add_parser(
        "restore",
        help="restore a backup into a new catalogue folder (never overwrites)",
        description="Restore the backup folder IN into NEW_FOLDER (default: the catalogue "
        "folder chosen by --catalog, $SPRAVKA_CATALOG or the default), which must be new or "
        "empty: restore never overwrites a catalogue. Everything is verified after copying.",
    )
    restore.add_argument(
        "source", metavar="IN", type=Path, help="a backup folder, or an encrypted backup file"
    )
    restore.add_argument("target", metavar="NEW_FOLDER", type=Path, nargs="?")
    add_passphrase_file_option(restore)
    restore.set_defaults(handler=run_restore)


def _report_problems(report) -> int:  # type: ignore[no-untyped-def]
    for sha256 in report.missing:
        eprint(say("error", message=say("image_missing", sha256=sha256)))
    for sha256 in report.damaged:
        eprint(say("error", message=say("image_damaged", sha256=sha256)))
    return 0 if report.complete else 1


def run_backup(args: argparse.Namespace) -> int:
    from catalog.io.backup import backup
    from catalog.io.sealed import encrypted_backup

    if args.passphrase_file is not None and not args.encrypt:
        raise PassphraseNeeded(f"{args.out}: --passphrase-file is for --encrypt")
    passphrase = new_passphrase(args, args.out) if args.encrypt else None
    progress = ProgressLine()
    with open_catalog(args) as catalog:
        try:
            if passphrase is None:
                report = backup(
                    catalog, args.out, link=False if args.copy else None, progress=progress
                )
            else:
                report = encrypted_backup(catalog, args.out, passphrase, progress=progress)
        finally:
            progress.finish()
    print(say("backup_written", summary=words(report.summary())))
    return _report_problems(report)


def run_restore(args: argparse.Namespace) -> int:
    from catalog.io.encryption import is_encrypted
    from catalog.io.sealed import restore_any

    target = args.target or resolve_catalog_dir(args.catalog)
    passphrase = None
    if is_encrypted(args.source) or args.passphrase_file is not None:
        passphrase = existing_passphrase(args, args.source)
    progress = ProgressLine()
    try:
        report = restore_any(args.source, target, passphrase, progress=progress)
    finally:
        progress.finish()
    print(say("restored", summary=words(report.summary())))
    return _report_problems(report)
