"""Reading a date a person typed, and what quoted words say, for the claim and person dialogs.

Typed dates: "1937-10-20", "1937-10", "1937", "20.10.1937", "20/10/1937", "10.1937", "20.10.37"
(two-digit years are read as 19xx), and anything the Russian date reader understands as a
whole ("20 октября 1937 г.", "XX.X.1937", "между 1937 и 1938 г.", "весной 1938"). Two dates
joined by a dash ("1937 – 1938", "05.1937 – 02.1938") are a range in which the event happened;
joined by an arrow or "from … to" ("1941 → 1946", "с 1941 по 1946") a period that lasted.

Quoted words (a selection in a page's text): the date is the first one `catalog.text.find_dates`
finds there (month names, Roman numerals, Julian dual dates…); the kind of event and its details
come from `catalog.text.parse_record` when the words state one event plainly ("умер 10 июня
1943 г." is a death; "приговорён к ВМН" a sentence).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from catalog.dates import PartialDate
from catalog.errors import InvalidDate
from catalog.vocab import Qualifier

_NUMERIC = re.compile(r"(?<!\d)(\d{1,2})[./](\d{1,2})[./](\d{4}|\d{2})(?!\d)")
_MONTH_YEAR = re.compile(r"(?<![\d./])(\d{1,2})[./](\d{4})(?!\d)")
_ISO = re.compile(r"(?<!\d)(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?!\d)")
# "1937 – 1938", "1937—1938", "1937-1938" (two years), "05.1937 - 02.1938" (a spaced hyphen).
_RANGE = re.compile(r"(.+?)\s*(?:[–—]|\s-\s|(?<=\d{4})-(?=\d{4}$))\s*(.+)")
# A period that lasted: "1941 → 1946", "from 1941 to 1946", "с 1941 по 1946", "з 1941 по 1946".
_PERIOD = re.compile(
    r"(?:(?:from|с|со|з|від)\s+)?(.+?)\s*(?:→|\s(?:to|по|до)\s)\s*(.+)", re.IGNORECASE
)
# The basis a record names is rarely in a few selected words; it is left for the person.
CLAIM_FIELDS = ("place", "body", "article", "sentence", "cause")


def _year(text: str) -> int:
    value = int(text)
    return 1900 + value if len(text) == 2 else value


def parse_date_input(text: str) -> PartialDate | None:
    """The whole text as one date; None when empty. Raises InvalidDate if it is not a date."""
    text = text.strip().rstrip(".").removesuffix("г").strip()
    if not text:
        return None
    lasted = _PERIOD.fullmatch(text)
    if lasted is not None:
        first, last = parse_date_input(lasted[1]), parse_date_input(lasted[2])
        if first is not None and last is not None:
            return PartialDate.range_of(first, last, Qualifier.PERIOD)
    joined = _RANGE.fullmatch(text)
    if joined is not None:
        first, last = parse_date_input(joined[1]), parse_date_input(joined[2])
        if first is not None and last is not None:
            return PartialDate.range_of(first, last)
    for pattern in (_NUMERIC, _MONTH_YEAR, _ISO):
        match = pattern.fullmatch(text)
        if match:
            return _from_match(pattern, match)
    from catalog.text import parse_date

    found = parse_date(text)
    if found is not None and found.start == 0 and found.end >= len(text.rstrip(". г")):
        return found.date
    raise InvalidDate(text, "expected a date such as 1937-10-20, 20.10.1937 or 1937")


def _point(value: PartialDate) -> str:
    if value.day is not None and value.month is not None:
        return f"{value.day:02d}.{value.month:02d}.{value.year}"
    if value.month is not None:
        return f"{value.month:02d}.{value.year}"
    return str(value.year)


def format_date_input(value: PartialDate) -> str:
    """A date as it is shown and typed everywhere (20.10.1937, 10.1937, 1937; a range
    "05.1937 – 02.1938", a period "1941 → 1946"), read back by `parse_date_input`. One form in
    every language: day, month and year with dots, as the documents write them."""
    if value.end is not None:
        arrow = "→" if value.qualifier is Qualifier.PERIOD else "–"
        return f"{_point(value.start)} {arrow} {_point(value.end)}"
    return _point(value)


def guess_date(quote: str) -> PartialDate | None:
    """The first date found in quoted words, or None."""
    from catalog.text import parse_date

    found = parse_date(quote)
    return found.date if found is not None else None


@dataclass(frozen=True)
class ClaimGuess:
    """What quoted words suggest for a new claim; the person checks it in the dialog."""

    kind: str = "other"
    date: PartialDate | None = None
    fields: dict[str, str] = field(default_factory=dict)


def guess_claim(quote: str) -> ClaimGuess:
    """The event the words state, when they state one plainly; else only their date."""
    from catalog.text import parse_record

    claims = parse_record(quote).claims if quote.strip() else ()
    if len(claims) == 1:
        claim = claims[0]
        values = {name: getattr(claim, name) for name in CLAIM_FIELDS if getattr(claim, name)}
        return ClaimGuess(str(claim.kind), claim.date or guess_date(quote), values)
    return ClaimGuess(date=guess_date(quote))


def _from_match(pattern: re.Pattern[str], match: re.Match[str]) -> PartialDate:
    if pattern is _NUMERIC:
        day, month, year = match.groups()
        return PartialDate(_year(year), int(month), int(day))
    if pattern is _MONTH_YEAR:
        month, year = match.groups()
        return PartialDate(int(year), int(month))
    year, month, day = match.groups()
    return PartialDate(int(year), int(month) if month else None, int(day) if day else None)
