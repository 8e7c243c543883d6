"""What a record says about the person: name heading, sex, nationality, party, education.

Sex comes from the grammar of the record («Родился / Родилась», «Арестован / Арестована») and,
failing that, from the name: a patronymic in -вич/-вна decides, a surname in -ов/-ова, -ский/-ская
helps. Name normalisation and transliteration belong to `catalog.search`; here a heading line is
only split into surname, given name and patronymic as written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from catalog.vocab import Sex

_MALE_VERBS = re.compile(
    r"\b(?:Родился|Арестован|Приговорен|Приговорён|Осужден|Осуждён|Расстрелян|Реабилитирован|"
    r"Проживал|Умер|Скончался|Погиб|Освобожден|Освобождён|Выслан|Сослан|уроженец|Работал)\b"
)
_FEMALE_VERBS = re.compile(
    r"\b(?:Родилась|Арестована|Приговорена|Осуждена|Расстреляна|Реабилитирована|Проживала|"
    r"Умерла|Скончалась|Погибла|Освобождена|Выслана|Сослана|уроженка|Работала)\b"
)


def sex_from_text(text: str) -> str | None:
    """ "m" or "f" from the record's grammar, or None if it says nothing (or contradicts itself)."""
    male = len(_MALE_VERBS.findall(text))
    female = len(_FEMALE_VERBS.findall(text))
    if male > female:
        return Sex.MALE.value
    if female > male:
        return Sex.FEMALE.value
    return None


def sex_from_name(surname: str = "", given_name: str = "", patronymic: str = "") -> str | None:
    patronymic = patronymic.lower()
    if re.search(r"(?:вич|ьич|ич|оглы|улы|уулу)$", patronymic):
        return Sex.MALE.value
    if re.search(r"(?:вна|чна|кызы|гызы)$", patronymic):
        return Sex.FEMALE.value
    surname = surname.lower()
    if re.search(r"(?:ова|ева|ёва|ина|ына|ская|цкая|ая)$", surname):
        return Sex.FEMALE.value
    if re.search(r"(?:ов|ев|ёв|ин|ын|ский|цкий|ой|ый)$", surname):
        return Sex.MALE.value
    return None


# -- person chunks of a birth line: «русский; б/п; образование начальное» --------------------

