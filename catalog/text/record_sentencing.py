"""Sentencing statements: the Memorial «Приговорен: … обв.: …» and «Приговор: …» lines, and
prose («Коллегией ОГПУ 26 июля 1933 г. осужден по ст. 58-10 на 10 лет ИТЛ»). A «Приговор:» value
often goes on with later events (camp trace, release, death), read here too.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable

from catalog.text.articles import parse_charges
from catalog.text.bodies import body_code, tidy
from catalog.text.record_events import (
    ARREST,
    BURIAL,
    DEATH,
    EXECUTION,
    RELEASE,
    arrest,
    burial,
    dates_in,
    death,
    execution,
    first_date_not_after_act,
    make_claim,
    old_style_note,
    release,
    take_date,
)
from catalog.text.record_exile import EXILE, exile
from catalog.text.record_model import ParsedClaim
from catalog.text.record_rehabilitation import REFUSED, REHABILITATION, rehabilitation
from catalog.text.segments import Segment, split_sentences
from catalog.text.sentences import normalise_sentence
from catalog.vocab import ClaimKind

_I = re.IGNORECASE

# -- sentencing -------------------------------------------------------------------------------

_CHARGES = re.compile(r"\bобв(?:\.|инени\w*|инен\w*)?\s*:?", _I)


def sentencing(segment: Segment, start: int = 0) -> ParsedClaim:
    """«Приговорен: Тройка при УНКВД Иркутской обл. 19 февраля 1938 г., обв.: по ст. 58-1 "а"»."""
    charges_at = _CHARGES.search(segment.text, start)
    head_end = charges_at.start() if charges_at else len(segment.text)
    dates = dates_in(segment, start, head_end)
    date = dates[0] if dates else None
    take_date(segment, date)
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
    return make_claim(
        segment,
        ClaimKind.SENTENCE,
        date=date.date if date else None,
        body=body,
        body_code=body_code(body, date.date if date else None) if body else "",
        article=article,
        basis=basis,
        note=old_style_note(date),
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
        return make_claim(segment, ClaimKind.SENTENCE, sentence=text)
    if claim.sentence:
        return claim.with_note(text)
    return dataclasses.replace(claim, sentence=text, spans=(*claim.spans, segment.span()))


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
    date = first_date_not_after_act(segment, dates)
    take_date(segment, date)
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
    return make_claim(
        segment,
        ClaimKind.SENTENCE,
        date=date.date if date else None,
        body=body,
        body_code=body_code(body, date.date if date else None) if body else "",
        article=article,
        basis=basis,
        sentence=sentence,
        note=old_style_note(date),
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
    (REFUSED, rehabilitation),
    (EXECUTION, execution),
    (BURIAL, burial),
    (DEATH, death),
    (SENTENCED, prose_sentencing),
    (ARREST, arrest),
    (RELEASE, release),
    (EXILE, exile),
]
