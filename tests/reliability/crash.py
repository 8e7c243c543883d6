"""Crash safety: kill a working Spravka process at random moments and check what it left.

A workload process repeats real operations on a catalogue (loading interchange files with page
images, adding persons and claims, adding transcription versions, …). After each operation has
committed, it appends a line to a journal and flushes it to disk: the journal lists exactly what
the catalogue has promised to keep. The trial kills the process with SIGKILL after a random delay
and then checks the catalogue:

- `PRAGMA integrity_check` is "ok" and foreign keys hold;
- every page's blob exists in the store and its content matches its hash;
- every blob row matches a file of the recorded size;
- everything in the journal is still in the catalogue (lost committed items: 0);
- the catalogue opens and a new write succeeds.

Run many trials: `python -m tests.reliability.crash --kills 50` (the default test run does a few).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import sqlite3
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class TrialResult:
    seed: int
    delay: float
    promised: int
    lost: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.lost and not self.problems


def _read_journal(path: Path) -> list[tuple[str, object]]:
    entries = []
    if not path.exists():
        return entries
    for line in path.read_text(encoding="utf-8").splitlines():
        try:
            kind, value = json.loads(line)
        except ValueError:
            continue  # a line cut by the kill: it was never a promise
        entries.append((kind, value))
    return entries


def verify_catalogue(
    folder: Path, journal: list[tuple[str, object]]
) -> tuple[list[str], list[str]]:
    """Return (lost promised items, other problems)."""
    from catalog.db import Catalog
    from catalog.services import persons
    from catalog.store import sha256_of_file

    problems: list[str] = []
    lost: list[str] = []
    db = sqlite3.connect(folder / "catalog.sqlite")
    try:
        integrity = db.execute("PRAGMA integrity_check").fetchone()[0]
        if integrity != "ok":
            problems.append(f"integrity_check: {integrity}")
        if db.execute("PRAGMA foreign_key_check").fetchall():
            problems.append("foreign_key_check found dangling references")
        blobs = dict(db.execute("SELECT sha256, size FROM blobs").fetchall())
        referenced = {row[0] for row in db.execute("SELECT blob_sha256 FROM pages")}
        person_uids = {row[0] for row in db.execute("SELECT uid FROM persons")}
        source_ids = {row[0] for row in db.execute("SELECT source_id FROM persons")}
        claim_uids = {row[0] for row in db.execute("SELECT uid FROM claims")}
        versions = set(db.execute("SELECT page_id, version FROM transcriptions").fetchall())
        pages = {row[0] for row in db.execute("SELECT id FROM pages")}
        read = {
            row[0]
            for row in db.execute("SELECT page_id FROM transcriptions WHERE origin = 'engine'")
        }
    finally:
        db.close()

    store = folder / "blobs"
    for sha in referenced - {None}:
        if sha not in blobs:
            problems.append(f"page refers to unregistered blob {sha}")
    for sha, size in blobs.items():
        path = store / sha[:2] / sha[2:4] / sha
        if not path.is_file():
            problems.append(f"blob {sha} is registered but its file is missing")
        elif path.stat().st_size != size or sha256_of_file(path) != sha:
            problems.append(f"blob {sha} does not match its hash or size")

    for kind, value in journal:
        present = {
            "person_uid": lambda v: v in person_uids,
            "person_source_id": lambda v: v in source_ids,
            "claim_uid": lambda v: v in claim_uids,
            "blob": lambda v: v in blobs,
            "transcription": lambda v: tuple(v) in versions,
            "page": lambda v: v in pages,
            "ocr": lambda v: v in read,
        }[kind](value)
        if not present:
            lost.append(f"{kind} {value}")

    try:
        with Catalog.open(folder) as catalog:
            persons.add_person(catalog, persons.PersonFields(surname="После сбоя"))
    except Exception as exc:  # any failure to reopen and write is a finding, not a crash here
        problems.append(f"could not reopen and write: {exc}")
    return lost, problems


def finish_interrupted_work(folder: Path) -> list[str]:
    """After the kills: the OCR queue resumes and reads every page left waiting, and the
    catalogue opens in the desktop application. Returns the problems found."""
    from catalog.db import Catalog
    from catalog.ocr import ocr_pages, pending_page_ids
    from tests.support.cli import offline_env

    problems = []
    with Catalog.open(folder) as catalog:
        waiting = pending_page_ids(catalog)
        report = ocr_pages(catalog, jobs=2)
        left = pending_page_ids(catalog)
    if report.errors or left:
        problems.append(f"OCR did not resume cleanly: errors {report.errors}, left {left}")
    env = offline_env({"QT_QPA_PLATFORM": "offscreen", "SPRAVKA_EXIT_AFTER_FIRST_PAINT": "1"})
    gui = subprocess.run(
        [sys.executable, "-m", "desktop", "--catalog", str(folder)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    if gui.returncode != 0:
        problems.append(f"the desktop application did not open the catalogue: {gui.stderr[-500:]}")
    print(
        f"OCR resumed: {len(waiting)} waiting page(s) read, {len(left)} left; "
        f"desktop application opened it: {'yes' if gui.returncode == 0 else 'no'}"
    )
    return problems


def run_trial(folder: Path, seed: int, delay: float, env: dict[str, str]) -> TrialResult:
    journal = folder.parent / f"journal-{seed}.txt"
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.reliability.workload", str(folder), str(journal), str(seed)],
        cwd=Path(__file__).resolve().parents[2],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    time.sleep(delay)
    if process.poll() is not None:
        stderr = process.stderr.read().decode() if process.stderr else ""
        return TrialResult(seed, delay, 0, problems=[f"workload exited early: {stderr[-2000:]}"])
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    entries = _read_journal(journal)
    lost, problems = verify_catalogue(folder, entries)
    return TrialResult(seed, delay, len(entries), lost, problems)


def run_trials(root: Path, kills: int, seed: int, max_delay: float = 3.0) -> list[TrialResult]:
    from catalog.db import Catalog
    from tests.support.cli import offline_env

    rng = random.Random(seed)
    folder = root / "catalog"
    Catalog.create(folder).close()
    results = []
    for trial in range(kills):
        delay = rng.uniform(0.3, max_delay)
        results.append(run_trial(folder, seed * 1000 + trial, delay, offline_env()))
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=50)
    parser.add_argument("--seed", type=int, default=int(time.time()) % 100000)
    parser.add_argument("--folder", type=Path, help="where to build the catalogue (default: temp)")
    args = parser.parse_args(argv)
    import tempfile

    root = args.folder or Path(tempfile.mkdtemp(prefix="spravka-crash-"))
    started = time.perf_counter()
    results = run_trials(root, args.kills, args.seed)
    failures = [r for r in results if not r.ok]
    promised = sum(r.promised for r in results)
    print(f"seed {args.seed}; catalogue in {root}")
    print(f"kills survived: {len(results) - len(failures)} of {len(results)}")
    print(
        f"committed items promised before the kills: {promised} "
        f"(median per trial {statistics.median(r.promised for r in results):.0f})"
    )
    print(f"integrity failures: {sum(1 for r in results if r.problems)}")
    print(f"lost committed items: {sum(len(r.lost) for r in results)}")
    afterwards = finish_interrupted_work(root / "catalog")
    print(f"time: {time.perf_counter() - started:.0f} s")
    for result in failures:
        print(
            f"  trial seed {result.seed} (kill after {result.delay:.2f} s): "
            f"lost {result.lost[:5]} problems {result.problems[:5]}"
        )
    for problem in afterwards:
        print(f"  {problem}")
    return 1 if failures or afterwards else 0


if __name__ == "__main__":
    sys.exit(main())
