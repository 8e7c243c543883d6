"""The CLI's commands. Each module has `register(subparsers)`; add new ones to COMMANDS."""

from __future__ import annotations

from catalog.cli.commands import catalog_io, gui, init, ocr, person

COMMANDS = [init, catalog_io, person, ocr, gui]
