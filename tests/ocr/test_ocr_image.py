"""The real pipeline and the real Tesseract read a typed, skewed, noisy, stamped certificate."""

from __future__ import annotations

import json
from pathlib import Path

from tests.support.cli import run_spravka
from tests.support.ocr_checks import flat, word_centres_inside
from tests.support.pages import render_certificate


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
    # What preparing did, and which reading the per-page guard kept.
    assert output["reading"] == "prepared"
    preparation = output["preparation"]
    assert preparation["stamps_lightened"] == 1 and preparation["stamps_set_aside"] == 0
    # Skewed but flat: turned, not dewarped.
    assert preparation["dewarped"] is False and preparation["line_bend"] < 0.45
    # A stamp was lightened, so the plain page was read too and compared.
    assert preparation["confidence_plain"] is not None
    assert preparation["confidence_prepared"] >= preparation["confidence_plain"] - 6
    # Word boxes are in the file's own pixels (the pipeline crops, scales and deskews inside).
    assert word_centres_inside(output["words"], page.fields["name"])
    assert word_centres_inside(output["words"], page.fields["death"])
    # Spans tie the words to the text, confidences are Tesseract's 0..100.
    for word in output["words"]:
        assert output["text"][word["start"] : word["end"]] == word["text"]
        assert 0 <= word["confidence"] <= 100
