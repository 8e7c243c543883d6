"""OCR accuracy and speed: the project's pipeline against three baselines, on the same pages.

    python tests/benchmarks/ocr_bench.py DATASET_DIR [--limit N] [--repeat R]
                                         [--memory-pages 300] [--jobs N] [--skip-extra]

DATASET_DIR holds images/ and ALTO ground truth xml/<same stem>.xml (e.g. the development set
ocr-ru-18c-dev). In one run it measures:

1. naive: `pytesseract.image_to_string(image, lang="rus")`, one page at a time, with
   Tesseract's default OpenMP threading (what a script written without care does);
2. single: `tesseract IMAGE - -l rus` with OMP_THREAD_LIMIT=1, one page at a time;
3. plain: `tesseract IMAGE - -l rus` with OMP_THREAD_LIMIT=1, one process per core;
4. pipeline: Spravka's `ocr_pages` on a temporary catalogue holding the same pages;

and prints each one's character error rate and pages per minute (the median over `--repeat`
runs), and the ratios of the pipeline to the baselines. Then, unless --skip-extra:

- per page: the pipeline's CER against plain Tesseract's, which reading the per-page guard kept
  (prepared or plain), and every page more than 2 % worse than plain;
- held-out honesty: the per-page guard's thresholds (catalog.ocr.page_guard) were chosen on the
  first half of the pages (by file name); CER is printed for that half and for the other half;
- the certificate-like pages of tests/support/certificates.py (tinted guilloche paper with a
  stamp and form lines, a page in red-brown ink beside a sprinkled edge, a framed page, a
  folded two-column photo, a two-column certificate photographed curled and creased): CER of
  plain Tesseract and of the pipeline, page by page, and whether it was dewarped;
- small pages: four 800-pixel-wide typed pages read one at a time, plain `tesseract` against
  the pipeline (`ocr_image`), wall time and CPU time (this process and its children), and
  their ratio (target <= 1.3). With `--memory-pages N` it then
runs the pipeline on N pages (the set repeated) and prints the peak memory of the whole process
tree (this process, the workers and their Tesseract processes).

Scoring follows the dataset's README: pre-1918 letters mapped (ѣ->е, і/ї/ѵ->и, ѳ->ф), word-final
ъ after a consonant dropped, words hyphenated at line ends joined, whitespace collapsed, NFC;
CER = all edits / all ground-truth characters.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import unicodedata
import xml.etree.ElementTree as ET
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

import pytesseract  # noqa: E402
from PIL import Image  # noqa: E402
from rapidfuzz.distance import Levenshtein  # noqa: E402

from catalog.db import Catalog  # noqa: E402
from catalog.ocr import default_jobs, ocr_pages, require_tesseract  # noqa: E402
from catalog.services.documents import DocumentFields, add_document, add_page  # noqa: E402
from catalog.services.transcriptions import current_transcription  # noqa: E402

LANG = "rus"
IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".tif", ".tiff"}
OLD_LETTERS = str.maketrans("ѣѢіІїЇѵѴѳѲ", "еЕиИиИиИфФ")
CONSONANTS = "бвгджзйклмнпрстфхцчшщБВГДЖЗЙКЛМНПРСТФХЦЧШЩ"


# -- scoring --------------------------------------------------------------------------------


def ground_truth(xml_path: Path) -> str:
    """The page's text: one line per ALTO TextLine, in the file's order."""
    lines = []
    for element in ET.parse(xml_path).getroot().iter():
        if element.tag.endswith("}TextLine") or element.tag == "TextLine":
            words = [
                string.get("CONTENT", "")
                for string in element.iter()
                if string.tag.endswith("}String") or string.tag == "String"
            ]
            lines.append(" ".join(words))
    return "\n".join(lines)


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFC", text).translate(OLD_LETTERS)
    text = re.sub(r"(\w)[-¬⸗]\s*\n\s*(\w)", r"\1\2", text)  # hyphenated at a line end
    text = re.sub(rf"([{CONSONANTS}])[ъЪ](?=\W|$)", r"\1", text)
    text = re.sub(r"\s+", " ", text).strip()
    return unicodedata.normalize("NFC", text)


def cer(pairs: list[tuple[str, str]]) -> float:
    """Character error rate over all pages: (ground truth, OCR) pairs."""
    edits = total = 0
    for truth, ocr in pairs:
        truth, ocr = normalise(truth), normalise(ocr)
        edits += Levenshtein.distance(truth, ocr)
        total += len(truth)
    return edits / max(1, total)


# -- the three ways of reading ----------------------------------------------------------------


@dataclass(frozen=True)
class Page:
    image: Path
    truth: str


def load_dataset(folder: Path, limit: int | None) -> list[Page]:
    pages = []
    for image in sorted((folder / "images").iterdir()):
        xml = folder / "xml" / f"{image.stem}.xml"
        if image.suffix.lower() in IMAGE_SUFFIXES and xml.exists():
            pages.append(Page(image, ground_truth(xml)))
    if not pages:
        raise SystemExit(f"{folder}: no images/ with matching xml/ ground truth")
    return pages[:limit] if limit else pages


def run_naive(pages: list[Page]) -> list[str]:
    # Tesseract's default threading: no OMP_THREAD_LIMIT in its environment.
    saved = os.environ.pop("OMP_THREAD_LIMIT", None)
    try:
        texts = []
        for page in pages:
            with Image.open(page.image) as image:
                texts.append(pytesseract.image_to_string(image, lang=LANG))
        return texts
    finally:
        if saved is not None:
            os.environ["OMP_THREAD_LIMIT"] = saved


def run_single(pages: list[Page]) -> list[str]:
    return run_plain(pages, 1)


def run_plain(pages: list[Page], jobs: int) -> list[str]:
    env = dict(os.environ, OMP_THREAD_LIMIT="1")

    def read(page: Page) -> str:
        result = subprocess.run(
            ["tesseract", str(page.image), "-", "-l", LANG],
            capture_output=True,
            text=True,
            env=env,
            check=True,
        )
        return result.stdout

    with ThreadPoolExecutor(max_workers=jobs) as pool:
        return list(pool.map(read, pages))


def make_catalog(folder: Path, pages: list[Page], copies: int = 1) -> tuple[Catalog, list[int]]:
    catalog = Catalog.create(folder)
    document = add_document(catalog, DocumentFields(title="benchmark"))
    page_ids = []
    for _ in range(copies):
        for page in pages:
            stored = catalog.blobs.put_file(page.image)
            media = "image/png" if page.image.suffix.lower() == ".png" else "image/jpeg"
            page_ids.append(add_page(catalog, document.id, stored, media_type=media).id)
    return catalog, page_ids


READINGS: dict[int, str] = {}  # page id -> "prepared" or "plain", from the last pipeline run


def run_pipeline(catalog: Catalog, page_ids: list[int], jobs: int) -> list[str]:
    report = ocr_pages(catalog, page_ids=page_ids, languages=LANG, jobs=jobs)
    if report.errors:
        raise SystemExit(f"pipeline errors: {report.errors}")
    texts = []
    for page_id in page_ids:
        current = current_transcription(catalog, page_id)
        texts.append(current.text if current else "")
        READINGS[page_id] = "plain" if page_id in report.plain else "prepared"
    return texts


# -- memory -----------------------------------------------------------------------------------


def _tree_rss_kib(pid: int) -> int:
    """Resident memory of a process and all its descendants (Linux /proc)."""
    total = 0
    stack = [pid]
    while stack:
        current = stack.pop()
        try:
            with open(f"/proc/{current}/status") as handle:
                for line in handle:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1])
                        break
            for task in os.listdir(f"/proc/{current}/task"):
                with open(f"/proc/{current}/task/{task}/children") as handle:
                    stack.extend(int(child) for child in handle.read().split())
        except (FileNotFoundError, ProcessLookupError, PermissionError):
            continue
    return total


class PeakMemory:
    def __init__(self) -> None:
        self.peak_kib = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._watch, daemon=True)

    def _watch(self) -> None:
        while not self._stop.is_set():
            self.peak_kib = max(self.peak_kib, _tree_rss_kib(os.getpid()))
            self._stop.wait(0.05)

    def __enter__(self) -> PeakMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


# -- the extra reports ------------------------------------------------------------------------


def page_cer(truth: str, text: str) -> float:
    return cer([(truth, text)])


def per_page(pages: list[Page], texts: dict[str, list[str]], page_ids: list[int]) -> None:
    print()
    print("per page (pipeline against plain; 'plain' = the guard kept the plain reading)")
    worse = []
    for index, page in enumerate(pages):
        ours = page_cer(page.truth, texts["pipeline"][index])
        theirs = page_cer(page.truth, texts["plain"][index])
        change = (ours - theirs) / theirs * 100 if theirs else 0.0
        reading = READINGS.get(page_ids[index], "?")
        flag = "  WORSE by more than 2 %" if change > 2 else ""
        print(f"  {page.image.stem:<16}{theirs:>8.4f}{ours:>8.4f}{change:>+8.1f}%  {reading}{flag}")
        if change > 2:
            worse.append(page.image.stem)
    print(f"pages more than 2 % worse than plain: {len(worse)} {worse}")
    half = len(pages) // 2
    for label, chosen in (("tuning half (first by name)", range(half)),
                          ("held-out half", range(half, len(pages)))):  # fmt: skip
        truths = [pages[i].truth for i in chosen]
        plain = cer(list(zip(truths, [texts["plain"][i] for i in chosen], strict=True)))
        ours = cer(list(zip(truths, [texts["pipeline"][i] for i in chosen], strict=True)))
        print(
            f"{label:<30} plain {plain:.4f}  pipeline {ours:.4f}  ({(ours - plain) / plain:+.1%})"
        )


def certificate_pages(folder: Path) -> None:
    from catalog.ocr import ocr_image
    from tests.support import certificates

    paths = certificates.write_all(folder / "certificates")
    print()
    print("certificate-like pages (tests/support/certificates.py): CER plain, pipeline")
    pairs_plain, pairs_ours = [], []
    for path in paths:
        truth = "\n".join(certificates.truth(path.stem))
        plain = run_plain([Page(path, truth)], 1)[0]
        result = ocr_image(path, LANG)
        pairs_plain.append((truth, plain))
        pairs_ours.append((truth, result.text))
        print(f"  {path.stem:<14}{page_cer(truth, plain):>8.4f}{page_cer(truth, result.text):>8.4f}"
              f"  {result.reading}, stamps {result.stamps} (set aside {result.stamps_rejected}), "
              f"rules {result.rules}, {'' if result.dewarped else 'not '}dewarped "
              f"(bend {result.line_bend:.2f})")  # fmt: skip
    print(f"  {'all':<14}{cer(pairs_plain):>8.4f}{cer(pairs_ours):>8.4f}")


def _cpu() -> float:
    own = os.times()
    return own.user + own.system + own.children_user + own.children_system


def small_pages(folder: Path, count: int = 4) -> None:
    from catalog.ocr import ocr_image
    from tests.support import certificates

    small = folder / "small"
    small.mkdir(exist_ok=True)
    paths = []
    for seed in range(count):
        path = small / f"typed-{seed}.png"
        certificates.small_typed(seed).save(path, dpi=(100, 100))
        paths.append(path)
    timings: dict[str, list[tuple[float, float]]] = {"plain": [], "pipeline": []}
    errors: dict[str, list[tuple[str, str]]] = {"plain": [], "pipeline": []}
    for _ in range(3):  # interleaved, the median taken
        for method in ("plain", "pipeline"):
            wall, cpu = time.perf_counter(), _cpu()
            for seed, path in enumerate(paths):
                text = run_plain([Page(path, "")], 1)[0] if method == "plain" else (
                    ocr_image(path, LANG).text)  # fmt: skip
                errors[method].append(("\n".join(certificates.small_typed_truth(seed)), text))
            timings[method].append((time.perf_counter() - wall, _cpu() - cpu))
    wall = {m: statistics.median(t[0] for t in v) for m, v in timings.items()}
    cpu = {m: statistics.median(t[1] for t in v) for m, v in timings.items()}
    print()
    print(f"small pages: {count} typed pages 800 px wide, one at a time (median of 3)")
    for method in ("plain", "pipeline"):
        print(f"  {method:<9} {wall[method]:6.2f} s wall {cpu[method]:6.2f} s CPU  "
              f"CER {cer(errors[method]):.4f}")  # fmt: skip
    print(f"  pipeline / plain: {wall['pipeline'] / wall['plain']:.2f}x wall, "
          f"{cpu['pipeline'] / cpu['plain']:.2f}x CPU (target <= 1.3)")  # fmt: skip


# -- main -------------------------------------------------------------------------------------


def timed(function, *args) -> tuple[list[str], float]:  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    texts = function(*args)
    return texts, time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("dataset", type=Path, help="folder with images/ and xml/")
    parser.add_argument("--limit", type=int, help="only the first N pages")
    parser.add_argument("--repeat", type=int, default=1, help="runs per method (median)")
    parser.add_argument("--jobs", type=int, default=default_jobs(), help="parallel pages")
    parser.add_argument(
        "--memory-pages", type=int, default=0, help="also run the pipeline on this many pages"
    )
    parser.add_argument(
        "--skip-extra",
        action="store_true",
        help="no per-page table, certificate-like pages or small-page timing",
    )
    args = parser.parse_args()

    status = require_tesseract(LANG)
    pages = load_dataset(args.dataset, args.limit)
    print(f"{len(pages)} pages from {args.dataset}; {status.engine}; {args.jobs} jobs")
    truths = [page.truth for page in pages]
    methods = ("naive", "single", "plain", "pipeline")
    speeds: dict[str, list[float]] = {method: [] for method in methods}
    texts: dict[str, list[str]] = {}
    page_ids: list[int] = []
    with tempfile.TemporaryDirectory(prefix="spravka-bench-") as folder:
        # Runs interleave the methods, so that a change in the machine's load during the
        # benchmark falls on all three alike.
        for run in range(args.repeat):
            for method in methods:
                if method == "naive":
                    texts[method], seconds = timed(run_naive, pages)
                elif method == "single":
                    texts[method], seconds = timed(run_single, pages)
                elif method == "plain":
                    texts[method], seconds = timed(run_plain, pages, args.jobs)
                else:
                    catalog, ids = make_catalog(Path(folder) / f"catalog-{run}", pages)
                    page_ids = ids
                    with catalog:
                        texts[method], seconds = timed(run_pipeline, catalog, ids, args.jobs)
                speeds[method].append(len(pages) / seconds * 60)
                print(f"  run {run + 1} {method}: {seconds:.1f} s", flush=True)
        results = {
            method: (cer(list(zip(truths, texts[method], strict=True))), speeds[method])
            for method in methods
        }

        print()
        print(f"{'method':<10}{'CER':>8}{'pages/min':>12}  (median of {args.repeat})")
        for method, (rate, runs) in results.items():
            print(f"{method:<10}{rate:>8.4f}{statistics.median(runs):>12.1f}")
        speed = {m: statistics.median(s) for m, (_, s) in results.items()}
        error = {m: r for m, (r, _) in results.items()}
        print()
        print(f"pipeline / naive speed:  {speed['pipeline'] / speed['naive']:.2f}x (target >= 5)")
        print(f"pipeline / single speed: {speed['pipeline'] / speed['single']:.2f}x")
        print(f"pipeline / plain speed:  {speed['pipeline'] / speed['plain']:.2f}x (target >= 0.9)")
        change = (error["pipeline"] - error["plain"]) / error["plain"] * 100
        print(f"pipeline CER vs plain:   {change:+.1f}% (target <= -10%)")
        if not args.skip_extra:
            per_page(pages, texts, page_ids)
            certificate_pages(Path(folder))
            small_pages(Path(folder))

        if args.memory_pages:
            copies = -(-args.memory_pages // len(pages))
            catalog, ids = make_catalog(Path(folder) / "catalog-memory", pages, copies)
            ids = ids[: args.memory_pages]
            with catalog, PeakMemory() as memory:
                started = time.perf_counter()
                report = ocr_pages(catalog, page_ids=ids, languages=LANG, jobs=args.jobs)
                seconds = time.perf_counter() - started
            print()
            print(
                f"memory: {len(report.read)} pages in {seconds:.0f} s "
                f"({len(report.read) / seconds * 60:.1f} pages/min), peak resident memory of "
                f"the process tree {memory.peak_kib / 1024:.0f} MiB (target < 1024)"
            )


if __name__ == "__main__":
    main()
