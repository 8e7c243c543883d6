"""OCR preprocessing: what it removes, what it keeps, and that its geometry maps back exactly.

These use generated certificate pages (tests/support/pages.py) and need no Tesseract.
"""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image, ImageDraw

from catalog.ocr.preprocess import DEFAULT_OPTIONS, PrepareOptions, prepare_for_ocr
from catalog.ocr.stamps import find_stamps
from tests.support.pages import VIOLET_RIBBON, render_certificate


def _on_dark_table(page: Image.Image, margin: int = 120) -> Image.Image:
    table = Image.new("RGB", (page.width + 2 * margin, page.height + 2 * margin), (40, 36, 34))
    table.paste(page, (margin, margin))
    return table


def _ink_near(image: Image.Image, x: float, y: float, radius: int = 12) -> int:
    pixels = np.asarray(image)
    x, y = round(x), round(y)
    return int(pixels[max(0, y - radius) : y + radius, max(0, x - radius) : x + radius].min())


def test_geometry_maps_original_points_onto_the_same_text() -> None:
    page = render_certificate(kind="archival", skew=2.5, noise=0.3, seed=2)
    margin = 120
    photo = _on_dark_table(page.image, margin)
    prepared = prepare_for_ocr(photo)
    assert prepared.deskew == pytest.approx(2.5, abs=0.3)
    # The dark table is cut away, the sheet kept.
    left, top, right, bottom = prepared.crop
    assert margin - 10 <= left <= margin + 20 and margin - 10 <= top <= margin + 20
    assert right >= margin + page.image.width - 20 and bottom >= margin + page.image.height - 20
    for field in page.fields.values():
        x, y, width, height = field.box
        # The middle of each field, in the photo's pixels, lands on ink in the prepared image.
        px, py = prepared.transform.map_point(margin + x + width / 2, margin + y + height / 2)
        assert 0 <= px < prepared.image.width and 0 <= py < prepared.image.height
        assert _ink_near(prepared.image, px, py) < 100, field.name
    # And back again.
    back = prepared.transform.inverse().map_point(*prepared.transform.map_point(300.0, 400.0))
    assert back == pytest.approx((300.0, 400.0))


@pytest.mark.parametrize("dpi", [100, 300])
def test_any_resolution_is_brought_to_the_working_letter_size(dpi: int) -> None:
    page = render_certificate(kind="death", dpi=dpi, colour=False, noise=0.3)
    prepared = prepare_for_ocr(page.image)
    assert prepared.letter_height is not None
    working = prepared.letter_height * prepared.scale
    assert working == pytest.approx(DEFAULT_OPTIONS.target_letter, rel=0.25)
    # The same sheet at 100 or 300 dpi reaches Tesseract at about the same size.
    reference = render_certificate(kind="death", dpi=200, colour=False, noise=0.3)
    expected = prepare_for_ocr(reference.image).image.width
    assert prepared.image.width == pytest.approx(expected, rel=0.25)


def test_small_letters_on_a_clean_page_are_read_at_their_own_size() -> None:
    # Even paper and black ink at 100 dpi: Tesseract reads it as well at its own size, and
    # enlarging would only cost time (tests/benchmarks/ocr_bench.py, small pages).
    from tests.support.certificates import small_typed

    page = small_typed(0)
    prepared = prepare_for_ocr(page)
    assert prepared.letter_height is not None
    assert prepared.letter_height < DEFAULT_OPTIONS.target_letter * 0.6
    assert prepared.scale == 1.0 and prepared.image.size == page.size
    # Yellowed paper is not clean: the same letters are enlarged fully.
    yellowed = Image.eval(small_typed(0), lambda v: v * 0.75)
    aged = prepare_for_ocr(yellowed)
    assert aged.letter_height is not None
    assert aged.letter_height * aged.scale == pytest.approx(DEFAULT_OPTIONS.target_letter, rel=0.15)


def test_a_clean_page_is_not_cropped() -> None:
    page = render_certificate(kind="rehabilitation", colour=False)
    prepared = prepare_for_ocr(page.image)
    assert prepared.crop == (0, 0, page.image.width, page.image.height)
    assert prepared.deskew == 0.0


