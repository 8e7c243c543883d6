"""`--living include|name-only|exclude` and `--include-private`, shared by the exports.

Light to import (the command line is built before any command runs): the policy's types are
imported only when a command makes one.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from catalog.io.privacy import ExportPolicy

# The values of `catalog.io.privacy.Living` (a test checks that they agree).
LIVING_CHOICES = ["include", "name-only", "exclude"]


def add_privacy_options(parser: argparse.ArgumentParser, *, living: bool = True) -> None:
    if living:
        parser.add_argument(
            "--living",
            choices=LIVING_CHOICES,
            default="name-only",
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
    from catalog.io.privacy import ExportPolicy, Living

    return ExportPolicy(
        Living(getattr(args, "living", Living.INCLUDE.value)),
        include_private=getattr(args, "include_private", False),
    )
