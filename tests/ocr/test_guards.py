"""The OCR guards on certificate-like pages (tests/support/certificates.py), with real Tesseract.

Each page's text is in tests/fixtures/ocr-certificates; CER is scored as the OCR benchmark
scores it. Each guard is shown at work: with it the page reads at least as well as plain
Tesseract, and (where a guard can be switched off) without it the page reads worse or the
wrong thing happens.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from PIL import Image
from rapidfuzz.distance import Levenshtein

from catalog.ocr.frames import long_runs, remove_frames
from catalog.ocr.page_guard import PLAIN, PREPARED
from catalog.ocr.pipeline import OcrSettings, recognise
from catalog.ocr.preprocess import PrepareOptions, prepare_for_ocr
from catalog.ocr.stamps import lightening
from catalog.ocr.tesseract import require_tesseract
from tests.support import certificates

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from ocr_bench import normalise


def cer(name: str, text: str) -> float:
    truth = normalise("\n".join(certificates.truth(name)))
    return Levenshtein.distance(truth, normalise(text)) / len(truth)


def read(image: Image.Image, options: PrepareOptions | None = None):  # type: ignore[no-untyped-def]
    status = require_tesseract("rus")
    settings = OcrSettings(languages="rus", prepare=options or PrepareOptions())
    return recognise(
        image, settings=settings, tesseract=status.path, version=status.version, what="test"
    )


def plain(image: Image.Image, tmp_path: Path) -> str:
    path = tmp_path / "page.png"
    image.save(path)
    return subprocess.run(
        ["tesseract", str(path), "-", "-l", "rus"],
        capture_output=True,
        text=True,
        check=True,
        env={"OMP_THREAD_LIMIT": "1", "PATH": "/usr/bin:/bin"},
    ).stdout


@pytest.fixture(scope="module")
def pages() -> dict[str, Image.Image]:
    return {name: certificates.make(name) for name in certificates.NAMES}


def test_a_violet_stamp_over_typed_lines_on_guilloche_paper_is_lifted_and_the_words_kept(
    pages: dict[str, Image.Image], tmp_path: Path
) -> None:
    page = pages["certificate"]
    prepared = prepare_for_ocr(page)
    assert len(prepared.stamps) == 1 and not prepared.stamps_rejected
    left, top, right, bottom = prepared.stamps[0]
    assert 180 < right - left < 330 and 180 < bottom - top < 330  # the stamp, not the form
    assert prepared.rules >= 5  # the blue form lines
    result = read(page)
    assert "реабилитирован посмертно" in result.text  # typed under the stamp
    assert cer("certificate", result.text) <= 0.02
    assert cer("certificate", result.text) < cer("certificate", plain(page, tmp_path))


def test_lightening_never_lifts_a_glyph_dark_in_every_channel() -> None:
    # Violet stamp ink, black type under violet ink, black type, paper.
    rgb = np.array([[[105, 55, 175], [14, 8, 26], [30, 28, 35], [226, 238, 222]]], np.uint8)
    lift = lightening(rgb, paper=-12)
    assert lift[0, 0] > 60  # the stamp's own ink goes
    assert lift[0, 1] == 0 and lift[0, 2] == 0 and lift[0, 3] == 0


def test_a_false_stamp_over_words_printed_in_coloured_ink_is_set_aside(
    pages: dict[str, Image.Image], tmp_path: Path
) -> None:
    page = pages["brown"]
    unguarded = PrepareOptions(guard_stamps=False)
    found = prepare_for_ocr(page, unguarded).stamps
    assert len(found) >= 5  # specks joined over words in red-brown ink read as stamps
    prepared = prepare_for_ocr(page)
    reasons = {why for _, why in prepared.stamps_rejected}
    assert "its ink is coloured like the page's own text" in reasons
    # The ones kept lie in the sprinkled book edge, beyond the text.
    assert all(left > 950 for left, _, _, _ in prepared.stamps)
    guarded = cer("brown", read(page).text)
    assert guarded < cer("brown", read(page, unguarded).text)
    assert guarded <= cer("brown", plain(page, tmp_path))


def test_a_mask_over_most_of_the_page_is_never_a_stamp() -> None:
    from catalog.ocr.guards import checked_stamps

    ink = np.zeros((400, 300), dtype=bool)
    for row in range(20, 380, 30):
        ink[row : row + 12, 20:280] = True  # lines of text
    rgb = np.full((400, 300, 3), 230, dtype=np.uint8)
    rgb[ink] = (40, 40, 40)
    whole = checked_stamps([(0, 0, 300, 400)], rgb, ink, paper=0, letter=12.0)
    assert not whole.kept and "quarter" in whole.rejected[0][1]
    # Several boxes, each small, that together lie over most lines: all set aside.
    rgb[:, :, 2] = np.where(ink, 200, rgb[:, :, 2])  # the text under them is violet-black
    strips = [(20, top, 95, top + 70) for top in range(10, 390, 70)]
    checked = checked_stamps(strips, rgb, ink, paper=0, letter=12.0)
    assert not checked.kept


def test_a_frame_with_corner_ornaments_is_removed_before_layout_analysis(
    pages: dict[str, Image.Image], tmp_path: Path
) -> None:
    page = pages["framed"]
    prepared = prepare_for_ocr(page)
    assert prepared.framed and prepared.rules >= 4 and prepared.ornaments >= 4
    # Nothing long and straight is left for Tesseract to take for a block.
    ink = np.asarray(prepared.image) < 176
    assert not long_runs(ink, 200, 1).any() and not long_runs(ink, 200, 0).any()
    result = read(page)
    assert cer("framed", result.text) <= 0.01
    lines = [line for line in result.text.splitlines() if line.strip()]
    assert lines[0] == "ПОХВАЛЬНЫЙ ЛИСТ" and lines[-1] == "Москва, 25 мая 1936 года"
    assert cer("framed", result.text) <= cer("framed", plain(page, tmp_path)) + 0.005


def test_letters_on_a_form_line_stay_when_the_line_goes() -> None:
    page = np.full((300, 900), 255, dtype=np.uint8)
    for y in (60, 140, 220):  # a form: three field lines
        page[y : y + 3, 20:880] = 0
        page[y - 20 : y + 1, 100:110] = 0  # a letter standing on the line
        page[y - 20 : y + 1, 300:330] = 0  # a wider one
    cleaned = remove_frames(page, letter=20.0)
    assert cleaned.rules == 3
    assert (cleaned.image[60:63, 500:700] == 255).all()
    assert (cleaned.image[40:58, 100:110] == 0).all() and (cleaned.image[40:58, 300:330] == 0).all()
    # One rule alone (a book's rule under the running head) is left for layout analysis.
    single = page.copy()
    single[130:240] = 255
    single[:, :] = np.where(np.arange(300)[:, None] < 100, single, 255)
    assert remove_frames(single, letter=20.0).rules == 0


def test_the_plain_reading_is_kept_when_the_prepared_page_reads_clearly_worse(
    pages: dict[str, Image.Image],
) -> None:
    page = pages["framed"]
    # Preparing that shrinks the letters to 6 pixels spoils the page on purpose.
    spoiling = PrepareOptions(target_letter=6.0, min_scale=0.1)
    spoiled = read(page, spoiling)
    assert spoiled.reading == PLAIN
    assert spoiled.confidence_plain > spoiled.confidence_prepared
    assert "plain page" in spoiled.engine
    assert cer("framed", spoiled.text) <= 0.01
    # Without the guard the spoiled reading stands, and is worse.
    unguarded = read(page, PrepareOptions(target_letter=6.0, min_scale=0.1, page_guard=False))
    assert unguarded.reading == PREPARED
    assert cer("framed", unguarded.text) > cer("framed", spoiled.text)
    # A good preparation keeps its own reading.
    assert read(page).reading == PREPARED


def test_a_folded_two_column_photo_reads_its_columns_in_order(
    pages: dict[str, Image.Image], tmp_path: Path
) -> None:
    page = pages["folded"]
    result = read(page)
    text = " ".join(result.text.split())
    # The first column ends before the second begins; the heading comes first.
    assert text.index("Товарищи") < text.index("Собрание членов")
    assert text.index("инвентаря к весне") < text.index("Правление артели")
    assert cer("folded", result.text) <= 0.03
    assert cer("folded", result.text) <= cer("folded", plain(page, tmp_path))


def test_spravka_ocr_says_which_pages_were_read_from_the_plain_image() -> None:
    from catalog.cli.commands.ocr import _summary
    from catalog.ocr.batch import OcrReport

    report = OcrReport("tesseract 5.3.0", "key", 3, (4, 17, 9), (), 0, False, 12.0, plain=(17,))
    text = _summary(report, "rus")
    assert "read 3 of 3 page(s)" in text
    assert (
        "1 page(s) read from the plain image, as preparing made them read worse (page 17)" in text
    )
