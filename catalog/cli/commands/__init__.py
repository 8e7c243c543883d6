"""The CLI's commands. Each module has `register(subparsers)`; add new ones to COMMANDS."""

from __future__ import annotations

from catalog.cli.commands import (
    backups,
    catalog_io,
    check,
    exports,
    extract,
    gui,
    init,
    ocr,
    parse_record,
    person,
    search,
)

COMMANDS = [
    init,
    catalog_io,
    person,
    search,
    ocr,
    parse_record,
    extract,
    check,
    exports,
    backups,
    gui,
]
