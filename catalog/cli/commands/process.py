"""`spravka process PAGE`: set a page's non-destructive processing, and render it to a file."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from catalog.cli.common import open_catalog, print_json, say
from catalog.defaults import HUES
from catalog.errors import InvalidInput

OFF = "off"


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "process",
        help="rotate, deskew, crop or clean up a page (the image itself never changes)",
        description="Change how a page is shown and read by OCR. Settings are stored with the "
        "page; the original image is never changed and every setting can be undone ('off'). "
        "Without options, print the page's settings.",
    )
    parser.add_argument("page", type=int, metavar="PAGE", help="the page id")
    parser.add_argument("--rotate", type=int, choices=[0, 90, 180, 270], help="quarter turns")
    parser.add_argument(
        "--deskew", metavar="auto|DEGREES|off", help="straighten: measure (auto) or an angle"
    )
    parser.add_argument("--crop", metavar="X,Y,W,H|off", help="in pixels of the turned page")
    parser.add_argument(
        "--drop-colours",
        metavar="COLOURS|off",
        help=f"lift coloured stamps and ink: comma-separated, of {', '.join(HUES)}",
    )
    parser.add_argument(
        "--greyscale", action=argparse.BooleanOptionalAction, default=None, help="grey image"
    )
    parser.add_argument(
        "--autocontrast", metavar="PERCENT|off", help="stretch levels, ignoring PERCENT ends"
    )
    parser.add_argument("--binarise", metavar="auto|otsu|LEVEL|off", help="black and white")
    parser.add_argument("--reset", action="store_true", help="remove every setting first")
    parser.add_argument(
        "-o", "--output", type=Path, metavar="FILE", help="also write the processed page image"
    )
    parser.add_argument("--json", action="store_true")
    parser.set_defaults(handler=run)


def _number(option: str, text: str) -> float:
    try:
        return float(text)
    except ValueError:
        raise InvalidInput(option, f"{text!r} is not a number") from None


def _changes(args: argparse.Namespace) -> tuple[dict[str, Any], bool]:
    changes: dict[str, Any] = {}
    detect = False
    if args.rotate is not None:
        changes["rotation"] = args.rotate
    if args.deskew is not None:
        if args.deskew == "auto":
            detect = True
        else:
            changes["deskew"] = None if args.deskew == OFF else _number("--deskew", args.deskew)
    if args.crop is not None:
        if args.crop == OFF:
            changes["crop"] = None
        else:
            try:
                changes["crop"] = [int(v) for v in args.crop.split(",")]
            except ValueError:
                raise InvalidInput("--crop", "a crop is X,Y,WIDTH,HEIGHT in pixels") from None
    if args.drop_colours is not None:
        colours = [c.strip() for c in args.drop_colours.split(",") if c.strip()]
        changes["drop_colours"] = None if args.drop_colours == OFF else colours
    if args.greyscale is not None:
        changes["greyscale"] = args.greyscale or None
    if args.autocontrast is not None:
        changes["autocontrast"] = (
            None if args.autocontrast == OFF else _number("--autocontrast", args.autocontrast)
        )
    if args.binarise is not None:
        value = args.binarise
        changes["binarise"] = None if value == OFF else int(value) if value.isdigit() else value
    return changes, detect


def run(args: argparse.Namespace) -> int:
    from catalog.importing import rendered_page, update_processing
    from catalog.services.documents import get_page

    changes, detect = _changes(args)
    with open_catalog(args) as catalog:
        if changes or detect or args.reset:
            page = update_processing(
                catalog, args.page, changes, detect_deskew=detect, replace=args.reset
            )
        else:
            page = get_page(catalog, args.page)
        if args.output is not None:
            image, _ = rendered_page(catalog, args.page)
            image.save(args.output)
    if args.json:
        print_json(page.processing)
    elif page.processing:
        for key, value in page.processing.items():
            print(f"{key}: {value}")
    else:
        print(say("no_processing", page=page.id))
    return 0
