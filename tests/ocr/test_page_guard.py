"""The per-page guard's decision (catalog.ocr.page_guard) on the confidences it met on real pages.

The numbers are those Tesseract gave on two pages of the development set (ocr-ru-18c-dev; the
benchmark prints them): f30a139151fb, whose prepared reading is 6.5 % worse than plain
Tesseract's, and 6d60377be9b0, whose prepared reading is the better one. The guard must switch
the first and keep the second (docs/ocr.md, the per-page guard).
"""

from __future__ import annotations

from catalog.ocr.page_guard import (
    DOUBT_BELOW,
    MARGIN,
    Confidence,
    confidence_of,
    doubtful,
    plain_is_better,
)
from catalog.ocr.tsv import RawWord

# (prepared, plain) as Tesseract read them.
STARVED_INK = (Confidence(56.47, 1108), Confidence(61.35, 1074))  # f30a139151fb
BETTER_PREPARED = (Confidence(55.7, 908), Confidence(58.8, 919))  # 6d60377be9b0


def test_a_doubted_page_read_surer_plain_by_more_than_the_margin_is_read_plain() -> None:
    prepared, plain = STARVED_INK
    assert doubtful(prepared, changed_content=False)
    assert plain_is_better(prepared, plain)


def test_a_page_whose_plain_reading_is_only_a_little_surer_keeps_the_prepared_one() -> None:
    prepared, plain = BETTER_PREPARED
    assert doubtful(prepared, changed_content=False)
    assert not plain_is_better(prepared, plain)
    # The margin lies between the two pages' differences, not at either edge.
    assert 3.1 + 0.4 <= MARGIN <= 4.88 - 0.4


def test_a_sure_page_is_read_once_unless_preparing_removed_marks() -> None:
    sure = Confidence(DOUBT_BELOW + 5, 800)
    assert not doubtful(sure, changed_content=False)
    assert doubtful(sure, changed_content=True)
    # The benchmark's cross-validation tries other thresholds through the same functions.
    assert doubtful(sure, changed_content=False, doubt_below=DOUBT_BELOW + 10)
    assert not plain_is_better(sure, Confidence(sure.mean + 3, 800), margin=3.0 + 0.5)
    assert plain_is_better(sure, Confidence(sure.mean + 3, 800), margin=2.5)


def test_a_plain_reading_that_kept_only_the_easy_lines_is_not_better() -> None:
    prepared = Confidence(50.0, 1000)
    assert not plain_is_better(prepared, Confidence(90.0, 600))
    assert plain_is_better(prepared, Confidence(90.0, 900))


def test_confidence_weighs_each_word_by_its_letters() -> None:
    def word(text: str, confidence: float) -> RawWord:
        return RawWord(text, 0, 0, 10, 10, confidence, 1, 1, 1)

    measured = confidence_of([word("Петербург", 90.0), word("и", 0.0), word("—", 0.0)])
    assert measured.letters == 10
    assert measured.mean == 81.0
