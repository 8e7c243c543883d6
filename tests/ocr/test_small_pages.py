"""Small pages cost little: the steps made cheaper measure what they measured before, and a small
clean page, read at its own size, reads as well as plain Tesseract reads it (real Tesseract).

The time itself is measured by tests/benchmarks/ocr_bench.py (small pages), not here.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw
from rapidfuzz.distance import Levenshtein

from catalog.ocr import analysis
from catalog.ocr.frames import _runs, long_runs, run_lengths
from catalog.ocr.pipeline import OcrSettings, recognise
from catalog.ocr.preprocess import prepare_for_ocr
from catalog.ocr.tesseract import require_tesseract
from tests.support import certificates

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from ocr_bench import normalise


def skew_by_turning(ink: np.ndarray, letter: float, limit: float = 6.0) -> float:
    """The way `analysis.skew_angle` measured before: the image turned at every angle."""
    factor = max(1, int(letter // 5))
    image = Image.fromarray(ink.astype(np.uint8) * 255)
    if factor > 1:
        image = image.reduce(factor)

    def score(angle: float) -> float:
        turned = image.rotate(angle, resample=Image.Resampling.NEAREST, expand=False)
        profile = np.asarray(turned, dtype=np.float32).sum(axis=1)
        return float(np.square(np.diff(profile)).sum())

    best = max(np.arange(-limit, limit + 0.01, 0.5), key=score)
    return round(float(max(np.arange(best - 0.4, best + 0.41, 0.1), key=score)), 2)


def text_lines(angle: float, seed: int) -> np.ndarray:
    """Ink of ragged lines of word-like blobs, turned counter-clockwise by `angle` degrees."""
    rng = np.random.default_rng(seed)
    page = Image.new("L", (900, 1100), 0)
    draw = ImageDraw.Draw(page)
    for top in range(80, 1000, 36):
        x = 60 + int(rng.integers(0, 40))
        end = 840 - int(rng.integers(0, 300))
        while x < end:
            width = int(rng.integers(20, 110))
            for letter in range(x, min(x + width, end), 11):
                draw.rectangle((letter, top, letter + 7, top + 14), fill=255)
            x += width + 12
    return np.asarray(page.rotate(angle, resample=Image.Resampling.NEAREST)) > 0


@pytest.mark.parametrize(("angle", "seed"), [(0.0, 1), (1.7, 2), (-2.4, 3), (4.1, 4)])
def test_skew_is_measured_as_turning_the_image_measured_it(angle: float, seed: int) -> None:
    ink = text_lines(angle, seed)
    found = analysis.skew_angle(ink, 14.0)
    assert found == pytest.approx(-angle, abs=0.15)  # the turn that undoes it
    assert found == skew_by_turning(ink, 14.0)


def test_runs_are_found_as_a_difference_of_integers_found_them() -> None:
    rng = np.random.default_rng(7)
    for _ in range(40):
        shape = (int(rng.integers(1, 60)), int(rng.integers(1, 60)))
        mask = rng.random(shape) < rng.random()
        for axis in (0, 1):
            rows = mask if axis == 1 else mask.T
            padded = np.zeros((rows.shape[0], rows.shape[1] + 1), dtype=np.int8)
            padded[:, : rows.shape[1]] = rows
            edges = np.diff(padded.ravel(), prepend=0, append=0)
            starts, stops, _ = _runs(mask, axis)
            assert np.array_equal(starts, np.flatnonzero(edges == 1))
            assert np.array_equal(stops, np.flatnonzero(edges == -1))
    rule = np.zeros((20, 50), dtype=bool)
    rule[5, 3:45] = True
    rule[12, 10:14] = True
    assert long_runs(rule, 30, 1).sum() == 42
    assert run_lengths(rule, 1)[12, 11] == 4 and run_lengths(rule, 0)[5, 20] == 1


def cer(truth: str, text: str) -> float:
    return Levenshtein.distance(normalise(truth), normalise(text)) / len(normalise(truth))


def test_a_small_clean_page_is_read_at_its_own_size_as_well_as_plain(tmp_path: Path) -> None:
    page = certificates.small_typed(1)
    prepared = prepare_for_ocr(page)
    assert prepared.scale == 1.0 and prepared.image.size == page.size
    status = require_tesseract("rus")
    result = recognise(
        page,
        settings=OcrSettings(languages="rus"),
        tesseract=status.path,
        version=status.version,
        what="small page",
    )
    path = tmp_path / "small.png"
    page.save(path)
    plain = subprocess.run(
        ["tesseract", str(path), "-", "-l", "rus"],
        capture_output=True,
        text=True,
        check=True,
        env={"OMP_THREAD_LIMIT": "1", "PATH": "/usr/bin:/bin"},
    ).stdout
    truth = "\n".join(certificates.small_typed_truth(1))
    assert cer(truth, result.text) <= cer(truth, plain)
    assert cer(truth, result.text) <= 0.005
