"""Colour filter, greyscale, auto-contrast and binarisation on generated pages."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image, ImageDraw

from catalog.imaging.processing import render
from tests.support.images import font, stamped_page

VIOLET = (110, 60, 190)
RED = (200, 40, 40)


def _stamp_and_type(colour: tuple[int, int, int]) -> tuple[Image.Image, np.ndarray, np.ndarray]:
    """A page with black type crossing a coloured stamp; masks of stamp-only and type pixels."""
    page = Image.new("RGB", (400, 200), (245, 240, 230))
    type_layer = Image.new("L", page.size, 0)
    ImageDraw.Draw(type_layer).text((20, 80), "ВМН 1937", fill=255, font=font(48))
    stamp_layer = Image.new("L", page.size, 0)
    ImageDraw.Draw(stamp_layer).ellipse((120, 20, 300, 180), outline=255, width=12)
    stamp = np.asarray(stamp_layer) > 0
    typed = np.asarray(type_layer) > 0
    pixels = np.asarray(page).astype(np.float64)
    pixels[stamp] *= np.array(colour) / 255.0  # stamp ink multiplies like real ink
    pixels[typed] *= 0.08
    return Image.fromarray(pixels.astype(np.uint8), "RGB"), stamp & ~typed, typed


@pytest.mark.parametrize(("colour", "name"), [(VIOLET, "violet"), (RED, "red")])
def test_the_stamp_is_lifted_and_the_type_over_it_stays(colour, name) -> None:
    page, stamp_only, typed = _stamp_and_type(colour)
    grey = np.asarray(render(page, {"drop_colours": [name]})[0])
    assert grey[stamp_only].mean() > 225  # the stamp is as light as the paper (about 240)
    assert grey[typed].mean() < 40  # the type, including where it crosses the stamp
    plain = np.asarray(page.convert("L"))
    assert plain[stamp_only].mean() < 150  # it was dark before


def test_only_the_chosen_hues_are_dropped() -> None:
    page, stamp_only, _ = _stamp_and_type(VIOLET)
    grey = np.asarray(render(page, {"drop_colours": ["red"]})[0])
    assert grey[stamp_only].mean() < 150  # a violet stamp survives a red filter


def test_binarising_after_the_filter_leaves_no_trace_of_the_stamp() -> None:
    page = stamped_page()
    top_of_ring = (slice(420 - 175, 420 - 160), slice(690, 710))
    result = render(page, {"drop_colours": ["violet"], "binarise": "auto"})[0]
    assert result.mode == "1"
    assert np.asarray(result.convert("L"))[top_of_ring].min() == 255
    unfiltered = render(page, {"binarise": "auto"})[0]
    assert np.asarray(unfiltered.convert("L"))[top_of_ring].min() == 0


def test_greyscale_and_autocontrast() -> None:
    faded = Image.new("RGB", (100, 50), (200, 190, 170))
    ImageDraw.Draw(faded).rectangle((20, 10, 80, 40), fill=(120, 110, 100))
    grey = render(faded, {"greyscale": True})[0]
    assert grey.mode == "L"
    stretched = np.asarray(render(faded, {"greyscale": True, "autocontrast": 0})[0])
    assert stretched.min() == 0 and stretched.max() == 255


def test_adaptive_binarisation_reads_text_in_a_shadow() -> None:
    # A phone photo: the right half of the page lies in shadow.
    page = Image.new("L", (600, 200), 235)
    draw = ImageDraw.Draw(page)
    for x in (40, 340):
        draw.text((x, 70), "Иванов", fill=150, font=font(48))
    shade = np.ones((200, 600))
    shade[:, 300:] = 0.45
    shaded = Image.fromarray((np.asarray(page) * shade).astype(np.uint8), "L")
    adaptive = np.asarray(render(shaded, {"binarise": "auto"})[0].convert("L")) == 0
    otsu = np.asarray(render(shaded, {"binarise": "otsu"})[0].convert("L")) == 0
    # One threshold for the page turns the whole shadow black; the adaptive one finds the
    # letters on both halves and about as much ink on each.
    assert otsu[:, 310:].mean() > 0.9
    left, right = adaptive[:, :300].mean(), adaptive[:, 310:].mean()
    assert 0.02 < left < 0.3 and 0.02 < right < 0.3
    assert right == pytest.approx(left, rel=0.5)


def test_fixed_threshold() -> None:
    ramp = Image.fromarray(np.tile(np.arange(256, dtype=np.uint8), (4, 1)), "L")
    black = np.asarray(render(ramp, {"binarise": 100})[0].convert("L")) == 0
    assert black[0, :100].all() and not black[0, 100:].any()
