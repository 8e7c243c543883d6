"""Russian number words, as civil-registry certificates write dates out in full.

A Soviet death certificate states the date twice, in figures and in words: «10.VI.1943 г.
(десятого июня тысяча девятьсот сорок третьего года)». This module reads the cardinal and
ordinal words needed for days (1–31) and years ("тысяча девятьсот сорок третьего"), in the
grammatical forms such certificates use, and also Roman numerals for months, including the
Cyrillic look-alike letters and the typewriter conventions of Soviet offices (П for II, Ш for III,
У for V: «20.ХП.1937», «1.УШ.37»).
"""

from __future__ import annotations

import re

# Value and stem of each number word; ordinal endings are added below.
_ORDINAL_STEMS: dict[int, tuple[str, ...]] = {
    1: ("перв",),
    2: ("втор",),
    3: ("трет",),
    4: ("четвёрт", "четверт"),
    5: ("пят",),
    6: ("шест",),
    7: ("седьм",),
    8: ("восьм",),
    9: ("девят",),
    10: ("десят",),
    11: ("одиннадцат",),
    12: ("двенадцат",),
    13: ("тринадцат",),
    14: ("четырнадцат",),
    15: ("пятнадцат",),
    16: ("шестнадцат",),
    17: ("семнадцат",),
    18: ("восемнадцат",),
    19: ("девятнадцат",),
    20: ("двадцат",),
    30: ("тридцат",),
    40: ("сороков",),
    50: ("пятидесят",),
    60: ("шестидесят",),
    70: ("семидесят",),
    80: ("восьмидесят",),
    90: ("девяност",),
    100: ("сот",),
    200: ("двухсот",),
    300: ("трехсот", "трёхсот"),
    400: ("четырехсот", "четырёхсот"),
    500: ("пятисот",),
    600: ("шестисот",),
    700: ("семисот",),
    800: ("восьмисот",),
    900: ("девятисот",),
    1000: ("тысячн",),
    2000: ("двухтысячн",),
}
_ORDINAL_ENDINGS = ("ого", "ое", "ый", "ой", "ий", "ая", "ом", "ому", "ье", "ьего", "ьем", "ьему")

_CARDINALS: dict[str, int] = {
    "один": 1,
    "одно": 1,
    "одна": 1,
    "одного": 1,
    "два": 2,
    "две": 2,
    "двух": 2,
    "три": 3,
    "трёх": 3,
    "трех": 3,
    "четыре": 4,
    "четырёх": 4,
    "четырех": 4,
    "пять": 5,
    "пяти": 5,
    "шесть": 6,
    "шести": 6,
    "семь": 7,
    "семи": 7,
    "восемь": 8,
    "восьми": 8,
    "девять": 9,
    "девяти": 9,
    "десять": 10,
    "десяти": 10,
    "одиннадцать": 11,
    "двенадцать": 12,
    "тринадцать": 13,
    "четырнадцать": 14,
    "пятнадцать": 15,
    "шестнадцать": 16,
    "семнадцать": 17,
    "восемнадцать": 18,
    "девятнадцать": 19,
    "двадцать": 20,
    "двадцати": 20,
    "тридцать": 30,
    "тридцати": 30,
    "сорок": 40,
    "сорока": 40,
    "пятьдесят": 50,
    "шестьдесят": 60,
    "семьдесят": 70,
    "восемьдесят": 80,
    "девяносто": 90,
    "сто": 100,
    "двести": 200,
    "триста": 300,
    "четыреста": 400,
    "пятьсот": 500,
    "шестьсот": 600,
    "семьсот": 700,
    "восемьсот": 800,
    "девятьсот": 900,
    "тысяча": 1000,
    "тысячи": 1000,
    "тысячу": 1000,
}

# Keys are lower case with ё written as е, as `_key` looks them up.
NUMBER_WORDS: dict[str, tuple[int, bool]] = {
    word.replace("ё", "е"): (value, False) for word, value in _CARDINALS.items()
}
for _value, _stems in _ORDINAL_STEMS.items():
    for _stem in _stems:
        for _ending in _ORDINAL_ENDINGS:
            NUMBER_WORDS.setdefault((_stem + _ending).replace("ё", "е"), (_value, True))
NUMBER_WORDS.update({"третий": (3, True), "третья": (3, True), "третье": (3, True)})


def _key(word: str) -> str:
    return word.lower().replace("ё", "е")


def words_value(words: list[str]) -> int | None:
    """The number a sequence of number words spells, or None if they do not form one.

    "тысяча девятьсот сорок третьего" → 1943; "двадцать первого" → 21; "одна тысяча
    девятьсот тридцать седьмого" → 1937. Below a thousand each word must be smaller than the one
    before it, which refuses jumbles like "пять двадцать".
    """
    if not words:
        return None
    total = 0
    group = 0
    previous: int | None = None
    for raw in words:
        entry = NUMBER_WORDS.get(_key(raw))
        if entry is None:
            return None
        value = entry[0]
        if value == 1000:
            total += (group or 1) * 1000
            group, previous = 0, None
            continue
        if value == 2000:
            total += 2000
            group, previous = 0, None
            continue
        if previous is not None and value >= previous:
            return None
        group += value
        previous = value
    return total + group


# -- Roman numerals ---------------------------------------------------------------------------

# Look-alikes to Latin: Cyrillic І and Ѵ (in pre-reform and Ukrainian typefaces), Х, and the
# typewriter letters П (II), Ш (III) and У (V) of Soviet offices whose machines had no Latin keys.
_ROMAN_LOOKALIKES = {
    "І": "I",
    "і": "I",
    "Ӏ": "I",
    "Ι": "I",
    "l": "I",
    "1": "I",
    "Ѵ": "V",
    "ѵ": "V",
    "У": "V",
    "Х": "X",
    "х": "X",
    "x": "X",
    "П": "II",
    "Ш": "III",
    "v": "V",
    "i": "I",
}
ROMAN_CHARS = "IVXІѴХУПШ"
ROMAN_PATTERN = r"[IVXІѴХУПШ][IVXІѴХУПШ1l]{0,3}"
_MONTHS = {
    "I": 1,
    "II": 2,
    "III": 3,
    "IV": 4,
    "V": 5,
    "VI": 6,
    "VII": 7,
    "VIII": 8,
    "IX": 9,
    "X": 10,
    "XI": 11,
    "XII": 12,
}
_ROMAN_TOKEN = re.compile(r"^[IVXІѴХУПШ1l]{1,5}$")


def roman_month(text: str) -> int | None:
    """1–12 for a Roman month numeral written with Latin, Cyrillic or typewriter letters."""
    if not _ROMAN_TOKEN.match(text) or text.isdigit():
        return None
    latin = "".join(_ROMAN_LOOKALIKES.get(ch, ch) for ch in text)
    return _MONTHS.get(latin)
