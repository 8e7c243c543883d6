"""The CLI's commands. Each module has `register(subparsers)`; add new ones to COMMANDS."""

from __future__ import annotations

from catalog.cli.commands import catalog_io, check, extract, gui, init, parse_record, person

COMMANDS = [init, catalog_io, person, gui, parse_record, check, extract]
