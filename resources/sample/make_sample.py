"""Build the sample catalogue shipped with Spravka: `sample.json` and small certificate images.

Run from the repository root: `python resources/sample/make_sample.py`. The output is committed;
the script is kept so that the sample can be regenerated and changed. Everything in it is made
up for illustration: the persons are fictional and their notes say so, though the pattern shown
by Karpenko's papers (an execution in 1937 reported to the family in 1958 as a death in 1943
"in places of detention" of pneumonia) is the real pattern of KGB instruction 108ss.

The page images are drawn here word by word, so every word's box is exact; the "engine"
transcriptions carry those boxes with invented confidences, and one deliberate misreading
("воспалеиие") for a first-time user to correct.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass, field
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = Path(__file__).resolve().parent
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
FONT_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"
WIDTH, HEIGHT = 900, 1200
MARGIN = 70
NOTE_RU = "Вымышленный человек: пример для знакомства с программой, не реальное лицо."
NOTE = f"{NOTE_RU} / Fictional person, an illustrative example, not a real individual."


@dataclass
class Page:
    lines: list[tuple[str, bool]]  # (text, bold?)
    misread: dict[str, str] = field(default_factory=dict)  # word -> what the "engine" read
    stamp: bool = False


def draw_page(name: str, page: Page, rng: random.Random) -> dict:
    """Draw the page, save it as a small grey JPEG, return its interchange page object."""
    image = Image.new("L", (WIDTH, HEIGHT), 232)
    noise = Image.effect_noise((WIDTH, HEIGHT), 6).point(lambda v: v // 8)
    image = Image.composite(image, Image.new("L", image.size, 222), noise.point(lambda v: 255))
    draw = ImageDraw.Draw(image)
    regular = ImageFont.truetype(FONT, 25)
    bold = ImageFont.truetype(FONT_BOLD, 30)
    words: list[dict] = []
    text_lines: list[str] = []
    y = MARGIN + 20
    offset = 0
    for line_no, (line, is_bold) in enumerate(page.lines):
        font = bold if is_bold else regular
        tokens = line.split()
        space = draw.textlength(" ", font=font)
        line_width = sum(draw.textlength(t, font=font) for t in tokens) + space * (len(tokens) - 1)
        x = (WIDTH - line_width) / 2 if is_bold else MARGIN
        read_tokens = []
        for token in tokens:
            draw.text((x, y), token, font=font, fill=38)
            left, top, right, bottom = draw.textbbox((x, y), token, font=font)
            read = page.misread.get(token, token)
            confidence = 41.0 if read != token else round(rng.uniform(78, 97), 1)
            start = offset + len(" ".join(read_tokens)) + (1 if read_tokens else 0)
            words.append(
                {
                    "text": read,
                    "x": int(left) - 2,
                    "y": int(top) - 2,
                    "width": int(right - left) + 4,
                    "height": int(bottom - top) + 4,
                    "confidence": confidence,
                    "block": 1,
                    "paragraph": 1,
                    "line": line_no + 1,
                    "start": start,
                    "end": start + len(read),
                }
            )
            read_tokens.append(read)
            x += draw.textlength(token, font=font) + space
        text_line = " ".join(read_tokens)
        text_lines.append(text_line)
        offset += len(text_line) + 1
        y += 62 if is_bold else 44
    if page.stamp:
        cx, cy, r = WIDTH - 230, HEIGHT - 230, 95
        draw.ellipse((cx - r, cy - r, cx + r, cy + r), outline=120, width=4)
        draw.ellipse((cx - r + 14, cy - r + 14, cx + r - 14, cy + r - 14), outline=120, width=2)
        small = ImageFont.truetype(FONT, 20)
        draw.text((cx, cy), "ЗАГС", font=small, fill=120, anchor="mm")
    image = image.filter(ImageFilter.GaussianBlur(0.6))
    path = HERE / "images" / f"{name}.jpg"
    path.parent.mkdir(exist_ok=True)
    image.save(path, "JPEG", quality=60, optimize=True, dpi=(100, 100))
    text = "\n".join(text_lines)
    confidences = [w["confidence"] for w in words]
    return {
        "image": f"images/{name}.jpg",
        "dpi": 100,
        "transcriptions": [
            {
                "origin": "engine",
                "engine": "tesseract 5.3.0",
                "settings": "rus+eng",
                "created": "2024-03-02T10:15:00",
                "text": text,
                "confidence": round(sum(confidences) / len(confidences), 1),
                "words": words,
            }
        ],
    }


def region_of(page: dict, quote: str) -> list[int]:
    """The union of the boxes of the words that spell `quote` on the page."""
    words = page["transcriptions"][0]["words"]
    wanted = quote.split()
    for i in range(len(words) - len(wanted) + 1):
        if [w["text"] for w in words[i : i + len(wanted)]] == wanted:
            chosen = words[i : i + len(wanted)]
            left = min(w["x"] for w in chosen)
            top = min(w["y"] for w in chosen)
            right = max(w["x"] + w["width"] for w in chosen)
            bottom = max(w["y"] + w["height"] for w in chosen)
            return [left, top, right - left, bottom - top]
    raise ValueError(f"{quote!r} is not on the page")


def cite(page: dict, quote: str) -> dict:
    return {"page": 1, "region": region_of(page, quote), "quote": quote}


def build() -> dict:
    rng = random.Random(1937)
    death_certificate = draw_page(
        "karpenko-death-certificate-1958",
        Page(
            lines=[
                ("СВИДЕТЕЛЬСТВО О СМЕРТИ", True),
                ("I-ЖЛ № 000112 (образец)", False),
                ("", False),
                ("Гражданин Карпенко Пётр Семёнович", False),
                ("умер 10 июня 1943 г.", False),
                ("в возрасте 49 лет,", False),
                ("причина смерти: воспаление лёгких,", False),
                ("место смерти: в местах заключения,", False),
                ("о чём в книге регистрации актов о смерти", False),
                ("14 мая 1958 г. произведена запись за № 112.", False),
                ("", False),
                ("Место регистрации: Бюро ЗАГС г. Харькова.", False),
                ("Дата выдачи: 14 мая 1958 г.", False),
            ],
            misread={"воспаление": "воспалеиие", "000112": "0001l2"},
            stamp=True,
        ),
        rng,
    )
    archival_reply = draw_page(
        "karpenko-archival-reply-1992",
        Page(
            lines=[
                ("АРХИВНАЯ СПРАВКА", True),
                ("Карпенко Пётр Семёнович, 1894 г. р.,", False),
                ("уроженец с. Ковали Полтавской губ.,", False),
                ("арестован 12 августа 1937 г.", False),
                ("Постановлением тройки при УНКВД", False),
                ("по Харьковской обл. от 10 октября 1937 г.", False),
                ("по ст. 54-10 УК УССР приговорён к ВМН.", False),
                ("Приговор приведён в исполнение", False),
                ("20 октября 1937 г. в г. Харькове.", False),
                ("Реабилитирован 27 марта 1958 г.", False),
                ("", False),
                ("3 ноября 1992 г.", False),
            ],
        ),
        rng,
    )
    rehabilitation = draw_page(
        "lebedeva-rehabilitation-1956",
        Page(
            lines=[
                ("СПРАВКА", True),
                ("Дело по обвинению Лебедевой Анны Ивановны,", False),
                ("1901 г. р., арестованной 3 марта 1938 г.,", False),
                ("пересмотрено Военным трибуналом МВО", False),
                ("21 августа 1956 г.", False),
                ("Постановление Особого совещания при НКВД", False),
                ("СССР от 2 июля 1938 г. отменено, дело", False),
                ("прекращено за отсутствием состава", False),
                ("преступления. Лебедева А. И. реабилитирована.", False),
            ],
        ),
        rng,
    )
    repeat_certificate = draw_page(
        "goldman-death-certificate-1990",
        Page(
            lines=[
                ("СВИДЕТЕЛЬСТВО О СМЕРТИ", True),
                ("(повторное)", False),
                ("Гражданин Гольдман Яков Миронович", False),
                ("умер 2 ноября 1937 г.", False),
                ("в возрасте 48 лет,", False),
                ("причина смерти: расстрел,", False),
                ("место смерти: г. Москва.", False),
                ("Дата выдачи: 16 мая 1990 г.", False),
            ],
            stamp=True,
        ),
        rng,
    )

    documents = [
        {
            "id": "d1",
            "kind": "death_certificate",
            "title": "Свидетельство о смерти Карпенко П. С.",
            "issuer": "Бюро ЗАГС г. Харькова",
            "issued": "1958-05-14",
            "act_record_date": "1958-05-14",
            "notes": "Образец. Sample document.",
            "pages": [death_certificate],
            "persons": [{"person": "p1", "role": "subject"}],
        },
        {
            "id": "d2",
            "kind": "archival_reply",
            "title": "Архивная справка о Карпенко П. С.",
            "issuer": "УСБУ в Харьковской обл.",
            "issued": "1992-11-03",
            "notes": "Образец. Sample document.",
            "pages": [archival_reply],
            "persons": [{"person": "p1", "role": "subject"}],
        },
        {
            "id": "d3",
            "kind": "rehabilitation_certificate",
            "title": "Справка о реабилитации Лебедевой А. И.",
            "issuer": "Военный трибунал МВО",
            "issued": "1956-08-21",
            "notes": "Образец. Sample document.",
            "pages": [rehabilitation],
            "persons": [{"person": "p2", "role": "subject"}],
        },
        {
            "id": "d4",
            "kind": "death_certificate",
            "title": "Повторное свидетельство о смерти Гольдмана Я. М.",
            "issuer": "Дворец бракосочетания № 1 г. Москвы (отдел ЗАГС)",
            "issued": "1990-05-16",
            "notes": "Образец. Sample document.",
            "pages": [repeat_certificate],
            "persons": [{"person": "p3", "role": "subject"}],
        },
    ]
    d1, d2, d3, d4 = (d["pages"][0] for d in documents)
    persons = [
        {
            "id": "p1",
            "surname": "Карпенко",
            "given_name": "Пётр",
            "patronymic": "Семёнович",
            "sex": "m",
            "birth": {"date": "1894"},
            "birth_place": "Полтавская губ., с. Ковали",
            "occupation": "счетовод",
            "notes": NOTE,
            "name_variants": [
                {
                    "surname": "Karpenko",
                    "given_name": "Petr",
                    "patronymic": "Semenovich",
                    "script": "Latn",
                    "scheme": "icao",
                    "kind": "transliteration",
                },
                {"surname": "Карпенко", "given_name": "Петро", "patronymic": "Семенович"},
            ],
            "claims": [
                {
                    "id": "c1",
                    "kind": "arrest",
                    "date": "1937-08-12",
                    "source": "d2",
                    **cite(d2, "арестован 12 августа 1937 г."),
                },
                {
                    "id": "c2",
                    "kind": "sentence",
                    "date": "1937-10-10",
                    "body": "Тройка при УНКВД по Харьковской обл.",
                    "body_code": "TROIKA_NKVD",
                    "article": "54-10",
                    "sentence": "ВМН",
                    "source": "d2",
                    **cite(d2, "по ст. 54-10 УК УССР приговорён к ВМН."),
                },
                {
                    "id": "c3",
                    "kind": "execution",
                    "date": "1937-10-20",
                    "place": "г. Харьков",
                    "source": "d2",
                    **cite(d2, "20 октября 1937 г. в г. Харькове."),
                },
                {
                    "id": "c4",
                    "kind": "death",
                    "date": "1943-06-10",
                    "cause": "воспаление лёгких",
                    "place": "в местах заключения",
                    "source": "d1",
                    **cite(d1, "умер 10 июня 1943 г."),
                },
                {
                    "id": "c5",
                    "kind": "rehabilitation",
                    "date": "1958-03-27",
                    "source": "d2",
                    **cite(d2, "Реабилитирован 27 марта 1958 г."),
                },
            ],
        },
        {
            "id": "p2",
            "surname": "Лебедева",
            "given_name": "Анна",
            "patronymic": "Ивановна",
            "sex": "f",
            "birth": {"date": "1901-05-14"},
            "birth_place": "г. Тверь",
            "occupation": "учительница",
            "notes": NOTE,
            "claims": [
                {
                    "id": "c6",
                    "kind": "arrest",
                    "date": "1938-03-03",
                    "source": "d3",
                    **cite(d3, "арестованной 3 марта 1938 г.,"),
                },
                {
                    "id": "c7",
                    "kind": "sentence",
                    "date": "1938-07-02",
                    "body": "Особое совещание при НКВД СССР",
                    "body_code": "OSO",
                    "article": "КРД",
                    "sentence": "8 лет ИТЛ",
                    "note": "Статья и срок — из семейного письма, в справке их нет.",
                },
                {
                    "id": "c8",
                    "kind": "release",
                    "date": "1946-03",
                    "date_qualifier": "about",
                    "note": "По воспоминаниям дочери.",
                },
                {
                    "id": "c9",
                    "kind": "rehabilitation",
                    "date": "1956-08-21",
                    "body": "Военный трибунал МВО",
                    "body_code": "VT",
                    "basis": "за отсутствием состава преступления",
                    "source": "d3",
                    **cite(d3, "21 августа 1956 г."),
                },
            ],
        },
        {
            "id": "p3",
            "surname": "Гольдман",
            "given_name": "Яков",
            "patronymic": "Миронович",
            "sex": "m",
            "birth": {"date": "1889"},
            "birth_place": "г. Житомир",
            "occupation": "инженер",
            "notes": NOTE,
            "name_variants": [
                {
                    "surname": "Goldman",
                    "given_name": "Iakov",
                    "patronymic": "Mironovich",
                    "script": "Latn",
                    "scheme": "icao",
                    "kind": "transliteration",
                }
            ],
            "claims": [
                {
                    "id": "c10",
                    "kind": "death",
                    "date": "1937-11-02",
                    "cause": "расстрел",
                    "place": "г. Москва",
                    "source": "d4",
                    **cite(d4, "умер 2 ноября 1937 г."),
                },
            ],
        },
        {
            "id": "p4",
            "surname": "Шевчук",
            "given_name": "Олекса",
            "patronymic": "Іванович",
            "sex": "m",
            "birth": {"date": "1899", "qualifier": "about"},
            "birth_place": "Київська губ.",
            "notes": NOTE,
            "name_variants": [
                {
                    "surname": "Шевчук",
                    "given_name": "Алексей",
                    "patronymic": "Иванович",
                    "kind": "spelling",
                    "note": "в русских документах",
                },
                {
                    "surname": "Shevchuk",
                    "given_name": "Oleksa",
                    "script": "Latn",
                    "scheme": "bgn",
                    "kind": "transliteration",
                },
            ],
            "claims": [
                {
                    "id": "c11",
                    "kind": "arrest",
                    "date": "1937",
                    "note": "Вывод исследователя по семейной переписке; документов пока нет.",
                }
            ],
        },
    ]
    return {
        "format": "spravka-catalog",
        "version": 1,
        "persons": persons,
        "documents": documents,
        # No flags: the checks raise them when the sample catalogue is made
        # (`desktop.sample.create_sample_catalog`), so the sample shows the engine's own.
        "flags": [],
    }


def main() -> None:
    data = build()
    (HERE / "sample.json").write_text(
        json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    for path in sorted((HERE / "images").iterdir()):
        print(f"{path.name}: {path.stat().st_size // 1024} KB")


if __name__ == "__main__":
    main()
