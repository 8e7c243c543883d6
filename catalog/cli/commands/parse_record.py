"""`spravka parse-record [FILE|-]`: a Memorial / Book-of-Memory record text → interchange JSON."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from catalog.cli.common import eprint, open_catalog, print_json, say
from catalog.errors import SpravkaError


class RecordFileError(SpravkaError):
    def __init__(self, path: str, problem: str) -> None:
        self.path = path
        self.problem = problem
        super().__init__(f"{path}: {problem}")


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "parse-record",
        help="read a Memorial / Book-of-Memory record text into claims (JSON)",
        description="Read one record text (the lists.memo.ru form «Родился в 1896 г. … "
        "Арестован … Приговорен: …», or Book-of-Memory prose) and print it as an interchange "
        'document (format spravka-catalog) with one person and its claims, plus "unparsed": '
        "the parts of the text that could not be interpreted (they are also kept in the "
        "person's notes). Every claim cites the record text and quotes the words it rests on. "
        "With --add the person is stored in the catalogue instead.",
    )
    parser.add_argument(
        "file",
        nargs="?",
        default="-",
        metavar="FILE|-",
        help="the record text (UTF-8); - or nothing reads standard input",
    )
    parser.add_argument(
        "--name",
        metavar="NAME",
        help='the person\'s name, "Фамилия Имя Отчество" (Memorial record bodies carry none)',
    )
    parser.add_argument("--title", help="title of the source document that holds the text")
    parser.add_argument(
        "--add", action="store_true", help="add the person and claims to the catalogue"
    )
    parser.add_argument(
        "--person",
        metavar="ID",
        help="with --add: attach the record to this existing person (fills empty fields only)",
    )
    parser.add_argument(
        "--suggested",
        action="store_true",
        help="with --add: store the claims as suggested, to be accepted one by one",
    )
    parser.set_defaults(handler=run)


def _read(source: str) -> str:
    if source == "-":
        data = sys.stdin.buffer.read()
        name = "standard input"
    else:
        path = Path(source)
        name = str(path)
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            raise RecordFileError(name, "no such file") from None
        except IsADirectoryError:
            raise RecordFileError(name, "is a folder, not a text file") from None
        except OSError as exc:
            raise RecordFileError(name, f"cannot be read ({exc.strerror})") from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise RecordFileError(
            name, f"is not UTF-8 text (bad byte at offset {exc.start}); save it as UTF-8"
        ) from None
    if not text.strip():
        raise RecordFileError(name, "holds no text")
    return text


def run(args: argparse.Namespace) -> int:
    from catalog.io.record_interchange import to_interchange
    from catalog.services.persons import resolve_person
    from catalog.services.records import add_parsed_record
    from catalog.text import parse_record

    if args.person and not args.add:
        eprint(say("error", message=say("person_needs_add")))
        return 2
    text = _read(args.file)
    parsed = parse_record(text)
    if args.add:
        with open_catalog(args) as catalog:
            person_id = resolve_person(catalog, args.person) if args.person else None
            added = add_parsed_record(
                catalog,
                parsed,
                person_id=person_id,
                name=args.name,
                title=args.title,
                status="suggested" if args.suggested else "accepted",
            )
        print(say("record_added", person=added, count=len(parsed.claims)))
        if parsed.unparsed:
            eprint(say("record_unparsed", count=len(parsed.unparsed)))
            for piece in parsed.unparsed:
                eprint(f"  {piece}")
        return 0
    if not (args.name or parsed.has_name):
        eprint(say("record_nameless"))
    print_json(to_interchange(parsed, name=args.name, title=args.title))
    return 0
