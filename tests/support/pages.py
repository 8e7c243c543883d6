"""Certificate-like page images with known text, for OCR tests and sample catalogues.

`render_certificate(...)` types a Soviet-era certificate (a ZAGS death certificate of the 108ss
kind, a rehabilitation certificate, or an archival reply) in a typewriter-like monospaced font
with Cyrillic letters, on yellowed paper, optionally skewed, noised and stamped with a round
violet stamp, and returns the image with its ground truth: the text, line by line, and the
boxes of the key fields (name, dates…) in the returned image's pixels.

The font is the DejaVu Sans Mono committed under resources/fonts/ (its licence beside it), so
pages come out the same on every machine. Everything random is drawn from `seed`.

    page = render_certificate(Person(...), kind="death", skew=1.5, stamp=True, seed=3)
    page.image.save("page.png", dpi=(page.dpi, page.dpi))
    page.fields["death"].text, page.fields["death"].box
"""

from __future__ import annotations

import math
import random
import re
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

FONT = Path(__file__).resolve().parents[2] / "resources" / "fonts" / "DejaVuSansMono.ttf"
STAMP_INK = (92, 64, 168)  # violet
TYPE_INK = (38, 34, 40)
VIOLET_RIBBON = (84, 52, 150)
PAPER = (236, 226, 198)

MONTHS = [
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
]


def russian_date(iso: str) -> str:
    """'1937-11-15' -> '15 ноября 1937'."""
    year, month, day = (int(part) for part in iso.split("-"))
    return f"{day} {MONTHS[month - 1]} {year}"


@dataclass(frozen=True)
class Person:
    surname: str = "Корнилов"
    given_name: str = "Степан"
    patronymic: str = "Игнатьевич"
    birth_year: int = 1896
    birth_place: str = "с. Манзурка Качугского района"
    arrest: str = "1937-11-15"
    sentence: str = "1938-02-19"
    body: str = "Тройкой УНКВД по Иркутской области"
    execution: str = "1938-02-21"
    claimed_death: str = "1943-08-17"  # what the family was told
    claimed_cause: str = "воспаление легких"
    rehabilitation: str = "1957-01-25"
    issued: str = "1957-11-12"

    @property
    def full_name(self) -> str:
        return f"{self.surname} {self.given_name} {self.patronymic}"

    @property
    def genitive_name(self) -> str:
        # Good enough for the masculine names used in tests: Корнилов -> Корнилова.
        return f"{self.surname}а {self.given_name}а {self.patronymic}а"


# Each line may hold fields as {name:text}; the braces are not typed.
TEMPLATES = {
    "death": [
        "        СВИДЕТЕЛЬСТВО О СМЕРТИ",
        "",
        "Гражданин {name:{full_name}}",
        "умер {death:{claimed_death}} года",
        "в возрасте {age:{age}} лет,",
        "о чем в книге записей актов гражданского",
        "состояния о смерти {act:{issued}} года",
        "произведена запись за N 214.",
        "Причина смерти: {cause:{claimed_cause}}.",
        "Место смерти: не установлено.",
        "Место регистрации: Бюро ЗАГС",
        "Кировского района г. Иркутска.",
        "",
        "Дата выдачи {issued:{issued}} г.",
        "",
        "Заведующий бюро ЗАГС",
    ],
    "rehabilitation": [
        "              СПРАВКА",
        "",
        "Дело по обвинению {name:{genitive_name}},",
        "{birth:{birth_year}} года рождения, уроженца",
        "{birth_place}, до ареста",
        "{arrest:{arrest}} года работавшего",
        "пересмотрено Военным трибуналом ЗабВО",
        "{rehabilitation:{rehabilitation}} года.",
        "Постановление от {sentence:{sentence}} года",
        "отменено, дело прекращено за отсутствием",
        "состава преступления.",
        "{surname} посмертно реабилитирован.",
        "",
        "Председатель Военного трибунала",
    ],
    "archival": [
        "          АРХИВНАЯ СПРАВКА",
        "",
        "{name:{full_name}},",
        "{birth:{birth_year}} года рождения, арестован",
        "{arrest:{arrest}} года. Осужден",
        "{body}",
        "{sentence:{sentence}} года к высшей мере",
        "наказания - расстрелу.",
        "Приговор приведен в исполнение",
        "{execution:{execution}} года.",
        "Реабилитирован {rehabilitation:{rehabilitation}} года.",
        "",
        "Начальник архива",
    ],
}
DATE_FIELDS = {"arrest", "sentence", "execution", "rehabilitation", "issued"}
_FIELD = re.compile(r"\{(\w+):\{(\w+)\}\}|\{(\w+)\}")


@dataclass(frozen=True)
class FieldBox:
    name: str
    text: str
    box: tuple[int, int, int, int]  # x, y, width, height in the page image's pixels


