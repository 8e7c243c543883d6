"""Running Tesseract on a prepared page through pytesseract, and reading its words.

Tesseract runs single-threaded (`OMP_THREAD_LIMIT=1`): its OpenMP threads cost more CPU than
they save, and batches get their parallelism from one process per page instead.
"""

from __future__ import annotations

import os
import tempfile
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import pytesseract
from PIL import Image

from catalog.errors import SpravkaError
from catalog.ocr.tesseract import TesseractUnavailable
from catalog.ocr.tsv import RawWord, parse_tsv, renumber_blocks

# Page segmentation: 3 = automatic layout without orientation detection. It finds the blocks
# of a certificate (heading, body, signature lines) and the columns of a letter or book page;
# single-block modes (4, 6) run lines of separate blocks together.
DEFAULT_PSM = 3
# A page that takes Tesseract longer than this is stuck (a huge or pathological image).
TIMEOUT_SECONDS = 600
# Marks with neither letters nor digits read this unsurely are specks, rules and ornaments.
NOISE_CONFIDENCE = 50.0


class OcrFailed(SpravkaError):
    """Tesseract ran but failed on one page; the message says which and why."""

    def __init__(self, what: str, problem: str) -> None:
        self.what = what
        self.problem = problem
        super().__init__(f"{what}: OCR failed: {problem}")


@dataclass(frozen=True)
class EngineRun:
    languages: str
    psm: int
    dpi: int
    tesseract: str  # the program's path


def single_threaded() -> None:
    """Make Tesseract processes started from here use one thread (unless the user chose)."""
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")


def run_tesseract(image: Image.Image, run: EngineRun, what: str) -> str:
    """Tesseract's TSV for `image`; `what` names the page or file in error messages."""
    single_threaded()
    pytesseract.pytesseract.tesseract_cmd = run.tesseract
    with tempfile.TemporaryDirectory(prefix="spravka-ocr-") as folder:
        # An uncompressed file: written and read without compression work.
        if image.mode not in ("L", "RGB"):
            image = image.convert("L")
        path = Path(folder) / ("page.pgm" if image.mode == "L" else "page.ppm")
        image.save(path)
        try:
            return pytesseract.image_to_data(
                str(path),
                lang=run.languages,
                # dpi 0: unknown, Tesseract estimates it (as plain `tesseract` does).
                config=f"--psm {run.psm}" + (f" --dpi {run.dpi}" if run.dpi else ""),
                timeout=TIMEOUT_SECONDS,
            )
        except pytesseract.TesseractNotFoundError as exc:
            raise TesseractUnavailable(
                f"Tesseract at {run.tesseract} could not be started; install the package "
                "tesseract-ocr",
                ("tesseract-ocr",),
            ) from exc
        except pytesseract.TesseractError as exc:
            raise OcrFailed(what, str(exc.message).strip() or f"status {exc.status}") from exc
        except RuntimeError as exc:  # pytesseract's timeout
            raise OcrFailed(what, f"Tesseract took longer than {TIMEOUT_SECONDS} s") from exc


# Vertical bars are what Tesseract makes of ruled lines, folds and page edges; typed Russian
# text has none (Soviet typewriters had no such key).
RULES = frozenset("|¦│┃")


def is_noise(word: RawWord) -> bool:
    """Not text: a vertical rule or fold read as bars, or a mark read with low confidence that
    holds no letter or digit (a speck, the border of a stamp, an ornament)."""
    if all(ch in RULES for ch in word.text):
        return True
    if word.confidence >= NOISE_CONFIDENCE:
        return False
    return not any(unicodedata.category(ch)[0] in "LN" for ch in word.text)


def read_words(tsv: str) -> list[RawWord]:
    """Words from TSV without noise, blocks renumbered in reading order."""
    return renumber_blocks([word for word in parse_tsv(tsv) if not is_noise(word)])
