"""A small, realistic family catalogue for the export tests, built through the interchange loader.

Пётр Семёнович Карпенко (an illustrative person, not a real one): arrested in August 1937, sentenced
by an NKVD troika, shot on 20 October 1937 according to the archive; the 1958 death certificate
given to the family says he died in 1943 "in places of detention" of pneumonia: the 108ss pattern.
Page images are drawn here with DejaVu Sans, and their word boxes are measured from the drawing, so
the transcriptions line up with the pixels exactly as OCR output would.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PIL import Image, ImageDraw, ImageFont

from catalog.db import Catalog
from catalog.io.interchange_load import load_file

FONT = Path(__file__).resolve().parents[2] / "resources" / "fonts" / "DejaVuSans.ttf"

CERTIFICATE_LINES = [
    "СВИДЕТЕЛЬСТВО О СМЕРТИ",
    "Гр. Карпенко Пётр Семёнович",
    "умер 10 июня 1943 г.",
    "возраст 49 лет",
    "причина смерти воспаление легких",
    "место смерти в местах заключения",
    "Бюро ЗАГС г. Харькова 14 мая 1958 г.",
]
REPLY_LINES = [
    "АРХИВНАЯ СПРАВКА",
    "Карпенко Пётр Семёнович 1894 г.р.",
    "арестован 12 августа 1937 г.",
    "тройкой при УНКВД по Харьковской обл.",
    "10 октября 1937 г. приговорён к ВМН",
    "расстрелян 20 октября 1937 г. в г. Харькове",
]

P_UID = "7d0c7a30-0000-4000-8000-000000000001"
P2_UID = "7d0c7a30-0000-4000-8000-000000000002"
D_UIDS = [f"7d0c7a30-0000-4000-8000-0000000001{n:02d}" for n in range(1, 5)]


def draw_page(
    lines: list[str], path: Path, *, size: tuple[int, int] = (1240, 900), fmt: str = "PNG"
) -> list[dict[str, Any]]:
    """Draw the lines on a page image; return the words with their boxes as OCR would."""
    image = Image.new("L", size, 250)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(str(FONT), 34)
    words: list[dict[str, Any]] = []
    text_offset = 0
    y = 90
    for line_no, line in enumerate(lines, start=1):
        x = 110
        for k, word in enumerate(line.split()):
            # Boxes from a fixed advance, not from the font rasteriser, so that golden files do
            # not depend on the FreeType version; the glyphs are drawn inside them.
            width = round(len(word) * 23)
            draw.text((x, y), word, fill=20, font=font)
            words.append(
                {
                    "text": word,
                    "x": x,
                    "y": y + 4,
                    "width": width,
                    "height": 32,
                    "confidence": 88.0 + (line_no + k) % 10,
                    "block": 1 if line_no == 1 else 2,
                    "paragraph": 1,
                    "line": line_no,
                    "start": text_offset,
                    "end": text_offset + len(word),
                }
            )
            text_offset += len(word) + 1
            x += width + 18
        y += 90
    image.save(path, fmt, dpi=(150, 150), **({"quality": 92} if fmt == "JPEG" else {}))
    return words


def line_region(words: list[dict[str, Any]], line: int) -> list[int]:
    """[x, y, width, height] around the words of one line."""
    chosen = [w for w in words if w["line"] == line]
    left = min(w["x"] for w in chosen)
    top = min(w["y"] for w in chosen)
    right = max(w["x"] + w["width"] for w in chosen)
    bottom = max(w["y"] + w["height"] for w in chosen)
    return [left, top, right - left, bottom - top]


def draw_photo(path: Path) -> None:
    """A sepia 'portrait': an oval head and shoulders, enough to be recognisably a photograph."""
    image = Image.new("RGB", (360, 460), (214, 198, 170))
    draw = ImageDraw.Draw(image)
    draw.ellipse((110, 70, 250, 240), fill=(120, 96, 70))
    draw.rectangle((60, 260, 300, 460), fill=(80, 64, 50))
    draw.ellipse((40, 230, 320, 330), fill=(80, 64, 50))
    image.save(path, "JPEG", quality=90)


def interchange(folder: Path) -> dict[str, Any]:
    images = folder / "images"
    images.mkdir(parents=True, exist_ok=True)
    certificate_words = draw_page(CERTIFICATE_LINES, images / "certificate.png")
    reply_words = draw_page(REPLY_LINES, images / "reply.jpg", fmt="JPEG")
    draw_photo(images / "photo.jpg")
    created = "2024-03-01T10:00:00"
    return {
        "format": "spravka-catalog",
        "version": 1,
        "persons": [
            {
                "id": "p1",
                "uid": P_UID,
                "surname": "Карпенко",
                "given_name": "Пётр",
                "patronymic": "Семёнович",
                "sex": "m",
                "birth": {"date": "1894"},
                "birth_place": "Полтавская губ., с. Ковали",
                "nationality": "украинец",
                "occupation": "счетовод",
                "residence": "г. Харьков",
                "notes": "Illustrative example, not a real person.",
                "name_variants": [
                    {
                        "surname": "Karpenko",
                        "given_name": "Petr",
                        "patronymic": "Semenovich",
                        "script": "Latn",
                        "scheme": "icao",
                        "kind": "transliteration",
                    },
                    {"surname": "Карпенков", "given_name": "Петр", "patronymic": "Семенович"},
                ],
                "claims": [
                    {
                        "id": "c1",
                        "uid": "7d0c7a30-0000-4000-8000-000000000201",
                        "kind": "arrest",
                        "date": "1937-08-12",
                        "source": "d2",
                        "page": 1,
                        "quote": "арестован 12 августа 1937 г.",
                    },
                    {
                        "id": "c2",
                        "uid": "7d0c7a30-0000-4000-8000-000000000202",
                        "kind": "sentence",
                        "date": "1937-10-10",
                        "body": "Тройка при УНКВД по Харьковской обл.",
                        "body_code": "TROIKA_NKVD",
                        "article": "54-10",
                        "sentence": "ВМН",
                        "source": "d2",
                        "page": 1,
                    },
                    {
                        "id": "c3",
                        "uid": "7d0c7a30-0000-4000-8000-000000000203",
                        "kind": "execution",
                        "date": "1937-10-20",
                        "place": "г. Харьков",
                        "source": "d2",
                        "page": 1,
                        "region": line_region(reply_words, 6),
                        "quote": "расстрелян 20 октября 1937 г. в г. Харькове",
                    },
                    {
                        "id": "c4",
                        "uid": "7d0c7a30-0000-4000-8000-000000000204",
                        "kind": "death",
                        "date": "1943-06-10",
                        "cause": "воспаление легких",
                        "place": "в местах заключения",
                        "source": "d1",
                        "page": 1,
                        "quote": "умер 10 июня 1943 г.",
                    },
                    {
                        "id": "c5",
                        "uid": "7d0c7a30-0000-4000-8000-000000000205",
                        "kind": "rehabilitation",
                        "date": "1958-03",
                        "date_qualifier": "about",
                        "body": "Военный трибунал КВО",
                        "basis": "за отсутствием состава преступления",
                        "source": "d3",
                    },
                    {
                        "id": "c6",
                        "uid": "7d0c7a30-0000-4000-8000-000000000206",
                        "kind": "burial",
                        "date": "1937",
                        "date_qualifier": "after",
                        "place": "Харьков, 6-й квартал лесопарка",
                        "note": "Место захоронения установлено по данным Мемориала.",
                    },
                ],
            },
            {
                "id": "p2",
                "uid": P2_UID,
                "surname": "Карпенко",
                "given_name": "Мария",
                "patronymic": "Ивановна",
                "sex": "f",
                "birth": {"date": "1899-02", "qualifier": "about"},
                "name_variants": [
                    {"surname": "Гончаренко", "given_name": "Мария", "kind": "maiden"}
                ],
            },
        ],
        "documents": [
            {
                "id": "d1",
                "uid": D_UIDS[0],
                "kind": "death_certificate",
                "title": "Свидетельство о смерти (повторное)",
                "issuer": "Бюро ЗАГС г. Харькова",
                "issued": "1958-05-14",
                "act_record_date": "1958-05-14",
                "persons": [{"person": "p1", "role": "subject"}],
                "pages": [
                    {
                        "image": "images/certificate.png",
                        "transcriptions": [
                            {
                                "origin": "engine",
                                "engine": "tesseract 5.3.0",
                                "settings": "rus+eng",
                                "created": created,
                                "text": "\n".join(CERTIFICATE_LINES),
                                "words": certificate_words,
                            }
                        ],
                    }
                ],
            },
            {
                "id": "d2",
                "uid": D_UIDS[1],
                "kind": "archival_reply",
                "title": "Архивная справка",
                "issuer": "УСБУ в Харьковской обл.",
                "issued": "1992-11-03",
                "archive": {"name": "ГДА СБУ", "fond": "6", "opis": "1", "delo": "12345-фп"},
                "persons": [{"person": "p1", "role": "subject"}],
                "pages": [
                    {
                        "image": "images/reply.jpg",
                        "transcriptions": [
                            {
                                "origin": "engine",
                                "engine": "tesseract 5.3.0",
                                "settings": "rus+eng",
                                "created": created,
                                "text": "\n".join(REPLY_LINES),
                                "words": reply_words,
                            },
                            {
                                "origin": "human",
                                "author": "volunteer",
                                "created": "2024-03-02T09:30:00",
                                "text": "\n".join(REPLY_LINES),
                                "words": reply_words,
                            },
                        ],
                    }
                ],
            },
            {
                "id": "d3",
                "uid": D_UIDS[2],
                "kind": "rehabilitation_certificate",
                "title": "Справка о реабилитации",
                "issued": "1958-03-27",
                "persons": [{"person": "p1", "role": "subject"}],
            },
            {
                "id": "d4",
                "uid": D_UIDS[3],
                "kind": "photo",
                "title": "Фотография, около 1930 г.",
                "persons": [{"person": "p1", "role": "subject"}],
                "pages": [{"image": "images/photo.jpg"}],
            },
        ],
        "flags": [
            {
                "person": "p1",
                "claim": "c4",
                "claims": ["c3", "c4"],
                "kind": "likely_falsified_death",
                "rule": "execution_conflict",
                "score": 0.9,
                "status": "suggested",
                "reasons": [
                    {
                        "en": "The archive says he was shot on 20 October 1937, but the 1958 "
                        "certificate gives a death in 1943 in places of detention of pneumonia.",
                        "ru": "По архивным данным расстрелян 20 октября 1937 г., а в "
                        "свидетельстве 1958 г. указана смерть в 1943 г. в местах заключения "
                        "от воспаления легких.",
                    },
                    {
                        "en": "The certificate was registered in 1958, when instruction 108ss "
                        "told registry offices to record invented dates and causes.",
                        "ru": "Запись акта сделана в 1958 г., когда по указанию 108сс "
                        "органы ЗАГС записывали вымышленные даты и причины смерти.",
                    },
                ],
            }
        ],
    }


def build(catalog: Catalog, folder: Path) -> dict[str, int]:
    """Load the family into `catalog`; return the catalogue ids of its records by local id."""
    folder.mkdir(parents=True, exist_ok=True)
    file = folder / "family.json"
    file.write_text(json.dumps(interchange(folder), ensure_ascii=False, indent=1), "utf-8")
    load_file(catalog, file)
    from sqlalchemy import select

    from catalog import models

    ids: dict[str, int] = {}
    with catalog.read() as session:
        for person in session.scalars(select(models.Person)):
            ids[person.source_id or ""] = person.id
        for document in session.scalars(select(models.Document)):
            ids[document.source_id or ""] = document.id
    return ids
