"""Partial dates: a year, a month of a year, or a day, each with a qualifier; and ranges of them.

Archival documents state dates at every precision ("1937 г.", "в октябре 1937 г.",
"20 октября 1937 г.") and sometimes only approximately. A `PartialDate` keeps exactly what was
stated: it never invents a month or a day, and it refuses impossible dates instead of guessing.
Dates are Gregorian; parsing of Russian forms (including Julian dual dates) lives in `catalog.text`.

A range is a `PartialDate` whose qualifier is `between` (the event happened once, somewhere from
the first point to the second: "между 1937 и 1938 г.", "не ранее мая не позднее июля 1938 г.",
a season, a decade) or `period` (it lasted from the first point to the second: GEDCOM FROM … TO).
The first point is the date itself, the second is its `end`. Seasons and decades are ranges of a
recognisable shape (March–May of one year is spring; 1930–1939 is the 1930s): `form` names them,
so nothing beyond the two points needs storing. A season is named by the year it ends in
(winter 1938: December 1937 to February 1938).

Ranges sort by their earliest point, like every date: "between 1937 and 1938" sorts with 1937,
before "1937-10". Stored, the first point keeps the sortable ISO text column and the end goes to a
column of its own.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from enum import StrEnum

from catalog.errors import InvalidDate
from catalog.vocab import Qualifier

MIN_YEAR = 1000
MAX_YEAR = 2999

_ISO = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


class Precision(StrEnum):
    YEAR = "year"
    MONTH = "month"
    DAY = "day"


@dataclass(frozen=True, slots=True)
class PartialDate:
    """A Gregorian date known to the year, the month or the day.

    Ordering is chronological by the earliest day the date can mean, and a less precise date
    sorts before a more precise one that falls inside it (1937 < 1937-10 < 1937-10-20).
    """

    year: int
    month: int | None = None
    day: int | None = None
    qualifier: Qualifier = Qualifier.EXACT
    # The second point of a range (qualifier `between` or `period`); an exact date itself.
    end: PartialDate | None = None

    def __post_init__(self) -> None:
        text = self._raw_text()
        if not isinstance(self.year, int) or not MIN_YEAR <= self.year <= MAX_YEAR:
            raise InvalidDate(text, f"year must be between {MIN_YEAR} and {MAX_YEAR}")
        if self.month is None and self.day is not None:
            raise InvalidDate(text, "a day needs a month")
        if self.month is not None and not 1 <= self.month <= 12:
            raise InvalidDate(text, f"there is no month {self.month}")
        if self.day is not None:
            last = calendar.monthrange(self.year, self.month)[1]
            if not 1 <= self.day <= last:
                raise InvalidDate(text, f"month {self.month} of {self.year} has {last} days")
        try:
            object.__setattr__(self, "qualifier", Qualifier(self.qualifier))
        except ValueError:
            raise InvalidDate(text, f"unknown qualifier {self.qualifier!r}") from None
        self._check_range(text)

    def _check_range(self, text: str) -> None:
        if self.qualifier in RANGES:
            if not isinstance(self.end, PartialDate):
                raise InvalidDate(text, f"a {self.qualifier.value} date needs its end")
            if self.end.qualifier is not Qualifier.EXACT:
                raise InvalidDate(text, "the end of a range cannot be uncertain itself")
            if self.end.latest() < self.earliest():
                raise InvalidDate(f"{text}/{self.end.iso}", "the range ends before it begins")
        elif self.end is not None:
            raise InvalidDate(text, f"an {self.qualifier.value} date has no end")

    def _raw_text(self) -> str:
        parts = [f"{self.year:04d}" if isinstance(self.year, int) else str(self.year)]
        if self.month is not None:
            parts.append(f"{self.month:02d}")
        if self.day is not None:
            parts.append(f"{self.day:02d}")
        return "-".join(parts)

    @classmethod
    def parse_iso(cls, text: str, qualifier: Qualifier | str = Qualifier.EXACT) -> PartialDate:
        """Read "YYYY", "YYYY-MM" or "YYYY-MM-DD"; the precision follows the form."""
        match = _ISO.match(text.strip()) if isinstance(text, str) else None
        if not match:
            raise InvalidDate(str(text), 'expected "YYYY", "YYYY-MM" or "YYYY-MM-DD"')
        year, month, day = (int(group) if group else None for group in match.groups())
        try:
            qualifier = Qualifier(qualifier)
        except ValueError:
            raise InvalidDate(
                text, f"unknown qualifier {qualifier!r} (exact, about, before, after)"
            ) from None
        return cls(year, month, day, qualifier)

    @classmethod
    def range_of(
        cls, start: PartialDate, end: PartialDate, qualifier: Qualifier | str = Qualifier.BETWEEN
    ) -> PartialDate:
        """A range from `start` to `end`; one that covers a single date is that date."""
        start_exact = start.with_qualifier(Qualifier.EXACT)
        end_exact = end.with_qualifier(Qualifier.EXACT)
        if start_exact == end_exact:
            return start_exact
        return cls(start.year, start.month, start.day, Qualifier(qualifier), end_exact)

    @classmethod
    def parse_range(
        cls,
        start: str,
        end: str | None,
        qualifier: Qualifier | str = Qualifier.EXACT,
    ) -> PartialDate:
        """Read a date as stored: the ISO text of its first point, its qualifier, its end."""
        if end is None or end == "":
            return cls.parse_iso(start, qualifier)
        try:
            qualifier = Qualifier(qualifier)
        except ValueError:
            raise InvalidDate(start, f"unknown qualifier {qualifier!r}") from None
        date = cls.parse_iso(start)
        if qualifier not in RANGES:
            raise InvalidDate(f"{start}/{end}", "only a between or period date has an end")
        return cls(date.year, date.month, date.day, Qualifier(qualifier), cls.parse_iso(end))

    @classmethod
    def season(cls, name: str, year: int) -> PartialDate:
        """Spring, summer, autumn or winter of a year; the winter of a year is the one that ends
        in it (winter 1938 runs from December 1937 to February 1938)."""
        if name not in SEASONS:
            raise InvalidDate(f"{name} {year}", "unknown season (spring, summer, autumn, winter)")
        first = SEASONS[name]
        if first == 12:
            return cls(year - 1, 12, qualifier=Qualifier.BETWEEN, end=cls(year, 2))
        return cls(year, first, qualifier=Qualifier.BETWEEN, end=cls(year, first + 2))

    @classmethod
    def decade(cls, first_year: int) -> PartialDate:
        """The decade starting with `first_year` (1930 → 1930–1939)."""
        if first_year % 10:
            raise InvalidDate(str(first_year), "a decade starts with a year ending in 0")
        return cls(first_year, qualifier=Qualifier.BETWEEN, end=cls(first_year + 9))

    @classmethod
    def from_date(cls, value: dt.date) -> PartialDate:
        return cls(value.year, value.month, value.day)

    @property
    def is_range(self) -> bool:
        return self.end is not None

    @property
    def start(self) -> PartialDate:
        """The first point of a range as an exact date (the date itself when not a range)."""
        if self.end is None:
            return self
        return PartialDate(self.year, self.month, self.day)

    @property
    def end_iso(self) -> str | None:
        return self.end.iso if self.end is not None else None

    @property
    def form(self) -> str:
        """ "spring", "summer", "autumn", "winter", "decade" for ranges of those shapes, else ""."""
        end = self.end
        if end is None or self.qualifier is not Qualifier.BETWEEN or self.day or end.day:
            return ""
        if self.month is None and end.month is None:
            return "decade" if self.year % 10 == 0 and end.year == self.year + 9 else ""
        if self.month is None or end.month is None:
            return ""
        for name, first in SEASONS.items():
            if first == 12:
                if (self.month, end.month, end.year) == (12, 2, self.year + 1):
                    return name
            elif (self.month, end.month, end.year) == (first, first + 2, self.year):
                return name
        return ""

    @property
    def precision(self) -> Precision:
        if self.day is not None:
            return Precision.DAY
        if self.month is not None:
            return Precision.MONTH
        return Precision.YEAR

    @property
    def iso(self) -> str:
        """The date without its qualifier, in the interchange form."""
        return self._raw_text()

    @property
    def sort_key(self) -> int:
        """An integer that orders dates chronologically (YYYYMMDD with 00 for unknown parts)."""
        return self.year * 10000 + (self.month or 0) * 100 + (self.day or 0)

    def earliest(self) -> dt.date:
        return dt.date(self.year, self.month or 1, self.day or 1)

    def latest(self) -> dt.date:
        if self.end is not None:
            return self.end.latest()
        month = self.month or 12
        day = self.day or calendar.monthrange(self.year, month)[1]
        return dt.date(self.year, month, day)

    def with_qualifier(self, qualifier: Qualifier | str) -> PartialDate:
        """The same first point with another qualifier (a range keeps its end only as a range)."""
        qualifier = Qualifier(qualifier)
        if qualifier in RANGES:
            if self.end is None:
                raise InvalidDate(self.iso, f"a {qualifier.value} date needs its end")
            return PartialDate(self.year, self.month, self.day, qualifier, self.end)
        return PartialDate(self.year, self.month, self.day, qualifier)

    def overlaps(self, other: PartialDate) -> bool:
        """Whether the two dates can mean a common day."""
        return self.earliest() <= other.latest() and other.earliest() <= self.latest()

    def certainly_before(self, other: PartialDate) -> bool:
        """Every day this date can mean is before every day the other can mean."""
        return self.latest() < other.earliest()

    def __lt__(self, other: PartialDate) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self.sort_key < other.sort_key

    def __le__(self, other: PartialDate) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self.sort_key <= other.sort_key

    def __gt__(self, other: PartialDate) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self.sort_key > other.sort_key

    def __ge__(self, other: PartialDate) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self.sort_key >= other.sort_key

    def __str__(self) -> str:
        if self.end is not None:
            word = "from" if self.qualifier is Qualifier.PERIOD else "between"
            link = "to" if self.qualifier is Qualifier.PERIOD else "and"
            return f"{word} {self.iso} {link} {self.end.iso}"
        prefix = {
            Qualifier.EXACT: "",
            Qualifier.ABOUT: "about ",
            Qualifier.BEFORE: "before ",
            Qualifier.AFTER: "after ",
        }[self.qualifier]
        return prefix + self.iso


RANGES = frozenset({Qualifier.BETWEEN, Qualifier.PERIOD})
# The first month of each season; winter begins in December and ends in the next year.
SEASONS = {"winter": 12, "spring": 3, "summer": 6, "autumn": 9}


def parse_optional_iso(
    text: str | None, qualifier: str | None = None, end: str | None = None
) -> PartialDate | None:
    """`parse_iso` for optional values: None and "" mean no date; `end` is a range's end."""
    if text is None or text == "":
        return None
    if end:
        return PartialDate.parse_range(text, end, qualifier or Qualifier.BETWEEN)
    return PartialDate.parse_iso(text, qualifier or Qualifier.EXACT)
