"""`spravka export gedcom|csv|alto|hocr|text|pdf|dossier|package|json` and the package import.

`run_import_package` is the handler of `spravka import package IN.zip`; the `import` command is
shared with the image import: this module registers the `package` route of `spravka import`.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import TYPE_CHECKING

from catalog.cli.commands import import_files
from catalog.cli.common import ProgressLine, open_catalog, print_merge_report, say, words
from catalog.cli.passphrase import (
    PassphraseNeeded,
    add_passphrase_file_option,
    existing_passphrase,
    new_passphrase,
)
from catalog.cli.privacy_options import LIVING_CHOICES, add_privacy_options, policy_from
from catalog.vocab_labels import LANGUAGES

if TYPE_CHECKING:
    from catalog.db import Catalog


def _persons(catalog: Catalog, references: list[str] | None) -> list[int] | None:
    from catalog.services.persons import resolve_person

    if not references:
        return None
    return [resolve_person(catalog, reference) for reference in references]


def _person_option(parser: argparse.ArgumentParser, help_text: str) -> None:
    parser.add_argument(
        "--person",
        action="append",
        metavar="ID",
        help=help_text + " (catalogue id, uid or the id it was loaded under; repeatable)",
    )


def _pages_options(parser: argparse.ArgumentParser) -> None:
    _private_document_option(parser)
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument("--document", type=int, metavar="ID", help="every page of this document")
    which.add_argument(
        "--page", type=int, action="append", metavar="ID", help="this page (repeatable)"
    )


def _private_document_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--include-private",
        action="store_true",
        help="export a document marked private too (refused otherwise)",
    )


def register(subparsers: argparse._SubParsersAction) -> None:
    export = subparsers.add_parser(
        "export",
        help="export to GEDCOM, CSV, ALTO, hOCR, text, PDF, a dossier, a package or JSON",
        description="Export the catalogue, or part of it, for other programs and people. "
        "Every file is written completely and then renamed into place.",
    )
    formats = export.add_subparsers(dest="export_format", metavar="FORMAT", required=True)

    gedcom = formats.add_parser(
        "gedcom",
        help="persons and their claims as GEDCOM 5.5.1 (UTF-8) for genealogy programs",
        description="Write persons, their names and variants, and their claims as events with "
        "sources, in GEDCOM 5.5.1 (UTF-8). Conflicting claims stay separate events, each "
        "citing its document. Suggested claims not yet reviewed are left out unless asked.",
    )
    gedcom.add_argument("out", metavar="OUT.ged", type=Path)
    _person_option(gedcom, "only this person")
    gedcom.add_argument("--language", choices=LANGUAGES, default="en", help="of event types")
    gedcom.add_argument("--include-suggested", action="store_true")
    gedcom.add_argument(
        "--no-media",
        action="store_true",
        help="no page images: by default they are copied into OUT-media/ beside the file and "
        "linked from their sources (OBJE)",
    )
    add_privacy_options(gedcom)
    gedcom.set_defaults(handler=run_gedcom)

    csv = formats.add_parser(
        "csv",
        help="persons.csv, claims.csv and documents.csv",
        description="Write persons, claims and documents as three CSV files (UTF-8) in OUT_DIR.",
    )
    csv.add_argument("out", metavar="OUT_DIR", type=Path)
    _person_option(csv, "only this person")
    csv.add_argument(
        "--excel",
        action="store_true",
        help="for spreadsheets: a byte-order mark, and formula-like cells made inert",
    )
    add_privacy_options(csv)
    csv.set_defaults(handler=run_csv)

    for name, suffix, what in (
        ("alto", "xml", "ALTO XML v4"),
        ("hocr", "hocr", "hOCR"),
    ):
        parser = formats.add_parser(
            name,
            help=f"{what} per page, with word boxes",
            description=f"Write one {what} file per page (DOCUMENT-PAGE.{suffix}) into OUT_DIR.",
        )
        parser.add_argument("out", metavar="OUT_DIR", type=Path)
        _pages_options(parser)
        parser.set_defaults(handler=run_pages, export_kind=name)

    text = formats.add_parser(
        "text",
        help="plain text of pages",
        description="Write the current transcription of the pages to one UTF-8 text file, "
        "pages separated by form feeds.",
    )
    text.add_argument("out", metavar="OUT.txt", type=Path)
    _pages_options(text)
    text.set_defaults(handler=run_pages, export_kind="text")

    pdf = formats.add_parser(
        "pdf",
        help="a searchable PDF of a document (page images with an invisible text layer)",
        description="Write the document's page images as a PDF with the transcription as an "
        "invisible text layer at the word boxes, so the PDF can be searched and copied from.",
    )
    pdf.add_argument("out", metavar="OUT.pdf", type=Path)
    pdf.add_argument("--document", type=int, metavar="ID", required=True)
    _private_document_option(pdf)
    pdf.set_defaults(handler=run_pdf)

    dossier = formats.add_parser(
        "dossier",
        help="a printable dossier of one person for the family",
        description="Write a PDF dossier of one person: names, photograph, the timeline of "
        "what each document states, the findings explained, and the page images with their "
        "transcriptions. Fonts are embedded.",
    )
    dossier.add_argument("out", metavar="OUT.pdf", type=Path)
    dossier.add_argument("--person", required=True, metavar="ID")
    dossier.add_argument("--language", choices=LANGUAGES, default="ru")
    dossier.add_argument(
        "--living",
        choices=LIVING_CHOICES,
        default="name-only",
        help="a person presumed or marked living: the whole dossier (include), the names only "
        "(name-only, the default), or no dossier (exclude). Private items are never shown.",
    )
    dossier.set_defaults(handler=run_dossier)

    package = formats.add_parser(
        "package",
        help="an exchange package for another volunteer (zip)",
        description="Pack the catalogue, or the persons named with their documents, into a "
        "zip: interchange JSON, the page images and a manifest with the size and SHA-256 of "
        "every file. Another catalogue merges it with `spravka import package IN.zip`.",
    )
    package.add_argument("out", metavar="OUT.zip", type=Path)
    _person_option(package, "only this person and the documents concerning them")
    package.add_argument(
        "--encrypt",
        action="store_true",
        help="encrypt the package with a passphrase (age format; `age -d` also opens it)",
    )
    add_passphrase_file_option(package)
    add_privacy_options(package, living=False)
    package.set_defaults(handler=run_package)

    json_parser = formats.add_parser(
        "json",
        help="the interchange JSON (all, or chosen persons)",
        description="Write the interchange JSON, like `spravka dump`, optionally only the "
        "persons named with their documents.",
    )
    json_parser.add_argument("out", metavar="OUT.json", type=Path)
    _person_option(json_parser, "only this person and the documents concerning them")
    json_parser.add_argument(
        "--copy-images", action="store_true", help="copy page images into OUT-images/"
    )
    add_privacy_options(json_parser)
    json_parser.set_defaults(handler=run_json)

    # `spravka import package IN.zip` shares the `import` command with the image import.
    import_files.ROUTES["package"] = route_import_package


IMPORT_PACKAGE_DESCRIPTION = (
    "Verify an exchange package completely (zip safety, manifest sizes and SHA-256, the "
    "interchange data) and then merge it in one transaction: records already present (same "
    "uid) are merged, conflicting values are kept as in the catalogue and reported. A package "
    "that fails any check is refused whole and nothing is changed. An encrypted package "
    "(age format) is recognised: the passphrase is asked for, or read with --passphrase-file."
)


def add_import_package_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("package", metavar="IN.zip", type=Path)
    add_passphrase_file_option(parser)
    parser.set_defaults(handler=run_import_package)


def route_import_package(args: argparse.Namespace, rest: list[str]) -> int:
    """`spravka import package IN.zip`: parse what follows `package` and import it."""
    parser = argparse.ArgumentParser(
        prog="spravka import package", description=IMPORT_PACKAGE_DESCRIPTION
    )
    add_import_package_arguments(parser)
    parsed = parser.parse_args(
        rest,
        namespace=argparse.Namespace(
            catalog=args.catalog, passphrase_file=getattr(args, "passphrase_file", None)
        ),
    )
    return run_import_package(parsed)


def run_import_package(args: argparse.Namespace) -> int:
    from catalog.io.encryption import is_encrypted
    from catalog.io.sealed import import_any_package

    passphrase = None
    if is_encrypted(args.package) or args.passphrase_file is not None:
        passphrase = existing_passphrase(args, args.package)
    progress = ProgressLine()
    with open_catalog(args) as catalog:
        try:
            report = import_any_package(catalog, args.package, passphrase, progress=progress)
        finally:
            progress.finish()
    print_merge_report(report)
    return 0


def run_gedcom(args: argparse.Namespace) -> int:
    from catalog.io.gedcom import export_gedcom

    with open_catalog(args) as catalog:
        report = export_gedcom(
            catalog,
            args.out,
            person_ids=_persons(catalog, args.person),
            language=args.language,
            include_suggested=args.include_suggested,
            media=not args.no_media,
            policy=policy_from(args),
        )
    print(words(report.summary()))
    return 0


def run_csv(args: argparse.Namespace) -> int:
    from catalog.io.csv_export import export_csv

    with open_catalog(args) as catalog:
        report = export_csv(
            catalog,
            args.out,
            person_ids=_persons(catalog, args.person),
            excel=args.excel,
            policy=policy_from(args),
        )
    print(words(report.summary()))
    return 0


def run_pages(args: argparse.Namespace) -> int:
    from catalog.io.pages_export import export_alto, export_hocr, export_text

    function = {"alto": export_alto, "hocr": export_hocr, "text": export_text}[args.export_kind]
    progress = ProgressLine()
    with open_catalog(args) as catalog:
        try:
            report = function(
                catalog,
                args.out,
                document_id=args.document,
                page_ids=args.page,
                progress=progress,
                include_private=args.include_private,
            )
        finally:
            progress.finish()
    print(words(report.summary()))
    return 0


def run_pdf(args: argparse.Namespace) -> int:
    from catalog.io.searchable_pdf import export_searchable_pdf

    progress = ProgressLine()
    with open_catalog(args) as catalog:
        try:
            report = export_searchable_pdf(
                catalog,
                args.document,
                args.out,
                progress=progress,
                include_private=args.include_private,
            )
        finally:
            progress.finish()
    print(words(report.summary()))
    return 0


def run_dossier(args: argparse.Namespace) -> int:
    from catalog.io.dossier import export_dossier
    from catalog.services.persons import resolve_person

    with open_catalog(args) as catalog:
        person_id = resolve_person(catalog, args.person)
        report = export_dossier(
            catalog, person_id, args.out, language=args.language, living=policy_from(args).living
        )
    print(words(report.summary()))
    return 0


def run_package(args: argparse.Namespace) -> int:
    from catalog.io.package_export import export_package
    from catalog.io.sealed import export_encrypted_package

    if args.passphrase_file is not None and not args.encrypt:
        raise PassphraseNeeded(f"{args.out}: --passphrase-file is for --encrypt")
    passphrase = new_passphrase(args, args.out) if args.encrypt else None
    progress = ProgressLine()
    with open_catalog(args) as catalog:
        try:
            persons = _persons(catalog, args.person)
            if passphrase is None:
                report = export_package(
                    catalog,
                    args.out,
                    persons,
                    progress=progress,
                    include_private=args.include_private,
                )
            else:
                report = export_encrypted_package(
                    catalog,
                    args.out,
                    passphrase,
                    persons,
                    progress=progress,
                    include_private=args.include_private,
                )
        finally:
            progress.finish()
    print(words(report.summary()))
    return 0


def run_json(args: argparse.Namespace) -> int:
    from catalog.io.files import atomic_output
    from catalog.io.interchange_dump import dump_catalog

    output = Path(os.path.abspath(args.out))
    images = output.with_name(output.stem + "-images") if args.copy_images else None
    with open_catalog(args) as catalog:
        person_ids = _persons(catalog, args.person)
        with atomic_output(output, "w", encoding="utf-8", newline="\n") as handle:
            counts = dump_catalog(
                catalog,
                handle,
                base_dir=output.parent,
                copy_images_to=images,
                person_ids=person_ids,
                policy=policy_from(args),
            )
    print(
        say(
            "wrote_json",
            persons=counts["persons"],
            documents=counts["documents"],
            flags=counts["flags"],
            output=output,
        )
    )
    return 0
