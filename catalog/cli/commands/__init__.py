"""The CLI's commands. Each module has `register(subparsers)`; add new ones to COMMANDS.

Start-up is kept quick by one rule: **a command module imports nothing heavy at module level.**
`spravka --help`, `--version` and every command build the whole argument parser, so every module
listed here is imported on every run; what a module imports at its top is paid by all commands.

- At the top of a command module: `argparse`, the standard library, `catalog.cli.common`,
  `catalog.paths`, `catalog.errors`, `catalog.vocab`, `catalog.dates`, `catalog.defaults`
  (default values an option shows in `--help`) and `catalog.ocr.tesseract`. Types needed only
  in annotations go under `if TYPE_CHECKING:`.
- Inside the handler (the function given to `set_defaults(handler=...)`): everything else —
  `catalog.db` / `open_catalog` (SQLAlchemy, Alembic), `catalog.services.*`, `catalog.models`,
  `catalog.io.*`, `catalog.imaging.*`, `catalog.ocr.pipeline` (Pillow, numpy, scipy,
  pytesseract), `catalog.importing`, `catalog.checks`, `catalog.text`, `catalog.extract`.

    def register(subparsers: argparse._SubParsersAction) -> None:
        parser = subparsers.add_parser("frobnicate", help="...")
        parser.add_argument("--dpi", type=int, default=DEFAULT_PDF_DPI)  # from catalog.defaults
        parser.set_defaults(handler=run)

    def run(args: argparse.Namespace) -> int:
        from catalog.services import documents  # loaded only when this command runs

        with open_catalog(args) as catalog:
            ...

`tests/catalog/test_cli_startup.py` imports `catalog.cli.main`, builds the parser and fails if
SQLAlchemy, Alembic, Pillow, numpy, scipy or pytesseract were loaded. Commands that only read
and must answer at once (`spravka search`) may read through `catalog.quickread` (plain sqlite3)
and fall back to `open_catalog` when it returns None.
"""

from __future__ import annotations

from catalog.cli.commands import (
    backups,
    catalog_io,
    check,
    claim,
    document,
    exports,
    extract,
    gedcom_import,
    gui,
    import_files,
    inbox,
    init,
    ocr,
    parse_record,
    person,
    process,
    scan,
    search,
)

COMMANDS = [
    init,
    catalog_io,
    person,
    import_files,
    gedcom_import,
    inbox,
    scan,
    process,
    search,
    ocr,
    parse_record,
    extract,
    document,
    claim,
    check,
    exports,
    backups,
    gui,
]
