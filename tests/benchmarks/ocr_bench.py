"""OCR accuracy and speed: the project's pipeline against two baselines, on the same pages.

    python tests/benchmarks/ocr_bench.py DATASET_DIR [--limit N] [--repeat R]
                                         [--memory-pages 300] [--jobs N]

DATASET_DIR holds images/ and ALTO ground truth xml/<same stem>.xml (e.g. the development set
ocr-ru-18c-dev). In one run it measures:

1. naive: `pytesseract.image_to_string(image, lang="rus")`, page after page, with Tesseract's
   default threading;
2. plain: `tesseract IMAGE - -l rus` with OMP_THREAD_LIMIT=1, one process per core;
3. pipeline: Spravka's `ocr_pages` on a temporary catalogue holding the same pages;

and prints each one's character error rate and pages per minute (the median over `--repeat`
runs), and the ratios of the pipeline to the two baselines. With `--memory-pages N` it then
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


def run_pipeline(catalog: Catalog, page_ids: list[int], jobs: int) -> list[str]:
    report = ocr_pages(catalog, page_ids=page_ids, languages=LANG, jobs=jobs)
    if report.errors:
        raise SystemExit(f"pipeline errors: {report.errors}")
    texts = []
    for page_id in page_ids:
        current = current_transcription(catalog, page_id)
        texts.append(current.text if current else "")
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
    args = parser.parse_args()

    status = require_tesseract(LANG)
    pages = load_dataset(args.dataset, args.limit)
    print(f"{len(pages)} pages from {args.dataset}; {status.engine}; {args.jobs} jobs")
    truths = [page.truth for page in pages]
    methods = ("naive", "plain", "pipeline")
    speeds: dict[str, list[float]] = {method: [] for method in methods}
    texts: dict[str, list[str]] = {}
    with tempfile.TemporaryDirectory(prefix="spravka-bench-") as folder:
        # Runs interleave the methods, so that a change in the machine's load during the
        # benchmark falls on all three alike.
        for run in range(args.repeat):
            for method in methods:
                if method == "naive":
                    texts[method], seconds = timed(run_naive, pages)
                elif method == "plain":
                    texts[method], seconds = timed(run_plain, pages, args.jobs)
                else:
                    catalog, ids = make_catalog(Path(folder) / f"catalog-{run}", pages)
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
        print(f"pipeline / plain speed:  {speed['pipeline'] / speed['plain']:.2f}x (target >= 0.9)")
        change = (error["pipeline"] - error["plain"]) / error["plain"] * 100
        print(f"pipeline CER vs plain:   {change:+.1f}% (target <= -10%)")

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
