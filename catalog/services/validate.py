"""Checks shared by the services: a bad value is refused with the field it came from."""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum
from typing import Any

from catalog.dates import PartialDate
from catalog.errors import InvalidDate, InvalidInput


def enum_value(field: str, value: Any, enum: type[StrEnum]) -> str:
    try:
        return enum(value).value
    except ValueError:
        allowed = ", ".join(member.value for member in enum)
        raise InvalidInput(field, f"unknown value {value!r} (one of: {allowed})") from None


def optional_enum_value(field: str, value: Any, enum: type[StrEnum]) -> str | None:
    if value is None or value == "":
        return None
    return enum_value(field, value, enum)


def partial_date(field: str, value: PartialDate | str | None) -> PartialDate | None:
    """Accept a PartialDate or its ISO text; refuse impossible dates naming the field."""
    if value is None or value == "":
        return None
    if isinstance(value, PartialDate):
        return value
    try:
        return PartialDate.parse_iso(str(value))
    except InvalidDate as exc:
        raise InvalidInput(field, str(exc)) from None


def text(field: str, value: Any, *, limit: int = 100_000) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise InvalidInput(field, f"expected text, got {type(value).__name__}")
    if len(value) > limit:
        raise InvalidInput(field, f"longer than {limit} characters")
    return value.strip()


def region(field: str, value: Sequence[int] | None) -> list[int] | None:
    if value is None:
        return None
    if (
        not isinstance(value, list | tuple)
        or len(value) != 4
        or not all(isinstance(v, int) and not isinstance(v, bool) and v >= 0 for v in value)
    ):
        raise InvalidInput(field, "a region is [x, y, width, height] in non-negative pixels")
    if value[2] == 0 or value[3] == 0:
        raise InvalidInput(field, "a region must have a width and a height")
    return list(value)
