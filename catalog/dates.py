"""Partial dates: a year, a month of a year, or a day, each with a qualifier.

Archival documents state dates at every precision ("1937 г.", "в октябре 1937 г.",
"20 октября 1937 г.") and sometimes only approximately. A `PartialDate` keeps exactly what was
stated: it never invents a month or a day, and it refuses impossible dates instead of guessing.
Dates are Gregorian; parsing of Russian forms (including Julian dual dates) lives in `catalog.text`.
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
    def from_date(cls, value: dt.date) -> PartialDate:
        return cls(value.year, value.month, value.day)

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
        month = self.month or 12
        day = self.day or calendar.monthrange(self.year, month)[1]
        return dt.date(self.year, month, day)

    def with_qualifier(self, qualifier: Qualifier | str) -> PartialDate:
        return PartialDate(self.year, self.month, self.day, Qualifier(qualifier))

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
        prefix = {
            Qualifier.EXACT: "",
            Qualifier.ABOUT: "about ",
            Qualifier.BEFORE: "before ",
            Qualifier.AFTER: "after ",
        }[self.qualifier]
        return prefix + self.iso


def parse_optional_iso(text: str | None, qualifier: str | None = None) -> PartialDate | None:
    """`parse_iso` for optional values: None and "" mean no date."""
    if text is None or text == "":
        return None
    return PartialDate.parse_iso(text, qualifier or Qualifier.EXACT)
