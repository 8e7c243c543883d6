"""Dates, sentences and flag reasons as the exports write them, in Russian, Ukrainian and English.

The names of the catalogue's terms (claim, document and flag kinds, qualifiers, months) live in
`catalog.vocab_labels`, their one home shared with the desktop; they are re-exported here for the
exports' convenience. Flag reasons are stored by the checks in every language, with a wording for
the reader of an export (`catalog.vocab_reasons`); `reason_text(reason, language, reader=True)`
picks it and falls back sensibly (Ukrainian → Russian → English).
"""

from __future__ import annotations

from catalog.dates import PartialDate
from catalog.vocab import Qualifier
from catalog.vocab_labels import (
    CLAIM_KINDS,
    DOCUMENT_KINDS,
    FALLBACK,
    FLAG_KINDS,
    LANGUAGES,
    MONTHS_GENITIVE,
    MONTHS_NOMINATIVE,
    QUALIFIERS,
    YEAR_SUFFIX,
    claim_kind,
    document_kind,
    flag_kind,
    pick,
    range_text,
)
from catalog.vocab_reasons import reason_text

__all__ = [
    "CLAIM_KINDS",
    "DOCUMENT_KINDS",
    "FALLBACK",
    "FLAG_KINDS",
    "LANGUAGES",
    "chronological_key",
    "claim_kind",
    "document_kind",
    "flag_kind",
    "format_date",
    "pick",
    "reason_text",
    "sentences",
]


def format_date(date: PartialDate | None, language: str) -> str:
    """`20 октября 1937 г.`, `октябрь 1937 г.`, `около 1894 г.`; English `20 October 1937`."""
    if date is None:
        return ""
    language = language if language in LANGUAGES else "en"
    if date.end is not None:
        # «между 1937 и 1938 г.»: years alone take one year mark, after the range.
        years_only = date.month is None and date.end.month is None
        if years_only and not date.form:
            text = range_text(date, language, lambda point: str(point.year))
            return text + YEAR_SUFFIX[language]
        return range_text(
            date, language, lambda point: format_date(point, language), YEAR_SUFFIX[language]
        )
    year = f"{date.year}{YEAR_SUFFIX[language]}"
    if date.day is not None and date.month is not None:
        month = MONTHS_GENITIVE[language].split()[date.month - 1]
        text = f"{date.day} {month} {year}"
    elif date.month is not None:
        # "около марта", "до марта": a qualified month takes the genitive in Russian/Ukrainian.
        months = MONTHS_NOMINATIVE if date.qualifier == Qualifier.EXACT else MONTHS_GENITIVE
        text = f"{months[language].split()[date.month - 1]} {year}"
    else:
        text = year
    prefix = "" if date.qualifier == Qualifier.EXACT else QUALIFIERS[date.qualifier][language] + " "
    return prefix + text


def chronological_key(date: PartialDate | None) -> tuple[int, str]:
    """Orders events as a reader expects: "after 1937" comes after 20 October 1937."""
    if date is None:
        return (1, "")
    day = date.latest() if date.qualifier == Qualifier.AFTER else date.earliest()
    return (0, day.isoformat())


def sentences(parts: list[str]) -> str:
    """Parts joined as sentences, each ending with one full stop: «Выдан: 14 мая 1958 г.» keeps
    the abbreviation's period and gets no second one."""
    out = []
    for part in (p.strip() for p in parts):
        if part:
            out.append(part if part.endswith((".", "!", "?", "…")) else part + ".")
    return " ".join(out)
