"""`spravka doctor` on a real catalogue, against SQLite's own quick check of the same file.

    PYTHONPATH=. python tests/benchmarks/make_catalog.py --persons 100000 --pages 100000 \
        --out /tmp/spravka-bench
    PYTHONPATH=. python tests/benchmarks/doctor_bench.py --catalog /tmp/spravka-bench --runs 3

Prints medians over --runs of: `PRAGMA quick_check` alone (the check every opening runs, within
its time budget; the baseline), the database part of the doctor (integrity and foreign-key
checks), and the whole doctor (database, every image's SHA-256, the search index); the doctor's
ratio to the baseline; and the peak memory of this process. Run it on a copy: nothing is
written, but the catalogue is read whole.
"""

from __future__ import annotations

import argparse
import resource
import sqlite3
import statistics
import sys
import time
from pathlib import Path

from catalog.doctor import DB_NAME, check_database, doctor


def _timed(work) -> float:  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    work()
    return time.perf_counter() - started


def _quick_check(db_path: Path) -> None:
    connection = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        connection.execute("PRAGMA quick_check").fetchall()
    finally:
        connection.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--catalog", type=Path, required=True)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    db_path = args.catalog / DB_NAME
    size = db_path.stat().st_size / 2**20
    quick, database, whole = [], [], []
    report = None
    for _ in range(args.runs):
        quick.append(_timed(lambda: _quick_check(db_path)))
        database.append(_timed(lambda: check_database(db_path)))
        started = time.perf_counter()
        report = doctor(args.catalog)
        whole.append(time.perf_counter() - started)
    assert report is not None
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"catalogue: {args.catalog} ({size:.0f} MiB database, {report.images_checked} images)")
    print(f"quick_check (baseline):      {statistics.median(quick):7.2f} s")
    print(f"integrity + foreign keys:    {statistics.median(database):7.2f} s")
    print(f"whole doctor:                {statistics.median(whole):7.2f} s")
    ratio = statistics.median(whole) / statistics.median(quick)
    print(f"doctor / quick_check:        {ratio:7.1f}x")
    print(f"findings: {len(report.findings)}; peak memory {peak:.0f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
