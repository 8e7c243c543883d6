"""Duplicate-finder benchmark on a catalogue built by make_catalog.py.

    PYTHONPATH=. python tests/benchmarks/make_catalog.py --persons 1000000 --pages 1000 \
        --out /tmp/spravka-families-1m
    PYTHONPATH=. python tests/benchmarks/duplicates_bench.py --catalog /tmp/spravka-families-1m

Prints, as medians over --runs repetitions (the machine is shared, single runs are noisy):
- the time `find_duplicates` takes over the whole catalogue (blocking on the name keys, then
  scoring), how many candidate pairs it scored against the n·(n−1)/2 pairs of a naive finder,
  and how many pairs it proposes;
- the baseline measured in the same run: one name search (`catalog.search.search`, names only)
  for a person's surname and given name, median over --queries persons;
- the ratio of the finder's time to that baseline, and the finder's time per person;
- the CPU time of the two grouping passes alone (by surname; surnames a letter apart);
- peak memory (maximum resident set size of this process).
"""

from __future__ import annotations

import argparse
import random
import resource
import statistics
import sys
import time
from pathlib import Path

from catalog.db import Catalog
from catalog.search import search
from catalog.services import duplicates


def _name_queries(catalog: Catalog, count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    with catalog.read() as session:
        conn = session.connection().connection.driver_connection
        top = conn.execute("SELECT max(id) FROM persons").fetchone()[0] or 0
        queries = []
        while len(queries) < count and top:
            row = conn.execute(
                "SELECT surname, given_name FROM persons WHERE id >= ? LIMIT 1",
                (rng.randint(1, top),),
            ).fetchone()
            if row and row[0]:
                queries.append(f"{row[0]} {row[1]}".strip())
    return queries


def _baseline(catalog: Catalog, queries: list[str]) -> float:
    times = []
    for query in queries:
        started = time.perf_counter()
        search(catalog, query, limit=50, texts=False)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def _passes(catalog: Catalog) -> None:
    """The two grouping passes alone, in CPU seconds: by surname (reading the index), and for
    surnames a letter apart (reading it in given-name order and pairing the keys)."""
    with catalog.read() as session:
        conn = session.connection().connection.driver_connection
        started = time.process_time()
        blocks = sum(1 for _ in duplicates._blocks(conn))
        by_surname = time.process_time() - started
        started = time.process_time()
        groups = entries = 0
        pairs: set[tuple[int, int]] = set()
        for group in duplicates._typo_blocks(conn):
            groups += 1
            entries += len(group)
            pairs.update(duplicates._one_letter_apart(group))
        typo = time.process_time() - started
    print(f"surname pass, reading only: {by_surname:.1f} s CPU, {blocks:,} surname groups")
    print(
        f"pass for surnames a letter apart: {typo:.1f} s CPU, {groups:,} groups of one given "
        f"name, patronymic and birth year with more than one surname ({entries:,} name rows), "
        f"{len(pairs):,} candidate pairs"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--catalog", type=Path, required=True)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1937)
    args = parser.parse_args(argv)

    catalog = Catalog.open(args.catalog, read_only=True)
    try:
        with catalog.read() as session:
            conn = session.connection().connection.driver_connection
            persons = conn.execute("SELECT count(*) FROM persons").fetchone()[0]
        queries = _name_queries(catalog, args.queries, args.seed)
        print(f"catalogue: {args.catalog} ({persons:,} persons)")
        _passes(catalog)
        finder_times, baselines = [], []
        report = None
        for run in range(1, args.runs + 1):
            baselines.append(_baseline(catalog, queries))
            started = time.perf_counter()
            report = duplicates.find_duplicates(catalog)
            finder_times.append(time.perf_counter() - started)
            print(
                f"run {run}: finder {finder_times[-1]:.1f} s, name search p50 "
                f"{baselines[-1] * 1000:.1f} ms",
                flush=True,
            )
        assert report is not None
        finder, baseline = statistics.median(finder_times), statistics.median(baselines)
        naive = persons * (persons - 1) // 2
        print(f"finder (median of {args.runs}): {finder:.1f} s")
        print(f"  per person: {finder / max(persons, 1) * 1e6:.1f} µs")
        print(
            f"  candidate pairs scored: {report.candidates:,} "
            f"({report.candidates / max(naive, 1):.2e} of the {naive:,} pairs of all persons)"
        )
        print(f"  pairs proposed (score ≥ {duplicates.MIN_SCORE}): {len(report.pairs):,}")
        print(f"  very large name groups paired by birth year only: {report.truncated}")
        print(f"baseline: one name search, median of {len(queries)}: {baseline * 1000:.1f} ms")
        print(f"ratio finder / one name search: {finder / baseline:,.0f}")
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"peak memory: {peak:.0f} MB")
        for pair in report.pairs[:5]:
            reasons = "; ".join(r.text("en") for r in pair.reasons)
            print(f"  {pair.score:.2f}  {pair.a_name} ~ {pair.b_name}: {reasons}")
    finally:
        catalog.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
