"""`spravka load` and `spravka dump`: the interchange format in and out."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

from catalog.cli.common import ProgressLine, eprint, open_catalog, print_merge_report


def register(subparsers: argparse._SubParsersAction) -> None:
    load = subparsers.add_parser(
        "load",
        help="import an interchange JSON file (merges; never deletes)",
        description="Merge a spravka-catalog JSON file into the catalogue in one transaction: "
        "either all of it is loaded or, on any problem, nothing. Records already present "
        "(same uid) are merged; conflicting values are kept as in the catalogue and reported.",
    )
    load.add_argument("file", metavar="FILE.json", type=Path)
    load.set_defaults(handler=run_load)

    dump = subparsers.add_parser(
        "dump",
        help="export the whole catalogue as interchange JSON",
        description="Write the whole catalogue in the interchange format, to standard output "
        "or to a file. Page images are referenced by a path relative to the output.",
    )
    dump.add_argument(
        "-o",
        "--output",
        metavar="FILE.json",
        type=Path,
        help="write to this file (written completely, then renamed into place)",
    )
    dump.add_argument(
        "--copy-images",
        action="store_true",
        help="copy page images into FILE-images/ beside the output, so the file "
        "and its folder travel together (needs -o)",
    )
    dump.set_defaults(handler=run_dump)


def run_load(args: argparse.Namespace) -> int:
    from catalog.io.interchange_load import load_file

    progress = ProgressLine()
    with open_catalog(args) as catalog:
        try:
            report = load_file(catalog, args.file, progress)
        finally:
            progress.finish()
    print_merge_report(report)
    return 0


def run_dump(args: argparse.Namespace) -> int:
    from catalog.io.interchange_dump import dump_catalog

    if args.copy_images and args.output is None:
        eprint("spravka: error: --copy-images needs -o FILE.json")
        return 2
    with open_catalog(args) as catalog:
        if args.output is None:
            sys.stdout.reconfigure(encoding="utf-8")  # type: ignore[union-attr]
            dump_catalog(catalog, sys.stdout, base_dir=Path.cwd())
            return 0
        output = args.output.resolve()
        images = output.with_name(output.stem + "-images") if args.copy_images else None
        # Write beside the target and rename: an interrupted dump never leaves half a file.
        fd, temp_name = tempfile.mkstemp(prefix=f".{output.name}.", dir=output.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
                counts = dump_catalog(
                    catalog, handle, base_dir=output.parent, copy_images_to=images
                )
            os.replace(temp_name, output)
        except BaseException:
            Path(temp_name).unlink(missing_ok=True)
            raise
    print(
        f"wrote {counts['persons']} person(s), {counts['documents']} document(s), "
        f"{counts['flags']} flag(s) to {output}"
    )
    return 0
