"""Russian dates as archival documents and record texts write them.

`find_dates` finds every date in a text and `parse_date` the first one, each as a `ParsedDate`:
the catalogue's `PartialDate` (Gregorian, with the precision that was written: year, month or
day) and the span of the text it came from. Forms read (see the domain brief, §6):

    20 октября 1937 г. · 20-го октября 1937 года · в октябре 1937 г. · октябрь 1937 · 1937 г.
    в 1937 году · 1882 г. р. · 20.10.1937 · 20.10.37 · 1.6.44 · 05.1938 · 05.38г. · 1937-10-20
    20.X.1937 · 19/ѴІІІ-34 г. · 1934.ѴІІІ.17 · 20.ХП.1937 (typewriter П = II) · VIII.1937
    9 (21) января 1882 · 9/21 января 1882 · 31 января (12 февраля) 1882 (old and new style)
    десятого июня тысяча девятьсот сорок третьего года · 1958 года мая месяца 14 числа
    около 1937 г. · до 1938 г. · после 1940 г. · 1937 г. (приблизительно)
    Ukrainian month names (20 жовтня 1937 р.) and OCR splits such as «4.1 2.1937», «октяб-\\nря»
    ranges, periods, seasons and decades (see `catalog.text.date_ranges`): между 1937 и 1938 г.
    в 1937–1938 гг. · не ранее 1937 г., не позднее 1938 г. · весной 1938 г. · в 1930-х годах

Rules: old-style (Julian) days before the 1918 reform are converted to Gregorian, and dual dates
take their new-style half; ISO dates and dates marked «н. ст.» are Gregorian as written. Two-digit
years are 19xx. A two-digit number before «г.» is not a year (in «к 10 г. ИТЛ» it is ten years).
Impossible dates (31 июня, 29.02.1937, a thirteenth month) are refused, never corrected: they are
reported through `refused` with the reason, and a caller keeps the text unparsed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from catalog.dates import PartialDate
from catalog.errors import InvalidDate
from catalog.text import date_ranges, julian
from catalog.text.numerals import NUMBER_WORDS, ROMAN_PATTERN, roman_month, words_value
from catalog.text.textmap import TextMap, clean
from catalog.vocab import Qualifier

_LETTER = "а-яёіїєґa-z"
_NOT_LETTER = f"(?![{_LETTER}])"

_MONTH = (
    r"(?:январ[ьяею]|феврал[ьяею]|март[ае]?|апрел[ьяею]|ма[йяе]|[иiі]юн[ьяею]?|[иiі]юл[ьяею]?"
    r"|август[ае]?|сентябр[ьяею]|октябр[ьяею]|ноябр[ьяею]|декабр[ьяею]"
    r"|янв|февр?|мар|апр|авг|сент?|окт|нояб?|дек"
    r"|с[іi]ч(?:ня|ень|н[іi])|лют(?:ого|ий|ому)|берез(?:ня|ень|н[іi])|кв[іi]т(?:ня|ень|н[іi])"
    r"|трав(?:ня|ень|н[іi])|черв(?:ня|ень|н[іi])|лип(?:ня|ень|н[іi])|серп(?:ня|ень|н[іi])"
    r"|верес(?:ня|ень|н[іi])|жовт(?:ня|ень|н[іi])|листопад[аіi]?|груд(?:ня|ень|н[іi]))"
    + _NOT_LETTER
    + r"\.?"
)
_MONTH_PREFIXES = (
    ("янв", 1),
    ("фев", 2),
    ("мар", 3),
    ("апр", 4),
    ("ма", 5),
    ("июн", 6),
    ("июл", 7),
    ("авг", 8),
    ("сен", 9),
    ("окт", 10),
    ("ноя", 11),
    ("дек", 12),
    ("січ", 1),
    ("лют", 2),
    ("бер", 3),
    ("квіт", 4),
    ("трав", 5),
    ("черв", 6),
    ("лип", 7),
    ("серп", 8),
    ("вер", 9),
    ("жовт", 10),
    ("лист", 11),
    ("груд", 12),
)

_YEAR4 = r"(?:1[6-9]\d\d|20\d\d)"
# "г." (год), "р." (Ukrainian рік), "года", "году"; "гг." belongs to ranges.
_YEAR_WORD = rf"(?:\s*(?:г\.?|года|году|год|р\.){_NOT_LETTER})?"
_NEW_STYLE = r"\s*\(?\s*(?:по\s+)?(?:н\.\s*ст\.?|нов(?:ому|\.)\s*ст(?:илю|\.)?)\s*\)?"
_OLD_STYLE = r"\s*\(?\s*(?:по\s+)?(?:ст\.\s*ст\.?|стар(?:ому|\.)\s*ст(?:илю|\.)?)\s*\)?"
_QUALIFIER_BEFORE = re.compile(
    r"(?P<q>около|ок\.|приблизительно|примерно|прибл\.|не\s+ранее|не\s+позднее|не\s+позже"
    r"|после|до)\s+(?:в\s+|во\s+)?$",
    re.IGNORECASE,
)
_QUALIFIER_AFTER = re.compile(r"\s*\(\s*(?:приблизительно|примерно|прибл\.)\s*\)", re.IGNORECASE)
_QUALIFIERS = {
    "около": Qualifier.ABOUT,
    "ок.": Qualifier.ABOUT,
    "приблизительно": Qualifier.ABOUT,
    "примерно": Qualifier.ABOUT,
    "прибл.": Qualifier.ABOUT,
    "не ранее": Qualifier.AFTER,
    "после": Qualifier.AFTER,
    "не позднее": Qualifier.BEFORE,
    "не позже": Qualifier.BEFORE,
    "до": Qualifier.BEFORE,
}

# The styles a match can state: written old style (converted), new style (as written), or
# unmarked (old style if before the reform).
AUTO, OLD, NEW = "auto", "old", "new"


@dataclass(frozen=True)
class ParsedDate:
    """A date found in a text: the Gregorian `date` and the span [start, end) it was read from."""

    date: PartialDate
    start: int
    end: int
    text: str
    # The old-style day as written (year, month, day) when it was converted to Gregorian.
    old_style: tuple[int, int, int] | None = None
    note: str = ""


@dataclass(frozen=True)
class RefusedDate:
    """Text shaped like a date that names no real day; kept so that nothing is silently lost."""

    start: int
    end: int
    text: str
    reason: str


@dataclass(frozen=True)
class _Candidate:
    start: int
    end: int
    year: int | None
    month: int | None
    day: int | None
    style: str = AUTO
    # For dual dates: the old-style half, checked against the new-style one.
    old: tuple[int, int, int] | None = None
    refused: str = ""
    discard: bool = False  # consumed text that is not a date (a number like «1917-1937»)
    # A range read as a whole form: its second point and its qualifier (between or period).
    last: tuple[int, int | None, int | None] | None = None
    range_qualifier: Qualifier | None = None


def month_number(word: str) -> int | None:
    key = word.lower().replace("i", "и").replace("і", "и").rstrip(".")
    # Ukrainian names are checked with і: restore it for their prefixes.
    ukrainian = word.lower().replace("i", "і").rstrip(".")
    for prefix, number in _MONTH_PREFIXES:
        if key.startswith(prefix) or ukrainian.startswith(prefix):
            return number
    return None


def _year(text: str) -> int:
    digits = re.sub(r"\s", "", text)
    value = int(digits)
    return 1900 + value if len(digits) == 2 else value


def _number(text: str) -> int:
    return int(re.sub(r"\s", "", text))


def _strip_to_number_words(text: str, offset: int) -> tuple[list[str], int] | None:
    """Drop leading words that are not number words; return the rest and its offset."""
    words = list(re.finditer(rf"[{_LETTER}]+", text, re.IGNORECASE))
    while words and words[0].group().lower().replace("ё", "е") not in NUMBER_WORDS:
        words.pop(0)
    if not words:
        return None
    return [w.group() for w in words], offset + words[0].start()


# -- patterns ---------------------------------------------------------------------------------

_Handler = Callable[[re.Match[str]], _Candidate | None]
_PATTERNS: list[tuple[re.Pattern[str], _Handler]] = []


def _pattern(regex: str) -> Callable[[_Handler], _Handler]:
    def register(handler: _Handler) -> _Handler:
        _PATTERNS.append((re.compile(regex, re.IGNORECASE), handler))
        return handler

    return register


def _style_after(match: re.Match[str]) -> str:
    if match.groupdict().get("new"):
        return NEW
    if match.groupdict().get("old"):
        return OLD
    return AUTO


_STYLE = rf"(?:(?P<new>{_NEW_STYLE})|(?P<old>{_OLD_STYLE}))?"


@_pattern(
    rf"(?<!\d)(?P<d1>\d{{1,2}})\s*(?:\(\s*(?P<d2>\d{{1,2}})\s*\)|/\s*(?P<d2b>\d{{1,2}}))\s*"
    rf"(?P<mon>{_MONTH})\s*(?P<y>{_YEAR4}){_YEAR_WORD}"
)
def _dual_day(match: re.Match[str]) -> _Candidate | None:
    month = month_number(match["mon"])
    year = int(match["y"])
    old_day, new_day = int(match["d1"]), int(match["d2"] or match["d2b"])
    new_month, new_year = month, year
    if month is not None and new_day < old_day:  # "19 (1) декабря": the new style is a month on
        new_month = month % 12 + 1
        new_year = year + (1 if month == 12 else 0)
    return _Candidate(
        match.start(), match.end(), new_year, new_month, new_day, NEW, old=(year, month, old_day)
    )


@_pattern(
    rf"(?<!\d)(?P<d1>\d{{1,2}})\s*(?P<mon1>{_MONTH})\s*(?:(?P<y1>{_YEAR4})\s*(?:г\.?\s*)?)?"
    rf"\(\s*(?P<d2>\d{{1,2}})\s*(?P<mon2>{_MONTH})\s*(?:(?P<y2>{_YEAR4})\s*(?:г\.?\s*)?)?\)"
    rf"(?:\s*(?P<y>{_YEAR4}){_YEAR_WORD})?"
)
def _dual_month(match: re.Match[str]) -> _Candidate | None:
    old_year = match["y1"] or match["y"] or match["y2"]
    new_year = match["y2"] or match["y"] or match["y1"]
    if old_year is None or new_year is None:
        return None
    old_month, new_month = month_number(match["mon1"]), month_number(match["mon2"])
    if old_month is None or new_month is None:
        return None
    return _Candidate(
        match.start(),
        match.end(),
        int(new_year),
        new_month,
        int(match["d2"]),
        NEW,
        old=(int(old_year), old_month, int(match["d1"])),
    )


@_pattern(
    rf"(?<![\d.])(?P<d>\d{{1,2}})(?:-?(?:го|е|ое))?\s*(?P<mon>{_MONTH})\s*,?\s*"
    rf"(?:(?P<y>{_YEAR4})|(?P<yy>\d{{2}})(?=\s*г))(?:-?го)?{_YEAR_WORD}{_STYLE}"
)
def _full(match: re.Match[str]) -> _Candidate | None:
    month = month_number(match["mon"])
    year = _year(match["y"] or match["yy"])
    return _Candidate(match.start(), match.end(), year, month, int(match["d"]), _style_after(match))


@_pattern(
    rf"(?P<yw>(?:[{_LETTER}]+\s+){{1,6}}|{_YEAR4}\s*)(?:года|г\.)\s*(?P<mon>{_MONTH})\s*месяца\s+"
    rf"(?P<dw>\d{{1,2}}(?:-?го)?|[{_LETTER}]+(?:\s+[{_LETTER}]+)?)\s+числа"
)
def _act_record(match: re.Match[str]) -> _Candidate | None:
    """The civil-registry form «1958 года мая месяца 14 числа», in figures or in words."""
    start = match.start()
    year_text = match["yw"].strip()
    if year_text.isdigit():
        year = int(year_text)
    else:
        found = _strip_to_number_words(match["yw"], match.start("yw"))
        if found is None:
            return None
        year_value = words_value(found[0])
        if year_value is None:
            return None
        year, start = year_value, found[1]
    day_text = match["dw"].removesuffix("го").rstrip("-")
    day = int(day_text) if day_text.isdigit() else words_value(match["dw"].split())
    if day is None or not 1600 <= year <= 2099:
        return None
    return _Candidate(start, match.end(), year, month_number(match["mon"]), day)


@_pattern(
    rf"(?P<dw>(?:[{_LETTER}]+\s+){{1,3}})(?P<mon>{_MONTH})\s+"
    rf"(?P<yw>(?:[{_LETTER}]+\s+){{1,5}})(?:года|году|год|г\.)"
)
def _in_words(match: re.Match[str]) -> _Candidate | None:
    """«десятого июня тысяча девятьсот сорок третьего года»."""
    day_words = _strip_to_number_words(match["dw"], match.start("dw"))
    year_words = match["yw"].split()
    if day_words is None:
        return None
    day, year = words_value(day_words[0]), words_value(year_words)
    if day is None or year is None or not 1600 <= year <= 2099 or not 1 <= day <= 31:
        return None
    return _Candidate(day_words[1], match.end(), year, month_number(match["mon"]), day)


@_pattern(
    r"(?<![\d.,/])(?P<d>\d{1,2})\s?(?P<s>[./])\s?(?P<m>\d(?:\s?\d)?)\s?(?P=s)\s?"
    r"(?P<y>1[6-9]\s?\d\s?\d|20\s?\d\s?\d|\d{2})(?![\d])" + _YEAR_WORD + _STYLE
)
def _numeric(match: re.Match[str]) -> _Candidate | None:
    day, month = int(match["d"]), _number(match["m"])
    # Archival databases write an unknown day or month as zeros: «00.09.1954» is September
    # 1954, «00.00.1954» the year. That is what was written, not a guess.
    if match["d"] in ("00", "0") and match["m"].replace(" ", "") in ("00", "0"):
        return _Candidate(match.start(), match.end(), _year(match["y"]), None, None)
    if match["d"] in ("00", "0") and month:
        return _Candidate(match.start(), match.end(), _year(match["y"]), month, None)
    return _Candidate(
        match.start(), match.end(), _year(match["y"]), month, day, _style_after(match)
    )


@_pattern(r"(?<![\d-])(?P<d>\d{1,2})-(?P<m>\d{1,2})-(?P<y>1[6-9]\d\d|20\d\d)(?![\d-])" + _YEAR_WORD)
def _numeric_dashes(match: re.Match[str]) -> _Candidate | None:
    return _Candidate(match.start(), match.end(), int(match["y"]), int(match["m"]), int(match["d"]))


@_pattern(r"(?<![\d.-])(?P<y>1[6-9]\d\d|20\d\d)-(?P<m>\d\d)-(?P<d>\d\d)(?![\d-])")
def _iso(match: re.Match[str]) -> _Candidate | None:
    return _Candidate(
        match.start(), match.end(), int(match["y"]), int(match["m"]), int(match["d"]), NEW
    )


@_pattern(
    rf"(?<![\d.])(?P<d>\d{{1,2}})\s?[./-]\s?(?P<m>{ROMAN_PATTERN})\s?[./-]\s?"
    rf"(?P<y>{_YEAR4}|\d{{2}})(?!\d){_YEAR_WORD}{_STYLE}"
)
def _roman(match: re.Match[str]) -> _Candidate | None:
    month = roman_month(match["m"])
    if month is None:
        return None
    return _Candidate(
        match.start(), match.end(), _year(match["y"]), month, int(match["d"]), _style_after(match)
    )


@_pattern(
    rf"(?<![\d.])(?P<y>{_YEAR4})\s?[./-]\s?(?P<m>{ROMAN_PATTERN})\s?[./-]\s?(?P<d>\d{{1,2}})(?!\d)"
)
def _roman_year_first(match: re.Match[str]) -> _Candidate | None:
    month = roman_month(match["m"])
    if month is None:
        return None
    return _Candidate(match.start(), match.end(), int(match["y"]), month, int(match["d"]))


@_pattern(rf"(?P<mon>{_MONTH})\s*(?:(?P<y>{_YEAR4})|(?P<yy>\d{{2}})(?=\s*г)){_YEAR_WORD}")
def _month_year(match: re.Match[str]) -> _Candidate | None:
    return _Candidate(
        match.start(),
        match.end(),
        _year(match["y"] or match["yy"]),
        month_number(match["mon"]),
        None,
    )


@_pattern(
    rf"(?<![\d.,/])(?:(?P<m>\d{{1,2}})|(?P<rm>{ROMAN_PATTERN}))\s?[.-]\s?"
    rf"(?:(?P<y>{_YEAR4})(?![\d.])|(?P<yy>\d{{2}})(?=\s?г{_NOT_LETTER}|\s?г\.)){_YEAR_WORD}"
)
def _month_year_numeric(match: re.Match[str]) -> _Candidate | None:
    month = int(match["m"]) if match["m"] else roman_month(match["rm"])
    if month is None:
        return None
    return _Candidate(match.start(), match.end(), _year(match["y"] or match["yy"]), month, None)


@_pattern(
    rf"(?P<y>{_YEAR4})\s*(?:[-–—]|по)\s*(?:{_YEAR4}|\d{{2}})(?!\d)\s*(?:гг?\.?|годы|годах|г\.)?"
)
def _year_range(match: re.Match[str]) -> _Candidate | None:
    return _Candidate(match.start(), match.end(), None, None, None, discard=True)


@_pattern(rf"(?<![\d.,/№-])(?P<y>{_YEAR4})\s*(?:г\.?|года|году|год|р\.){_NOT_LETTER}(?:\s*р\.)?")
def _year_marked(match: re.Match[str]) -> _Candidate | None:
    return _Candidate(match.start(), match.end(), int(match["y"]), None, None)


_BARE_AFTER = (
    r"в|во|умер(?:ла)?|скончал(?:ся|ась)|погиб(?:ла)?|расстрелян[аы]?|арестован[аы]?|"
    r"освобожд[её]н[аы]?|реабилитирован[аы]?|родил(?:ся|ась)|род\."
)


@_pattern(
    rf"(?:(?<![{_LETTER}])(?P<pre>{_BARE_AFTER})\s+|(?P<paren>\(\s*)|^\s*)"
    rf"(?P<y>{_YEAR4})(?![\d.,/-]\d)(?!\d)(?P<alone>\s*$)?"
)
def _year_bare(match: re.Match[str]) -> _Candidate | None:
    """A bare year only where it cannot be a number: after «в» or an event's verb («умер
    1942»), in parentheses, or as the whole text."""
    if not (match["pre"] or match["paren"] or match["alone"] is not None):
        return None
    return _Candidate(match.start("y"), match.end("y"), int(match["y"]), None, None)


# -- resolving candidates ---------------------------------------------------------------------


def _candidates(text: str) -> list[_Candidate]:
    # Whole-form ranges first: at equal spans they win over the single-date readings.
    found: list[_Candidate] = [
        _Candidate(
            span.start,
            span.end,
            *span.first,
            style=NEW,
            last=span.last,
            range_qualifier=span.qualifier,
        )
        for span in date_ranges.find_spans(text)
    ]
    for regex, handler in _PATTERNS:
        for match in regex.finditer(text):
            candidate = handler(match)
            if candidate is not None:
                found.append(candidate)
    # Leftmost first; at one start the longest; overlapping later ones are dropped.
    found.sort(key=lambda c: (c.start, -(c.end - c.start)))
    chosen: list[_Candidate] = []
    for candidate in found:
        if chosen and candidate.start < chosen[-1].end:
            continue
        chosen.append(candidate)
    return chosen


def _qualified(text: str, start: int, end: int) -> tuple[Qualifier, int, int]:
    before = _QUALIFIER_BEFORE.search(text, max(0, start - 30), start)
    qualifier = Qualifier.EXACT
    if before is not None and before.end() == start:
        word = re.sub(r"\s+", " ", before["q"].lower())
        qualifier = _QUALIFIERS[word]
        start = before.start()
    after = _QUALIFIER_AFTER.match(text, end)
    if after is not None:
        qualifier = Qualifier.ABOUT
        end = after.end()
    return qualifier, start, end


def _resolve(candidate: _Candidate) -> tuple[PartialDate | None, tuple[int, int, int] | None, str]:
    """The Gregorian date of a candidate, the old-style day it was converted from, and a note;
    or (None, None, reason) for an impossible date."""
    year, month, day = candidate.year, candidate.month, candidate.day
    assert year is not None
    note = ""
    old_style = None
    try:
        if candidate.last is not None and candidate.range_qualifier is not None:
            first, last = PartialDate(year, month, day), PartialDate(*candidate.last)
            return PartialDate.range_of(first, last, candidate.range_qualifier), None, note
        if candidate.old is not None:
            old_year, old_month, old_day = candidate.old
            converted = julian.julian_to_gregorian(old_year, old_month, old_day)
            new = PartialDate(year, month, day)
            if (new.year, new.month, new.day) != (
                converted.year,
                converted.month,
                converted.day,
            ):
                note = (
                    f"old style {old_day:02d}.{old_month:02d}.{old_year} is "
                    f"{converted.isoformat()} new style, not {new.iso} as written; "
                    "the new-style date was kept"
                )
            return new, candidate.old, note
        if (
            day is not None
            and month is not None
            and candidate.style != NEW
            and julian.is_julian_period(year, month, day)
        ):
            converted = julian.julian_to_gregorian(year, month, day)
            old_style = (year, month, day)
            return PartialDate.from_date(converted), old_style, note
        return PartialDate(year, month, day), None, note
    except (InvalidDate, ValueError) as exc:
        reason = exc.problem if isinstance(exc, InvalidDate) else str(exc)
        return None, None, reason


@dataclass
class _Read:
    """A date read from the cleaned text, before its span is mapped back to the original."""

    start: int
    end: int
    date: PartialDate
    old_style: tuple[int, int, int] | None
    note: str


def _scan(mapped: TextMap, refused: list[RefusedDate] | None) -> list[ParsedDate]:
    text = mapped.text
    read: list[_Read] = []
    for candidate in _candidates(text):
        if candidate.discard:
            continue
        if candidate.last is not None:  # a range is not «about» or «before» anything
            start, end = candidate.start, candidate.end
            qualifier = Qualifier.EXACT
        else:
            qualifier, start, end = _qualified(text, candidate.start, candidate.end)
        end = _trim_end(text, start, end)
        date, old_style, note = _resolve(candidate)
        if date is None:
            if refused is not None:
                begin, finish = mapped.span(start, end)
                refused.append(RefusedDate(begin, finish, mapped.original[begin:finish], note))
            continue
        if qualifier != Qualifier.EXACT:
            date = date.with_qualifier(qualifier)
        read.append(_Read(start, end, date, old_style, note))
    results: list[ParsedDate] = []
    for item in _joined(text, read):
        begin, finish = mapped.span(item.start, item.end)
        written = mapped.original[begin:finish]
        results.append(ParsedDate(item.date, begin, finish, written, item.old_style, item.note))
    return results


def _joined(text: str, read: list[_Read]) -> list[_Read]:
    """Two single dates that the words around them make one range («между … и …»)."""
    out: list[_Read] = []
    index = 0
    while index < len(read):
        item = read[index]
        following = read[index + 1] if index + 1 < len(read) else None
        if following is not None and item.date.end is None and following.date.end is None:
            kind = date_ranges.join_kind(
                text,
                (item.start, item.end, item.date.qualifier),
                (following.start, following.end, following.date.qualifier),
            )
            if kind is not None:
                try:
                    date = PartialDate.range_of(item.date.start, following.date.start, kind[0])
                except InvalidDate:
                    date = None  # the second date is before the first: two dates, not a range
                if date is not None:
                    note = "; ".join(n for n in (item.note, following.note) if n)
                    out.append(_Read(kind[1], following.end, date, item.old_style, note))
                    index += 2
                    continue
        out.append(item)
        index += 1
    return out


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def find_dates(text: str, *, refused: list[RefusedDate] | None = None) -> list[ParsedDate]:
    """Every date in `text`, in order. Impossible dates are left out and, if `refused` is given,
    appended to it with the reason."""
    if not text:
        return []
    return _scan(clean(text), refused)


def parse_date(text: str) -> ParsedDate | None:
    """The first date in `text`, or None if it holds none (or only impossible ones)."""
    dates = find_dates(text)
    return dates[0] if dates else None
