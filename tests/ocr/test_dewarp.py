"""Bent lines straightened (catalog/ocr/dewarp.py) and columns kept apart (columns.py), with real
Tesseract on real generated pages (tests/support/certificates.py): the `curled` two-column
certificate photographed bowed and creased, and flat, skewed, blank and tiny pages that the
step must leave alone.
"""

from __future__ import annotations

import itertools
import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from PIL import Image
from rapidfuzz.distance import Levenshtein

from catalog.ocr import dewarp as dewarp_module
from catalog.ocr.analysis import true_runs
from catalog.ocr.columns import gutters
from catalog.ocr.dewarp import MAX_STRETCH, MIN_BEND, dewarp
from catalog.ocr.pipeline import OcrResult, OcrSettings, recognise
from catalog.ocr.preprocess import Prepared, PrepareOptions, prepare_for_ocr
from catalog.ocr.tesseract import require_tesseract
from tests.support import certificates
from tests.support.cli import run_spravka

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from ocr_bench import normalise

NO_DEWARP = PrepareOptions(dewarp=False)


def cer(name: str, text: str) -> float:
    truth = normalise("\n".join(certificates.truth(name)))
    return Levenshtein.distance(truth, normalise(text)) / len(truth)


def read(image: Image.Image, options: PrepareOptions | None = None) -> OcrResult:
    status = require_tesseract("rus")
    settings = OcrSettings(languages="rus", prepare=options or PrepareOptions())
    return recognise(
        image, settings=settings, tesseract=status.path, version=status.version, what="test"
    )


def plain_words(image: Image.Image, tmp_path: Path) -> list[tuple[str, float, float]]:
    """Plain Tesseract's words on `image`, with their centres."""
    path = tmp_path / "page.png"
    image.save(path)
    tsv = subprocess.run(
        ["tesseract", str(path), "-", "-l", "rus", "tsv"],
        capture_output=True,
        text=True,
        check=True,
        env={"OMP_THREAD_LIMIT": "1", "PATH": "/usr/bin:/bin"},
    ).stdout
    words = []
    for row in tsv.splitlines()[1:]:
        cells = row.split("\t")
        if len(cells) == 12 and cells[11].strip():
            left, top, width, height = (int(v) for v in cells[6:10])
            words.append((cells[11].strip(), left + width / 2, top + height / 2))
    return words


def centre_spreads(page: np.ndarray, letter: float) -> list[float]:
    """For each line piece on the page, how far its centre line rises and falls along it (the
    spread of its centre's height, top to bottom), in letter heights."""
    small = np.asarray(Image.fromarray(page).reduce(2))
    spreads = []
    for line in dewarp_module._lines(small, letter / 2)[1]:
        ys = line.at(np.linspace(line.x0, line.x1, 24))
        spreads.append(float(ys.max() - ys.min()) / (letter / 2))
    return spreads


def drift(page: np.ndarray, x0: int, x1: int, strip: int = 32) -> float:
    """How far (pixels, 90th percentile) a line's band of ink moves up or down from one narrow
    vertical strip to the next, between x0 and x1: zero for level lines."""
    centres = []
    for x in range(x0, x1, strip):
        ink = (page[:, x : x + strip] < 128).sum(axis=1) > 0
        centres.append([(a + b) / 2 for a, b in true_runs(ink, 2) if b - a >= 6])
    steps = [min(abs(a - b) for b in n) for p, n in itertools.pairwise(centres) for a in p if n]
    return float(np.percentile(steps, 90))


@pytest.fixture(scope="module")
def curled() -> Image.Image:
    return certificates.make("curled")


@pytest.fixture(scope="module")
def reading(curled: Image.Image) -> OcrResult:
    """The curled page read by the pipeline (once for the tests that look at it)."""
    return read(curled)


@pytest.fixture(scope="module")
def plain_reading(
    curled: Image.Image, tmp_path_factory: pytest.TempPathFactory
) -> list[tuple[str, float, float]]:
    return plain_words(curled, tmp_path_factory.mktemp("plain"))


@pytest.fixture(scope="module")
def prepared_pages(curled: Image.Image) -> tuple[Prepared, Prepared]:
    return prepare_for_ocr(curled), prepare_for_ocr(curled, NO_DEWARP)


