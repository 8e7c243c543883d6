"""`spravka init`: create an empty catalogue (idempotent)."""

from __future__ import annotations

import argparse

from catalog.cli.common import say
from catalog.paths import resolve_catalog_dir


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "init",
        help="create an empty catalogue (does nothing if one is already there)",
        description="Create an empty catalogue in the catalogue folder. Running it on an "
        "existing catalogue changes nothing; a folder that holds other files is refused.",
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from catalog.db import Catalog

    folder = resolve_catalog_dir(args.catalog)
    with Catalog.create(folder) as catalog:
        if catalog.open_result.created:
            print(say("init_created", folder=folder))
        else:
            print(say("init_exists", folder=folder))
    return 0
