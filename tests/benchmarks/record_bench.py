"""Record-parser benchmark over the Memorial development records.

    PYTHONPATH=$PWD /work/main/.venv/bin/python tests/benchmarks/record_bench.py \\
        [--data /work/shared/data/memorial-records-dev/records.txt.gz] [--sample 50] [--seed N]

Prints, per field, how many records state it (a crude label count over the raw text) and how many
the parser yielded it for; the unparsed leftovers by frequency (figures replaced by N); the
parse speed as a ratio against a baseline measured in the same run (splitting the record into
lines and matching one label regex per line), median of three timed runs; and, with --sample,
a random sample of records with what was read from them, for checking by hand (the seed is
printed so that the same sample can be drawn again).
"""

from __future__ import annotations

import argparse
import collections
import gzip
import random
import re
import statistics
import sys
import time
from pathlib import Path

from catalog.text.record import parse_record
from catalog.text.record_model import ParsedRecord

DEFAULT_DATA = Path("/work/shared/data/memorial-records-dev/records.txt.gz")

# What a record states, by a crude look at its raw text (the denominator of the coverage table).
STATED = {
    "birth year": re.compile(r"^(?:Родил|Род\.)[^\n]*\d{4}", re.M),
    "arrest": re.compile(r"^(?:Арестован|Арест\.)[^\n]*\d{4}", re.M),
    "sentence body": re.compile(r"^Приговорена?:\s*(?!\s*(?:в\s+)?\d|,|\s*$)\S", re.M),
    "sentence date": re.compile(r"^Приговорена?:[^\n]*\d{4}", re.M),
    "sentence article": re.compile(
        r"обв\.:[^\n]*(?:ст\.\s*\d|\b\d{2,3}\s*(?:[-/–]\s*\d|п\.|УК|ч\.)|"
        r"\b(?:АСА|КРА|КРД|КРО|КРТД|ШС|ПШ|СОЭ|СВЭ|ЧСИР)\b)",
        re.M,
    ),
    "sentence": re.compile(r"^Приговор:\s*\S", re.M),
    "execution": re.compile(r"^Расстрелян[^\n]*\d{4}", re.M),
    "death": re.compile(
        r"(?<![а-яё])(?:умер|умерла|ум\.|скончал|погиб)[^\n]*(?:\d{4}|\d\.\d{2})", re.I
    ),
    "rehabilitation date": re.compile(r"^Реабилитирована?[^\n]*\d{4}", re.M),
    "rehabilitation body": re.compile(
        r"^Реабилитирована?[^\n]*(?:прокур|суд|трибун|УВД|МВД|ГУВД|ВКВС|ВК ВС|комисс|ИЦ)", re.M
    ),
}


def yielded(record: ParsedRecord) -> set[str]:
    fields = set()
    if record.birth is not None:
        fields.add("birth year")
    for claim in record.claims:
        if claim.kind == "arrest" and claim.date:
            fields.add("arrest")
        elif claim.kind == "sentence":
            if claim.body:
                fields.add("sentence body")
            if claim.date:
                fields.add("sentence date")
            if claim.article:
                fields.add("sentence article")
            if claim.sentence:
                fields.add("sentence")
        elif claim.kind == "execution" and claim.date:
            fields.add("execution")
        elif claim.kind == "death" and claim.date:
            fields.add("death")
        elif claim.kind == "rehabilitation":
            if claim.date:
                fields.add("rehabilitation date")
            if claim.body:
                fields.add("rehabilitation body")
    return fields


def load(path: Path) -> list[str]:
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        return [r.strip("\n") for r in handle.read().split("\n---\n") if r.strip()]


_LABEL = re.compile(r"^(?:Родил|Род\.|Арест|Приговор|Расстрел|Реабилит|Прожива|Место)")


def baseline(records: list[str]) -> int:
    count = 0
    for record in records:
        for line in record.splitlines():
            if _LABEL.match(line):
                count += 1
    return count


def timed(function, records: list[str]) -> float:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    for record in records:
        function(record)
    return time.perf_counter() - start


def describe(record: ParsedRecord) -> str:
    lines = [
        f"  person: sex={record.sex} birth={record.birth} place={record.birth_place!r} "
        f"nationality={record.nationality!r} occupation={record.occupation!r} "
        f"residence={record.residence!r}"
    ]
    for claim in record.claims:
        shown = {
            key: str(value)
            for key, value in vars(claim).items()
            if value and key not in ("spans", "kind")
        }
        lines.append(f"  {claim.kind}: {shown}")
    if record.unparsed:
        lines.append(f"  UNPARSED: {list(record.unparsed)}")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--sample", type=int, default=0, help="print N random records as read")
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument(
        "--sample-field",
        choices=list(STATED),
        help="draw the sample only from records that yielded this field (for rare fields)",
    )
    parser.add_argument("--timing-records", type=int, default=3000)
    parser.add_argument("--top", type=int, default=40, help="how many leftovers to list")
    args = parser.parse_args()
    if not args.data.exists():
        print(f"no data at {args.data}", file=sys.stderr)
        return 1
    records = load(args.data)
    print(f"{len(records)} records from {args.data}")

    stated: collections.Counter[str] = collections.Counter()
    got: collections.Counter[str] = collections.Counter()
    got_when_stated: collections.Counter[str] = collections.Counter()
    leftovers: collections.Counter[str] = collections.Counter()
    with_leftovers = 0
    parsed = []
    for text in records:
        record = parse_record(text)
        parsed.append(record)
        fields = yielded(record)
        for name, pattern in STATED.items():
            said = bool(pattern.search(text))
            stated[name] += said
            got[name] += name in fields
            got_when_stated[name] += said and name in fields
        if record.unparsed:
            with_leftovers += 1
        for piece in record.unparsed:
            leftovers[re.sub(r"\d+", "N", piece)[:90]] += 1

    print("\nfield                 stated  yielded  yielded where stated")
    for name in STATED:
        share = got_when_stated[name] / stated[name] if stated[name] else 0.0
        print(f"{name:20} {stated[name]:7} {got[name]:8}  {got_when_stated[name]:7} ({share:6.1%})")
    print(
        f"\nrecords with unparsed text: {with_leftovers} of {len(records)} "
        f"({with_leftovers / len(records):.1%}); distinct leftovers: {len(leftovers)}"
    )
    print(f"\nmost frequent leftovers (figures as N), top {args.top}:")
    for piece, count in leftovers.most_common(args.top):
        print(f"{count:6}  {piece}")

    subset = records[: args.timing_records]
    base_times, parse_times = [], []
    for _ in range(3):
        base_times.append(timed(lambda r: baseline([r]), subset))
        parse_times.append(timed(parse_record, subset))
    base, full = statistics.median(base_times), statistics.median(parse_times)
    print(
        f"\nspeed over {len(subset)} records, median of 3: parse {full:.2f} s "
        f"({len(subset) / full:.0f} records/s); baseline {base:.3f} s; ratio {full / base:.0f}x"
    )

    if args.sample:
        seed = args.seed if args.seed is not None else random.randrange(1_000_000)
        pool = range(len(records))
        if args.sample_field:
            pool = [i for i in pool if args.sample_field in yielded(parsed[i])]
        where = f" that yielded {args.sample_field}" if args.sample_field else ""
        print(f"\nrandom sample of {args.sample} records{where}, seed {seed}:")
        chosen = random.Random(seed).sample(pool, min(args.sample, len(pool)))
        for number, index in enumerate(chosen, start=1):
            print(f"\n#{number} (record {index})\n{records[index]}\n  --")
            print(describe(parsed[index]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
