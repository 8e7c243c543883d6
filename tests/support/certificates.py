"""Certificate-like test pages for the OCR guards, drawn by code; their text is the ground truth
in tests/fixtures/ocr-certificates/<name>.txt (one line per printed line, in reading order).

- `certificate`: tinted paper under a coloured guilloche, a printed heading, typed lines on
  coloured form lines, a violet round stamp over the last lines and the signature;
- `brown`: a chapter page printed in brown ink on cream paper beside a red-sprinkled book edge
  (every line "coloured": a stamp detector can take the whole text block for a stamp);
- `framed`: printed paragraphs inside a double ruled border with corner ornaments;
- `folded`: a photographed-looking two-column leaflet, folded down the middle and across, its
  lines curving along the folds, in uneven light.

The fonts ship with Spravka (resources/fonts), so the pages are the same on every machine.
"""

from __future__ import annotations

import math
import random
from pathlib import Path

import numpy as np
from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures" / "ocr-certificates"
FONTS = ROOT / "resources" / "fonts"
NAMES = ("certificate", "brown", "framed", "folded")


def truth(name: str) -> list[str]:
    return (FIXTURES / f"{name}.txt").read_text(encoding="utf-8").splitlines()


def _font(name: str, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(FONTS / name), size)


def _guilloche(page: Image.Image, colour: tuple[int, int, int], rng: random.Random) -> None:
    """Interlaced sine rosettes and waves over the whole sheet, in a light ink."""
    draw = ImageDraw.Draw(page)
    width, height = page.size
    for band in range(0, height, 46):
        phase = rng.random() * math.tau
        for offset in (0, 9, 18):
            points = [
                (x, band + offset + 11 * math.sin(x / 37.0 + phase + offset / 7.0))
                for x in range(0, width + 4, 4)
            ]
            draw.line(points, fill=colour, width=1)
    cx, cy = width / 2, height / 2
    for k in range(0, 360, 6):
        radius = min(width, height) * 0.33
        points = []
        for t in range(0, 361, 4):
            a = math.radians(t)
            r = radius * (0.75 + 0.25 * math.sin(7 * a + math.radians(k)))
            points.append((cx + r * math.cos(a), cy + r * math.sin(a)))
        draw.line(points, fill=colour, width=1)


def _stamp(diameter: int, colour: tuple[int, int, int, int]) -> Image.Image:
    stamp = Image.new("RGBA", (diameter, diameter), (0, 0, 0, 0))
    draw = ImageDraw.Draw(stamp)
    draw.ellipse((2, 2, diameter - 3, diameter - 3), outline=colour, width=5)
    draw.ellipse((24, 24, diameter - 25, diameter - 25), outline=colour, width=3)
    face = _font("PTSans-Bold.ttf", 17)
    text = "НАРОДНЫЙ КОМИССАРИАТ ЮСТИЦИИ * "
    radius = diameter / 2 - 14
    for i, letter in enumerate(text):
        angle = i / len(text) * math.tau - math.pi / 2
        glyph = Image.new("RGBA", (22, 22), (0, 0, 0, 0))
        ImageDraw.Draw(glyph).text((4, 0), letter, font=face, fill=colour)
        glyph = glyph.rotate(-math.degrees(angle) - 90, resample=Image.Resampling.BICUBIC)
        x = diameter / 2 + radius * math.cos(angle) - 11
        y = diameter / 2 + radius * math.sin(angle) - 11
        stamp.alpha_composite(glyph, (round(x), round(y)))
    draw.text((diameter / 2, diameter / 2), "№ 7", font=_font("PTSans-Bold.ttf", 26),
              fill=colour, anchor="mm")  # fmt: skip
    return stamp


def _noise(page: Image.Image, amount: float, seed: int) -> Image.Image:
    pixels = np.asarray(page, dtype=np.float32)
    noise = np.random.default_rng(seed).normal(0.0, amount, pixels.shape[:2])[..., None]
    return Image.fromarray(np.clip(pixels + noise, 0, 255).astype(np.uint8))


def certificate() -> Image.Image:
    rng = random.Random(15)
    page = Image.new("RGB", (1100, 1400), (226, 238, 222))  # pale green security paper
    _guilloche(page, (176, 206, 182), rng)
    draw = ImageDraw.Draw(page)
    lines = truth("certificate")
    heading = _font("PTSerif-Bold.ttf", 44)
    draw.text((550, 130), lines[0], font=heading, fill=(25, 25, 30), anchor="mm")
    typed = _font("DejaVuSansMono.ttf", 27)
    y = 230
    for line in lines[1:]:
        # A form line under each typed line, printed in blue.
        draw.line((90, y + 36, 1010, y + 36), fill=(70, 100, 190), width=2)
        draw.text((100, y), line, font=typed, fill=(30, 28, 35))
        y += 78
    # Stamp ink over typed text darkens it (inks multiply), as on paper.
    stamp = _stamp(250, (105, 55, 175, 255))
    layer = Image.new("RGB", page.size, (255, 255, 255))
    layer.paste(stamp, (640, y - 300), stamp)
    page = ImageChops.multiply(page, layer)
    return _noise(page.filter(ImageFilter.GaussianBlur(0.6)), 4.0, 15)


