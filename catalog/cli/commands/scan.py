"""`spravka scan`: acquire a page from a SANE scanner and import it."""

from __future__ import annotations

import argparse
import shutil

from catalog.cli.commands.import_files import (
    add_import_options,
    cancel_on_interrupt,
    print_report,
    resolve_person,
)
from catalog.cli.common import ProgressLine, open_catalog, print_json, say
from catalog.errors import InvalidInput


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "scan",
        help="scan a page from a scanner (SANE) into the catalogue",
        description="Scan one page through SANE and import it as a new document, or as the "
        "next page of --document. Without --device the first scanner SANE finds is used. "
        "The page is stored losslessly (PNG). Set SANE_CONFIG_DIR=resources/sane to try "
        "SANE's virtual test scanner (device test:0).",
    )
    parser.add_argument("--device", metavar="NAME", help="the SANE device name (see --list)")
    parser.add_argument("--list", action="store_true", help="list the scanners and stop")
    parser.add_argument("--resolution", type=int, default=300, metavar="DPI")
    parser.add_argument(
        "--mode", default="Gray", help="scan mode as the scanner names it: Gray, Color, Lineart"
    )
    parser.add_argument(
        "--option",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="a setting of the scanner's driver, e.g. source=ADF (repeatable)",
    )
    parser.add_argument(
        "--document", type=int, metavar="ID", help="add the page to this existing document"
    )
    add_import_options(parser)
    parser.set_defaults(handler=run)


def _options(pairs: list[str]) -> dict[str, str]:
    options = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name:
            raise InvalidInput("--option", f"{pair!r} is not NAME=VALUE")
        options[name] = value
    return options


def run(args: argparse.Namespace) -> int:
    from catalog.importing import import_paths
    from catalog.scanning import NoScanner, list_devices, scan_page

    if args.list:
        devices = list_devices()
        if args.json:
            print_json(devices)
        for device in devices if not args.json else ():
            print(f"{device.name}\t{device.label} ({device.type})")
        if not devices and not args.json:
            print(say("no_scanners"))
        return 0
    options = _options(args.option)
    progress = ProgressLine()
    with open_catalog(args) as catalog, cancel_on_interrupt() as cancel:
        person_id = resolve_person(catalog, args.person)
        device = args.device
        if device is None:
            found = list_devices()
            if not found:
                raise NoScanner()
            device = found[0].name
        try:
            image = scan_page(
                device,
                resolution=args.resolution,
                mode=args.mode,
                options=options,
                progress=progress,
                cancel=cancel,
            )
        finally:
            progress.finish()
        try:
            report = import_paths(
                catalog,
                [image],
                person_id=person_id,
                kind=args.kind,
                deskew=args.deskew,
                document_id=args.document,
                jobs=1,
                progress=progress,
            )
        finally:
            progress.finish()
            shutil.rmtree(image.parent, ignore_errors=True)
    print_report(report, json_output=args.json)
    return 0 if report.ok else 1
