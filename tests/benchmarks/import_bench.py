"""Import benchmark: pages per second with one worker and with every core, and peak memory.

Generates N distinct A4 pages at 300 dpi as JPEG (2480 x 3508, about 1.1 MB each, the size of
a flatbed scan), then imports them into a fresh catalogue with `--jobs 1` and with one worker
per core, each run in its own process: once with the workers' start-up counted (as a person
running `spravka import` pays it), once with the workers started beforehand (as the desktop
application keeps them). While a run goes, the resident memory of its whole process tree (the
import and its workers) is sampled; the peak is reported.

Prints each run (with the CPU time of the whole process tree per page: what the work costs,
whatever else the machine is doing), then the medians and the ratio of the parallel rate to the
one-worker rate measured in the same session (the machine is shared, so only ratios compare
across runs; the per-round ratio pairs runs made one after the other). Each round also measures
the machine's ceiling: how much faster N processes of pure computation finish than one at that
moment, which is all a parallel import can hope for while others use the cores.

    PYTHONPATH=$PWD python tests/benchmarks/import_bench.py --pages 200 --rounds 5
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


def run_once(files: Path, jobs: int, work: Path, *, warm: bool = False) -> dict[str, float]:
    catalog = Path(tempfile.mkdtemp(prefix="cat-", dir=work))
    command = [
        sys.executable,
        __file__,
        "--child",
        str(catalog),
        str(files),
        str(jobs),
        "warm" if warm else "cold",
    ]
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


def child(catalog_dir: str, files: str, jobs: int, warm: bool) -> None:
    from catalog.db import Catalog
    from catalog.importing import import_paths
    from catalog.importing.pool import shutdown_workers, start_workers

    if warm and jobs > 1:
        start_workers(jobs)  # as a GUI would at start-up: not counted
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
    parser.add_argument("--child", nargs=4, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child[0], args.child[1], int(args.child[2]), args.child[3] == "warm")
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
        modes = {"1 worker": (1, False), f"{cores} workers": (cores, False)}
        modes[f"{cores} workers, started"] = (cores, True)
        rates: dict[str, list[float]] = {mode: [] for mode in modes}
        peaks: dict[str, list[float]] = {mode: [] for mode in modes}
        cpu: dict[str, list[float]] = {mode: [] for mode in modes}
        ratios: dict[str, list[float]] = {mode: [] for mode in modes}
        ceilings: list[float] = []
        for round_number in range(args.rounds):
            # Rotate the order so no mode always runs on a warmer disk cache.
            order = list(modes)[round_number % 3 :] + list(modes)[: round_number % 3]
            ceilings.append(machine_ceiling(cores))
            print(
                f"round {round_number + 1}: {cores} processes of pure computation run "
                f"{ceilings[-1]:.2f}x as fast as one (the machine's ceiling now)"
            )
            for mode in order:
                jobs, warm = modes[mode]
                result = run_once(work / "pages", jobs, work, warm=warm)
                rate = result["pages"] / result["seconds"]
                rates[mode].append(rate)
                peaks[mode].append(result["peak_mb"])
                cpu_ms = 1000 * result["cpu"] / result["pages"]
                cpu[mode].append(cpu_ms)
                print(
                    f"round {round_number + 1}, {mode}: {result['seconds']:.1f} s, "
                    f"{rate:.1f} pages/s, CPU {cpu_ms:.0f} ms/page, "
                    f"peak memory {result['peak_mb']:.0f} MB"
                )
            for mode in modes:
                ratios[mode].append(rates[mode][-1] / rates["1 worker"][-1])
    for mode in modes:
        print(
            f"median, {mode}: {statistics.median(rates[mode]):.1f} pages/s, "
            f"CPU {statistics.median(cpu[mode]):.0f} ms/page, "
            f"peak memory {statistics.median(peaks[mode]):.0f} MB (max {max(peaks[mode]):.0f})"
        )
    one = statistics.median(rates["1 worker"])
    for mode in list(modes)[1:]:
        print(
            f"{mode} / 1 worker: ratio of the medians {statistics.median(rates[mode]) / one:.2f}x, "
            f"median of the per-round ratios {statistics.median(ratios[mode]):.2f}x"
        )
    print(f"median machine ceiling: {statistics.median(ceilings):.2f}x")


if __name__ == "__main__":
    main()
