"""Old-style (Julian) dates of the Russian Empire and their Gregorian equivalents.

Russia kept the Julian calendar until 31 January 1918; the next day was 14 February 1918
(decree of 24 January 1918). Dates written before then are old style: 12 days behind the
Gregorian calendar in the 19th century, 13 in the 20th. The catalogue stores Gregorian dates, so
an old-style day is converted; the text as written stays in the claim's quote.
"""

from __future__ import annotations

import datetime as dt

# The first Gregorian day in Soviet Russia; the day before it was 31 January 1918 old style.
REFORM_DAY = dt.date(1918, 2, 14)
# Old-style dates run up to this day as written.
LAST_JULIAN = (1918, 1, 31)


def julian_is_leap(year: int) -> bool:
    return year % 4 == 0


def julian_month_length(year: int, month: int) -> int:
    if month == 2:
        return 29 if julian_is_leap(year) else 28
    return 30 if month in (4, 6, 9, 11) else 31


def is_julian_period(year: int, month: int | None, day: int | None) -> bool:
    """True if a day written like this is old style (before the 1918 reform)."""
    return (year, month or 12, day or 31) <= LAST_JULIAN


def julian_to_gregorian(year: int, month: int, day: int) -> dt.date:
    """The Gregorian day of an old-style day. Raises ValueError if the Julian day does not exist."""
    if not 1 <= month <= 12:
        raise ValueError(f"there is no month {month}")
    if not 1 <= day <= julian_month_length(year, month):
        raise ValueError(f"month {month} of {year} has {julian_month_length(year, month)} days")
    # Julian Day Number of the Julian calendar date (Richards' algorithm), then to a Gregorian
    # ordinal: JDN 1721426 is 1 January of year 1 (proleptic Gregorian), ordinal 1.
    a = (14 - month) // 12
    y = year + 4800 - a
    m = month + 12 * a - 3
    jdn = day + (153 * m + 2) // 5 + 365 * y + y // 4 - 32083
    return dt.date.fromordinal(jdn - 1721425)


def gregorian_offset(year: int, month: int, day: int) -> int:
    """How many days the Gregorian calendar is ahead of the Julian on this old-style day."""
    return (julian_to_gregorian(year, month, day) - dt.date(year, month, min(day, 28))).days - (
        day - min(day, 28)
    )
