"""Checks of OCR output against a generated page's ground truth (tests/support/pages.py)."""

from __future__ import annotations

import re

from tests.support.pages import FieldBox


def flat(text: str) -> str:
    """Whitespace collapsed; ё read as е (Tesseract's Russian model rarely gives ё)."""
    return re.sub(r"\s+", " ", text).replace("ё", "е").strip()


def word_centres_inside(words: list[dict], field: FieldBox, slack: float = 0.4) -> bool:
    """Every word of the field was found, with its box's centre inside the field's box."""
    x, y, width, height = field.box
    pad = slack * height
    for part in field.text.split():
        matches = [w for w in words if w["text"].strip(",.;:") == part]
        if not matches:
            return False
        if not any(
            x - pad <= w["x"] + w["width"] / 2 <= x + width + pad
            and y - pad <= w["y"] + w["height"] / 2 <= y + height + pad
            for w in matches
        ):
            return False
    return True
