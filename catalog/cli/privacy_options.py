"""`--living include|name-only|exclude` and `--include-private`, shared by the exports."""

from __future__ import annotations

import argparse

from catalog.io.privacy import ExportPolicy, Living


def add_privacy_options(parser: argparse.ArgumentParser, *, living: bool = True) -> None:
    if living:
        parser.add_argument(
            "--living",
            choices=[choice.value for choice in Living],
            default=Living.NAME_ONLY.value,
            help="persons presumed or marked living: everything (include), their names only "
            "(name-only, the default: no dates, places, notes or documents), or left out "
            "(exclude)",
        )
    parser.add_argument(
        "--include-private",
        action="store_true",
        help="include documents, claims and notes marked private (left out by default)",
    )


def policy_from(args: argparse.Namespace) -> ExportPolicy:
    return ExportPolicy(
        Living(getattr(args, "living", Living.INCLUDE.value)),
        include_private=args.include_private,
    )
