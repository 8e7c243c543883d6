"""Claims, person details and page texts for the benchmark catalogue.

Real record bodies from Memorial's lists (`/work/shared/data/memorial-records-dev/records.txt.gz`,
when present) are read with a few regular expressions into birth place, nationality, occupation,
residence and claims (arrest, sentence, execution, rehabilitation); without them, records are
synthesised from the same vocabulary. Page texts are archival replies, rehabilitation
certificates and death certificates of realistic length, built around a person's record.
"""

from __future__ import annotations

import gzip
import random
import re
from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_RECORDS = Path("/work/shared/data/memorial-records-dev/records.txt.gz")

_GENITIVE = "января февраля марта апреля мая июня июля августа сентября октября ноября декабря"
_PREPOSITIONAL = "январе феврале марте апреле мае июне июле августе сентябре октябре ноябре декабре"
MONTHS = {m: i + 1 for i, m in enumerate(_GENITIVE.split())}
MONTHS_IN = {m: i + 1 for i, m in enumerate(_PREPOSITIONAL.split())}
_FULL = re.compile(r"(\d{1,2})\s+([а-я]+)\s+(\d{4})")
_MONTH = re.compile(r"в\s+([а-я]+)\s+(\d{4})")
_NUM = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")
_YEAR = re.compile(r"(\d{4})\s*г")


def parse_date(text: str) -> str | None:
    """The first date in a line as ISO text at its stated precision."""
    if m := _FULL.search(text):
        month = MONTHS.get(m.group(2))
        if month:
            return f"{int(m.group(3)):04d}-{month:02d}-{min(int(m.group(1)), 28):02d}"
    if m := _NUM.search(text):
        month, day = int(m.group(2)), int(m.group(1))
        if 1 <= month <= 12 and 1 <= day <= 28:
            return f"{int(m.group(3)):04d}-{month:02d}-{day:02d}"
    if m := _MONTH.search(text):
        month = MONTHS_IN.get(m.group(1))
        if month:
            return f"{int(m.group(2)):04d}-{month:02d}"
    if m := _YEAR.search(text):
        return m.group(1)
    return None


@dataclass
class Record:
    text: str
    female: bool | None
    birth_year: str | None = None
    birth_place: str = ""
    nationality: str = ""
    occupation: str = ""
    residence: str = ""
    claims: list[dict[str, str]] = field(default_factory=list)


def parse_record(text: str) -> Record:
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    female = None
    if re.search(r"\b(Родилась|Арестована|Приговорена|Проживала)\b", text):
        female = True
    elif re.search(r"\b(Родился|Арестован|Приговорен|Проживал)\b", text):
        female = False
    record = Record(text=text.strip(), female=female)
    sentence_claim: dict[str, str] | None = None
    for line in lines:
        if line.startswith(("Родился", "Родилась")):
            parts = [p.strip() for p in line.split(";")]
            year = _YEAR.search(parts[0])
            record.birth_year = year.group(1) if year else None
            place = parts[0].split("г.,", 1)
            record.birth_place = place[1].strip() if len(place) > 1 else ""
            if len(parts) > 1:
                record.nationality = parts[1]
        elif line.startswith(("Проживал", "Прож.")):
            record.residence = line.split(":", 1)[-1].strip().rstrip(".")
        elif line.startswith(("Арестован", "Арест.")):
            if date := parse_date(line):
                record.claims.append({"kind": "arrest", "date": date})
        elif line.startswith("Приговорен"):
            body, _, article = line.split(":", 1)[-1].partition("обв.:")
            date = parse_date(body)
            body = re.sub(r"\d{1,2}\s+[а-я]+\s+\d{4}\s*г\.?|в\s+\d{4}\s*г\.?", "", body)
            sentence_claim = {
                "kind": "sentence",
                "date": date or "",
                "body": body.strip(" ,."),
                "article": article.strip(" ."),
            }
            record.claims.append(sentence_claim)
        elif line.startswith("Приговор:"):
            text_ = line.split(":", 1)[1].strip(" .")
            if sentence_claim is None:
                sentence_claim = {"kind": "sentence", "date": ""}
                record.claims.append(sentence_claim)
            sentence_claim["sentence"] = text_
        elif line.startswith(("Расстрелян", "Расстреляна")):
            if date := parse_date(line):
                record.claims.append({"kind": "execution", "date": date})
        elif line.startswith(("Реабилитирован", "Реабилитирована")):
            date = parse_date(line)
            rest = re.sub(r"^Реабилитирован[а]?\s*", "", line)
            record.claims.append({"kind": "rehabilitation", "date": date or "", "basis": rest})
        elif not line.startswith(("Место", "Источник")) and not record.occupation:
            record.occupation = line.rstrip(".")
    return record


def load_records(path: Path | None) -> list[Record]:
    source = path or DEFAULT_RECORDS
    if not source.exists():
        return []
    with gzip.open(source, "rt", encoding="utf-8") as handle:
        bodies = handle.read().split("\n---\n")
    return [parse_record(body) for body in bodies if body.strip()]


