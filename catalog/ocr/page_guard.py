"""The per-page guard: when the prepared page reads clearly worse than the plain one, by
Tesseract's own word confidence, the plain reading is kept, and the result says so.

Preparing a page (catalog.ocr.preprocess) helps on most pages and must never hurt one. Reading
every page twice would double the time OCR takes, so the plain page is read only when there is a
reason to doubt the prepared one:

- a step removed marks from the page (stamps lightened, a neighbour's strip painted over, rules
  or ornaments erased): if it took text with it, the words are missing or unsure;
- or the prepared reading is unsure as a whole (mean word confidence below `DOUBT_BELOW`).

The two readings are then compared by their mean word confidence, each word weighted by its
letters (a long word read surely counts more than a speck read as "."). The plain reading wins
only when it is surer by more than `MARGIN` points and holds at least `MIN_LETTERS_SHARE` of the
prepared reading's letters (a reading that kept only the easy lines is not better).
The thresholds are checked by two-fold cross-validation on the development pages
(tests/benchmarks/ocr_bench.py, docs/ocr.md: tuned on one half by file name, scored on the
other, both ways). The values below were then chosen on all of them, by the same rule the
folds use: of the settings that tie as best, the lowest doubt threshold (it reads the fewest
pages twice; real 18th-century pages are read at 55-75 confidence, at 75 nearly all were read
twice) and the middle of the tied margins (on all pages margins of 3.5 to 4.5 tie: 3 or less
switch a page that then reads worse, 5 or more leave one that reads 6 % worse than plain).
Word confidence separates the readings only roughly: compared word by word where the two
readings' boxes overlap, the margins were no better (the page the guard must switch differs by
3.1 points there, a page it must not switch by 4.7).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from catalog.ocr.tsv import RawWord

# A prepared reading this sure or surer is not doubted (unless a step removed marks).
DOUBT_BELOW = 60.0
# The plain reading must be surer by more than this many points of confidence …
MARGIN = 4.0
# … and hold at least this share of the prepared reading's letters.
MIN_LETTERS_SHARE = 0.85

PREPARED = "prepared"
PLAIN = "plain"


@dataclass(frozen=True)
class Confidence:
    mean: float  # letter-weighted mean word confidence, 0..100
    letters: int  # letters and digits read


def _letters(text: str) -> int:
    return sum(1 for ch in text if unicodedata.category(ch)[0] in "LN")


def confidence_of(words: Iterable[RawWord]) -> Confidence:
    total = weighted = 0.0
    for word in words:
        letters = _letters(word.text)
        if letters:
            total += letters
            weighted += letters * word.confidence
    return Confidence(weighted / total if total else 0.0, int(total))


def doubtful(prepared: Confidence, changed_content: bool, doubt_below: float = DOUBT_BELOW) -> bool:
    """Whether the plain page should be read too (the benchmark tries other thresholds)."""
    return changed_content or prepared.mean < doubt_below


def plain_is_better(prepared: Confidence, plain: Confidence, margin: float = MARGIN) -> bool:
    return (
        plain.mean > prepared.mean + margin
        and plain.letters >= MIN_LETTERS_SHARE * prepared.letters
    )