def test_the_curled_page_is_dewarped_and_its_lines_come_out_straight(
    prepared_pages: tuple[Prepared, Prepared],
) -> None:
    straight, bent = prepared_pages
    assert straight.warp is not None and bent.warp is None
    assert straight.bend >= 2 * MIN_BEND  # measured: about 1.25 letter heights
    assert straight.gutters == 1
    after, before = np.asarray(straight.image), np.asarray(bent.image)
    letter = straight.letter_height * straight.scale
    # Each line's centre rises and falls along it by 1.7 letter heights before (measured),
    # 0.2 after.
    assert np.median(centre_spreads(before, letter)) >= 1.2
    assert np.median(centre_spreads(after, letter)) <= 0.3
    assert max(centre_spreads(after, letter)) < max(centre_spreads(before, letter)) / 3
    # Seen in narrow strips across each column (no line fitting): the lines' bands of ink
    # stay more level from strip to strip (90th percentiles of 3.5 and 3.5 pixels in the two
    # columns, against 5.0 and 6.4 before).
    width = after.shape[1]
    strips = ((width * 8 // 100, width * 30 // 100), (width * 52 // 100, width * 68 // 100))
    assert sum(drift(after, *s) for s in strips) < 0.8 * sum(drift(before, *s) for s in strips)
    # Measured again on the straightened page, its lines hardly bend: it would be left alone.
    again = dewarp(after, letter)
    assert again.warp is None and again.bend < 0.25


def test_dewarping_reads_the_curled_page_far_better_with_its_columns_in_order(
    curled: Image.Image,
    reading: OcrResult,
    plain_reading: list[tuple[str, float, float]],
) -> None:
    result = reading
    without = read(curled, NO_DEWARP)
    plain = " ".join(word for word, _, _ in plain_reading)
    assert result.dewarped and not without.dewarped
    assert cer("curled", result.text) <= 0.02  # measured 0.004
    assert cer("curled", without.text) >= 0.15  # measured 0.30: lines cut and a column lost
    assert cer("curled", plain) >= 0.25  # measured 0.41
    text = " ".join(result.text.split()).lower()
    lines = [line.lower() for line in certificates.truth("curled")]
    # The heading, then the left column to its end, then the right column.
    assert text.index(lines[0]) < text.index(lines[1]) < text.index(lines[13])
    assert text.index(lines[13]) < text.index(lines[14]) < text.index(lines[-1])


def test_a_rule_is_drawn_down_the_gutter_clear_of_both_columns(
    prepared_pages: tuple[Prepared, Prepared],
) -> None:
    straight, _ = prepared_pages
    page = np.asarray(straight.image)
    letter = straight.letter_height * straight.scale
    # The rule: the one pixel column inked along more than half the page's height.
    dark = (page < 128).sum(axis=0)
    middle = slice(page.shape[1] // 4, page.shape[1] * 3 // 4)
    rule = np.flatnonzero(dark[middle] > page.shape[0] * 0.4) + middle.start
    assert rule.size and rule.max() - rule.min() <= 4
    x0, x1 = int(rule.min()), int(rule.max()) + 1
    top, bottom = max(true_runs((page[:, x0:x1] < 128).all(axis=1)), key=lambda r: r[1] - r[0])
    # Clear of the text on both sides by at least a letter's height along its whole length.
    band = page[top:bottom]
    assert not (band[:, x0 - round(letter) : x0] < 128).any()
    assert not (band[:, x1 : x1 + round(letter)] < 128).any()
    # Letters on both sides of it, along it.
    left = (band[:, : x0 - round(letter)] < 128).any(axis=1)
    right = (band[:, x1 + round(letter) :] < 128).any(axis=1)
    assert left.mean() > 0.5 and right.mean() > 0.5


def test_gutters_are_found_between_columns_and_nowhere_else() -> None:
    cell = 8.0
    shape = (500, 600)
    # Two columns of twelve lines (pieces: level, left, right), a heading across both.
    left = [(100 + 24 * i, 40, 260 - 30 * (i % 3)) for i in range(12)]
    right = [(106 + 24 * i, 330, 560 - 40 * (i % 2)) for i in range(10)]
    heading = [(60, 150, 450)]
    [(x, top, bottom)] = gutters(left + right + heading, shape, cell)
    assert 260 < x < 330 and top < 110 and bottom > 106 + 24 * 9
    # One column with a ragged right edge and short last lines of paragraphs: none.
    ragged = [(100 + 24 * i, 40, 560 - (0 if i % 4 else 300)) for i in range(16)]
    assert gutters(ragged + heading, shape, cell) == []
    # A column beside a single line: too short for a gutter.
    assert gutters(left + right[:1], shape, cell) == []


def test_word_boxes_of_a_dewarped_page_land_on_the_words_in_the_photo(
    reading: OcrResult,
    plain_reading: list[tuple[str, float, float]],
) -> None:
    result = reading
    assert result.dewarped
    plain: dict[str, list[tuple[float, float]]] = {}
    for word, x, y in plain_reading:
        plain.setdefault(word, []).append((x, y))
    misses = []
    for word in result.words:
        if len(word.text) >= 5 and len(plain.get(word.text, ())) == 1:
            x, y = plain[word.text][0]
            misses.append(max(abs(word.x + word.width / 2 - x), abs(word.y + word.height / 2 - y)))
    # Words that plain Tesseract read once, unbent enough to read: the same place, within a
    # few pixels (letters are about 13 pixels tall in the photo).
    assert len(misses) >= 15
    assert float(np.median(misses)) <= 3
    assert sorted(misses)[len(misses) * 9 // 10] <= 8


def test_spravka_ocr_image_says_the_page_was_dewarped(curled: Image.Image, tmp_path: Path) -> None:
    path = tmp_path / "curled.png"
    curled.save(path)
    result = run_spravka("ocr-image", path, "--json", "--lang", "rus")
    assert result.returncode == 0, result.stderr
    preparation = json.loads(result.stdout)["preparation"]
    assert preparation["dewarped"] is True
    assert preparation["line_bend"] >= MIN_BEND


@pytest.mark.parametrize("name", ["framed", "certificate"])
def test_a_flat_page_comes_out_bit_for_bit_unchanged(name: str) -> None:
    page = certificates.make(name)
    with_step, without = prepare_for_ocr(page), prepare_for_ocr(page, NO_DEWARP)
    assert with_step.warp is None and with_step.gutters == 0
    assert 0 < with_step.bend < MIN_BEND / 3
    assert np.array_equal(np.asarray(with_step.image), np.asarray(without.image))
    assert with_step.transform == without.transform


@pytest.mark.parametrize("angle", [0.2, 2.5])
def test_a_page_that_is_only_skewed_is_not_touched_by_dewarping(angle: float) -> None:
    flat = certificates.curled_flat().convert("L")
    turned = flat.rotate(angle, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=242)
    # Whether deskewed first (2.5°) or left to Tesseract (0.2°), the lines are straight.
    prepared = prepare_for_ocr(turned)
    assert prepared.warp is None and prepared.bend < MIN_BEND / 2
    # Even without deskewing: lines at one common slope are straight, not bent.
    unturned = prepare_for_ocr(turned, PrepareOptions(deskew=False))
    assert unturned.warp is None and unturned.bend < MIN_BEND / 2


@pytest.mark.parametrize(
    "page",
    [
        np.full((1, 1), 255, np.uint8),
        np.zeros((5, 300), np.uint8),
        np.full((800, 600), 255, np.uint8),
        np.random.default_rng(1).integers(0, 256, (400, 400)).astype(np.uint8),
    ],
    ids=["one pixel", "a black sliver", "blank", "noise"],
)
def test_empty_blank_tiny_and_noisy_pages_are_left_alone(page: np.ndarray) -> None:
    result = dewarp(page, 16.0)
    assert result.warp is None and result.image is page
    # And through the whole preparation.
    prepared = prepare_for_ocr(Image.fromarray(page))
    assert prepared.warp is None


def test_the_field_never_stretches_the_letters_beyond_the_limit() -> None:
    # A field that jumps by two letter heights from one cell to the next, among letters.
    grid = np.zeros((10, 10))
    grid[5:] = 32.0
    inked = np.ones_like(grid, bool)
    limited = dewarp_module._limited(grid, 16.0, inked)
    assert np.abs(np.diff(limited, axis=0)).max() / 16.0 <= MAX_STRETCH + 1e-9
    # Over blank paper the same jump may stretch more, but never fold the page over.
    blank = dewarp_module._limited(grid, 16.0, np.zeros_like(inked))
    assert MAX_STRETCH < np.abs(np.diff(blank, axis=0)).max() / 16.0 < 1.0
