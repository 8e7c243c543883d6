"""The OCR pipeline for one page image: process, prepare, recognise, map words back.

`recognise_page` is what a batch worker runs for a catalogue page (by blob path, never by ORM
object); `ocr_image` does the same for a loose image file. Both give an `OcrResult` whose word
boxes are in pixels of the *oriented original* (the file decoded with its EXIF orientation).

When the prepared page reads clearly worse than the plain one (catalog.ocr.page_guard), the
plain reading is kept: `OcrResult.reading` says which ("prepared" or "plain"), and so does the
stored transcription's engine ("tesseract 5.3.0, plain page").

`engine_settings_key` names everything that changes the output (Tesseract's version, the
languages, the page segmentation mode, this pipeline's version, and the page's own processing
parameters), so that `spravka ocr` knows which pages still need reading.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PIL import Image

from catalog.imaging.probe import BadImage
from catalog.imaging.processing import Transform, open_oriented, render
from catalog.ocr import page_guard
from catalog.ocr.engine import DEFAULT_PSM, EngineRun, read_words, run_tesseract
from catalog.ocr.preprocess import DEFAULT_OPTIONS, Prepared, PrepareOptions, prepare_for_ocr
from catalog.ocr.tesseract import DEFAULT_LANGUAGES, require_tesseract, split_languages
from catalog.ocr.tsv import assemble
from catalog.transcripts import Word, mean_confidence

# Raise when a change to preprocessing or word handling changes what OCR produces: pages read
# by an older pipeline then count as not yet read.
PIPELINE_VERSION = 3
# How a transcription read from the plain page names its engine.
PLAIN_ENGINE_NOTE = ", plain page"

PlainPage = Callable[[], tuple[Image.Image, Transform]]


@dataclass(frozen=True)
class OcrSettings:
    languages: str = DEFAULT_LANGUAGES
    psm: int = DEFAULT_PSM
    prepare: PrepareOptions = DEFAULT_OPTIONS

    def __post_init__(self) -> None:
        split_languages(self.languages)  # refuses malformed language lists early


@dataclass(frozen=True)
class OcrResult:
    text: str
    words: tuple[Word, ...]
    mean_confidence: float | None
    engine: str  # "tesseract 5.3.0"
    engine_settings: str
    # How the page was prepared (for diagnostics and the benchmark).
    scale: float = 1.0
    deskew: float = 0.0
    # Which page the words come from: "prepared", or "plain" when the per-page guard found the
    # prepared page read clearly worse (catalog.ocr.page_guard).
    reading: str = page_guard.PREPARED
    # What preparing did: stamps lightened and set aside, rules and ornaments painted white.
    stamps: int = 0
    stamps_rejected: int = 0
    rules: int = 0
    confidence_prepared: float | None = None
    confidence_plain: float | None = None


def base_settings_key(version: str, settings: OcrSettings) -> str:
    """The part of the key shared by every page: engine, languages, segmentation, pipeline."""
    key = f"tesseract {version}; {settings.languages}; psm {settings.psm}; "
    key += f"pipeline {PIPELINE_VERSION}"
    if settings.prepare != DEFAULT_OPTIONS:
        # Non-default preparation (an experiment) is a different pipeline.
        digest = hashlib.sha256(repr(settings.prepare).encode()).hexdigest()[:8]
        key += f"-{digest}"
    return key


def engine_settings_key(
    version: str, settings: OcrSettings, processing: dict[str, Any] | None
) -> str:
    """The key stored with a machine transcription; a page whose rotation or crop changed
    after it was read needs reading again."""
    key = base_settings_key(version, settings)
    if processing:
        canonical = json.dumps(processing, sort_keys=True, separators=(",", ":"))
        key += f"; processing {hashlib.sha256(canonical.encode()).hexdigest()[:12]}"
    return key


def _clamp(box: tuple[int, int, int, int], size: tuple[int, int]) -> tuple[int, int, int, int]:
    x, y, width, height = box
    left, top = max(0, x), max(0, y)
    right, bottom = min(size[0], x + width), min(size[1], y + height)
    return left, top, max(0, right - left), max(0, bottom - top)


def recognise(
    image: Image.Image,
    *,
    settings: OcrSettings,
    tesseract: str,
    version: str,
    what: str,
    to_image: Transform | None = None,
    original_size: tuple[int, int] | None = None,
    processing: dict[str, Any] | None = None,
    dpi: int | None = None,
) -> OcrResult:
    """OCR of `image`; `to_image` maps the oriented original's pixels to `image`'s (the
    page's processing), and word boxes are mapped back through it."""
    prepared = prepare_for_ocr(image, settings.prepare, dpi=dpi)
    return read_prepared(
        prepared,
        settings=settings,
        tesseract=tesseract,
        version=version,
        what=what,
        to_image=to_image,
        original_size=original_size or image.size,
        processing=processing,
        plain_page=lambda: (image, to_image or Transform.identity()),
        plain_dpi=dpi,
    )


def read_prepared(
    prepared: Prepared,
    *,
    settings: OcrSettings,
    tesseract: str,
    version: str,
    what: str,
    to_image: Transform | None,
    original_size: tuple[int, int],
    processing: dict[str, Any] | None,
    plain_page: PlainPage | None = None,
    plain_dpi: int | None = None,
) -> OcrResult:
    """Tesseract on a prepared page, words mapped back to the original's pixels; with
    `plain_page` (the page before preparing, and the map to it), the per-page guard."""
    total = (to_image or Transform.identity()).then(prepared.transform)
    back = total.inverse()
    raw = read_words(
        run_tesseract(
            prepared.image,
            EngineRun(settings.languages, settings.psm, prepared.dpi, tesseract),
            what,
        )
    )
    reading = page_guard.PREPARED
    ours = page_guard.confidence_of(raw)
    theirs = None
    if (
        plain_page is not None
        and settings.prepare.page_guard
        and page_guard.doubtful(ours, prepared.changed_content)
    ):
        plain, to_plain = plain_page()
        plain_raw = read_words(
            run_tesseract(
                # As plain `tesseract IMAGE` reads it: in colour if the page is in colour.
                plain if plain.mode in ("L", "RGB") else plain.convert("RGB"),
                EngineRun(settings.languages, settings.psm, plain_dpi or 0, tesseract),
                what,
            )
        )
        theirs = page_guard.confidence_of(plain_raw)
        if page_guard.plain_is_better(ours, theirs):
            raw, reading, back = plain_raw, page_guard.PLAIN, to_plain.inverse()
    text, words = assemble(raw, lambda box: _clamp(back.map_box(box), original_size))
    note = PLAIN_ENGINE_NOTE if reading == page_guard.PLAIN else ""
    return OcrResult(
        text=text,
        words=tuple(words),
        mean_confidence=mean_confidence(words),
        engine=f"tesseract {version}{note}",
        engine_settings=engine_settings_key(version, settings, processing),
        scale=prepared.scale,
        deskew=prepared.deskew,
        reading=reading,
        stamps=len(prepared.stamps),
        stamps_rejected=len(prepared.stamps_rejected),
        rules=prepared.rules,
        confidence_prepared=round(ours.mean, 2),
        confidence_plain=round(theirs.mean, 2) if theirs is not None else None,
    )


def _open(path: Path) -> Image.Image:
    try:
        return open_oriented(path)
    except FileNotFoundError:
        raise BadImage(path, "file not found") from None
    except OSError as exc:
        raise BadImage(path, f"cannot be read as an image ({exc})") from None
    except Image.DecompressionBombError:
        raise BadImage(path, "the image is too large to open safely") from None


def recognise_page(
    blob_path: Path | str,
    processing: dict[str, Any] | None,
    *,
    settings: OcrSettings,
    tesseract: str,
    version: str,
    what: str,
    dpi: int | None = None,
) -> OcrResult:
    """A catalogue page: its blob, rendered with its processing, then OCR."""
    original = _open(Path(blob_path))
    size = original.size
    image, transform = render(original, processing)
    del original
    prepared = prepare_for_ocr(image, settings.prepare, dpi=dpi)
    # Only the prepared copy stays in memory while Tesseract runs beside this process; the
    # per-page guard renders the plain page again if it needs it.
    del image

    def plain_page() -> tuple[Image.Image, Transform]:
        return render(_open(Path(blob_path)), processing)

    return read_prepared(
        prepared,
        settings=settings,
        tesseract=tesseract,
        version=version,
        what=what,
        to_image=transform,
        original_size=size,
        processing=processing,
        plain_page=plain_page,
        plain_dpi=dpi,
    )


def ocr_image(
    path: Path | str, languages: str = DEFAULT_LANGUAGES, *, psm: int = DEFAULT_PSM
) -> OcrResult:
    """OCR of one image file with the catalogue's pipeline; nothing is stored."""
    settings = OcrSettings(languages=languages, psm=psm)
    status = require_tesseract(languages)
    path = Path(path)
    image = _open(path)
    dpi = image.info.get("dpi")
    return recognise(
        image,
        settings=settings,
        tesseract=status.path,
        version=status.version,
        what=str(path),
        dpi=round(dpi[0]) if isinstance(dpi, tuple) and dpi and dpi[0] else None,
    )