@dataclass(frozen=True)
class CertificatePage:
    image: Image.Image  # RGB
    text: str  # the typed text, lines joined by "\n"
    fields: dict[str, FieldBox] = field(default_factory=dict)
    dpi: int = 200
    stamp_box: tuple[int, int, int, int] | None = None  # x, y, width, height


def _values(person: Person) -> dict[str, str]:
    values = {
        "full_name": person.full_name,
        "genitive_name": person.genitive_name,
        "surname": person.surname,
        "birth_year": str(person.birth_year),
        "birth_place": person.birth_place,
        "body": person.body,
        "claimed_cause": person.claimed_cause,
        "age": str(int(person.claimed_death[:4]) - person.birth_year),
    }
    for name in ("arrest", "sentence", "execution", "claimed_death", "rehabilitation", "issued"):
        values[name] = russian_date(getattr(person, name))
    return values


def _expand(line: str, values: dict[str, str]) -> tuple[str, list[tuple[str, int, int]]]:
    """The typed line and its fields as (name, start, end) character spans."""
    out = ""
    spans = []
    position = 0
    for match in _FIELD.finditer(line):
        out += line[position : match.start()]
        if match.group(1):
            text = values[match.group(2)]
            spans.append((match.group(1), len(out), len(out) + len(text)))
        else:
            text = values[match.group(3)]
        out += text
        position = match.end()
    return out + line[position:], spans


def _affine_turn(angle: float, width: int, height: int) -> tuple[tuple[float, ...], int, int]:
    """Coefficients mapping output to input pixels for a clockwise turn by `angle` degrees
    (lines then fall to the right, as on a sheet fed in askew), and the output size."""
    radians = math.radians(angle)
    cos, sin = math.cos(radians), math.sin(radians)
    new_width = math.ceil(abs(width * cos) + abs(height * sin))
    new_height = math.ceil(abs(width * sin) + abs(height * cos))
    # Forward (input -> output), y down, clockwise: x' = cos x - sin y, y' = sin x + cos y.
    cx, cy, ncx, ncy = width / 2, height / 2, new_width / 2, new_height / 2
    # Inverse: x = cos (x'-ncx) + sin (y'-ncy) + cx, y = -sin (x'-ncx) + cos (y'-ncy) + cy.
    coefficients = (cos, sin, cx - cos * ncx - sin * ncy, -sin, cos, cy + sin * ncx - cos * ncy)
    return coefficients, new_width, new_height


def _turn_point(angle: float, size: tuple[int, int], new_size: tuple[int, int], x: float, y: float):
    radians = math.radians(angle)
    cos, sin = math.cos(radians), math.sin(radians)
    dx, dy = x - size[0] / 2, y - size[1] / 2
    return cos * dx - sin * dy + new_size[0] / 2, sin * dx + cos * dy + new_size[1] / 2


