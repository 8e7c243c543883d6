"""Automatic skew detection on generated pages of text turned by known angles."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image

from catalog.imaging.processing import render
from catalog.imaging.skew import detect_skew
from tests.support.images import text_page


@pytest.fixture(scope="module")
def page() -> Image.Image:
    return text_page(1240, 1754, line_count=30)


def _turned(page: Image.Image, clockwise: float) -> Image.Image:
    # Pillow turns anticlockwise; a scanner's skew may go either way.
    return page.rotate(-clockwise, expand=True, fillcolor=245, resample=Image.Resampling.BICUBIC)


@pytest.mark.parametrize("skew", [0.0, 0.6, -1.35, 4.0, -9.5, 14.0])
def test_detects_the_angle_that_straightens_the_page(page, skew) -> None:
    assert detect_skew(_turned(page, skew)) == pytest.approx(-skew, abs=0.1)


def test_the_detected_deskew_straightens_the_page(page) -> None:
    skewed = _turned(page, 3.2)
    straightened, _ = render(skewed, {"deskew": detect_skew(skewed)})
    assert detect_skew(straightened) == pytest.approx(0.0, abs=0.1)


def test_a_dark_scanner_border_does_not_mislead_it(page) -> None:
    skewed = _turned(page, -2.0)
    framed = Image.new("L", (skewed.width + 80, skewed.height + 80), 15)
    framed.paste(skewed, (40, 40))
    # The border's edges are long straight lines at 0 degrees; the text says 2.
    assert detect_skew(framed) == pytest.approx(2.0, abs=0.1)


def test_no_angle_for_a_page_without_lines() -> None:
    blank = Image.new("L", (800, 1100), 240)
    noise = Image.fromarray(
        (np.random.default_rng(7).random((1100, 800)) * 255).astype(np.uint8), "L"
    )
    assert detect_skew(blank) is None
    assert detect_skew(noise) is None
