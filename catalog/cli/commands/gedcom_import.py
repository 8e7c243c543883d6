"""`spravka import gedcom FILE.ged [--json]`: a family tree from a genealogy program.

It shares the `import` command with the image import: the first word `gedcom` is routed here
(`import_files.ROUTES`). A file or folder really named "gedcom" is imported as an image by
naming it as a path: `spravka import ./gedcom`.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from catalog.cli.commands import import_files
from catalog.cli.common import ProgressLine, open_catalog, print_json, say, words

DESCRIPTION = (
    "Import a GEDCOM 5.5.1 family tree (from Gramps, a genealogy site or another program): "
    "individuals with their names, sex, events, notes and sources, families as relationships. "
    "UTF-8 (with or without BOM), UTF-16, ANSEL and Windows-1251 files are read. Everything goes "
    "in one transaction; what could not be mapped is reported with its line number. Importing "
    "the same file again adds nothing."
)
PROBLEMS_SHOWN = 50


def register(subparsers: argparse._SubParsersAction) -> None:
    import_files.ROUTES["gedcom"] = route_import_gedcom


def route_import_gedcom(args: argparse.Namespace, rest: list[str]) -> int:
    """`spravka import gedcom FILE.ged`: `--json` and `--language` are the import command's own
    options, parsed before the route is taken."""
    parser = argparse.ArgumentParser(prog="spravka import gedcom", description=DESCRIPTION)
    parser.add_argument("file", metavar="FILE.ged", type=Path)
    parsed = parser.parse_args(rest)
    return run(args, parsed.file)


def run(args: argparse.Namespace, file: Path) -> int:
    from catalog.io.gedcom_import import import_gedcom

    progress = ProgressLine()
    with open_catalog(args) as catalog:
        try:
            report = import_gedcom(
                catalog, file, language=getattr(args, "language", "en"), progress=progress
            )
        finally:
            progress.finish()
    if getattr(args, "json", False):
        print_json(report.to_json())
        return 0
    lines = report.lines()
    shown = 0
    for line in lines:
        if line.startswith("problem: "):
            shown += 1
            if shown > PROBLEMS_SHOWN:
                continue
        print(words(line))
    if shown > PROBLEMS_SHOWN:
        print(say("more_problems", count=shown - PROBLEMS_SHOWN))
    return 0
