"""What saying the command line's messages in Russian costs, as ratios to English in the same run.

    PYTHONPATH=. python tests/benchmarks/cli_words_bench.py [--problems 2000] [--repeat 5]

Times (1) building the phrasebook in a fresh process (importing the tables and recognising one
message, against the same process saying it in English), and (2) saying N import problems of a
large import (distinct file names, four kinds of problem) in English and in Russian. Prints
medians in milliseconds and the ratio to English measured in the same run (the machine is shared
and noisy: compare ratios, not milliseconds).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time

FRESH = """
import time
t = time.perf_counter()
from catalog.wording import translate
translate("/s/a.pdf: named .pdf, but the content is a text file, not a PDF", {lang!r})
print((time.perf_counter() - t) * 1000)
"""

PROBLEMS = (
    "named .pdf, but the content is a text file, not a PDF",
    "truncated or damaged image (image file is truncated (3 bytes not processed))",
    "the file is empty (0 bytes)",
    "refused as a possible decompression bomb: the image claims more pixels than 178,956,970 "
    "(Pillow's safety limit)",
)


def fresh(lang: str, repeat: int) -> float:
    runs = [
        float(subprocess.run([sys.executable, "-c", FRESH.format(lang=lang)], check=True,
                             capture_output=True, text=True).stdout)
        for _ in range(repeat)
    ]  # fmt: skip
    return statistics.median(runs)


def problems(lang: str, count: int, repeat: int) -> float:
    from catalog.wording import Phrasebook, phrasebook, translate

    lines = [f"/scans/box {i // 100}/page {i}.jpg: {PROBLEMS[i % 4]}" for i in range(count)]
    runs = []
    for _ in range(repeat):
        book = phrasebook()
        assert isinstance(book, Phrasebook)
        book._cache.clear()  # every line anew, as in a fresh run
        start = time.perf_counter()
        for line in lines:
            translate(line, lang)
        runs.append((time.perf_counter() - start) * 1000)
    return statistics.median(runs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--problems", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    en, ru = fresh("en", args.repeat), fresh("ru", args.repeat)
    print(f"fresh process, first message: en {en:.1f} ms, ru {ru:.1f} ms (+{ru - en:.1f} ms)")
    en, ru = problems("en", args.problems, args.repeat), problems("ru", args.problems, args.repeat)
    print(
        f"{args.problems} import problems: en {en:.1f} ms, ru {ru:.1f} ms "
        f"({ru / max(en, 1e-6):.0f}x; {ru / args.problems * 1000:.0f} µs a line)"
    )


if __name__ == "__main__":
    main()
