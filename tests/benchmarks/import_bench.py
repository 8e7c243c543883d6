"""Import benchmark: pages per second with one worker and with every core, and peak memory.

Generates N distinct A4 pages at 300 dpi as JPEG (2480 x 3508, about 1.5 MB each, the size of
a flatbed scan), then imports them into a fresh catalogue, alternately with `--jobs 1` and with
one worker per core, each run in its own process (so worker start-up is counted, as a person
running `spravka import` pays it). While a run goes, the resident memory of its whole process
tree (the import and its workers) is sampled; the peak is reported.

Prints each run (with the CPU time of the whole process tree per page: what the work costs,
whatever else the machine is doing), then the medians and the ratio of the parallel rate to the
one-worker rate measured in the same session (the machine is shared, so only ratios compare
across runs; the per-round ratio pairs runs made one after the other). Each round also measures
the machine's ceiling: how much faster N processes of pure computation finish than one at that
moment, which is all a parallel import can hope for while others use the cores.

    PYTHONPATH=$PWD python tests/benchmarks/import_bench.py --pages 200 --rounds 3
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

A4_300DPI = (2480, 3508)
SAMPLE_SECONDS = 0.05


def generate(folder: Path, count: int) -> list[Path]:
    """Distinct A4 pages: one typeset page, each copy marked with its number and a little
    noise (so every file has its own hash and content, as real scans do)."""
    import numpy as np
    from PIL import Image, ImageDraw

    from tests.support.images import font, text_page

    base = text_page(*A4_300DPI, line_count=60)
    rng = np.random.default_rng(1)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(count):
        page = base.copy()
        ImageDraw.Draw(page).text((200, 3300), f"лист {n + 1}", fill=0, font=font(60))
        grain = rng.integers(-6, 7, size=(A4_300DPI[1] // 4, A4_300DPI[0] // 4), dtype=np.int16)
        noise = Image.fromarray((grain + 128).astype(np.uint8), "L").resize(A4_300DPI)
        page = Image.blend(page, noise, 0.04)
        path = folder / f"scan_{n + 1:04}.jpg"
        page.save(path, "JPEG", quality=90, dpi=(300, 300))
        paths.append(path)
    return paths


def _tree_rss(root: int) -> int:
    """Resident bytes of a process and all its descendants (Linux /proc)."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as handle:
                fields = handle.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        pid, ppid = int(entry), int(fields[1])
        children.setdefault(ppid, []).append(pid)
        rss[pid] = int(fields[21]) * os.sysconf("SC_PAGE_SIZE")
    total, stack = 0, [root]
    while stack:
        pid = stack.pop()
        total += rss.get(pid, 0)
        stack.extend(children.get(pid, []))
    return total


def _burn(units: int) -> float:
    started = time.perf_counter()
    total = 0
    for i in range(units):
        total += i * i
    return time.perf_counter() - started


def machine_ceiling(cores: int, units: int = 8_000_000) -> float:
    """How much faster `cores` processes of pure computation finish than one, right now: on
    a shared machine, the most any parallel program can gain at this moment."""
    import multiprocessing

    with multiprocessing.get_context("spawn").Pool(cores) as pool:
        pool.map(_burn, [1000] * cores)  # started
        started = time.perf_counter()
        for _ in range(cores):
            _burn(units)
        serial = time.perf_counter() - started
        started = time.perf_counter()
        pool.map(_burn, [units] * cores)
        parallel = time.perf_counter() - started
    return serial / parallel


def run_once(files: Path, jobs: int, work: Path) -> dict[str, float]:
    catalog = Path(tempfile.mkdtemp(prefix="cat-", dir=work))
    command = [sys.executable, __file__, "--child", str(catalog), str(files), str(jobs)]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    peak = 0
    while process.poll() is None:
        peak = max(peak, _tree_rss(process.pid))
        time.sleep(SAMPLE_SECONDS)
    out, _ = process.communicate()
    if process.returncode != 0:
        raise SystemExit(f"import run failed ({process.returncode})")
    result = json.loads(out)
    result["peak_mb"] = peak / 2**20
    subprocess.run(["rm", "-rf", str(catalog)], check=True)
    return result


def child(catalog_dir: str, files: str, jobs: int) -> None:
    from catalog.db import Catalog
    from catalog.importing import import_paths
    from catalog.importing.pool import shutdown_workers

    with Catalog.create(catalog_dir) as catalog:
        cpu_before = _cpu_seconds()
        started = time.perf_counter()
        report = import_paths(catalog, [files], jobs=jobs)
        seconds = time.perf_counter() - started
    shutdown_workers()  # joined workers count in this process's children's CPU time
    if report.errors or report.duplicates:
        raise SystemExit(f"unexpected: {report.summary()}")
    cpu = _cpu_seconds() - cpu_before
    print(json.dumps({"seconds": seconds, "pages": len(report.pages), "cpu": cpu}))


def _cpu_seconds() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child[0], args.child[1], int(args.child[2]))
        return

    from catalog.importing.pool import default_jobs

    cores = default_jobs()
    with tempfile.TemporaryDirectory(prefix="import-bench-") as temp:
        work = Path(temp)
        started = time.perf_counter()
        files = generate(work / "pages", args.pages)
        size = sum(f.stat().st_size for f in files) / 2**20
        print(
            f"{args.pages} A4 300-dpi JPEG pages ({size:.0f} MB) made in "
            f"{time.perf_counter() - started:.0f} s; {cores} core(s)"
        )
        rates: dict[int, list[float]] = {1: [], cores: []}
        peaks: dict[int, list[float]] = {1: [], cores: []}
        cpu: dict[int, list[float]] = {1: [], cores: []}
        ratios: list[float] = []
        ceilings: list[float] = []
        for round_number in range(args.rounds):
            # Alternate the order so neither mode always runs on a warmer disk cache.
            order = (1, cores) if round_number % 2 == 0 else (cores, 1)
            ceilings.append(machine_ceiling(cores))
            print(
                f"round {round_number + 1}: {cores} processes of pure computation run "
                f"{ceilings[-1]:.2f}x as fast as one (the machine's ceiling now)"
            )
            for jobs in order:
                result = run_once(work / "pages", jobs, work)
                rate = result["pages"] / result["seconds"]
                rates[jobs].append(rate)
                peaks[jobs].append(result["peak_mb"])
                cpu_ms = 1000 * result["cpu"] / result["pages"]
                cpu[jobs].append(cpu_ms)
                print(
                    f"round {round_number + 1}, {jobs} worker(s): {result['seconds']:.1f} s, "
                    f"{rate:.1f} pages/s, CPU {cpu_ms:.0f} ms/page, "
                    f"peak memory {result['peak_mb']:.0f} MB"
                )
            ratios.append(rates[cores][-1] / rates[1][-1])
    for jobs in (1, cores):
        print(
            f"median, {jobs} worker(s): {statistics.median(rates[jobs]):.1f} pages/s, "
            f"CPU {statistics.median(cpu[jobs]):.0f} ms/page, "
            f"peak memory {statistics.median(peaks[jobs]):.0f} MB (max {max(peaks[jobs]):.0f})"
        )
    one, many = statistics.median(rates[1]), statistics.median(rates[cores])
    print(f"ratio of the medians, {cores} workers / 1 worker: {many / one:.2f}x")
    print(f"median of the per-round ratios: {statistics.median(ratios):.2f}x")
    print(f"median machine ceiling: {statistics.median(ceilings):.2f}x")


if __name__ == "__main__":
    main()
