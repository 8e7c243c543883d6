"""Helpers shared by the CLI commands: opening the catalogue, JSON output, progress lines.

Imported by every command module at start-up, so it imports nothing heavy itself (see
`catalog.cli.commands`)."""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from catalog.dates import PartialDate
from catalog.paths import resolve_catalog_dir

if TYPE_CHECKING:
    from catalog.db import Catalog
    from catalog.progress import Progress

Handler = Callable[[argparse.Namespace], int]


def open_catalog(args: argparse.Namespace) -> Catalog:
    # Imported here: SQLAlchemy and Alembic load only for commands that open the catalogue.
    from catalog.db import Catalog

    return Catalog.open(resolve_catalog_dir(args.catalog))


def to_jsonable(value: Any) -> Any:
    """Views (frozen dataclasses) to JSON values; partial dates as their ISO text."""
    if isinstance(value, PartialDate):
        if value.end is not None:
            return {"date": value.iso, "qualifier": value.qualifier.value, "end": value.end_iso}
        return (
            value.iso
            if value.qualifier == "exact"
            else {"date": value.iso, "qualifier": value.qualifier.value}
        )
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, list | tuple):
        return [to_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {str(k): to_jsonable(v) for k, v in value.items()}
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return value


def print_json(value: Any) -> None:
    json.dump(to_jsonable(value), sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def eprint(*parts: object) -> None:
    print(*parts, file=sys.stderr)


def say(key: str, **values: object) -> str:
    """One of the command line's own sentences (`catalog.cli_words.CLI`,
    `catalog.command_words`) in this run's language (`catalog.cli.language`)."""
    from catalog.cli.language import current
    from catalog.wording import say as fill
    from catalog.wording import sayings

    return fill(sayings(), key, current(), **values)


def term(label: Callable[[str, str], str], value: str) -> str:
    """A stored value (a kind, a role, a status) as English has always shown it (the value
    itself), else its name from `catalog.vocab_labels` in this run's language."""
    from catalog.cli.language import current

    language = current()
    return value if language == "en" or not value else label(value, language)


def words(text: str) -> str:
    """An English message of the catalogue (an error, a report line) in this run's language;
    English, and anything not recognised, is returned as it is."""
    from catalog.cli.language import current

    language = current()
    if language == "en":
        return text
    from catalog.wording import translate

    return translate(text, language)


class ProgressLine:
    """A one-line progress display on stderr when it is a terminal; silent otherwise,
    except for per-item problems, which are always printed."""

    def __init__(self) -> None:
        self.interactive = sys.stderr.isatty()
        self.width = 0

    def __call__(self, progress: Progress) -> None:
        if progress.item_error:
            self._clear()
            eprint(say("item", message=words(progress.item_error)))
        if not self.interactive:
            return
        total = f"/{progress.total}" if progress.total is not None else ""
        line = f"{progress.done}{total} {words(progress.message)}"[:100]
        sys.stderr.write("\r" + line.ljust(self.width))
        sys.stderr.flush()
        self.width = len(line)

    def _clear(self) -> None:
        if self.interactive and self.width:
            sys.stderr.write("\r" + " " * self.width + "\r")
            self.width = 0

    def finish(self) -> None:
        self._clear()


def print_merge_report(report: Any) -> None:
    """What a merge (a loaded file, an imported package) added, warned about, and kept."""
    for warning in report.warnings:
        eprint(say("warning", message=words(warning)))
    for conflict in report.conflicts:
        eprint(say("conflict", message=words(conflict)))
    print(words(report.summary()))
    log = getattr(report, "log", None)
    if log is not None:
        print(say("logged", log=log))
