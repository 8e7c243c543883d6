"""`spravka ocr` (pages of the catalogue) and `spravka ocr-image` (one file, no catalogue)."""

from __future__ import annotations

import argparse
import signal
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from catalog.cli.common import ProgressLine, eprint, open_catalog, print_json, say, words
from catalog.ocr.tesseract import DEFAULT_LANGUAGES, tesseract_status
from catalog.progress import CancelToken

# The OCR pipeline (numpy, scipy, Pillow, pytesseract) is imported when a command runs, not
# when `spravka` starts, so other commands stay quick (`catalog.ocr.tesseract` is light).


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return value


def register(subparsers: argparse._SubParsersAction) -> None:
    ocr = subparsers.add_parser(
        "ocr",
        help="OCR the pages that have no machine transcription yet",
        description="Read the text of catalogue pages with Tesseract: every page that has no "
        "machine transcription for the current engine, languages and processing. Pages are "
        "read in parallel, one per processor core, and each is saved as soon as it is read: "
        "after an interruption, run the command again to continue. A transcription corrected "
        "by a person is never replaced; the new machine version is kept beside it.",
    )
    which = ocr.add_mutually_exclusive_group()
    which.add_argument(
        "--all", action="store_true", help="every page of the catalogue (the default)"
    )
    which.add_argument("--document", type=int, metavar="ID", help="the pages of one document")
    which.add_argument(
        "--page", type=int, action="append", metavar="ID", help="one page (repeatable)"
    )
    ocr.add_argument(
        "--jobs",
        type=_positive,
        metavar="N",
        help="pages read at once (default: one per processor core)",
    )
    ocr.add_argument(
        "--lang",
        default=DEFAULT_LANGUAGES,
        metavar="L",
        help=f"Tesseract languages joined by '+' (default {DEFAULT_LANGUAGES}; e.g. ukr+rus)",
    )
    ocr.add_argument(
        "--check", action="store_true", help="only say whether OCR can run, and with what"
    )
    ocr.add_argument("--json", action="store_true", help="print the report as JSON")
    ocr.set_defaults(handler=run_ocr)

    image = subparsers.add_parser(
        "ocr-image",
        help="OCR one image file and print its text (no catalogue needed)",
        description="Read one image file with the catalogue's OCR pipeline (page detection, "
        "cleaning, deskewing, Tesseract) and print the text. Nothing is stored.",
    )
    image.add_argument("image", metavar="IMAGE", help="an image file (JPEG, PNG, TIFF…)")
    image.add_argument(
        "--lang",
        default=DEFAULT_LANGUAGES,
        metavar="L",
        help=f"Tesseract languages joined by '+' (default {DEFAULT_LANGUAGES})",
    )
    image.add_argument(
        "--json",
        action="store_true",
        help="print text, words with boxes and confidences as JSON",
    )
    image.set_defaults(handler=run_ocr_image)


@contextmanager
def _interrupt_cancels(token: CancelToken) -> Iterator[None]:
    """First Ctrl-C: finish the pages being read, save them, stop. Second: stop at once."""

    def handler(_signum: int, _frame: Any) -> None:
        if token.cancelled:
            raise KeyboardInterrupt
        token.cancel()
        eprint(say("stopping_pages"))

    previous = signal.signal(signal.SIGINT, handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def run_check() -> int:
    status = tesseract_status()
    if not status.available:
        eprint(say("error", message=words(str(status.problem))))
        return 1
    print(say("ocr_engine", engine=status.engine, path=status.path))
    print(say("ocr_languages", languages=", ".join(status.languages) or say("none")))
    return 0


def _summary(report: Any, languages: str) -> str:
    """The summary in this run's language (`catalog.cli_words`), parts joined by "; "."""
    if report.pending == 0:
        return say("ocr_nothing", engine=report.engine, languages=languages)
    parts = [
        say(
            "ocr_read",
            read=len(report.read),
            pending=report.pending,
            engine=report.engine,
            languages=languages,
            seconds=f"{report.seconds:.0f}",
        )
    ]
    if report.plain:
        pages = ", ".join(str(page) for page in report.plain)
        parts.append(say("ocr_plain", count=len(report.plain), pages=pages))
    if report.errors:
        parts.append(say("ocr_errors", count=len(report.errors)))
    if report.skipped:
        parts.append(say("ocr_skipped", count=report.skipped))
    if report.cancelled:
        parts.append(say("ocr_stopped"))
    return "; ".join(parts)


def run_ocr(args: argparse.Namespace) -> int:
    if args.check:
        return run_check()
    from catalog.ocr.batch import ocr_pages

    token = CancelToken()
    line = ProgressLine()
    with open_catalog(args) as catalog, _interrupt_cancels(token):
        try:
            report = ocr_pages(
                catalog,
                document_id=args.document,
                page_ids=args.page,
                languages=args.lang,
                jobs=args.jobs,
                progress=line,
                cancel=token,
            )
        finally:
            line.finish()
    if args.json:
        print_json(report)
    else:
        print(_summary(report, args.lang))
    return 1 if report.errors or report.cancelled else 0


def run_ocr_image(args: argparse.Namespace) -> int:
    from catalog.ocr.pipeline import ocr_image

    result = ocr_image(args.image, languages=args.lang)
    if args.json:
        print_json(
            {
                "text": result.text,
                "engine": result.engine,
                "engine_settings": result.engine_settings,
                "mean_confidence": result.mean_confidence,
                "reading": result.reading,
                "preparation": {
                    "stamps_lightened": result.stamps,
                    "stamps_set_aside": result.stamps_rejected,
                    "rules_removed": result.rules,
                    "dewarped": result.dewarped,
                    "line_bend": result.line_bend,
                    "confidence_prepared": result.confidence_prepared,
                    "confidence_plain": result.confidence_plain,
                },
                "words": [word.to_json() for word in result.words],
            }
        )
    else:
        sys.stdout.write(result.text + ("\n" if result.text else ""))
    return 0
