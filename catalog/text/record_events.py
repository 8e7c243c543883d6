"""Recognisers for the events a record or a certificate states: arrest, execution, death,
burial and release, and the helpers every recogniser shares.

Each recogniser reads one `Segment` (a line or a sentence), marks the text it interprets and
returns a `ParsedClaim` whose span is the segment. The same recognisers serve the Memorial line
form («Арестован 15 ноября 1937 г.»), Book-of-Memory prose and the text of certificates read by
OCR. Sentencing is in `record_sentencing`, rehabilitation in `record_rehabilitation`.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from catalog.dates import PartialDate
from catalog.text.bodies import body_code, tidy
from catalog.text.causes import normalise_cause
from catalog.text.dates import ParsedDate, find_dates
from catalog.text.record_model import ParsedClaim
from catalog.text.segments import FILLER, Segment
from catalog.vocab import ClaimKind

_I = re.IGNORECASE


Recogniser = Callable[[Segment], ParsedClaim | None]

# Where a second statement starts inside one line: after a clause boundary, a verb of another
# event, or a sentence that begins with a label.
NEXT_STATEMENT = re.compile(
    r"(?:[,;]|\.(?<!\bг\.)(?<!\bст\.))\s*(?=(?:осужд[её]н|приговор[её]н|освобожд[её]н|осв\.|расстрелян|"
    r"умер|скончал|реабилитирован|дело\s+прекращено|выселен|выслан|сослан|приговор\s*:|"
    r"повторно\s+арестован|вновь\s+арестован|арестован)\w*)",
    _I,
)


def dates_in(segment: Segment, start: int = 0, end: int | None = None) -> list[ParsedDate]:
    """Dates inside [start, end) of the segment, with offsets relative to the segment."""
    end = len(segment.text) if end is None else end
    return [
        ParsedDate(d.date, d.start + start, d.end + start, d.text, d.old_style, d.note)
        for d in find_dates(segment.text[start:end])
    ]


def make_claim(segment: Segment, kind: str, **fields: object) -> ParsedClaim:
    return ParsedClaim(kind=kind, spans=(segment.span(),), **fields)  # type: ignore[arg-type]


def take_date(segment: Segment, date: ParsedDate | None) -> None:
    if date is not None:
        segment.take(date.start, date.end)


def old_style_note(date: ParsedDate | None) -> str:
    if date is None:
        return ""
    if date.old_style is not None:
        year, month, day = date.old_style
        return f"дата по старому стилю: {day:02d}.{month:02d}.{year}"
    return date.note


_ACT_OF_LAW = re.compile(
    r"(?:закон|указ|постановлени|приказ|директив|инструкци|распоряжени|решени\w*\s+ГКО)\w*"
    r"[^.;]{0,60}?(?:от|№\s*[\w/-]+(?:\s+от)?)\s*$",
    _I,
)


def first_date_not_after_act(segment: Segment, dates: list[ParsedDate]) -> ParsedDate | None:
    """The first date that is not the date of a law, decree or order («по Закону от
    18.10.1991», «Указ ПВС СССР № 21/160 от 28.08.1941»)."""
    for date in dates:
        before = segment.text[max(0, date.start - 80) : date.start]
        if _ACT_OF_LAW.search(before):
            continue
        return date
    return None


# -- arrest -----------------------------------------------------------------------------------

ARREST = re.compile(
    r"(?<![а-яё])(?:(?:повторно|вновь|снова)\s+)?(?:арестован[аы]?|арест\.|арестов\.|"
    r"взят[аы]?\s+под\s+стражу)(?:\s+(?:повторно|вновь|снова)(?![а-яё]))?",
    _I,
)


def arrest(segment: Segment) -> ParsedClaim | None:
    verb = ARREST.search(segment.text)
    if verb is None:
        return None
    segment.take(verb.start(), verb.end())
    for again in ARREST.finditer(segment.text, verb.end()):
        segment.take(again.start(), again.end())  # «Арестован 15.9.1936 г. арестован»
    dates = dates_in(segment, verb.end())
    date = dates[0] if dates else None
    if date is None:
        # «В 1929 г. арестован …»: the date before the verb.
        earlier = dates_in(segment, 0, verb.start())
        date = earlier[-1] if earlier else None
    take_date(segment, date)
    organ = ""
    # The arresting organ is written before or after the date: «Арест. УГБ УНКВД по ДВК 7 марта
    # 1940 г.», «Арестован 20 мая 1920 г. Смолгубчека».
    for start, end in segment.gaps():
        if start < verb.end() or not tidy(segment.text[start:end]):
            continue
        # The organ runs to the next comma or full stop that ends a clause.
        stop = re.search(r",|\.\s+(?=[а-яё])|\.\s*$|(?<!\bг)\.\s", segment.text[start:end])
        if stop is not None:
            end = start + stop.start()
        piece = segment.text[start:end]
        if body_code(piece) and len(tidy(piece)) < 80:
            organ = tidy(piece)
            segment.take(start, end)
        break
    custody = re.search(
        r"(?:под\s+стражей|содержал(?:ся|ась)\s+под\s+стражей)[^.;]*",
        segment.text[verb.end() :],
        _I,
    )
    note = old_style_note(date)
    if custody is not None:  # «Арестован 1.1.1938 г. под стражей в Цивильской тюрьме»
        start = verb.end() + custody.start()
        note = "; ".join(n for n in (note, tidy(custody.group())) if n)
        segment.take(start, verb.end() + custody.end())
    return make_claim(
        segment,
        ClaimKind.ARREST,
        date=date.date if date else None,
        body=organ,
        body_code=body_code(organ, date.date if date else None) if organ else "",
        note=note,
    )


# -- execution, death, burial, release ----------------------------------------------------------

EXECUTION = re.compile(
    r"(?<![а-яё])(?:расстрелян[аы]?|розстріл\w*|приговор\w*\s+(?:приведен|приведён|исполнен)\w*"
    r"(?:\s+в\s+исполнение)?|(?:ВМН|высшая\s+мера\s+наказания)\s+приведен\w*\s+в\s+исполнение|"
    r"приведен\w*\s+в\s+исполнение)",
    _I,
)
DEATH = re.compile(
    r"(?<![а-яё])(?:умер(?:ла)?|скончал(?:ся|ась)|погиб(?:ла)?|помер(?:ла)?)(?![а-яё])|"
    r"(?<![а-яё])ум\.",
    _I,
)
_CAUSE = re.compile(
    r"(?:(?<![а-яё])от\s+|причина\s+смерти\s*[:—–-]?\s*)(?P<cause>[^,;.()]+(?:\([^)]*\))?)", _I
)
_UNDER_INVESTIGATION = re.compile(
    r"(?:в\s+ходе|во\s+время)\s+следствия|(?:находясь\s+)?под\s+следствием", _I
)
_BARE_YEAR = re.compile(r"(?<![\d.])(1[89]\d\d|20\d\d)(?![\d.])")
_PLACE = re.compile(r"^[\s,]*(?:[-–—]\s*|(?=(?:в|во|на|под|при)\s))(?P<place>[^;]+?)\s*$", _I)


def _event_with_place(segment: Segment, verb: re.Match[str], kind: str) -> ParsedClaim:
    segment.take(verb.start(), verb.end())
    dates = dates_in(segment, verb.end())
    date = dates[0] if dates else None
    if date is None:
        # «умер в ИТЛ 1942»: after the verb of an event a bare year is its date.
        bare = _BARE_YEAR.search(segment.text, verb.end())
        if bare is not None:
            date = ParsedDate(PartialDate(int(bare[1])), bare.start(1), bare.end(1), bare[1])
    if date is None:
        before = dates_in(segment, 0, verb.start())
        date = before[-1] if before else None
    take_date(segment, date)
    cause = ""
    place = ""
    if kind == ClaimKind.DEATH:
        found = _CAUSE.search(segment.text, verb.end())
        if found is not None:
            cause = normalise_cause(found["cause"]).text
            segment.take(found.start(), found.end())
    note = old_style_note(date)
    for start, end in segment.gaps():
        if start < verb.end() or FILLER.match(segment.text[start:end]):
            continue
        piece = segment.text[start:end]
        investigation = _UNDER_INVESTIGATION.search(piece)
        if investigation is not None:  # «умер в ходе следствия»: when, not where
            note = "; ".join(n for n in (note, tidy(investigation.group())) if n)
            segment.take(start + investigation.start(), start + investigation.end())
            piece = (
                piece[: investigation.start()]
                + " " * len(investigation.group())
                + piece[investigation.end() :]
            )
            if FILLER.match(piece):
                continue
        match = _PLACE.match(piece)
        if match is not None and not place:
            place = tidy(match["place"]).rstrip(".")
            segment.take(start, end)
    return make_claim(
        segment,
        kind,
        date=date.date if date else None,
        place=place,
        cause=cause,
        note=note,
    )


def execution(segment: Segment) -> ParsedClaim | None:
    verb = EXECUTION.search(segment.text)
    if verb is None:
        return None
    return _event_with_place(segment, verb, ClaimKind.EXECUTION)


def death(segment: Segment) -> ParsedClaim | None:
    verb = DEATH.search(segment.text)
    if verb is None:
        return None
    return _event_with_place(segment, verb, ClaimKind.DEATH)


RELEASE = re.compile(r"(?<![а-яё])(?:освобожд[её]н[аы]?|осв\.|освоб\.)", _I)


def release(segment: Segment) -> ParsedClaim | None:
    verb = RELEASE.search(segment.text)
    if verb is None:
        return None
    segment.take(verb.start(), verb.end())
    dates = dates_in(segment, verb.end())
    date = dates[0] if dates else None
    if date is None:
        earlier = dates_in(segment, 0, verb.start())
        date = earlier[-1] if earlier else None
    take_date(segment, date)
    note = ""
    rest = [segment.text[a:b] for a, b in segment.gaps() if a >= verb.end()]
    basis = tidy(" ".join(rest)).rstrip(".")
    if basis and re.search(
        r"амнист|указ|реабилит|отбыт|срок|досрочн|по\s+болезн|^(?:из|от|со?)\s|из-под\s+стражи",
        basis,
        _I,
    ):
        note = basis
        for a, b in segment.gaps():
            if a >= verb.end():
                segment.take(a, b)
    return make_claim(segment, ClaimKind.RELEASE, date=date.date if date else None, note=note)


BURIAL = re.compile(r"(?:место\s+захоронения|похоронен[аы]?|захоронен[аы]?)\s*[-–—:]?\s*", _I)


def burial(segment: Segment) -> ParsedClaim | None:
    label = BURIAL.search(segment.text)
    if label is None:
        return None
    segment.take(label.start(), label.end())
    start = label.end()
    # «Место захоронения - место захоронения - Московская обл., Бутово.» repeats its label.
    again = BURIAL.match(segment.text, start)
    if again is not None:
        segment.take(again.start(), again.end())
        start = again.end()
    place = tidy(segment.text[start:]).rstrip(".")
    segment.take(start, len(segment.text))
    if not place or re.match(r"^(?:неизвест|не\s+установлен|не\s+указан)", place, _I):
        return None  # «Место захоронения неизвестно» states nothing to claim
    return make_claim(segment, ClaimKind.BURIAL, place=place)