def brown() -> Image.Image:
    rng = random.Random(16)
    page = Image.new("RGB", (1100, 1450), (236, 224, 196))  # cream, aged
    draw = ImageDraw.Draw(page)
    # The book's red-sprinkled edge along the right side.
    for _ in range(9000):
        x = 1100 - int(abs(rng.gauss(0, 28)))
        y = rng.randrange(0, 1450)
        r = rng.choice((1, 1, 2, 3))
        draw.ellipse((x - r, y - r, x + r, y + r), fill=(185, 45, 40))
    # The sprinkling spread over the sheet: fine red specks everywhere.
    for _ in range(16000):
        x, y = rng.randrange(0, 1100), rng.randrange(0, 1450)
        draw.rectangle((x, y, x + 1, y + 1), fill=(200, 80, 70))
    lines = truth("brown")
    ink = (128, 44, 38)  # red-brown: every line of text is "coloured"
    draw.text((550, 170), lines[0], font=_font("PTSerif-Bold.ttf", 40), fill=ink, anchor="mm")
    face = _font("PTSerif-Bold.ttf", 31)
    y = 280
    for line in lines[1:]:
        draw.text((110, y), line, font=face, fill=ink)
        y += 34
    return _noise(page.filter(ImageFilter.GaussianBlur(0.7)), 5.0, 16)


def _rosette(draw: ImageDraw.ImageDraw, cx: float, cy: float, size: float) -> None:
    for k in range(8):
        a = k * math.pi / 4
        x, y = cx + size * 0.55 * math.cos(a), cy + size * 0.55 * math.sin(a)
        draw.ellipse((x - size * 0.3, y - size * 0.3, x + size * 0.3, y + size * 0.3),
                     outline=(30, 30, 30), width=3)  # fmt: skip
    draw.ellipse((cx - size * 0.25, cy - size * 0.25, cx + size * 0.25, cy + size * 0.25),
                 fill=(30, 30, 30))  # fmt: skip


def framed() -> Image.Image:
    page = Image.new("RGB", (1100, 1400), (247, 245, 238))
    draw = ImageDraw.Draw(page)
    for inset, width in ((40, 7), (58, 2), (70, 2)):
        draw.rectangle((inset, inset, 1100 - inset, 1400 - inset), outline=(30, 30, 30),
                       width=width)  # fmt: skip
    for cx, cy in ((64, 64), (1036, 64), (64, 1336), (1036, 1336)):
        _rosette(draw, cx, cy, 70)
    # A flourish under the heading, touching nothing.
    lines = truth("framed")
    draw.text((550, 200), lines[0], font=_font("PTSerif-Bold.ttf", 42), fill=(25, 25, 25),
              anchor="mm")  # fmt: skip
    face = _font("PTSerif-Regular.ttf", 30)
    y = 320
    for i, line in enumerate(lines[1:]):
        if i in (3, 7):
            y += 40  # paragraph breaks
        draw.text((130, y), line, font=face, fill=(25, 25, 25))
        y += 52
    return _noise(page.filter(ImageFilter.GaussianBlur(0.6)), 3.0, 17)


def folded_flat() -> Image.Image:
    """The leaflet as printed, before folding and photographing."""
    page = Image.new("RGB", (1200, 1000), (240, 236, 226))
    draw = ImageDraw.Draw(page)
    lines = truth("folded")
    draw.text((600, 80), lines[0], font=_font("PTSerif-Bold.ttf", 40), fill=(20, 20, 20),
              anchor="mm")  # fmt: skip
    face = _font("PTSerif-Regular.ttf", 30)
    body = lines[1:]
    half = (len(body) + 1) // 2
    for column, chunk in enumerate((body[:half], body[half:])):
        y = 170
        for line in chunk:
            draw.text((90 + column * 560, y), line, font=face, fill=(20, 20, 20))
            y += 52
    return page


