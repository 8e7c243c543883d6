"""The real pipeline and the real Tesseract read a typed, skewed, noisy, stamped certificate."""

from __future__ import annotations

import json
import re
from pathlib import Path

from tests.support.cli import run_spravka
from tests.support.pages import FieldBox, render_certificate


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


def test_ocr_image_reads_the_key_fields_of_a_stamped_skewed_certificate(tmp_path: Path) -> None:
    page = render_certificate(kind="death", skew=1.8, noise=0.6, stamp=True, seed=11)
    path = tmp_path / "certificate.png"
    page.image.save(path, dpi=(page.dpi, page.dpi))

    result = run_spravka("ocr-image", path, "--json")
    assert result.returncode == 0, result.stderr
    output = json.loads(result.stdout)
    text = flat(output["text"])
    for name in ("name", "death", "act", "cause"):
        assert flat(page.fields[name].text) in text, name
    # The date of issue lies under the stamp's edge and is still read.
    assert flat(page.fields["issued"].text) in text
    assert output["engine"].startswith("tesseract ")
    assert "rus+eng" in output["engine_settings"]
    # Word boxes are in the file's own pixels (the pipeline crops, scales and deskews inside).
    assert word_centres_inside(output["words"], page.fields["name"])
    assert word_centres_inside(output["words"], page.fields["death"])
    # Spans tie the words to the text, confidences are Tesseract's 0..100.
    for word in output["words"]:
        assert output["text"][word["start"] : word["end"]] == word["text"]
        assert 0 <= word["confidence"] <= 100
