"""Recognisers for the events a record or a certificate states: arrest, sentence, execution,
death, burial, release and rehabilitation.

Each recogniser reads one `Segment` (a line or a sentence), marks the text it interprets and
returns a `ParsedClaim` whose span is the segment. The same recognisers serve the Memorial line
form («Арестован 15 ноября 1937 г.»), Book-of-Memory prose («Коллегией ОГПУ 26 июля 1933 г.
осужден по ст. 58-10 на 10 лет ИТЛ») and the text of certificates read by OCR.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable

from catalog.dates import PartialDate
from catalog.text.articles import parse_charges
from catalog.text.bodies import body_code, tidy
from catalog.text.causes import normalise_cause
from catalog.text.dates import ParsedDate, find_dates
from catalog.text.record_model import ParsedClaim
from catalog.text.segments import FILLER, Segment, split_sentences
from catalog.text.sentences import normalise_sentence
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


def _claim(segment: Segment, kind: str, **fields: object) -> ParsedClaim:
    return ParsedClaim(kind=kind, spans=(segment.span(),), **fields)  # type: ignore[arg-type]


def _take_date(segment: Segment, date: ParsedDate | None) -> None:
    if date is not None:
        segment.take(date.start, date.end)


def _old_style_note(date: ParsedDate | None) -> str:
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


def _first_date_not_after_ot(segment: Segment, dates: list[ParsedDate]) -> ParsedDate | None:
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
    _take_date(segment, date)
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
    note = _old_style_note(date)
    if custody is not None:  # «Арестован 1.1.1938 г. под стражей в Цивильской тюрьме»
        start = verb.end() + custody.start()
        note = "; ".join(n for n in (note, tidy(custody.group())) if n)
        segment.take(start, verb.end() + custody.end())
    return _claim(
        segment,
        ClaimKind.ARREST,
        date=date.date if date else None,
        body=organ,
        body_code=body_code(organ, date.date if date else None) if organ else "",
        note=note,
    )


# -- sentencing -------------------------------------------------------------------------------

_CHARGES = re.compile(r"\bобв(?:\.|инени\w*|инен\w*)?\s*:?", _I)


def sentencing(segment: Segment, start: int = 0) -> ParsedClaim:
    """«Приговорен: Тройка при УНКВД Иркутской обл. 19 февраля 1938 г., обв.: по ст. 58-1 "а"»."""
    charges_at = _CHARGES.search(segment.text, start)
    head_end = charges_at.start() if charges_at else len(segment.text)
    dates = dates_in(segment, start, head_end)
    date = dates[0] if dates else None
    _take_date(segment, date)
    body_text = ""
    if date is not None:
        body_text = segment.text[start : date.start]
        tail = segment.text[date.end : head_end]
        if tidy(tail) and body_code(tail) and not body_code(body_text):
            body_text = tail
            segment.take(date.end, head_end)
        segment.take(start, date.start)
    else:
        body_text = segment.text[start:head_end]
        segment.take(start, head_end)
    # «Приговорен: в 1931 г.»: the preposition of the date is no body.
    body = tidy(re.sub(r"(?:^|\s)(?:в|во|с|от|до)\s*$", "", body_text, flags=_I))
    article, basis = "", ""
    if charges_at is not None:
        segment.take(charges_at.start(), charges_at.end())
        article, basis = _charges(segment, charges_at.end())
    return _claim(
        segment,
        ClaimKind.SENTENCE,
        date=date.date if date else None,
        body=body,
        body_code=body_code(body, date.date if date else None) if body else "",
        article=article,
        basis=basis,
        note=_old_style_note(date),
    )


def _charges(segment: Segment, start: int, end: int | None = None) -> tuple[str, str]:
    """(article, basis): recognised articles and formulas, and the charge text as written when
    it says more than they do (e.g. «кулаки (Постановление СНК и ЦИК СССР от 1.02.1930)»)."""
    end = len(segment.text) if end is None else end
    text = segment.text[start:end]
    charges = parse_charges(text)
    segment.take(start, end)
    written = tidy(text).rstrip(".")
    if not charges.found:
        return "", written
    rest = text
    for a, b in sorted(charges.spans, reverse=True):
        rest = rest[:a] + " " + rest[b:]
    rest = re.sub(r"\b(?:осужден\w*|обвинен\w*|по|ст|УК|и|как)\b\.?", " ", rest, flags=_I)
    says_more = len(re.findall(r"[А-Яа-яЁё]{3,}", rest)) > 0
    return charges.canonical, (written if says_more else "")


# -- sentence ---------------------------------------------------------------------------------

# Inside a «Приговор:» line, later events follow the sentence: «10 лет ИТЛ. Умер 15.11.38».
SUB_EVENT = re.compile(
    r"(?<![а-яё])(?P<kw>умер(?:ла)?|ум\.|скончал(?:ся|ась)|погиб(?:ла)?|освобожден[аы]?|освобождён[аы]?|"
    r"осв\.|освоб\.:?|расстрелян[аы]?|реабилитирован[аы]?|прибыл[аи]?|приб\.|убыл[аи]?|выб\.|"
    r"отбыв\w*\.?:?|срок\s+отбыв\w*|этапирован[аы]?|дело\s+прекращено|приговор\s+отмен\w*|"
    r"сведени\w*\s+об\s+исполнении\s+приговора|мера\s+наказания\s+(?:заменена|снижена)|"
    r"(?:ВМН|расстрел)\s+замен[её]н\w*|помилован[аы]?)"
    r"(?:(?<=\.)|(?![а-яё]))",
    _I,
)
_RESTRAINT = re.compile(r"\s*(?:взята\s+)?подписк\w*\s+о\s+невыезде|\s*мера\s+пресечения", _I)
_PLACE_ONLY = re.compile(r"^\s*(?:[А-ЯЁ][а-яё-]+\.?\s*){1,3}[.,]?\s*$")
_CAMP_TRACE = re.compile(
    r"^(?:прибыл|приб\.|убыл|выб\.|отбыв|срок\s+отбыв|этапирован|дело\s+прекращено|"
    r"приговор\s+отмен|сведени\w*\s+об\s+исполнении|мера\s+наказания|ВМН\s+замен|"
    r"расстрел\s+замен|помилован)",
    _I,
)


def sentence_text(segment: Segment, start: int, end: int) -> str:
    segment.take(start, end)
    return tidy(segment.text[start:end]).rstrip(".")


def sentence_and_events(
    segment: Segment, start: int, sentence_claim: ParsedClaim | None
) -> tuple[ParsedClaim | None, list[ParsedClaim]]:
    """Read a «Приговор:» value: the sentence (merged into `sentence_claim`) and later events
    («10 лет ИТЛ. Прибыл в Карлаг 03.11.1940. Умер 15.11.1942 от пеллагры»)."""
    found: list[ParsedClaim] = []
    notes: list[str] = []
    claim = sentence_claim
    value = segment.sub(start, len(segment.text))
    for index, sentence in enumerate(split_sentences(value)):
        offset = sentence.start - segment.start
        cuts = list(SUB_EVENT.finditer(sentence.text))
        head_end = cuts[0].start() if cuts else len(sentence.text)
        if index == 0 and _RESTRAINT.match(sentence.text[:head_end]):
            # «взята подписка о невыезде»: a measure of restraint, not the sentence.
            notes.append(tidy(sentence.text[:head_end]).rstrip("."))
            segment.take(offset, offset + head_end)
        elif index == 0:
            if tidy(sentence.text[:head_end]):
                text = sentence_text(segment, offset, offset + head_end)
                claim = _with_sentence(segment, claim, text)
            elif cuts and not DEATH.match(cuts[0].group()):
                # «Приговор: расстрелян», «Приговор: освобожден …»: the outcome is the sentence.
                stop = cuts[1].start() if len(cuts) > 1 else len(sentence.text)
                text = sentence_text(segment, offset + cuts[0].start(), offset + stop)
                claim = _with_sentence(segment, claim, text)
                cuts = cuts[1:]
        if index > 0 and not cuts and claim is not None and _continues(sentence.text):
            # «раскулачены. Высланы на спецпоселение.»: the sentence goes on.
            addition = tidy(sentence.text).rstrip(".")
            claim = dataclasses.replace(claim, sentence=f"{claim.sentence}. {addition}".strip(". "))
            segment.take(offset, offset + len(sentence.text))
            continue
        if index > 0 and not cuts and _PLACE_ONLY.match(sentence.text):
            # «10 л. л/св. Воркута. Осв. 1.2.1946»: a bare place after the sentence is where
            # it was served.
            notes.append("место отбывания: " + tidy(sentence.text).rstrip("."))
            segment.take(offset, offset + len(sentence.text))
        for number, cut in enumerate(cuts):
            stop = cuts[number + 1].start() if number + 1 < len(cuts) else len(sentence.text)
            keyword = cut["kw"].lower()
            begin = 0 if number == 0 and index > 0 else cut.start()
            if _CAMP_TRACE.match(keyword):
                notes.append(tidy(sentence.text[begin:stop]).rstrip("."))
                segment.take(offset + begin, offset + stop)
                continue
            recogniser = _SUB_RECOGNISERS.get(keyword[:4])
            if recogniser is None:
                continue
            # «14.04.1933 г. ОГПУ освобожден досрочно»: a later sentence may give the date
            # before the verb; its recogniser then reads from the sentence's start.
            piece = sentence.sub(begin, stop)
            event = recogniser(piece)
            if event is None:
                continue
            found.append(event)
            for a, b in piece.consumed:
                segment.take(offset + begin + a, offset + begin + b)
    if claim is not None and notes:
        claim = claim.with_note("; ".join(notes))
    return claim, found


def _continues(text: str) -> bool:
    """A later sentence of a «Приговор:» value that is itself a sentence («Высланы на
    спецпоселение»), not a note on it."""
    code = normalise_sentence(text).code
    return code not in ("", "other", "dropped") and len(text) < 120


def _with_sentence(segment: Segment, claim: ParsedClaim | None, text: str) -> ParsedClaim:
    if claim is None:
        return _claim(segment, ClaimKind.SENTENCE, sentence=text)
    if claim.sentence:
        return claim.with_note(text)
    return dataclasses.replace(claim, sentence=text, spans=(*claim.spans, segment.span()))


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
    _take_date(segment, date)
    cause = ""
    place = ""
    if kind == ClaimKind.DEATH:
        found = _CAUSE.search(segment.text, verb.end())
        if found is not None:
            cause = normalise_cause(found["cause"]).text
            segment.take(found.start(), found.end())
    note = _old_style_note(date)
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
    return _claim(
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
    _take_date(segment, date)
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
    return _claim(segment, ClaimKind.RELEASE, date=date.date if date else None, note=note)


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
    return _claim(segment, ClaimKind.BURIAL, place=place)


# -- rehabilitation ---------------------------------------------------------------------------

REHABILITATION = re.compile(
    r"(?<![а-яё])реабилитирован(?:а|ы|ным|ной|ными|ного)?(?![а-яё])|реабілітован\w*", _I
)
_NO_INFORMATION = re.compile(
    r"сведени\w*\s+о\s+реаб\w*\.?\s+(?:нет|не\s+имеется|отсутству)|"
    r"нет\s+сведений\s+о\s+реабилит",
    _I,
)
_REFUSED = re.compile(
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
    refused = _REFUSED.search(segment.text)
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
    date = _first_date_not_after_ot(segment, dates)
    _take_date(segment, date)
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
    return _claim(
        segment,
        kind,
        date=date.date if date else None,
        body=body,
        body_code=body_code(body, date.date if date else None) if body else "",
        basis="; ".join(bases),
        note="; ".join(n for n in (_old_style_note(date), *notes) if n),
    )


def rehabilitation_unknown(segment: Segment) -> bool:
    """«сведений о реабилитации нет»: the record says it does not know."""
    found = _NO_INFORMATION.search(segment.text)
    if found is not None:
        segment.take_all()
    return found is not None


# -- prose sentencing: «Коллегией ОГПУ 26 июля 1933 г. осужден по ст. 58-10 на 10 лет ИТЛ» ------

SENTENCED = re.compile(
    r"(?<![а-яё])(?:осужд[её]н[аы]?|приговор[её]н[аы]?|осуждени\w*|приговорил[аи]?|"
    r"заключ[её]н[аы]?(?=\s+(?:на|в)\s))(?![а-яё])",
    _I,
)
_SENTENCE_PART = re.compile(
    r"(?<![а-яё])(?:к|на)\s+(?P<sentence>(?:высшей\s+мере|ВМН|расстрел|\d|лишени|ссылк|высылк|"
    r"заключени|исправит|пяти|восьми|десяти|трем|тр[её]х)[^;]*)",
    _I,
)


def prose_sentencing(segment: Segment) -> ParsedClaim | None:
    verb = SENTENCED.search(segment.text)
    if verb is None:
        return None
    segment.take(verb.start(), verb.end())
    dates = dates_in(segment)
    date = _first_date_not_after_ot(segment, dates)
    _take_date(segment, date)
    sentence = ""
    found = _SENTENCE_PART.search(segment.text, verb.end())
    stop = len(segment.text)
    if found is not None:
        sentence = tidy(found["sentence"]).rstrip(".")
        segment.take(found.start(), found.end())
        stop = found.start()
    article, basis = "", ""
    charges_at = re.search(r"(?<![а-яё])(?:по\s+)?ст(?:\.|атье|атьям)", segment.text[:stop], _I)
    if charges_at is not None:
        article, basis = _charges(segment, charges_at.start(), stop)
    body = ""
    for start, end in segment.gaps():
        piece = segment.text[start:end]
        if body_code(piece):
            # «Решением Комиссии НКВД СССР и Прокурора СССР от 2 января 1938 г.»
            body = tidy(re.sub(r"(?:^|\s)(?:от|в|во)\s*$", "", piece, flags=_I))
            segment.take(start, end)
            break
    if not (body or date or article or sentence):
        return None
    return _claim(
        segment,
        ClaimKind.SENTENCE,
        date=date.date if date else None,
        body=body,
        body_code=body_code(body, date.date if date else None) if body else "",
        article=article,
        basis=basis,
        sentence=sentence,
        note=_old_style_note(date),
    )


_SUB_RECOGNISERS: dict[str, Callable[[Segment], ParsedClaim | None]] = {
    "умер": death,
    "ум.": death,
    "скон": death,
    "поги": death,
    "осво": release,
    "осв.": release,
    "расс": execution,
    "реаб": rehabilitation,
}

# The order in which prose sentences are tried: the first recogniser whose keyword appears wins.
PROSE_RECOGNISERS: list[tuple[re.Pattern[str], Callable[[Segment], ParsedClaim | None]]] = [
    (REHABILITATION, rehabilitation),
    (_REFUSED, rehabilitation),
    (EXECUTION, execution),
    (BURIAL, burial),
    (DEATH, death),
    (SENTENCED, prose_sentencing),
    (ARREST, arrest),
    (RELEASE, release),
]


def sentence_normalised(claim: ParsedClaim) -> str:
    return normalise_sentence(claim.sentence).code if claim.sentence else ""
