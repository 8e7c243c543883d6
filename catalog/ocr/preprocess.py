"""Preparing a page image for Tesseract, and the geometry that ties the result to the original.

Inputs range from 100 ppi phone photos to 600 dpi archive scans, on a dark scanner lid or with
the neighbouring page of a bound volume in the frame, on yellowed paper with the reverse showing
through, with violet stamps. Tesseract reads best a clean, white, upright page with letters of a
known size, so `prepare_for_ocr`:

1. finds the sheet on a dark surround and crops to it (`analysis.paper_box`);
2. drops strips of a neighbouring page or book edge cut by the left or right border
   (`catalog.ocr.neighbours`);
3. measures the letters and brings the page to a working resolution where they are
   `target_letter` pixels tall, whatever the scan's resolution;
4. lightens coloured stamps (`catalog.ocr.stamps`), only those that pass the guards of
   `catalog.ocr.guards` (never most of the page, most of its lines, or ink coloured like the
   page's own text);
5. divides out the paper's colour, stains and uneven light, so that paper is white and faint
   show-through from the reverse fades (`analysis.flatten`, `whitening_table`);
6. straightens skewed text (`deskew`);
7. paints frames, rules, form lines and ornaments white (`catalog.ocr.frames`), so that
   Tesseract's layout analysis sees only the text.

Every geometric step is an affine map; they compose into one `Transform` from the input image's
pixels to the prepared image's, so word boxes found by Tesseract map back exactly.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

import numpy as np
from PIL import Image, ImageDraw

from catalog.imaging.geometry import rotate_by_angle
from catalog.imaging.processing import Transform
from catalog.ocr import analysis
from catalog.ocr.frames import remove_frames
from catalog.ocr.guards import checked_stamps
from catalog.ocr.neighbours import foreign_bands, neighbour_columns
from catalog.ocr.stamps import find_stamps, lightening

# The analysis view is at most this many pixels on its longer side.
ANALYSIS_SIDE = 1600
# A clean page: white paper (at least this bright, median) whose brightness varies by at most
# this much (5th to 95th percentile), ink at most this grey (median), and nine tenths of it at
# most this colourful. Aged, yellowed or unevenly lit pages are not clean: enlarging and
# flattening them pays (a 525-pixel-wide 18th-century page read 26 % worse without).
CLEAN_PAPER_LEVEL = 200
CLEAN_PAPER_SPREAD = 10
CLEAN_INK_LEVEL = 90
CLEAN_CHROMA = 24
# Letters at least this tall on a clean page are not enlarged (`upscale_letter`); smaller
# ones (a web copy a few hundred pixels wide) still to `target_letter`, where it pays.
READABLE_LETTER = 7.5
# Skew below this is left to Tesseract, which copes with it; turning costs a resampling.
MIN_DESKEW = 0.3
# Tesseract is told this resolution: at `target_letter` the text is the size of ordinary type
# at 300 dpi, whatever the scan's real resolution was.
WORKING_DPI = 300


@dataclass(frozen=True)
class PrepareOptions:
    """What `prepare_for_ocr` may do; every step can be switched off (the benchmark compares)."""

    target_letter: float = 16.0
    # On a clean page smaller letters are enlarged only to this height (see prepare_for_ocr):
    # letters of `READABLE_LETTER` or more are read at their own size.
    upscale_letter: float = READABLE_LETTER
    min_scale: float = 0.25
    max_scale: float = 4.0
    crop_paper: bool = True
    drop_neighbours: bool = True
    suppress_stamps: bool = True
    guard_stamps: bool = True
    flatten: bool = True
    fade_show_through: bool = True
    deskew: bool = True
    remove_frames: bool = True
    # The per-page guard (catalog.ocr.page_guard): read the plain page too when in doubt.
    page_guard: bool = True


DEFAULT_OPTIONS = PrepareOptions()


@dataclass(frozen=True)
class Prepared:
    """The image Tesseract reads, and how it was made from the input image."""

    image: Image.Image  # mode "L"
    transform: Transform  # input image pixels -> prepared image pixels
    dpi: int
    letter_height: float | None  # measured in input pixels
    scale: float
    deskew: float  # degrees turned counter-clockwise
    crop: tuple[int, int, int, int]  # (left, top, right, bottom) in input pixels
    stamps: tuple[tuple[int, int, int, int], ...] = ()  # boxes lightened, in input pixels
    foreign: tuple[tuple[int, int, int, int], ...] = ()  # neighbour's strips painted over
    # Stamp candidates the guards set aside, with the reason (boxes in input pixels).
    stamps_rejected: tuple[tuple[tuple[int, int, int, int], str], ...] = ()
    rules: int = 0  # rules and form lines painted white
    ornaments: int = 0  # ornament blobs painted white
    framed: bool = False  # the text stood inside a frame

    @property
    def changed_content(self) -> bool:
        """Whether a step removed marks that could have been text (stamps lightened, a
        neighbour's strip or ornaments painted over), which the per-page guard double-checks.
        Rules are not counted: a long straight run of ink is never a letter."""
        return bool(self.stamps or self.foreign or self.ornaments)


def deskew(image: Image.Image, angle: float) -> tuple[Image.Image, Transform]:
    """The image turned counter-clockwise by `angle` degrees on a white canvas, and the map.

    The same exact rotation the page's own `deskew` setting uses (imaging turns clockwise)."""
    return rotate_by_angle(image, -angle)


def whitening_table(flat: np.ndarray) -> np.ndarray | None:
    """A grey-level table that stretches a flattened page so that paper, and the faint grey of
    text showing through from the reverse, become white while ink keeps its shading.

    The white point lies two thirds of the way from Otsu's threshold (between ink and paper) to
    white: well above the grey of printed strokes, below that of show-through and stains.
    """
    hist = np.bincount(flat.ravel(), minlength=256)
    threshold = analysis.otsu_from_histogram(hist)
    white = threshold + (255 - threshold) * 2 // 3
    black = analysis.percentile_of_histogram(hist[:threshold], 0.05)
    if white - black < 32:
        return None
    levels = (np.arange(256, dtype=np.float32) - black) * (255.0 / (white - black))
    return np.clip(levels, 0, 255).astype(np.uint8)


def _view(image: Image.Image, factor: int) -> np.ndarray:
    return np.asarray(image.reduce(factor) if factor > 1 else image)


def _sheet_box(view: np.ndarray) -> tuple[int, int, int, int] | None:
    """`analysis.paper_box` on a further reduced copy, in `view`'s pixels, a little inside the
    edge found (the sheet's edge is shaded)."""
    small = max(1, round(max(view.shape) / 450))
    box = analysis.paper_box(_view(Image.fromarray(view), small))
    if box is None:
        return None
    inset = 2
    height, width = view.shape
    left = min(box[0] * small + inset, width - 1)
    top = min(box[1] * small + inset, height - 1)
    right = max(min(box[2] * small - inset, width), left + 1)
    bottom = max(min(box[3] * small - inset, height), top + 1)
    return left, top, right, bottom


def _lighten_stamps(
    working: Image.Image,
    image: Image.Image,
    stamps: list[tuple[int, int, int, int]],
    paper: int,
    crop: tuple[int, int, int, int],
    scale: tuple[float, float],
) -> Image.Image:
    """Lift the stamps' colour in `working` (the crop of `image`, resized by `scale`).

    Stamp boxes are in `image`'s pixels; only their areas are converted from colour.
    """
    pixels = np.array(working, dtype=np.float32)
    for left, top, right, bottom in stamps:
        x0 = round((left - crop[0]) * scale[0])
        y0 = round((top - crop[1]) * scale[1])
        x1 = min(round((right - crop[0]) * scale[0]), pixels.shape[1])
        y1 = min(round((bottom - crop[1]) * scale[1]), pixels.shape[0])
        if x1 <= x0 or y1 <= y0:
            continue
        region = image.crop((left, top, right, bottom)).convert("RGB").resize((x1 - x0, y1 - y0))
        pixels[y0:y1, x0:x1] += lightening(np.asarray(region), paper)
    np.minimum(pixels, 255.0, out=pixels)
    return Image.fromarray(pixels.astype(np.uint8))


def _clean_page(
    sheet: np.ndarray, paper: np.ndarray, ink: np.ndarray, colour: bool, image: Image.Image
) -> bool:
    """Even paper, dark ink, no colour: a page Tesseract reads well at its own size."""
    # The paper's estimate is smooth (enlarged from cells of eight pixels or more): every
    # fourth pixel each way holds all it says.
    low, middle, high = np.percentile(paper[::4, ::4], (5, 50, 95))
    if high - low > CLEAN_PAPER_SPREAD or middle < CLEAN_PAPER_LEVEL or not ink.any():
        return False
    if analysis.percentile_of_histogram(np.bincount(sheet[ink], minlength=256), 0.5) > (
        CLEAN_INK_LEVEL
    ):
        return False
    if colour:
        rgb = image if image.mode == "RGB" else image.convert("RGB")
        rgb = np.asarray(rgb.reduce(max(1, image.width // 400)), dtype=np.int16)
        chroma = rgb.max(axis=2) - rgb.min(axis=2)
        if float(np.percentile(chroma, 90)) > CLEAN_CHROMA:
            return False
    return True


def _clean(
    working: Image.Image,
    image: Image.Image,
    stamps: list[tuple[int, int, int, int]],
    paper: int,
    crop: tuple[int, int, int, int],
    scales: tuple[float, float],
    options: PrepareOptions,
    letter: float,
) -> Image.Image:
    """Steps 4 and 5 on `working` (the crop of `image`, resized by `scales`), whose letters
    are `letter` pixels tall."""
    # 4. Stamps.
    if stamps:
        working = _lighten_stamps(working, image, stamps, paper, crop, scales)
    # 5. Paper to white, show-through faded.
    if options.flatten:
        flat = analysis.flatten(np.asarray(working), cell=max(8, round(letter)))
        table = whitening_table(flat) if options.fade_show_through else None
        working = Image.fromarray(table[flat] if table is not None else flat)
    return working


def prepare_for_ocr(
    image: Image.Image,
    options: PrepareOptions = DEFAULT_OPTIONS,
    *,
    dpi: int | None = None,
) -> Prepared:
    """The page cleaned and scaled for Tesseract, with the map from `image`'s pixels to it.

    `dpi` (the scan's resolution, when known) is used only when no text could be measured.
    """
    width, height = image.size
    factor = max(1, math.ceil(max(width, height) / ANALYSIS_SIDE))
    colour = image.mode not in ("L", "1", "I", "I;16", "F")
    grey = image.convert("L")
    view = _view(grey, factor)

    # 1. The sheet, if it lies on a darker surround (analysis pixels from here on).
    left, top, right, bottom = 0, 0, view.shape[1], view.shape[0]
    if options.crop_paper:
        box = _sheet_box(view)
        if box is not None:
            left, top, right, bottom = box
    sheet = view[top:bottom, left:right]
    paper_light = analysis.background(sheet, cell=max(8, min(sheet.shape) // 40))
    flat_sheet = analysis.divide(sheet, paper_light)
    ink = analysis.ink_mask(flat_sheet)
    clean = _clean_page(sheet, paper_light, ink, colour, image)
    blobs = analysis.Blobs.of(ink)
    letter = blobs.letter_height()
    if letter is not None:
        ink = blobs.without_specks(letter)

    # 2. A neighbouring page's strip at the left or right border.
    foreign: list[tuple[int, int, int, int]] = []  # in input pixels
    if options.drop_neighbours and letter is not None:
        start, stop = neighbour_columns(ink, letter)
        ink = ink[:, start:stop]
        left, right = left + start, left + stop
        for x0, y0, x1, y1 in foreign_bands(ink, letter):
            ink[y0:y1, x0:x1] = False
            box = (left + x0, top + y0, left + x1, top + y1)
            foreign.append(tuple(value * factor for value in box))

    angle = 0.0
    if options.deskew and letter is not None:
        angle = analysis.skew_angle(ink, letter)
        if abs(angle) < MIN_DESKEW:
            angle = 0.0

    stamps: list[tuple[int, int, int, int]] = []
    rejected: list[tuple[tuple[int, int, int, int], str]] = []
    paper = 0
    if colour and options.suppress_stamps:
        rgb = _view(image.convert("RGB"), factor)[top:bottom, left:right]
        found, paper = find_stamps(rgb, letter)
        if options.guard_stamps:
            check = checked_stamps(found, rgb, ink, paper, letter)
            found = list(check.kept)
            rejected = [
                (_to_input(box, left, top, factor, width, height), why)
                for box, why in check.rejected
            ]
        stamps = [
            (
                (left + x0) * factor,
                (top + y0) * factor,
                min((left + x1) * factor, width),
                min((top + y1) * factor, height),
            )
            for x0, y0, x1, y1 in found
        ]

    # 3. Working resolution, from the letters measured in the analysis view.
    crop = (left * factor, top * factor, min(right * factor, width), min(bottom * factor, height))
    if letter is not None:
        scale = options.target_letter / (letter * factor)
    elif dpi:
        scale = WORKING_DPI / dpi
    else:
        scale = 1.0
    scale = min(max(scale, options.min_scale), options.max_scale)
    small_clean = (
        scale > 1.0 and letter is not None and clean and letter * factor >= READABLE_LETTER
    )
    if small_clean:
        # Small letters on a clean page (even paper, dark neutral ink) are enlarged only to
        # `upscale_letter`, that is not at all: Tesseract's time grows with the pixels, and
        # such pages read no better larger (typed pages with letters of 8 pixels read the same
        # at 8 and at 9; tests/benchmarks/ocr_bench.py, small pages). Degraded pages are
        # enlarged fully: there it pays.
        scale = max(1.0, min(scale, options.upscale_letter / (letter * factor)))
    transform = Transform(c=-crop[0], f=-crop[1])
    working = grey.crop(crop)
    size = (max(1, round(working.width * scale)), max(1, round(working.height * scale)))
    scales = (size[0] / working.width, size[1] / working.height)
    letter_px = letter * factor if letter is not None else options.target_letter / scale
    # A small clean page's paper is even already: dividing it out would cost time for nothing.
    if small_clean and not stamps:
        options = replace(options, flatten=False)
    if size != working.size:
        transform = transform.then(Transform(a=scales[0], e=scales[1]))
        resample = Image.Resampling.BILINEAR if scale < 1 else Image.Resampling.BICUBIC
        working = working.resize(size, resample, reducing_gap=3.0)
    working = _clean(working, image, stamps, paper, crop, scales, options, letter_px * scale)

    # A neighbouring page beyond a curved or narrow gutter: painted over with paper.
    if foreign:
        draw = ImageDraw.Draw(working)
        for x0, y0, x1, y1 in foreign:
            a, b = transform.map_point(x0, y0)
            c, d = transform.map_point(x1, y1)
            draw.rectangle((round(a), round(b), round(c), round(d)), fill=255)

    # 6. Straight lines.
    if angle:
        working, turn = deskew(working, angle)
        transform = transform.then(turn)

    # 7. Frames, rules and ornaments out of the text.
    frames = None
    if options.remove_frames and letter is not None:
        frames = remove_frames(np.asarray(working), letter * factor * scale)
        if frames.rules:
            working = Image.fromarray(frames.image)

    measured = letter is not None
    return Prepared(
        image=working,
        transform=transform,
        dpi=WORKING_DPI if measured or not dpi else round(dpi * scale),
        letter_height=letter * factor if measured else None,
        scale=scale,
        deskew=angle,
        crop=crop,
        stamps=tuple(stamps),
        foreign=tuple(foreign),
        stamps_rejected=tuple(rejected),
        rules=frames.rules if frames else 0,
        ornaments=frames.ornaments if frames else 0,
        framed=frames.framed if frames else False,
    )


def _to_input(
    box: tuple[int, int, int, int], left: int, top: int, factor: int, width: int, height: int
) -> tuple[int, int, int, int]:
    """A box in sheet pixels of the analysis view, in the input image's pixels."""
    x0, y0, x1, y1 = box
    return (
        (left + x0) * factor,
        (top + y0) * factor,
        min((left + x1) * factor, width),
        min((top + y1) * factor, height),
    )
