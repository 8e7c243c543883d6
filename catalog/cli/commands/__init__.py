"""The CLI's commands. Each module has `register(subparsers)`; add new ones to COMMANDS."""

from __future__ import annotations

from catalog.cli.commands import (
    backups,
    catalog_io,
    check,
    exports,
    extract,
    gui,
    import_files,
    inbox,
    init,
    ocr,
    parse_record,
    person,
    privacy,
    process,
    scan,
    search,
)

COMMANDS = [
    init,
    catalog_io,
    person,
    import_files,
    inbox,
    scan,
    process,
    search,
    ocr,
    parse_record,
    extract,
    check,
    exports,
    backups,
    gui,
    # Last: it adds sub-commands to the `document`, `claim` and `person` groups of the others.
    privacy,
]
