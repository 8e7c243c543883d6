"""Uncertain dates in Russian and Ukrainian texts: ranges, periods, seasons and decades.

Two kinds of reading, both pure:

* whole forms found by `find_spans`, which `catalog.text.dates` weighs against single dates
  (the longest leftmost reading wins):

      между 1937 и 1938 г. · в 1937–1938 гг. · 1937-1938 гг. · в 1937-38 гг. · с 1941 по 1946 г.
      не ранее мая не позднее июля 1938 г. · между маем и июлем 1938 г.
      весной 1938 г. · летом 1941 · осенью 1937 г. · зимой 1937/38 г. · навесні 1933 р.
      в 1930-х годах · в 1930-е годы · 1930-х гг. · в 30-х годах

* two single dates joined by their words (`join`): «между 20.10.1937 и 05.01.1938»,
  «не ранее 1937 г., но не позднее 1938 г.», «с 20 октября 1937 г. по 1 мая 1938 г.».

«между …», «не ранее … не позднее …» and a dash give a range in which one event happened
(qualifier `between`); «с … по …» gives a period that lasted (`period`). Winter of a year is
the winter that ends in it: «зимой 1938 г.» is December 1937 to February 1938, like «зимой
1937/38 г.».
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from catalog.vocab import Qualifier

_LETTER = "а-яёіїєґa-z"
_NOT_LETTER = f"(?![{_LETTER}])"
_YEAR4 = r"(?:1[6-9]\d\d|20\d\d)"
_YEARS_WORD = rf"(?:\s*(?:гг?\.?|годы|годах|годов|года|году|год|рр?\.|роки|роках){_NOT_LETTER})?"

Point = tuple[int, int | None, int | None]  # year, month, day


@dataclass(frozen=True)
class RangeSpan:
    """A range read as a whole: [start, end) of the text, its two points and its qualifier."""

    start: int
    end: int
    first: Point
    last: Point
    qualifier: Qualifier


def _second_year(first: int, text: str) -> int:
    """«1937-38»: a two-digit second year shares the century of the first."""
    digits = text.strip()
    if len(digits) == 2:
        return first // 100 * 100 + int(digits)
    return int(digits)


_YEAR_RANGE = re.compile(
    rf"(?:(?<![{_LETTER}])(?:(?P<between>между)|(?P<from>с|со|з|від)|в|во|у)\s+)?"
    rf"(?<![\d.,/№-])(?P<y1>{_YEAR4})\s*(?:г\.?\s*)?"
    rf"(?:(?P<dash>[-–—/])|(?P<and>и|і|та)|(?P<to>по|до))\s*"
    rf"(?P<y2>{_YEAR4}|\d{{2}})(?![\d.,-]\d)(?!\d)"
    rf"(?P<word>{_YEARS_WORD})",
    re.IGNORECASE,
)


def _year_ranges(text: str) -> list[RangeSpan]:
    found = []
    for match in _YEAR_RANGE.finditer(text):
        first = int(match["y1"])
        last = _second_year(first, match["y2"])
        if last <= first or last - first > 100:
            continue
        # «между 1937 и 1938» and «с 1941 по 1946» say what they are; a dash or a slash needs a
        # year word after it, or «1937-1938» in «ст. 1937-1938» might be anything.
        if match["and"] and not match["between"]:
            continue
        if match["dash"] and not (match["word"].strip() or match["between"] or match["from"]):
            continue
        if match["to"] and not match["from"]:
            continue
        qualifier = Qualifier.PERIOD if match["from"] else Qualifier.BETWEEN
        if match["dash"] == "/" and last == first + 1 and not match["from"]:
            qualifier = Qualifier.BETWEEN  # «1937/38 г.»: one of the two years
        found.append(
            RangeSpan(
                match.start(),
                _trim(text, match.end()),
                (first, None, None),
                (last, None, None),
                qualifier,
            )
        )
    return found


_SEASONS = {
    "весн": "spring", "навесні": "spring", "весною": "spring",
    "лет": "summer", "влітку": "summer", "літом": "summer", "улітку": "summer",
    "осен": "autumn", "осінн": "autumn", "восени": "autumn", "осінню": "autumn",
    "зим": "winter", "взимку": "winter", "узимку": "winter", "зимою": "winter",
}  # fmt: skip
_SEASON = re.compile(
    rf"(?<![{_LETTER}])(?P<season>весн(?:ой|ою|а|ы|е)|навесні|лет(?:ом|о|а)|влітку|улітку|літом"
    rf"|осен(?:ью|ь|и)|восени|осінню|зим(?:ой|ою|а|ы)|взимку|узимку)"
    rf"\s+(?:(?:того\s+же\s+)?)(?P<y1>{_YEAR4})(?:\s*/\s*(?P<y2>\d{{2}}|{_YEAR4}))?"
    rf"(?P<word>{_YEARS_WORD})",
    re.IGNORECASE,
)


def _season_name(word: str) -> str | None:
    word = word.lower()
    for prefix, name in sorted(_SEASONS.items(), key=lambda item: -len(item[0])):
        if word.startswith(prefix):
            return name
    return None


def _seasons(text: str) -> list[RangeSpan]:
    found = []
    for match in _SEASON.finditer(text):
        name = _season_name(match["season"])
        if name is None:
            continue
        year = int(match["y1"])
        if name == "winter":
            # «зимой 1937/38 г.» names both years; «зимой 1938 г.» the winter ending in 1938.
            if match["y2"] is not None:
                if _second_year(year, match["y2"]) != year + 1:
                    continue
                year += 1
            first, last = (year - 1, 12, None), (year, 2, None)
        elif match["y2"] is not None:
            continue
        else:
            month = {"spring": 3, "summer": 6, "autumn": 9}[name]
            first, last = (year, month, None), (year, month + 2, None)
        found.append(
            RangeSpan(match.start(), _trim(text, match.end()), first, last, Qualifier.BETWEEN)
        )
    return found


_DECADE = re.compile(
    rf"(?:(?<![{_LETTER}])(?:в|во|у)\s+)?(?<![\d.,/-])(?P<y>1[6-9]\d0|20\d0|[1-9]0)"
    rf"\s*-?\s*(?:х|е|ые|ых|ті|тих|ые\s+гг\.)(?![{_LETTER}])"
    rf"(?P<word>{_YEARS_WORD})",
    re.IGNORECASE,
)


def _decades(text: str) -> list[RangeSpan]:
    found = []
    for match in _DECADE.finditer(text):
        digits = match["y"]
        # «в 30-х годах» needs its word: «30-х» alone is too often something else.
        if len(digits) == 2 and not match["word"].strip():
            continue
        first = int(digits) + (1900 if len(digits) == 2 else 0)
        found.append(
            RangeSpan(
                match.start(),
                _trim(text, match.end()),
                (first, None, None),
                (first + 9, None, None),
                Qualifier.BETWEEN,
            )
        )
    return found


_MONTHS = (
    ("январ", 1), ("феврал", 2), ("март", 3), ("апрел", 4), ("ма", 5), ("июн", 6),
    ("июл", 7), ("август", 8), ("сентябр", 9), ("октябр", 10), ("ноябр", 11), ("декабр", 12),
)  # fmt: skip
_MONTH_WORD = (
    r"(?:январ[ьяею]м?|феврал[ьяею]м?|март[ае]?(?:ом)?|апрел[ьяею]м?|ма[йяе]|маем|июн[ьяею]м?"
    r"|июл[ьяею]м?|август[ае]?(?:ом)?|сентябр[ьяею]м?|октябр[ьяею]м?|ноябр[ьяею]м?"
    r"|декабр[ьяею]м?)" + _NOT_LETTER
)
_MONTH_RANGE = re.compile(
    rf"(?:(?P<between>между)|(?P<after>не\s+ранее)|(?P<from>с))\s+(?P<m1>{_MONTH_WORD})\s*,?\s*"
    rf"(?:(?(between)и|(?(after)(?:и\s+|но\s+|а\s+)?не\s+(?:позднее|позже)|(?:по|до))))\s+"
    rf"(?P<m2>{_MONTH_WORD})\s+(?P<y>{_YEAR4})(?P<word>{_YEARS_WORD})",
    re.IGNORECASE,
)


def _month(word: str) -> int:
    word = word.lower()
    for prefix, number in _MONTHS:
        if word.startswith(prefix):
            return number
    raise ValueError(word)


def _month_ranges(text: str) -> list[RangeSpan]:
    found = []
    for match in _MONTH_RANGE.finditer(text):
        year = int(match["y"])
        first, last = _month(match["m1"]), _month(match["m2"])
        if last <= first:
            continue
        qualifier = Qualifier.PERIOD if match["from"] else Qualifier.BETWEEN
        found.append(
            RangeSpan(
                match.start(),
                _trim(text, match.end()),
                (year, first, None),
                (year, last, None),
                qualifier,
            )
        )
    return found


def _trim(text: str, end: int) -> int:
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end


def find_spans(text: str) -> list[RangeSpan]:
    """Every range read as a whole form, in no particular order (they may overlap)."""
    return _year_ranges(text) + _seasons(text) + _decades(text) + _month_ranges(text)


# -- joining two single dates -----------------------------------------------------------------

_BETWEEN_BEFORE = re.compile(r"(?<![а-яё])между\s+$", re.IGNORECASE)
_FROM_BEFORE = re.compile(r"(?<![а-яё])(?:с|со|від|з)\s+$", re.IGNORECASE)
_AND = re.compile(r"^\s*(?:и|і|та)\s*$", re.IGNORECASE)
_TO = re.compile(r"^\s*(?:по|до)\s*$", re.IGNORECASE)
_DASH = re.compile(r"^\s*[-–—]\s*$")
_THEN_NOT_LATER = re.compile(r"^\s*,?\s*(?:(?:и|но|а)\s+)?$", re.IGNORECASE)


def join_kind(
    text: str,
    first: tuple[int, int, Qualifier],
    second: tuple[int, int, Qualifier],
) -> tuple[Qualifier, int] | None:
    """Whether two single dates, each (start, end, qualifier) in `text`, read as one range.

    Returns the range's qualifier and where it starts (before «между» / «с»), or None.
    """
    start1, end1, qualifier1 = first
    start2, _end2, qualifier2 = second
    gap = text[end1:start2]
    if qualifier1 is Qualifier.AFTER and qualifier2 is Qualifier.BEFORE:
        if _THEN_NOT_LATER.match(gap):  # «не ранее …, но не позднее …»
            return Qualifier.BETWEEN, start1
        return None
    if qualifier1 is not Qualifier.EXACT or qualifier2 is not Qualifier.EXACT:
        return None
    before = text[max(0, start1 - 12) : start1]
    between = _BETWEEN_BEFORE.search(before)
    if between is not None and _AND.match(gap):
        return Qualifier.BETWEEN, start1 - (len(before) - between.start())
    from_ = _FROM_BEFORE.search(before)
    if from_ is not None and (_TO.match(gap) or _DASH.match(gap)):
        return Qualifier.PERIOD, start1 - (len(before) - from_.start())
    if _DASH.match(gap):
        return Qualifier.BETWEEN, start1
    return None