def test_neighbouring_page_at_the_border_is_dropped_but_a_margin_note_kept() -> None:
    page = render_certificate(kind="rehabilitation", colour=False).image
    other = render_certificate(kind="archival", colour=False, seed=5).image
    width, height = page.size
    # The next page of the bound file shows at the right edge, its lines cut by the border.
    strip = other.crop((round(0.6 * 200), 0, round(0.6 * 200) + 150, height))
    spread = Image.new("RGB", (width + 40 + strip.width, height), (232, 232, 232))
    spread.paste(page, (0, 0))
    spread.paste(strip, (width + 40, 0))
    # The fold between the pages: a dark, slightly slanting line with its shadow.
    fold = ImageDraw.Draw(spread)
    fold.line([(width + 14, 0), (width + 26, height)], fill=(40, 40, 40), width=6)
    fold.line([(width + 22, 0), (width + 34, height)], fill=(150, 150, 150), width=8)
    prepared = prepare_for_ocr(spread)
    # Cut in the gutter: after the page's own text, before the fold and the neighbour's.
    text_end = int(np.flatnonzero((np.asarray(page.convert("L")) < 128).any(axis=0)).max())
    assert text_end < prepared.crop[2] <= width + 14

    # A note in the right margin, with paper between it and the border, is the page's own.
    note = other.crop((round(0.6 * 200), round(0.7 * 200), round(0.6 * 200) + 130, 500))
    annotated = page.copy()
    annotated.paste(note, (width - 190, 300))
    kept = prepare_for_ocr(annotated)
    assert kept.crop[2] == width


def test_a_stamp_is_lightened_and_the_text_beneath_kept() -> None:
    page = render_certificate(kind="death", stamp=True, seed=4)
    assert page.stamp_box is not None
    with_stamp = prepare_for_ocr(page.image)
    plain = prepare_for_ocr(page.image, PrepareOptions(suppress_stamps=False))
    assert len(with_stamp.stamps) == 1
    sx, sy, _, _ = page.stamp_box
    found = with_stamp.stamps[0]
    assert abs(found[0] - sx) < 40 and abs(found[1] - sy) < 40

    def dark_pixels(prepared, box) -> int:  # type: ignore[no-untyped-def]
        x, y, width, height = box
        x0, y0 = prepared.transform.map_point(x, y)
        x1, y1 = prepared.transform.map_point(x + width, y + height)
        region = np.asarray(prepared.image)[round(y0) : round(y1), round(x0) : round(x1)]
        return int((region < 128).sum())

    assert dark_pixels(with_stamp, page.stamp_box) < dark_pixels(plain, page.stamp_box) * 0.6
    issued = page.fields["issued"].box  # typed under the stamp's edge
    assert dark_pixels(with_stamp, issued) > dark_pixels(plain, issued) * 0.8


def test_text_typed_in_violet_is_not_taken_for_a_stamp() -> None:
    page = render_certificate(kind="rehabilitation", ink=VIOLET_RIBBON)
    rgb = np.asarray(page.image.reduce(2))
    assert find_stamps(rgb, None)[0] == []
    assert prepare_for_ocr(page.image).stamps == ()


def test_a_neighbouring_page_beyond_a_narrow_curved_gutter_is_painted_over() -> None:
    page = render_certificate(kind="rehabilitation", colour=False).image.convert("L")
    other = render_certificate(kind="archival", colour=False, seed=6).image.convert("L")
    grey = np.asarray(page)
    text_end = int(np.flatnonzero((grey < 128).any(axis=0)).max())
    width, height = page.size
    strip_width = 170
    spread = np.full((height, text_end + 16 + 20 + strip_width), 232, dtype=np.uint8)
    spread[:, :width] = grey[:, : min(width, spread.shape[1])][:, :width]
    strip = np.asarray(other)[:, 120 : 120 + strip_width]
    for row in range(height):
        # The facing page bows away from the fold: 16 pixels off at the top, 36 at the foot.
        x = text_end + 16 + round(20 * row / height)
        spread[row, x : x + strip_width] = strip[row, : spread.shape[1] - x]
    prepared = prepare_for_ocr(Image.fromarray(spread))
    assert prepared.foreign, "the strip was not found"
    # The facing page's letters are gone; the page's own line ends are all still there.
    pixels = np.asarray(prepared.image)
    own_end = prepared.transform.map_point(text_end, 0)[0]
    beyond = prepared.transform.map_point(text_end + 40, 0)[0]
    assert (pixels[:, round(beyond) :] < 128).sum() < 0.05 * (strip < 128).sum() * prepared.scale**2
    kept = (pixels[:, round(own_end) - 40 : round(own_end)] < 128).sum()
    original = (grey[:, text_end - round(40 / prepared.scale) : text_end] < 128).sum()
    assert kept > 0.8 * original * prepared.scale**2
