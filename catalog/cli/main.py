"""Entry point of `spravka`: parse the command line, run the command, map errors to exit codes.

Exit codes: 0 success, 1 a problem with the input or the catalogue (the message says which),
2 a usage error (unknown option, missing argument).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from catalog import __version__
from catalog.cli.commands import COMMANDS
from catalog.errors import SpravkaError
from catalog.paths import ENV_CATALOG
from catalog.progress import Cancelled


class VersionAction(argparse.Action):
    """`--version`: Spravka's version, then those of Python, SQLite and Tesseract. Tesseract's
    version and languages come from a small cache file while the program and its language
    folder are unchanged (asking Tesseract means starting it twice)."""

    def __init__(self, option_strings: list[str], dest: str, help: str | None = None) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, help=help)

    def __call__(self, parser, namespace, values, option_string=None):  # type: ignore[no-untyped-def]
        import platform
        import sqlite3

        from catalog.ocr.tesseract_cache import cached_tesseract_status

        status = cached_tesseract_status()
        if status.available:
            ocr = f"Tesseract {status.version} ({', '.join(status.languages) or 'no languages'})"
        else:
            ocr = "Tesseract: not available"
        print(f"spravka {__version__}")
        print(f"Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}, {ocr}")
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="spravka",
        description="Spravka: an offline catalogue of archival certificates on victims of "
        "Soviet political repression.",
    )
    parser.add_argument(
        "--version",
        action=VersionAction,
        help="show the versions of Spravka and of the components it uses, and exit",
    )
    parser.add_argument(
        "--catalog",
        metavar="DIR",
        help=f"the catalogue folder (default: ${ENV_CATALOG}, else the user data folder)",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for command in COMMANDS:
        command.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.handler(args)
    except SpravkaError as exc:
        print(f"spravka: error: {exc}", file=sys.stderr)
        return 1
    except (Cancelled, KeyboardInterrupt):
        print("spravka: interrupted; work finished so far is kept", file=sys.stderr)
        return 1
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
