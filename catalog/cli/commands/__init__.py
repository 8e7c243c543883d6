"""The CLI's commands. Each module has `register(subparsers)`; add new ones to COMMANDS."""

from __future__ import annotations

from catalog.cli.commands import catalog_io, gui, init, person, search

COMMANDS = [init, catalog_io, person, gui, search]
