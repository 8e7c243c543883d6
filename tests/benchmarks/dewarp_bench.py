"""What dewarping (catalog/ocr/dewarp.py) costs: on flat pages, where it only measures and stands
aside, and on bent ones, where it straightens.

    PYTHONPATH=. python tests/benchmarks/dewarp_bench.py /work/shared/data/ocr-ru-18c-dev

For every page of the dataset (flat book scans), four small typed pages and the bent
certificate-like pages (`folded`, `curled` of tests/support/certificates.py), the page is
prepared without dewarping (as the pipeline does before it), then `dewarp` runs on the
prepared page. Printed per page: the preparation's time, dewarp's time (median of `--repeat`
runs, in-process, one core), the bend measured (letter heights; dewarped from 0.45) and
whether it was applied; then the medians.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from catalog.imaging.processing import open_oriented
from catalog.ocr.dewarp import dewarp
from catalog.ocr.preprocess import PrepareOptions, prepare_for_ocr
from tests.support import certificates


def _median_seconds(function, repeat: int) -> tuple[float, object]:  # type: ignore[no-untyped-def]
    times, result = [], None
    for _ in range(repeat):
        started = time.perf_counter()
        result = function()
        times.append(time.perf_counter() - started)
    return statistics.median(times), result


def measure(name: str, image, repeat: int) -> tuple[float, float, bool]:  # type: ignore[no-untyped-def]
    options = PrepareOptions(dewarp=False)
    prepare, prepared = _median_seconds(lambda: prepare_for_ocr(image, options), repeat)
    if prepared.letter_height is None:
        print(f"  {name:<16} no text measured")
        return prepare, 0.0, False
    page = np.asarray(prepared.image)
    letter = prepared.letter_height * prepared.scale
    seconds, result = _median_seconds(lambda: dewarp(page, letter), repeat)
    applied = result.warp is not None
    print(
        f"  {name:<16}{page.shape[1]:>5}x{page.shape[0]:<5} prepare {prepare * 1000:7.0f} ms"
        f"  dewarp {seconds * 1000:6.0f} ms ({seconds / prepare:5.1%})  bend {result.bend:.2f}"
        f"  {'dewarped' if applied else 'left alone'}"
    )
    return prepare, seconds, applied


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("dataset", type=Path, help="folder with images/ (flat pages)")
    parser.add_argument("--limit", type=int, help="only the first N pages")
    parser.add_argument("--repeat", type=int, default=5, help="runs per page (median)")
    args = parser.parse_args()

    paths = sorted((args.dataset / "images").iterdir())[: args.limit]
    print(f"{len(paths)} flat pages from {args.dataset}; median of {args.repeat} runs each")
    flat = [measure(path.stem, open_oriented(path), args.repeat) for path in paths]
    print()
    print("small typed pages, 800 px wide (tests/support/certificates.py)")
    small = [
        measure(f"typed-{seed}", certificates.small_typed(seed), args.repeat) for seed in range(4)
    ]
    print()
    print("bent certificate-like pages (tests/support/certificates.py)")
    bent = [measure(name, certificates.make(name), args.repeat) for name in ("folded", "curled")]
    print()
    for label, rows in (("flat pages", flat), ("small pages", small), ("bent pages", bent)):
        prepare = statistics.median(row[0] for row in rows)
        cost = statistics.median(row[1] for row in rows)
        applied = sum(row[2] for row in rows)
        print(
            f"{label}: dewarp median {cost * 1000:.0f} ms, preparing median {prepare * 1000:.0f}"
            f" ms ({cost / prepare:.1%}); dewarped {applied} of {len(rows)}"
        )


if __name__ == "__main__":
    main()
