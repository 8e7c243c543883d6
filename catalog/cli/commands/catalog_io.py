"""`spravka load` and `spravka dump`: the interchange format in and out."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from catalog.cli.common import ProgressLine, eprint, open_catalog, print_merge_report, say
from catalog.cli.privacy_options import add_privacy_options, policy_from


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
    add_privacy_options(dump)
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
    from catalog.io.files import atomic_output
    from catalog.io.interchange_dump import dump_catalog

    if args.copy_images and args.output is None:
        eprint(say("error", message=say("copy_images_needs_output")))
        return 2
    with open_catalog(args) as catalog:
        if args.output is None:
            sys.stdout.reconfigure(encoding="utf-8")  # type: ignore[union-attr]
            withheld: dict[str, int] = {}
            dump_catalog(
                catalog,
                sys.stdout,
                base_dir=Path.cwd(),
                policy=policy_from(args),
                withheld=withheld,
            )
            _say_what_was_withheld(withheld)
            return 0
        output = args.output.resolve()
        images = output.with_name(output.stem + "-images") if args.copy_images else None
        # Written beside the target and renamed: an interrupted dump never leaves half a file;
        # the file's mode follows the umask like any export.
        withheld: dict[str, int] = {}
        with atomic_output(output, "w", encoding="utf-8", newline="\n") as handle:
            counts = dump_catalog(
                catalog,
                handle,
                base_dir=output.parent,
                copy_images_to=images,
                policy=policy_from(args),
                withheld=withheld,
            )
    print(
        say(
            "wrote_json",
            persons=counts["persons"],
            documents=counts["documents"],
            flags=counts["flags"],
            output=output,
        )
    )
    _say_what_was_withheld(withheld)
    return 0


def _say_what_was_withheld(counts: dict[str, int]) -> None:
    """On standard error (standard output may be the JSON itself): what the privacy defaults
    kept out of the file, and how to write everything."""
    parts = []
    for key in ("living_name_only", "living_left_out", "private_documents_left_out"):
        if counts.get(key):
            parts.append(say(f"withheld_{key}", count=counts[key]))
    if parts:
        eprint(say("withheld", parts="; ".join(parts)))
