"""The CLI's commands. Each module has `register(subparsers)`; add new ones to COMMANDS."""

from __future__ import annotations

from catalog.cli.commands import backups, catalog_io, exports, gui, init, person

COMMANDS = [init, catalog_io, person, gui, exports, backups]