def _stamp(diameter: int, rng: random.Random) -> Image.Image:
    """A round violet stamp on a transparent layer: two rings, lettering around, a star."""
    layer = Image.new("L", (diameter, diameter), 0)
    draw = ImageDraw.Draw(layer)
    width = max(2, diameter // 60)
    draw.ellipse((0, 0, diameter - 1, diameter - 1), outline=255, width=width)
    inner = diameter // 6
    draw.ellipse((inner, inner, diameter - inner, diameter - inner), outline=255, width=width)
    font = ImageFont.truetype(str(FONT), max(10, diameter // 12))
    lettering = "НАРОДНЫЙ КОМИССАРИАТ ВНУТРЕННИХ ДЕЛ * "
    radius = diameter / 2 - diameter / 12
    centre = diameter / 2
    for index, letter in enumerate(lettering):
        angle = 2 * math.pi * index / len(lettering) - math.pi / 2
        glyph = Image.new("L", (diameter // 10, diameter // 10), 0)
        ImageDraw.Draw(glyph).text((glyph.width / 2, glyph.height / 2), letter, 255, font, "mm")
        glyph = glyph.rotate(-math.degrees(angle) - 90, resample=Image.Resampling.BICUBIC)
        x = centre + radius * math.cos(angle) - glyph.width / 2
        y = centre + radius * math.sin(angle) - glyph.height / 2
        layer.paste(255, (round(x), round(y)), glyph)
    star = [
        (
            centre + (diameter / 8 if k % 2 == 0 else diameter / 20) * math.cos(math.pi * k / 5),
            centre + (diameter / 8 if k % 2 == 0 else diameter / 20) * math.sin(math.pi * k / 5),
        )
        for k in range(10)
    ]
    draw.polygon(star, fill=255)
    # Uneven pressure: the stamp's ink is patchy.
    patches = np.asarray(layer, dtype=np.float32) / 255.0
    noise = np.random.default_rng(rng.randrange(1 << 30)).uniform(0.55, 1.0, patches.shape)
    return Image.fromarray((patches * noise * 255).astype(np.uint8))


def render_certificate(
    person: Person | None = None,
    *,
    kind: str = "death",
    dpi: int = 200,
    skew: float = 0.0,
    noise: float = 0.0,
    stamp: bool = False,
    colour: bool = True,
    ink: tuple[int, int, int] = TYPE_INK,
    seed: int = 0,
) -> CertificatePage:
    """A typed certificate. `skew` in degrees (positive: lines fall to the right), `noise`
    0..1 (speckle, grain and blur), `stamp`: a violet stamp over the last lines, `ink`: the
    ribbon's colour (violet ribbons were common), `colour`: False for a greyscale scan."""
    person = person or Person()
    rng = random.Random(seed)
    values = _values(person)
    lines = [_expand(line, values) for line in TEMPLATES[kind]]

    # An A5 sheet; 12-point type (a typewriter's pica, 10 letters to the inch, so at most
    # 52 letters to a line here), a line and a half apart.
    width, height = round(148 / 25.4 * dpi), round(210 / 25.4 * dpi)
    font = ImageFont.truetype(str(FONT), round(12 / 72 * dpi))
    advance = font.getlength("М")
    line_pitch = round(12 / 72 * dpi * 1.5)
    left, top = round(0.6 * dpi), round(0.7 * dpi)
    strikes = Image.new("L", (width, height), 0)  # where the typewriter struck, 0..255
    draw = ImageDraw.Draw(strikes)
    ascent, descent = font.getmetrics()
    fields: dict[str, FieldBox] = {}
    for row, (text, spans) in enumerate(lines):
        y = top + row * line_pitch
        for column, letter in enumerate(text):
            if letter == " ":
                continue
            # Typewriter: letters a little off their line and unevenly struck.
            jitter = rng.uniform(-0.04, 0.04) * ascent
            strength = round(rng.uniform(0.78, 1.0) * 255)
            draw.text((left + column * advance, y + jitter), letter, strength, font)
        for name, start, end in spans:
            fields[name] = FieldBox(
                name,
                text[start:end],
                (
                    round(left + start * advance),
                    y,
                    round((end - start) * advance),
                    ascent + descent,
                ),
            )
    if noise:
        strikes = strikes.filter(ImageFilter.GaussianBlur(0.6 + noise))

    paper = np.empty((height, width, 3), dtype=np.float32)
    paper[:] = PAPER if colour else (232, 232, 232)
    # Uneven light: one corner darker.
    ramp = np.linspace(1.0, 0.9, width, dtype=np.float32)[None, :, None]
    paper *= ramp
    alpha = np.asarray(strikes, dtype=np.float32)[..., None] / 255.0
    page = paper * (1 - alpha) + np.array(ink, dtype=np.float32) * alpha

    stamp_box = None
    if stamp:
        diameter = round(1.55 * dpi)  # a 40 mm stamp
        layer = np.asarray(_stamp(diameter, rng), dtype=np.float32)[..., None] / 255.0
        last = top + (len(lines) - 1) * line_pitch
        sx = round(width * 0.45)
        sy = max(0, min(height - diameter, last - diameter // 2))
        region = page[sy : sy + diameter, sx : sx + diameter]
        ink_colour = np.array(STAMP_INK if colour else (110, 110, 110), dtype=np.float32)
        # Stamp ink lies over the typing: multiply, as ink on paper does.
        region[:] = region * (1 - layer * 0.85) + region * ink_colour / 255.0 * layer * 0.85
        stamp_box = (sx, sy, diameter, diameter)

    if noise:
        generator = np.random.default_rng(seed)
        page += generator.normal(0, 18 * noise, page.shape[:2])[..., None]
        specks = generator.random(page.shape[:2]) < 0.002 * noise
        page[specks] = 60
    image = Image.fromarray(np.clip(page, 0, 255).astype(np.uint8), "RGB")
    if not colour:
        image = image.convert("L").convert("RGB")

    if skew:
        coefficients, new_width, new_height = _affine_turn(skew, width, height)
        fill = tuple(round(v) for v in PAPER) if colour else (232, 232, 232)
        image = image.transform(
            (new_width, new_height),
            Image.Transform.AFFINE,
            coefficients,
            resample=Image.Resampling.BICUBIC,
            fillcolor=fill,
        )

        def turn_box(box: tuple[int, int, int, int]) -> tuple[int, int, int, int]:
            x, y, w, h = box
            corners = [
                _turn_point(skew, (width, height), (new_width, new_height), px, py)
                for px in (x, x + w)
                for py in (y, y + h)
            ]
            xs, ys = [c[0] for c in corners], [c[1] for c in corners]
            return (
                round(min(xs)),
                round(min(ys)),
                round(max(xs) - min(xs)),
                round(max(ys) - min(ys)),
            )

        fields = {name: FieldBox(f.name, f.text, turn_box(f.box)) for name, f in fields.items()}
        stamp_box = turn_box(stamp_box) if stamp_box else None

    return CertificatePage(
        image=image,
        text="\n".join(text for text, _ in lines),
        fields=fields,
        dpi=dpi,
        stamp_box=stamp_box,
    )
