"""GEDCOM 5.5.1 date values onto the catalogue's `PartialDate`.

Every form of the standard is read: exact dates at any precision (`1937`, `OCT 1937`,
`20 OCT 1937`); approximations `ABT`, `CAL`, `EST` (all "about"); `BEF`, `AFT`; ranges
`BET … AND …` (between) and periods `FROM … TO …` (a lone `FROM` reads as "after", a lone `TO`
as "before"); interpreted dates `INT … (phrase)`; date phrases `(…)`; dual years `1699/00`
(the second, new-style year is kept); calendar escapes. Julian dates (`@#DJULIAN@`) are converted
to the Gregorian calendar when the day is known, kept as written otherwise; Hebrew and French
republican dates are not converted. Whatever was lost or changed is said in `notes`, and a date
that cannot be a date ("ABT 31 FEB 1937") keeps what it can (February 1937) and says why.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from catalog.dates import PartialDate
from catalog.errors import InvalidDate
from catalog.vocab import Qualifier

MONTHS = {
    name: number
    for number, name in enumerate(
        ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"),
        start=1,
    )
}
_APPROXIMATE = {"ABT": "about", "CAL": "calculated", "EST": "estimated"}
_CALENDAR = re.compile(r"@#D([A-Z ]+)@\s*")
_POINT = re.compile(
    r"^(?:(\d{1,2})\s+)?(?:([A-Z]{3,4})\s+)?(\d{1,4})(?:/(\d{1,2}))?(\s*B\.?C\.?)?$"
)


@dataclass
class GedcomDate:
    """What a GEDCOM date value became: the date (None when nothing could be kept), what was
    noticed on the way (calendar, phrase, approximation kind) and what was wrong with it."""

    date: PartialDate | None
    notes: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def _julian_to_gregorian(year: int, month: int, day: int) -> dt.date:
    # Julian day number of the Julian date, then the Gregorian date of that day.
    a = (14 - month) // 12
    y = year + 4800 - a
    m = month + 12 * a - 3
    jdn = day + (153 * m + 2) // 5 + 365 * y + y // 4 - 32083
    return dt.date.fromordinal(jdn - 1721425)


class _Point:
    """One date of the value (`20 OCT 1937`), read with its calendar."""

    def __init__(self, text: str, result: GedcomDate) -> None:
        self.result = result
        self.calendar = "GREGORIAN"
        match = _CALENDAR.match(text)
        if match:
            self.calendar = match.group(1).strip()
            text = text[match.end() :]
        self.text = text.strip()

    def read(self) -> PartialDate | None:
        result = self.result
        if self.calendar not in ("GREGORIAN", "JULIAN"):
            result.problems.append(f"the {self.calendar.lower()} calendar is not converted")
            return None
        match = _POINT.match(self.text)
        if match is None:
            result.problems.append(f"not a date: {self.text!r}")
            return None
        day_text, month_text, year_text, dual, bc = match.groups()
        if bc:
            result.problems.append("dates before Christ are not kept")
            return None
        year = int(year_text)
        if dual:
            # 1699/00: the year began in March then; the new-style year is the later one.
            new_year = int(str(year)[: -len(dual)] + dual)
            if new_year < year:
                new_year += 10 ** len(dual)
            result.notes.append(f"dual year {year_text}/{dual} read as {new_year}")
            year = new_year
        month = None
        if month_text is not None:
            month = MONTHS.get(month_text)
            if month is None:
                result.problems.append(f"unknown month {month_text!r}")
                return None
        day = int(day_text) if day_text else None
        if day is not None and month is None:
            result.problems.append(f"a day without a month: {self.text!r}")
            day = None
        return self._make(year, month, day)

    def _make(self, year: int, month: int | None, day: int | None) -> PartialDate | None:
        result = self.result
        try:
            if self.calendar == "JULIAN":
                if day is not None and month is not None:
                    PartialDate(year, month, min(day, 28))  # the year's range, checked first
                    gregorian = _julian_to_gregorian(year, month, day)
                    result.notes.append(f"Julian calendar {self.text}, converted")
                    return PartialDate(gregorian.year, gregorian.month, gregorian.day)
                result.notes.append(f"Julian calendar {self.text}, kept as written")
            return PartialDate(year, month, day)
        except (InvalidDate, ValueError) as error:
            if day is not None and month is not None and _day_is_wrong(year, month, day):
                result.problems.append(f"{self.text}: {_reason(error)}; the day is left out")
                return self._make(year, month, None)
            result.problems.append(f"{self.text}: {_reason(error)}")
            return None


def _day_is_wrong(year: int, month: int, day: int) -> bool:
    """Whether only the day spoils the date (31 February), not the year or the month."""
    try:
        PartialDate(year, month)
    except InvalidDate:
        return False
    return True


def _reason(error: Exception) -> str:
    return error.problem if isinstance(error, InvalidDate) else str(error)


def parse_gedcom_date(value: str) -> GedcomDate:
    """Read one GEDCOM DATE value."""
    result = GedcomDate(None)
    text = " ".join(value.upper().split())
    phrase = ""
    found = re.search(r"\((.*)\)\s*$", value)
    if found:
        phrase = found.group(1).strip()
        text = " ".join(value[: found.start()].upper().split())
        result.notes.append(f"({phrase})")
    if not text:
        if not phrase:
            result.problems.append("an empty date")
        return result
    words = text.split(" ", 1)
    head, rest = words[0], words[1] if len(words) > 1 else ""
    if head == "INT":
        result.date = _Point(rest, result).read()
    elif head in _APPROXIMATE:
        if head != "ABT":
            result.notes.append(_APPROXIMATE[head])
        result.date = _qualified(_Point(rest, result).read(), Qualifier.ABOUT)
    elif head == "BEF":
        result.date = _qualified(_Point(rest, result).read(), Qualifier.BEFORE)
    elif head == "AFT":
        result.date = _qualified(_Point(rest, result).read(), Qualifier.AFTER)
    elif head == "BET":
        first, _, second = rest.partition(" AND ")
        if not second:
            result.problems.append("BET without AND")
            result.date = _qualified(_Point(first, result).read(), Qualifier.AFTER)
        else:
            result.date = _range(first, second, Qualifier.BETWEEN, result)
    elif head == "FROM":
        first, _, second = rest.partition(" TO ")
        if second:
            result.date = _range(first, second, Qualifier.PERIOD, result)
        else:
            result.notes.append("from")
            result.date = _qualified(_Point(first, result).read(), Qualifier.AFTER)
    elif head == "TO":
        result.notes.append("to")
        result.date = _qualified(_Point(rest, result).read(), Qualifier.BEFORE)
    else:
        result.date = _Point(text, result).read()
    return result


def _qualified(date: PartialDate | None, qualifier: Qualifier) -> PartialDate | None:
    return date.with_qualifier(qualifier) if date is not None else None


def _range(first: str, second: str, qualifier: Qualifier, result: GedcomDate) -> PartialDate | None:
    start = _Point(first, result).read()
    end = _Point(second, result).read()
    if start is None or end is None:
        # Half a range still says something: after its beginning, or before its end.
        if start is not None:
            return start.with_qualifier(Qualifier.AFTER)
        if end is not None:
            return end.with_qualifier(Qualifier.BEFORE)
        return None
    try:
        return PartialDate.range_of(start, end, qualifier)
    except InvalidDate as error:
        result.problems.append(f"{error.problem}; the date is left out")
        return None
