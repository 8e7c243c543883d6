"""Reading a date a person typed, or finding one in quoted words, in ISO or numeric form.

"1937-10-20", "1937-10", "1937", "20.10.1937", "20/10/1937", "10.1937", "20.10.37" (two-digit years
are read as 19xx). The Russian date parser (`catalog.text.find_dates`, with month names, Roman
numerals and Julian dual dates) takes over `guess_date` when it is available; this module is the
one place to swap.
"""

from __future__ import annotations

import re

from catalog.dates import PartialDate
from catalog.errors import InvalidDate

_NUMERIC = re.compile(r"(?<!\d)(\d{1,2})[./](\d{1,2})[./](\d{4}|\d{2})(?!\d)")
_MONTH_YEAR = re.compile(r"(?<![\d./])(\d{1,2})[./](\d{4})(?!\d)")
_ISO = re.compile(r"(?<!\d)(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?!\d)")


def _year(text: str) -> int:
    value = int(text)
    return 1900 + value if len(text) == 2 else value


def parse_date_input(text: str) -> PartialDate | None:
    """The whole text as one date; None when empty. Raises InvalidDate if it is not a date."""
    text = text.strip().rstrip(".").removesuffix("г").strip()
    if not text:
        return None
    for pattern in (_NUMERIC, _MONTH_YEAR, _ISO):
        match = pattern.fullmatch(text)
        if match:
            return _from_match(pattern, match)
    raise InvalidDate(text, "expected a date such as 1937-10-20, 20.10.1937 or 1937")


def guess_date(quote: str) -> PartialDate | None:
    """The first date found in quoted words, or None."""
    for pattern in (_NUMERIC, _ISO, _MONTH_YEAR):
        for match in pattern.finditer(quote):
            try:
                return _from_match(pattern, match)
            except InvalidDate:
                continue
    return None


def _from_match(pattern: re.Pattern[str], match: re.Match[str]) -> PartialDate:
    if pattern is _NUMERIC:
        day, month, year = match.groups()
        return PartialDate(_year(year), int(month), int(day))
    if pattern is _MONTH_YEAR:
        month, year = match.groups()
        return PartialDate(int(year), int(month))
    year, month, day = match.groups()
    return PartialDate(int(year), int(month) if month else None, int(day) if day else None)
