"""Entry point of `spravka`: parse the command line, run the command, map errors to exit codes.

Exit codes: 0 success, 1 a problem with the input or the catalogue (the message says which),
2 a usage error (unknown option, missing argument).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from catalog import __version__
from catalog.cli import language
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

        from catalog.cli.common import say
        from catalog.ocr.tesseract_cache import cached_tesseract_status

        status = cached_tesseract_status()
        if status.available:
            languages = ", ".join(status.languages) or say("no_languages")
            ocr = f"Tesseract {status.version} ({languages})"
        else:
            ocr = say("tesseract_unavailable")
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
    _language_options_follow_the_environment(parser)
    return parser


def _language_options_follow_the_environment(parser: argparse.ArgumentParser) -> None:
    """A command's `--lang en|ru|uk` defaults to nothing, so that `main` can tell it was not
    given and use the environment's language (`catalog.cli.language`) instead."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for subparser in set(action.choices.values()):
                _language_options_follow_the_environment(subparser)
        elif action.dest == "lang" and set(action.choices or ()) == set(language.LANGUAGES):
            action.default = None
            parser.set_defaults(lang_option=True)


def main(argv: Sequence[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")
    parser = build_parser()
    args = parser.parse_args(argv)
    lang = language.from_environment()
    if getattr(args, "lang_option", False):
        # The command's own `--lang` wins for its command; unset, it follows the environment.
        args.lang = args.lang or lang
        lang = args.lang
    language.set_current(lang)
    try:
        return args.handler(args)
    except SpravkaError as exc:
        print(_say("error", lang, message=_translate(str(exc), lang)), file=sys.stderr)
        return 1
    except (Cancelled, KeyboardInterrupt):
        print(_say("interrupted", lang), file=sys.stderr)
        return 1
    except BrokenPipeError:
        return 0
    except Exception as exc:
        # Damage met where no catalogue session translated it (a raw connection, a migration).
        message = str(getattr(exc, "orig", exc))
        if not _is_database_error(exc) or not _looks_damaged(message):
            raise
        print(_say("database_damaged", lang, detail=message), file=sys.stderr)
        return 1


def _say(key: str, lang: str, **values: object) -> str:
    from catalog.cli_words import CLI
    from catalog.wording import say

    return say(CLI, key, lang, **values)


def _translate(text: str, lang: str) -> str:
    from catalog.wording import translate

    return translate(text, lang)


def _looks_damaged(message: str) -> bool:
    from catalog.db import looks_damaged

    return looks_damaged(message)


def _is_database_error(exc: BaseException) -> bool:
    import sqlite3

    from sqlalchemy.exc import DatabaseError

    return isinstance(exc, DatabaseError | sqlite3.DatabaseError)


if __name__ == "__main__":
    sys.exit(main())
