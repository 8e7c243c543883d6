"""`run_checks` at scale, on persons read from the Memorial development records.

    PYTHONPATH=$PWD /work/main/.venv/bin/python tests/benchmarks/checks_bench.py \\
        [--data /work/shared/data/memorial-records-dev/records.txt.gz] [--limit N] [--show 10]

Builds a temporary catalogue with one person per record (claims as `parse_record` reads them,
accepted), then runs the checks twice. Prints the time of each run as a ratio against a baseline
measured in the same run (reading every claim of every person with the same batching), the
flags by kind and rule, the score distribution of falsified-death flags, and the records behind
the highest-scoring ones so that a person can judge them.
"""

from __future__ import annotations

import argparse
import collections
import gzip
import statistics
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import select

from catalog import models
from catalog.checks import run_checks
from catalog.checks.facts import load_facts
from catalog.db import Catalog
from catalog.text import parse_record

DEFAULT_DATA = Path("/work/shared/data/memorial-records-dev/records.txt.gz")


def build(catalog: Catalog, records: list[str]) -> None:
    for start in range(0, len(records), 2000):
        with catalog.write() as session:
            for number, text in enumerate(records[start : start + 2000], start=start):
                parsed = parse_record(text)
                person = models.Person(
                    surname=f"Запись {number}", sex=parsed.sex, source_id=f"r{number}"
                )
                person.birth = parsed.birth
                person.notes = text
                session.add(person)
                for claim in parsed.claims:
                    row = models.Claim(
                        person=person,
                        kind=str(claim.kind),
                        place=claim.place,
                        body=claim.body,
                        body_code=claim.body_code,
                        article=claim.article,
                        sentence=claim.sentence,
                        cause=claim.cause,
                        basis=claim.basis,
                        note=claim.note,
                        quote=claim.quote(text),
                    )
                    row.when = claim.date
                    session.add(row)


def baseline(catalog: Catalog) -> int:
    with catalog.read() as session:
        ids = list(session.scalars(select(models.Person.id).order_by(models.Person.id)))
    count = 0
    for start in range(0, len(ids), 200):
        with catalog.read() as session:
            count += sum(len(f.claims) for f in load_facts(session, ids[start : start + 200]))
    return count


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--limit", type=int, default=0, help="use only the first N records")
    parser.add_argument("--show", type=int, default=10, help="records behind the top flags")
    args = parser.parse_args()
    if not args.data.exists():
        print(f"no data at {args.data}", file=sys.stderr)
        return 1
    with gzip.open(args.data, "rt", encoding="utf-8") as handle:
        records = [r.strip("\n") for r in handle.read().split("\n---\n") if r.strip()]
    if args.limit:
        records = records[: args.limit]
    with tempfile.TemporaryDirectory() as folder, Catalog.create(Path(folder) / "c") as catalog:
        started = time.perf_counter()
        build(catalog, records)
        print(f"{len(records)} persons built in {time.perf_counter() - started:.1f} s")
        base_times, check_times = [], []
        for _ in range(2):
            started = time.perf_counter()
            claims = baseline(catalog)
            base_times.append(time.perf_counter() - started)
            started = time.perf_counter()
            report = run_checks(catalog)
            check_times.append(time.perf_counter() - started)
            print(f"  {report.summary()}")
        base, checks = statistics.median(base_times), statistics.median(check_times)
        print(
            f"checks over {len(records)} persons ({claims} claims), median of 2 runs: "
            f"{checks:.1f} s ({len(records) / checks:.0f} persons/s); baseline (reading the "
            f"facts) {base:.1f} s; ratio {checks / base:.1f}x"
        )
        with catalog.read() as session:
            flags = list(session.scalars(select(models.Flag)))
            by_rule = collections.Counter((f.kind, f.rule) for f in flags)
            print("\nflags by kind and rule:")
            for (kind, rule), count in by_rule.most_common():
                print(f"{count:7}  {kind} / {rule}")
            falsified = sorted(
                (f for f in flags if f.kind == "likely_falsified_death"),
                key=lambda f: -f.score,
            )
            if falsified:
                scores = [f.score for f in falsified]
                print(
                    f"\nfalsified-death scores: n={len(scores)}, "
                    f"median {statistics.median(scores):.2f}, "
                    f"min {min(scores):.2f}, max {max(scores):.2f}"
                )
            for flag in falsified[: args.show]:
                person = session.get(models.Person, flag.person_id)
                assert person is not None
                print(f"\n--- {person.source_id}, score {flag.score:.2f}")
                print(person.notes)
                for reason in flag.reasons[1:]:
                    print(f"   * {reason['en']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