def folded() -> Image.Image:
    """`folded_flat` as a phone photo of a sheet folded in four: the lines bend along a smooth
    surface (a crease down the middle, a gentle bow across), light falls off across the fold,
    and the sheet lies on a darker table."""
    flat = np.asarray(folded_flat(), dtype=np.float32)
    height, width = flat.shape[:2]
    out_h, out_w = height + 160, width + 120
    ys, xs = np.mgrid[0:out_h, 0:out_w].astype(np.float32)
    u = (xs - 60) / width  # 0..1 across the sheet
    v = (ys - 80) / height
    # Vertical displacement: a bow across the sheet and a crease at the middle.
    bow = 34 * np.sin(np.pi * u)
    crease = 16 * np.exp(-(((u - 0.5) / 0.05) ** 2))
    sag = 10 * np.sin(2 * np.pi * v) * np.sin(np.pi * u)
    src_y = ys - 80 - bow + crease - sag
    src_x = xs - 60 + 8 * np.sin(np.pi * v)
    inside = (src_x >= 0) & (src_x < width - 1) & (src_y >= 0) & (src_y < height - 1)
    x0 = np.clip(src_x.astype(np.int32), 0, width - 2)
    y0 = np.clip(src_y.astype(np.int32), 0, height - 2)
    fx = np.clip(src_x - x0, 0, 1)[..., None]
    fy = np.clip(src_y - y0, 0, 1)[..., None]
    top = flat[y0, x0] * (1 - fx) + flat[y0, x0 + 1] * fx
    bottom = flat[y0 + 1, x0] * (1 - fx) + flat[y0 + 1, x0 + 1] * fx
    image = top * (1 - fy) + bottom * fy
    light = 0.78 + 0.22 * np.cos((u - 0.3) * 2.2)[..., None]
    light -= 0.18 * np.exp(-(((u - 0.5) / 0.03) ** 2))[..., None]  # the crease's shadow
    image = image * light
    image[~inside] = (70, 62, 55)  # the table
    photo = Image.fromarray(np.clip(image, 0, 255).astype(np.uint8))
    return _noise(photo.filter(ImageFilter.GaussianBlur(0.8)), 5.0, 18)


def small_typed(seed: int) -> Image.Image:
    """An 800-pixel-wide typed page (a letter photographed or scanned small): the case where
    preparing must not cost much more than Tesseract alone."""
    rng = random.Random(seed)
    page = Image.new("RGB", (800, 1130), (246, 245, 240))
    draw = ImageDraw.Draw(page)
    face = _font("DejaVuSansMono.ttf", 15)
    lines = [line for name in ("certificate", "framed", "folded") for line in truth(name)]
    y = 70
    for line in rng.sample(lines, 28):
        draw.text((70, y), line, font=face, fill=(28, 28, 30))
        y += 34
    return _noise(page, 3.0, seed)


def small_typed_truth(seed: int) -> list[str]:
    rng = random.Random(seed)
    lines = [line for name in ("certificate", "framed", "folded") for line in truth(name)]
    return rng.sample(lines, 28)


def starved(seed: int = 4) -> Image.Image:
    """A page printed with starved ink, as on f30a139151fb of the development set: large serif
    type whose strokes are only partly inked, in grains, on greenish paper. Preparing harms
    such a page (its grains are measured as letters and the page enlarged; whitening lifts the
    grey grains): the benchmark prints it beside the other certificate-like pages."""
    rng = np.random.default_rng(seed)
    lines = starved_truth()
    face = _font("PTSerif-Regular.ttf", 54)
    step = 81
    mask = Image.new("L", (1600, 100 + step * len(lines)), 0)
    draw = ImageDraw.Draw(mask)
    for index, line in enumerate(lines):
        draw.text((90, 100 + index * step), line, font=face, fill=255)
    covered = np.asarray(mask, dtype=np.float32) / 255
    grain = rng.random(covered.shape) < 0.8  # most of a stroke takes only a little ink
    lift = rng.uniform(185, 250, covered.shape)
    paper = (222, 228, 214)
    page = np.empty((*covered.shape, 3), dtype=np.float32)
    for channel, level in enumerate(paper):
        ink = np.where(grain, lift * level / 255, 30.0)
        page[..., channel] = level * (1 - covered) + ink * covered
    image = Image.fromarray(np.clip(page, 0, 255).astype(np.uint8))
    return _noise(image.filter(ImageFilter.GaussianBlur(0.7)), 3.0, seed)


def starved_truth() -> list[str]:
    return truth("framed") + truth("certificate")


MAKERS = {"certificate": certificate, "brown": brown, "framed": framed, "folded": folded}


def make(name: str) -> Image.Image:
    return MAKERS[name]()


def write_all(folder: Path) -> list[Path]:
    """Every page as folder/images/<name>.png and its text as folder/text/<name>.txt."""
    (folder / "images").mkdir(parents=True, exist_ok=True)
    (folder / "text").mkdir(parents=True, exist_ok=True)
    paths = []
    for name in NAMES:
        path = folder / "images" / f"{name}.png"
        make(name).save(path, dpi=(150, 150))
        (folder / "text" / f"{name}.txt").write_text("\n".join(truth(name)), encoding="utf-8")
        paths.append(path)
    return paths