REGIONS = [
    "Иркутской",
    "Новосибирской",
    "Ленинградской",
    "Московской",
    "Харьковской",
    "Киевской",
    "Винницкой",
    "Омской",
    "Свердловской",
    "Челябинской",
    "Алтайского",
    "Красноярского",
    "Одесской",
    "Полтавской",
    "Томской",
]
BODIES = [
    "Тройка при УНКВД по {r} обл.", "Комиссия НКВД и Прокурора СССР", "ОСО при НКВД СССР",
    "ВКВС СССР", "Военный трибунал {r} обл.", "Особая тройка УНКВД по {r} обл.",
]  # fmt: skip
SENTENCES = [
    "ВМН",
    "расстрел",
    "10 лет ИТЛ",
    "8 лет ИТЛ",
    "5 лет ссылки",
    "ВМН, конфискация имущества",
]
ARTICLES = ["58-10", "58-11", "58-1 а", "58-6", "58-7", "58-8", "54-10", "58-2, 58-11"]
OCCUPATIONS = [
    "колхозник",
    "рабочий",
    "завода",
    "счетовод",
    "учитель",
    "священник",
    "бухгалтер",
    "инженер",
    "слесарь",
    "кузнец",
    "столяр",
    "портной",
    "врач",
    "агроном",
    "техник",
]
NATIONALITIES = ["русский", "украинец", "белорус", "еврей", "поляк", "немец", "татарин"]
CAUSES_108 = ["воспаление легких", "паралич сердца", "инфаркт миокарда", "гнойный плеврит"]


def synthetic_record(rng: random.Random) -> Record:
    region = rng.choice(REGIONS)
    year = rng.choice([1937, 1937, 1938, 1938, 1933, 1941, 1930])
    arrest = f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    claims = [
        {"kind": "arrest", "date": arrest},
        {
            "kind": "sentence",
            "date": f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
            "body": rng.choice(BODIES).format(r=region),
            "article": rng.choice(ARTICLES),
            "sentence": rng.choice(SENTENCES),
        },
    ]
    if claims[1]["sentence"] in ("ВМН", "расстрел", "ВМН, конфискация имущества"):
        claims.append(
            {
                "kind": "execution",
                "date": f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
            }
        )
    claims.append(
        {
            "kind": "rehabilitation",
            "date": str(rng.choice([1956, 1957, 1958, 1989, 1990])),
            "basis": "",
        }
    )
    return Record(
        text="",
        female=None,
        birth_place=f"{region.replace('ой', 'ая')} обл.",
        nationality=rng.choice(NATIONALITIES),
        occupation=rng.choice(OCCUPATIONS),
        residence=f"{region.replace('ой', 'ая')} обл.",
        claims=claims,
    )


# -- page texts ----------------------------------------------------------------------------------

BOILERPLATE = [
    "По архивным данным Управления ФСБ России по {r} области сообщаем следующее.",
    "Основание: архивное уголовное дело № П-{n}, хранящееся в архиве УФСБ.",
    "Сведениями о месте захоронения архив не располагает.",
    "Справка выдана для предъявления в органы социальной защиты населения.",
    "Дело пересмотрено, постановление отменено, дело производством прекращено за отсутствием "
    "состава преступления.",
    "Начальник архивного отдела (подпись) М.П.",
    "Ваше заявление о судьбе родственника рассмотрено.",
    "В соответствии со статьей 3 Закона Российской Федерации «О реабилитации жертв "
    "политических репрессий» от 18 октября 1991 года реабилитирован.",
    "Приговор приведен в исполнение. Данных о месте захоронения в материалах дела нет.",
    "Копия справки направлена в отдел ЗАГС по месту жительства заявителя для регистрации смерти.",
]


def page_text(rng: random.Random, name: str, record: Record, kind: str, seq: int) -> str:
    region = rng.choice(REGIONS)
    lines: list[str] = []
    if seq == 1:
        title = {
            "archival_reply": "АРХИВНАЯ СПРАВКА",
            "rehabilitation_certificate": "СПРАВКА О РЕАБИЛИТАЦИИ",
            "death_certificate": "СВИДЕТЕЛЬСТВО О СМЕРТИ",
        }.get(kind, "СПРАВКА")
        lines += [
            title,
            f"Гражданин {name}, {record.birth_year or 'год рождения неизвестен'} г. р.",
        ]
    body = record.text or "\n".join(
        f"{c['kind']}: {c.get('date', '')} {c.get('body', '')} {c.get('sentence', '')}"
        for c in record.claims
    )
    lines.append(body)
    while sum(len(line) for line in lines) < rng.randint(1200, 2800):
        lines.append(rng.choice(BOILERPLATE).format(r=region, n=rng.randint(1000, 99999)))
    return "\n".join(lines)


def ocr_noise(rng: random.Random, text: str, rate: float = 0.015) -> str:
    """Engine output: a few letters misread, as Tesseract does on a stamped, faded page."""
    confusions = {"о": "0", "е": "с", "и": "н", "л": "п", "ш": "щ", "т": "г", "З": "3"}
    chars = list(text)
    for i, ch in enumerate(chars):
        if ch in confusions and rng.random() < rate:
            chars[i] = confusions[ch]
    return "".join(chars)


def layout_words(text: str, width: int, height: int) -> list[dict[str, int | str | float]]:
    """Word boxes for a text laid out as lines on a page of the given pixel size."""
    words: list[dict[str, int | str | float]] = []
    x, y, line_h = 80, 90, 34
    line = 0
    for match in re.finditer(r"\S+", text):
        word = match.group(0)
        w = 14 * len(word)
        if x + w > width - 80 or text[max(0, match.start() - 1)] == "\n":
            x, y, line = 80, y + line_h, line + 1
        if y > height - 60:
            break
        words.append(
            {
                "text": word, "x": x, "y": y, "width": w, "height": 26, "confidence": 88.0,
                "block": 1, "paragraph": 1, "line": line, "start": match.start(),
                "end": match.end(),
            }
        )  # fmt: skip
        x += w + 12
    return words