_PARTY = re.compile(
    r"\bб/п\b|беспартийн|\bчлен\b|\bчл\.|кандидат|ВКП|ВЛКСМ|КПСС|РКП|\bКП\b|партий|эсер|"
    r"социал|меньшевик|анархист|\bискл\.|исключ|\bБунд|коммунист|комсомол|\bРСДРП|\bПСР\b",
    re.IGNORECASE,
)
_EDUCATION = re.compile(
    r"образован|грамотн|учился|училась|окончил|\bкласс|\bн/нач|\bн/ср|"
    r"^(?:высшее|среднее|начальное|низшее)\b",
    re.IGNORECASE,
)
_CITIZENSHIP = re.compile(r"подданств|гражданств|гражданин|гражданка|подданн", re.IGNORECASE)
_NATIONALITY_SHAPE = re.compile(r"^[а-яё]+(?:-[а-яё]+)?(?:\s+\([^)]*\))?$")
# Stems of nationalities as record texts write them (русский, русская, русские; поляк, полька …).
_NATIONALITY_STEMS = re.compile(
    r"^(?:русск|украин|белорус|поляк|польк|евре|немец|немк|немц|татар|казах|бурят|латыш|литов|"
    r"эстон|чуваш|башкир|удмурт|осетин|мордв|мари|калмык|карел|армян|грузин|азербайдж|тюрк|узбек|"
    r"киргиз|кыргыз|таджик|туркмен|кабардин|балкар|чечен|ингуш|финн|фин|швед|молдаван|румын|"
    r"венгр|чех|словак|болгар|грек|гречанк|серб|хорват|коре|китa|кита|япон|перс|иран|ассири|айсор|"
    r"цыган|эвенк|эвен|якут|саха|коми|ненец|ханты|манси|тунгус|алта|хакас|тувин|ойрот|шор|кумык|"
    r"лезгин|авар|даргин|лак|ногa|ногай|черкес|адыг|абхаз|карачаев|крымчак|караим|гагауз|австри|"
    r"англич|француз|итальян|американ|датчан|голланд|бельги|норвеж|турок|турч|турк|курд|араб|"
    r"афган|монгол|уйгур|дунган|кряшен|мещеряк|нагайбак|вепс|ижор|саам|долган|нанa|нана|ульч|нивх|"
    r"удэге|эскимос|чукч|коряк|мариец|марийк|бесермян|каракалпак|ирак|латгал|литвин|малоросс|"
    r"великорос|русин|хохол|поволж|греч|словен|черногор|албан|испан|португал|швейцар|эстляндк)"
)
# Words of a place: «обл.», «р-н», «АССР», or an abbreviation before a name («с. Ковали»).
_PLACE_MARKERS = re.compile(
    r"\b(?:обл|р-н|край|кр\.|губ|уезд|волост|район|АССР|ССР)|"
    r"\b(?:с|д|г|дер|пос|ст-ца|хут|м|мест)\.\s*[А-ЯЁ]",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Chunk:
    kind: str  # nationality | party | education | citizenship | place | other
    text: str


def classify_chunk(text: str, *, loose: bool = False) -> Chunk:
    """What a part of a birth line is. With `loose`, any single lowercase word counts as a
    nationality (right after «Родился …;» nothing else is written that way)."""
    value = text.strip(" .,;")
    if not value:
        return Chunk("other", "")
    if _PARTY.search(value) and not _PLACE_MARKERS.search(value):
        return Chunk("party", value)
    if _EDUCATION.search(value) and not _PLACE_MARKERS.search(value):
        return Chunk("education", value)
    if _CITIZENSHIP.search(value):
        return Chunk("citizenship", value)
    # Nationalities are written in lower case («русский», «поляки»); «Китай» is a place.
    if (
        value[:1].islower()
        and _NATIONALITY_SHAPE.match(value.lower())
        and len(value) <= 30
        and (loose or _NATIONALITY_STEMS.match(value.lower()))
    ):
        return Chunk("nationality", value)
    if _PLACE_MARKERS.search(value) or value[:1].isupper():
        return Chunk("place", value)
    return Chunk("other", value)


# -- a name heading: «Абабков Иван Алексеевич (1896)», «ФЛОРЕНСКИЙ Павел Александрович, 1882 г. р.»

_NAME_WORD = r"[А-ЯЁ][а-яёА-ЯЁ'’-]*(?:\s*\([А-ЯЁа-яё ,.-]+\))?"
_HEADING = re.compile(
    rf"^\s*(?P<surname>{_NAME_WORD})\s+(?P<given>[А-ЯЁ][а-яё'’-]+|[А-ЯЁ]\.)"
    rf"(?:\s+(?P<patronymic>[А-ЯЁ][а-яё'’-]+|[А-ЯЁ]\.))?"
    r"(?=\s*(?:\(\d{4}\)|,|\.|$|\n|\s+\d{4}\s*г))"
)
_NOT_NAMES = re.compile(
    r"^(?:Родил|Род\.|Арест|Приговор|Расстрел|Реабилит|Прожива|Прож\.|Место|Умер|Источник|"
    r"Освобожд|Осужд|Член|Работал|Служил|Не\s|В\s|Дело|Постанов|Тройк|Особ|Комисс)",
)


@dataclass(frozen=True)
class NameHeading:
    surname: str
    given_name: str
    patronymic: str
    start: int
    end: int


def name_heading(line: str) -> NameHeading | None:
    """Surname, given name and patronymic at the start of a line, if it begins with a name."""
    if _NOT_NAMES.match(line.strip()):
        return None
    match = _HEADING.match(line)
    if match is None:
        return None
    surname = match["surname"]
    # Surnames written in capitals are common in lists: keep them as written but title-case them
    # only if the whole surname is capitals (ФЛОРЕНСКИЙ → Флоренский).
    if surname.isupper() and len(surname) > 1:
        surname = surname[0] + surname[1:].lower()
    return NameHeading(
        surname=surname,
        given_name=match["given"],
        patronymic=match["patronymic"] or "",
        start=match.start("surname"),
        end=match.end(),
    )


_VARIANT_PARTS = re.compile(
    r"варианты\s+(?P<part>фамилии|имени|отчества)\s*:\s*(?P<values>[^;)]*)", re.IGNORECASE
)


def name_variants(text: str) -> list[tuple[str, str]]:
    """(part, value) pairs from «(варианты фамилии: Моор; варианты имени: Махман)»;
    part is surname, given_name or patronymic."""
    parts = {"фамилии": "surname", "имени": "given_name", "отчества": "patronymic"}
    found = []
    for match in _VARIANT_PARTS.finditer(text):
        for value in re.split(r"\s*,\s*", match["values"]):
            value = value.strip(" .()")
            if value:
                found.append((parts[match["part"].lower()], value))
    return found
