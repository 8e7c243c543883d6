"""Exile and deportation as events of a record: «сослан», «выслан», «спецпоселение», «трудармия».

A sentence that says a person was exiled, deported, placed in a special settlement or mobilised
into the labour army (and is not itself a sentencing, which `record_sentencing` reads with its
term) becomes a claim of that kind, with its date (often a period: «с 1941 по 1956 г.») and the
place it names («в Казахстан», «в Нарымский край»).
"""

from __future__ import annotations

import re

from catalog.text.bodies import tidy
from catalog.text.record_events import dates_in, make_claim, take_date
from catalog.text.record_model import ParsedClaim
from catalog.text.segments import Segment
from catalog.vocab import ClaimKind

_I = re.IGNORECASE

# Order matters: «выслан на спецпоселение» is a special settlement, «сослан» an exile.
_KINDS: tuple[tuple[ClaimKind, str], ...] = (
    (
        ClaimKind.LABOUR_ARMY,
        r"трудармi?\w*|трудов\w*\s+арми\w*|трудмобилизован\w*|мобилизован\w*\s+в\s+трудармию",
    ),
    (
        ClaimKind.SPECIAL_SETTLEMENT,
        r"спецпоселени\w*|спецпоселен\w*|трудпоселени\w*|спецпереселен\w*|на\s+спецпоселение"
        r"|спецпоселенц\w*|спецпоселенк\w*",
    ),
    (ClaimKind.EXILE, r"сослан[аы]?|ссылк[аеиуой]|ссыльн\w*|отбывал[аи]?\s+ссылку"),
    (
        ClaimKind.DEPORTATION,
        r"выслан[аы]?|высылк[аеиуой]|выселен[аы]?|депортирован[аы]?|депортаци\w*",
    ),
)
KINDS = frozenset(kind for kind, _ in _KINDS)
EXILE = re.compile(
    r"(?<![а-яё])(?:" + "|".join(pattern for _, pattern in _KINDS) + r")(?![а-яё])", _I
)
_PLACE = re.compile(
    r"(?:^|[\s,])(?:в|во|на)\s+(?P<place>(?:[А-ЯЁ][\w-]*|г\.\s*[А-ЯЁ][\w-]*|[а-яё]+\s+[А-ЯЁ])"
    r"[^,.;()]*?)(?=\s*(?:[,.;(]|\s+(?:в|с|по|до|на)\s+\d|\s+\d|$))",
)


def kind_of(text: str) -> ClaimKind | None:
    """The kind of measure a text names first in the order above (None if none)."""
    for kind, pattern in _KINDS:
        if re.search(r"(?<![а-яё])(?:" + pattern + r")(?![а-яё])", text, _I):
            return kind
    return None


_NEXT_STATEMENT = re.compile(r"\.\s+(?=[А-ЯЁ])")


def statement_end(text: str) -> int:
    """Where the statement of a measure ends: at a full stop before a capital, even after an
    abbreviation («… в Новосибирскую обл. С 1942 по 1946 г. находилась в трудармии»)."""
    verb = EXILE.search(text)
    if verb is None:
        return len(text)
    stop = _NEXT_STATEMENT.search(text, verb.end())
    return stop.start() + 1 if stop else len(text)


def exile(whole: Segment) -> ParsedClaim | None:
    verb = EXILE.search(whole.text)
    if verb is None:
        return None
    segment = whole.sub(0, statement_end(whole.text))
    kind = kind_of(segment.text)
    if kind is None:
        return None
    claim = _read(segment, verb, kind)
    for start, end in segment.consumed:
        whole.take(start, end)
    return claim


def _read(segment: Segment, verb: re.Match[str], kind: ClaimKind) -> ParsedClaim:
    segment.take(verb.start(), verb.end())
    # The date after the verb, else the last one before it («В 1942 г. мобилизован …»);
    # a year of birth («1890 г. р.») before it is not the measure's date.
    dates = dates_in(segment, verb.end())
    date = dates[0] if dates else None
    if date is None:
        earlier = [
            d
            for d in dates_in(segment, 0, verb.start())
            if not re.match(r"\s*р\.|\s*г\.\s*р", segment.text[d.end : d.end + 6])
        ]
        date = earlier[-1] if earlier else None
    take_date(segment, date)
    place = ""
    for start, end in segment.gaps():
        found = _PLACE.search(segment.text[start:end])
        if found is None:
            continue
        candidate = tidy(found["place"])
        if candidate and candidate.lower() not in ("спецпоселение", "трудармию", "ссылку"):
            place = candidate
            segment.take(start + found.start("place"), start + found.end("place"))
            break
    # Words that only restate the measure are read; the rest stays visible as unparsed.
    for start, end in segment.gaps():
        if re.fullmatch(r"[\s,.;:]*(?:на|в|и|был[аи]?)?[\s,.;:]*", segment.text[start:end], _I):
            segment.take(start, end)
    for start, end in segment.gaps():
        again = EXILE.search(segment.text, start, end)
        if again is not None:
            segment.take(again.start(), again.end())
    return make_claim(segment, kind, date=date.date if date else None, place=place)
