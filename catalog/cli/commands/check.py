"""`spravka check [--json] [--lang en|ru|uk]`: run the falsified-death and consistency rules, print
the flags. The JSON carries the reasons in all three languages (`reasons`, `reasons_ru`,
`reasons_uk`)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from catalog.cli.common import ProgressLine, eprint, open_catalog, print_json, words
from catalog.vocab_labels import flag_status, likelihood, word

if TYPE_CHECKING:
    from catalog.checks.config import RulesConfig
    from catalog.checks.listing import FlagRow


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "check",
        help="flag likely falsified death dates (108ss) and inconsistent dates",
        description="Apply the rules for likely falsified death dates (KGB instruction 108ss) and "
        "the consistency checks to every person (accepted claims only), write the flags, and "
        "print them. A flag is a suspicion to weigh, never a verdict. Re-running refreshes "
        "flags, never duplicates them and never brings back one that was dismissed; suggested "
        "flags whose rule no longer fires are removed.",
    )
    parser.add_argument("--json", action="store_true", help="print the flags as JSON")
    parser.add_argument(
        "--person",
        action="append",
        metavar="ID",
        help="check only this person (repeatable): catalogue id, uid or loaded id",
    )
    parser.add_argument("--all", action="store_true", help="also list flags a person has dismissed")
    parser.add_argument(
        "--lang",
        choices=["en", "ru", "uk"],
        default="en",
        help="language of the labels, reasons and summary (default: $SPRAVKA_LANG, else the "
        "locale, else en; JSON carries all three)",
    )
    parser.set_defaults(handler=run)


def _json(row: FlagRow, rules: RulesConfig) -> dict[str, object]:
    record: dict[str, object] = {
        "id": str(row.id),
        "person": str(row.person_id),
        "person_source_id": row.person_source_id,
        "kind": row.kind,
        "rule": row.rule,
        "origin": row.origin,
        "status": row.status,
        "score": row.score,
        "claim": str(row.claim_id) if row.claim_id is not None else None,
        "claims": [str(c) for c in row.claims],
        "claim_source_ids": list(row.claim_source_ids),
        "reasons": row.reason_texts("en"),
        "reasons_ru": row.reason_texts("ru"),
        "reasons_uk": row.reason_texts("uk"),
    }
    record["label"] = rules.label(row.kind, "en")
    record["label_ru"] = rules.label(row.kind, "ru")
    record["label_uk"] = rules.label(row.kind, "uk")
    return record


def run(args: argparse.Namespace) -> int:
    from catalog.checks import default_rules, flag_rows, run_checks
    from catalog.services.persons import resolve_person

    rules = default_rules()
    progress = ProgressLine()
    with open_catalog(args) as catalog:
        person_ids = [resolve_person(catalog, p) for p in args.person] if args.person else None
        try:
            report = run_checks(catalog, person_ids=person_ids, progress=progress)
        finally:
            progress.finish()
        rows = flag_rows(catalog, person_ids=person_ids, include_dismissed=args.all)
    if args.json:
        print_json({"flags": [_json(row, rules) for row in rows]})
        eprint(f"spravka: {words(report.summary())}")
        return 0
    person, lang = None, args.lang
    for row in rows:
        if row.person_id != person:
            person = row.person_id
            name = row.person_name or word("no_name", lang)
            print(f"\n{name} — {word('person', lang)} {row.person_id}")
        label = rules.label(row.kind, lang)
        status = "" if row.status == "suggested" else f" [{flag_status(row.status, lang)}]"
        rule = row.rule or word("person", lang)
        print(
            f"  {label}: {likelihood(row.score, lang)}{status} "
            f"({word('flag', lang)} {row.id}, {word('rule', lang)} {rule})"
        )
        for reason in row.reason_texts(args.lang):
            print(f"    - {reason}")
    print(("\n" if rows else "") + words(report.summary()))
    return 0
