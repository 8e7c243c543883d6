"""The CLI's commands. Each module has `register(subparsers)`; add new ones to COMMANDS."""

from __future__ import annotations

from catalog.cli.commands import catalog_io, gui, import_files, inbox, init, person, process, scan

COMMANDS = [init, catalog_io, person, gui, import_files, inbox, scan, process]
