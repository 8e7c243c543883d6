"""Rehabilitation statements: «Реабилитирован 25 января 1957 г. определением Военного трибунала
ЗабВО за отсутствием состава преступления», refusals, revocations, and «сведений нет»."""

from __future__ import annotations

import re

from catalog.text.bodies import body_code, tidy
from catalog.text.record_events import (
    dates_in,
    first_date_not_after_act,
    make_claim,
    old_style_note,
    take_date,
)
from catalog.text.record_model import ParsedClaim
from catalog.text.segments import Segment
from catalog.vocab import ClaimKind

_I = re.IGNORECASE

# -- rehabilitation ---------------------------------------------------------------------------

REHABILITATION = re.compile(
    r"(?<![а-яё])реабилитирован(?:а|ы|ным|ной|ными|ного)?(?![а-яё])|реабілітован\w*", _I
)
_NO_INFORMATION = re.compile(
    r"сведени\w*\s+о\s+реаб\w*\.?\s+(?:нет|не\s+имеется|отсутству)|"
    r"нет\s+сведений\s+о\s+реабилит",
    _I,
)
REFUSED = re.compile(
    r"отказано\s+в\s+реабилит|не\s+подлежит\s+реабилит|не\s+подлежащ\w*\s+реабилит|"
    r"в\s+реабилитации\s+отказано",
    _I,
)
_REVOKED = re.compile(
    r"отмен\w*\s+(?:заключени\w*|решени\w*)\s+о\s+реабилит|реабилитаци\w*\s+отменен", _I
)
_GROUNDS = re.compile(
    r"(?:дело\s+прекращено\s+)?за\s+(?:отсутствием\s+(?:состава|события)(?:\s+преступления)?"
    r"|недоказанност\w*(?:\s+(?:участия|вины|обвинения|состава\s+преступления))?"
    r"|недостаточност\w*\s+(?:улик|доказательств))"
    r"|по\s+реабилитирующим\s+(?:основаниям|обстоятельствам)",
    _I,
)
_LAW = re.compile(
    r"(?:(?:на\s+основании|по|в\s+соответствии\s+с|согласно)\s+)?(?:ст\.\s*\d+\s+)?"
    r"(?<![а-яё])(?:(?:Закон|Указ)\w*|постановлени\w*\s+(?:ПВС|Президиума\s+Верховного\s+Совета|"
    r"ЦИК|ВЦИК|СНК|Совета\s+Министров))(?![а-яё])",
    _I,
)


def _bases(segment: Segment) -> list[tuple[int, int]]:
    """Spans of the grounds of a rehabilitation: «за отсутствием состава преступления», «по Закону
    РСФСР от 18.10.1991 г.», «на основании Указа ПВС СССР от 16.01.1989». A law or decree runs to
    the first date after it, or to the end of its sentence."""
    spans = [(m.start(), m.end()) for m in _GROUNDS.finditer(segment.text)]
    for match in _LAW.finditer(segment.text):
        if any(a <= match.start() < b for a, b in spans):
            continue
        end = len(segment.text)
        stop = re.search(r"(?<!\bг)\.\s+(?=[А-ЯЁ])|;", segment.text[match.end() :])
        if stop is not None:
            end = match.end() + stop.start()
        for date in dates_in(segment, match.end(), end):
            end = date.end
            break
        spans.append((match.start(), end))
    return sorted(spans)


_REPEATED_VERB = re.compile(r"^\s*[.,]?\s*(?:считается\s+)?реабилитирован(?:а|ы|ным|ной)?\b\.?", _I)


def rehabilitation(segment: Segment) -> ParsedClaim | None:
    verb = REHABILITATION.search(segment.text)
    refused = REFUSED.search(segment.text)
    revoked = _REVOKED.search(segment.text)
    if verb is None and refused is None and revoked is None:
        return None
    kind = ClaimKind.REHABILITATION
    if revoked is not None:
        kind = ClaimKind.REHABILITATION_REVOKED
        segment.take(revoked.start(), revoked.end())
    elif refused is not None:
        kind = ClaimKind.REHABILITATION_REFUSED
        segment.take(refused.start(), refused.end())
    if verb is not None:
        segment.take(verb.start(), verb.end())
    if _NO_INFORMATION.search(segment.text):
        return None
    dates = dates_in(segment)
    date = first_date_not_after_act(segment, dates)
    take_date(segment, date)
    bases = []
    for start, end in _bases(segment):
        bases.append(tidy(segment.text[start:end]).rstrip("."))
        segment.take(start, end)
    body = ""
    notes = []
    for start, end in segment.gaps():
        piece = segment.text[start:end]
        released = re.match(r"^\s*[.,]?\s*(освобожд[её]н[аы]?)\s*\.?\s*$", piece, _I)
        if released is not None:  # «Реабилитирован 4 февраля 1943 г. освобожден»
            notes.append(released[1])
            segment.take(start, end)
            continue
        repeated = _REPEATED_VERB.match(piece)
        if repeated is not None:
            segment.take(start, start + repeated.end())
            piece = piece[repeated.end() :]
            start += repeated.end()
        if body_code(piece) and not body:
            body = tidy(piece).rstrip(".")
            segment.take(start, end)
    return make_claim(
        segment,
        kind,
        date=date.date if date else None,
        body=body,
        body_code=body_code(body, date.date if date else None) if body else "",
        basis="; ".join(bases),
        note="; ".join(n for n in (old_style_note(date), *notes) if n),
    )


def rehabilitation_unknown(segment: Segment) -> bool:
    """«сведений о реабилитации нет»: the record says it does not know."""
    found = _NO_INFORMATION.search(segment.text)
    if found is not None:
        segment.take_all()
    return found is not None
