"""Read a Memorial / Book-of-Memory record text into person fields and claims.

Two forms are read (see the domain brief, §5, and ../shared/data/memorial-records-dev/):

* the lists.memo.ru form, one statement per line under a label::

      Родился в 1896 г., Иркутская обл., Качугский р-н, с. Манзурка; русский; б/п;
      Арестован 15 ноября 1937 г.
      Приговорен: Тройка при УНКВД Иркутской обл. 19 февраля 1938 г., обв.: по ст. 58-1 "а" …
      Приговор: расстрел
      Расстрелян 21 февраля 1938 г.
      Реабилитирован 25 января 1957 г.

  optionally under a name heading («Абабков Иван Алексеевич (1896)») and with a line of name
  variants; the Stalin-list variant («Род. в 1902 … Приговор: ВК ВС СССР, 11.10.1937 – ВМН»);
* Open List fields, as wiki source or as shown on the page (see `catalog.text.openlist`);
* Book-of-Memory prose: «Флоренский Павел Александрович, 1882 г. р., уроженец м. Евлах, русский,
  беспартийный, профессор, проживал: … Арестован 26 февраля 1933 г. Коллегией ОГПУ 26 июля 1933
  г. осужден по ст. ст. 58-10-11 УК РСФСР на 10 лет ИТЛ. … Расстрелян 8 декабря 1937 г.»

Nothing is dropped: every statement is a `Segment` whose uninterpreted text is returned in
`ParsedRecord.unparsed` and kept in the person's notes.
"""

from __future__ import annotations

import re
from dataclasses import replace

from catalog.dates import PartialDate
from catalog.text import record_events as events
from catalog.text import record_exile
from catalog.text import record_rehabilitation as rehabilitation
from catalog.text import record_sentencing as sentencing
from catalog.text.bodies import body_code, tidy
from catalog.text.dates import ParsedDate
from catalog.text.openlist import is_openlist, parse_openlist
from catalog.text.person_fields import (
    Chunk,
    classify_chunk,
    name_heading,
    name_variants,
    sex_from_name,
    sex_from_text,
)
from catalog.text.record_model import ParsedClaim, ParsedRecord
from catalog.text.relatives import RelativeMention, find_relatives
from catalog.text.segments import Segment, split_sentences
from catalog.vocab import ClaimKind

_I = re.IGNORECASE

_LABELS: list[tuple[str, re.Pattern[str]]] = [
    ("variants", re.compile(r"^\s*\(\s*варианты", _I)),
    ("birth", re.compile(r"^\s*(?:Родил(?:ся|ась)|Род\.)", _I)),
    ("residence", re.compile(r"^\s*(?:Проживал[аи]?|Прож\.)\s*:?", _I)),
    ("arrest", re.compile(r"^\s*(?:Арестован[аы]?|Арест\.)", _I)),
    ("sentencing", re.compile(r"^\s*(?:Приговорен[аы]?|Приговорён[аы]?|Осужден[аы]?)\s*:", _I)),
    ("sentence", re.compile(r"^\s*Приговор\s*:", _I)),
    ("execution", re.compile(r"^\s*Расстрелян[аы]?", _I)),
    ("burial", re.compile(r"^\s*Место\s+захоронения", _I)),
    ("rehabilitation", re.compile(r"^\s*Реабилитирован[аы]?", _I)),
    ("death", re.compile(r"^\s*(?:Умер(?:ла)?|Скончал(?:ся|ась)|Погиб(?:ла)?)(?![а-яё])", _I)),
    ("release", re.compile(r"^\s*Освобожд[её]н[аы]?", _I)),
    ("source", re.compile(r"^\s*Источник\w*\s*:", _I)),
]
_MEMORIAL_LABELS = {"birth", "residence", "arrest", "sentencing", "sentence", "execution"}
_EVENT_LABELS = _MEMORIAL_LABELS - {"birth"} | {"burial", "rehabilitation", "death", "release"}


# A sentence after the place of residence that is a statement of its own («Судим в 1927 г.»).
_AFTER_RESIDENCE = re.compile(
    r"\s*(?:Суд[иі]м|Арест|Осужд|Приговор|Работал|Служил|Реабилит|Расстрел|Умер|Выслан|Сослан|"
    r"Раскулач|Лишен|В\s+\d{4})",
    _I,
)


def _label(line: str) -> tuple[str, int] | None:
    for name, pattern in _LABELS:
        match = pattern.match(line)
        if match:
            return name, match.end()
    return None


def _absolute(date: ParsedDate, segment: Segment) -> ParsedDate:
    """A date found in a segment, with offsets in the whole record."""
    return replace(date, start=segment.start + date.start, end=segment.start + date.end)


def _lines(text: str) -> list[Segment]:
    segments = []
    position = 0
    for line in text.splitlines(keepends=True):
        stripped = line.rstrip("\r\n")
        if stripped.strip():
            segments.append(Segment(stripped, position))
        position += len(line)
    return segments


class _Reader:
    def __init__(self, text: str) -> None:
        self.text = text
        self.fields: dict[str, str] = {}
        self.birth = None
        self.facts: list[str] = []
        self.variants: list[tuple[str, str]] = []
        self.claims: list[ParsedClaim] = []
        self.segments: list[Segment] = []
        self.open_sentence: int | None = None  # index in claims of a sentence awaiting «Приговор:»
        self.name: tuple[str, str, str] | None = None
        self.relatives: list[RelativeMention] = []

    # -- person fields ------------------------------------------------------------------------

    def set_field(self, name: str, value: str) -> None:
        value = tidy(value).rstrip(".")
        if not value:
            return
        if self.fields.get(name):
            if value not in self.fields[name]:
                self.fields[name] += "; " + value
        else:
            self.fields[name] = value

    def heading(self, segment: Segment) -> int | None:
        """Read a name heading; return where the rest of the line starts, or None."""
        found = name_heading(segment.text)
        if found is None:
            return None
        self.name = (found.surname, found.given_name, found.patronymic)
        segment.take(found.start, found.end)
        end = found.end
        # «Абабков Иван Алексеевич (1896)»: the year in parentheses is the birth year.
        year = re.match(r"\s*\((\d{4})\)", segment.text[end:])
        if year is not None:
            dates = events.dates_in(segment, end, end + year.end())
            if dates:
                self.birth = _absolute(dates[0], segment)
            segment.take(end, end + year.end())
            end += year.end()
        return end

    def birth_line(self, segment: Segment, start: int) -> None:
        """«Родился в 1896 г., <место>; <национальность>; <партийность>; <образование>;»"""
        segment.take(0, start)
        text = segment.text
        skip = start + len(re.match(r"\s*(?:в\s+)?", text[start:]).group())  # type: ignore[union-attr]
        chunk_start = start
        dates = events.dates_in(segment, start)
        if dates and dates[0].start <= skip:
            self.birth = _absolute(dates[0], segment)
            segment.take(dates[0].start, dates[0].end)
            chunk_start = dates[0].end
        else:
            # «Родился 1901 (1897)»: a bare year, which the date finder leaves alone.
            bare = re.match(r"(\d{4})(?![\d.])(?:\s*г\.?)?", text[skip:])
            if bare is not None and 1700 <= int(bare[1]) <= 2099:
                self.birth = ParsedDate(
                    PartialDate(int(bare[1])),
                    segment.start + skip,
                    segment.start + skip + 4,
                    bare[1],
                )
                segment.take(skip, skip + bare.end())
                chunk_start = skip + bare.end()
        other = re.match(r"\s*\((\d{4})\)", text[chunk_start:])
        if other is not None:
            self.facts.append(f"Год рождения указан также как {other[1]}")
            segment.take(chunk_start, chunk_start + other.end())
            chunk_start += other.end()
        parts = re.split(r";", text[chunk_start:])
        position = chunk_start
        for index, part in enumerate(parts):
            piece_start, piece_end = position, position + len(part)
            position = piece_end + 1
            if not part.strip(" .,"):
                continue
            # The first part is the birthplace unless it is a nationality («1912 г. русская»).
            stripped = re.sub(r"^[\s,]*(?:в\s+)?", "", part) if index == 0 else part
            chunk = classify_chunk(stripped, loose=True)
            if index == 0 and chunk.kind in ("place", "other"):
                self.set_field("birth_place", stripped)
                segment.take(piece_start, piece_end)
                continue
            if self.take_chunk(chunk):
                segment.take(piece_start, piece_end)

    def take_chunk(self, chunk: Chunk) -> bool:
        kind, value = chunk.kind, chunk.text
        if kind == "nationality":
            self.set_field("nationality", value)
        elif kind == "party":
            self.facts.append(f"Партийность: {value}")
        elif kind == "education":
            self.facts.append(f"Образование: {value}")
        elif kind == "citizenship":
            self.facts.append(f"Подданство: {value}")
        else:
            return False
        return True

    def person_prose(self, segment: Segment) -> None:
        """«, 1882 г. р., уроженец м. Евлах, русский, беспартийный, профессор, проживал: …»"""
        text = segment.text
        lived = re.search(r"(?:проживал[аи]?|прож\.|место\s+жительства)\s*:?\s*", text, _I)
        head_end = lived.start() if lived else len(text)
        if lived is not None:
            segment.take(lived.start(), lived.end())
            self.set_field("residence", text[lived.end() :])
            segment.take(lived.end(), len(text))
        position = 0
        for part in re.split(r",(?![^(]*\))", text[:head_end]):
            start, end = position, position + len(part)
            position = end + 1
            value = part.strip(" .")
            if not value:
                continue
            born = re.match(
                r"^(?:(?:род\.?|родил(?:ся|ась))\s+(?:в\s+)?)?(?P<y>\d{4})\s*(?:г\.?\s*(?:р\.?|рожд\.?|рождения)|года\s+рождения)?$",
                value,
                _I,
            )
            if born is not None and self.birth is None:
                sub = segment.sub(start, end)
                dates = events.dates_in(sub)
                if dates:
                    # Offsets in the whole record, as the birth claim's span needs them.
                    self.birth = replace(
                        dates[0],
                        start=sub.start + dates[0].start,
                        end=sub.start + dates[0].end,
                    )
                    segment.take(start, end)
                    continue
            native = re.match(
                r"^(?:уроженец|уроженка|урож\.|род\.\s*в|родил(?:ся|ась)\s+в)\s+(.+)$", value, _I
            )
            if native is not None:
                self.set_field("birth_place", native[1])
                segment.take(start, end)
                continue
            chunk = classify_chunk(value)
            if self.take_chunk(chunk):
                segment.take(start, end)
            elif chunk.kind in ("other",) and not self.fields.get("occupation"):
                self.set_field("occupation", value)
                segment.take(start, end)

    # -- events -------------------------------------------------------------------------------

    def add(self, claim: ParsedClaim | None) -> None:
        if claim is not None:
            self.claims.append(claim)

    def line(self, segment: Segment, label: str, start: int) -> None:
        if label == "variants":
            self.variants.extend(name_variants(segment.text))
            segment.take_all()
        elif label == "birth":
            self.birth_line(segment, start)
        elif label == "residence":
            # «Проживал: д. Романово … обл. Судим в 1927 г. …»: the place is the first sentence.
            if not tidy(segment.text[start:]).strip(" .,;:"):
                return  # a label with no place after it: kept as unread text, not dropped
            segment.take(0, start)
            value = segment.sub(start, len(segment.text))
            sentences = split_sentences(value)
            first = value
            if len(sentences) > 1 and _AFTER_RESIDENCE.match(sentences[1].text):
                first = sentences[0]
            self.set_field("residence", first.text)
            segment.take(start, first.end - segment.start)
            if first.end < segment.end:
                self.read_prose(segment, first.end - segment.start)
        elif label == "arrest":
            self.open_sentence = None
            self.first_statement(segment, events.arrest)
        elif label == "sentencing":
            segment.take(0, start)
            self.claims.append(sentencing.sentencing(segment, start))
            self.open_sentence = len(self.claims) - 1
        elif label == "sentence":
            segment.take(0, start)
            self.sentence_line(segment, start)
        elif label == "execution":
            self.first_statement(segment, events.execution)
        elif label == "burial":
            self.add(events.burial(segment))
        elif label == "rehabilitation":
            if not rehabilitation.rehabilitation_unknown(segment):
                self.add(rehabilitation.rehabilitation(segment))
            else:
                self.facts.append("Реабилитация: сведений нет")
        elif label == "death":
            self.first_statement(segment, events.death)
        elif label == "release":
            self.first_statement(segment, events.release)
        elif label == "source":
            segment.take(0, start)
            self.facts.append("Источник: " + tidy(segment.text[start:]))
            segment.take(start, len(segment.text))

    def sentence_line(self, segment: Segment, start: int) -> None:
        # The Stalin-list form gives body and date here: «Приговор: ВК ВС СССР, 11.10.1937 – ВМН».
        dates = events.dates_in(segment, start)
        if (
            self.open_sentence is None
            and dates
            and body_code(segment.text[start : dates[0].start])
            and re.match(r"\s*[-–—:,]\s*\S", segment.text[dates[0].end :])
        ):
            claim = sentencing.sentencing(segment, start)
            dash = re.match(r"\s*[-–—:,]\s*", segment.text[dates[0].end :])
            sentence_start = dates[0].end + (dash.end() if dash else 0)
            claim, later = sentencing.sentence_and_events(segment, sentence_start, claim)
            self.add(claim)
            self.claims.extend(later)
            return
        pending = self.claims[self.open_sentence] if self.open_sentence is not None else None
        claim, later = sentencing.sentence_and_events(segment, start, pending)
        if claim is not None:
            if self.open_sentence is not None:
                self.claims[self.open_sentence] = claim
            else:
                self.claims.append(claim)
        self.open_sentence = None
        self.claims.extend(later)

    def unlabelled_arrest(self, segment: Segment) -> bool:
        """«УНКВД по Саратовской области 23 сентября 1942 г.» on a line of its own where the
        arrest line stands: some records lost the label «Арестован». Read as an arrest, and said
        so in its note."""
        dates = events.dates_in(segment)
        if len(dates) != 1 or any(c.kind == ClaimKind.ARREST for c in self.claims):
            return False
        organ = tidy(segment.text[: dates[0].start])
        rest = tidy(segment.text[dates[0].end :]).rstrip(".")
        if rest or body_code(organ) not in ("NKVD", "OGPU", "CHEKA"):
            return False
        segment.take_all()
        self.claims.append(
            ParsedClaim(
                kind=ClaimKind.ARREST,
                date=dates[0].date,
                body=organ.rstrip("."),
                body_code=body_code(organ),
                note="строка без метки «Арестован»: прочитана как арест",
                spans=(segment.span(),),
            )
        )
        return True

    def first_statement(self, segment: Segment, recogniser: events.Recogniser) -> None:
        """Read a line's first statement with its label's recogniser and the rest as prose:
        «Арестован повторно 26.12.37, осужден тройкой НКВД ТАССР 31.12.37. Приговор: 10 лет ИТЛ.»"""
        split = events.NEXT_STATEMENT.search(segment.text)
        end = split.start() if split else len(segment.text)
        head = segment.sub(0, end)
        self.add(recogniser(head))
        for a, b in head.consumed:
            segment.take(a, b)
        if split is not None:
            self.read_prose(segment, split.start())

    def prose(self, segment: Segment) -> None:
        """A sentence of prose: the events it states, in the order of the recognisers."""
        for pattern, recogniser in sentencing.PROSE_RECOGNISERS:
            if pattern.search(segment.text):
                claim = recogniser(segment)
                if claim is not None:
                    self.claims.append(claim)
                    if claim.kind in record_exile.KINDS:
                        # One measure per statement; the sentence may go on to the next one.
                        end = record_exile.statement_end(segment.text)
                        if segment.text[end:].strip():
                            self.read_prose(segment, end)
                        return
                    if claim.kind == ClaimKind.SENTENCE and not claim.sentence:
                        self.open_sentence = len(self.claims) - 1
                    # A prose sentence may also say the sentence was carried out.
                    if claim.kind == ClaimKind.SENTENCE and events.EXECUTION.search(segment.text):
                        rest = [(a, b) for a, b in segment.gaps()]
                        for a, b in rest:
                            piece = segment.sub(a, b)
                            executed = events.execution(piece)
                            if executed is not None:
                                self.claims.append(executed)
                                for x, y in piece.consumed:
                                    segment.take(a + x, a + y)
                                break
                    return

    # -- the whole record ---------------------------------------------------------------------

    def read(self) -> ParsedRecord:
        lines = _lines(self.text)
        labelled = [(_label(seg.text), seg) for seg in lines]
        memorial = any(found and found[0] in _MEMORIAL_LABELS for found, _ in labelled)
        form = "memorial" if memorial else "book"
        seen_event = False
        for index, (found, segment) in enumerate(labelled):
            self.segments.append(segment)
            if found is None and index == 0:
                rest = self.heading(segment)
                if rest is not None:
                    if segment.text[rest:].strip():
                        self.read_prose(segment, rest)
                    continue
            if found is not None:
                label, start = found
                if label in _EVENT_LABELS:
                    seen_event = True
                self.line(segment, label, start)
            elif memorial and not seen_event and not re.search(r"\d{4}", segment.text):
                # The unlabelled line after the birth line is the occupation.
                self.set_field("occupation", segment.text)
                segment.take_all()
            elif memorial and self.unlabelled_arrest(segment):
                seen_event = True
            else:
                self.read_prose(segment)
        return self.result(form)

    def read_prose(self, segment: Segment, start: int = 0) -> None:
        """Read prose from `start` on, sentence by sentence; mark what was read in `segment`."""
        part = segment.sub(start, len(segment.text))
        for whole in split_sentences(part):
            # Words from the first relative named on are about the relatives («Жена — …,
            # осуждена как ЧСИР»): the subject's claims are read only from what comes before.
            first = self.take_relatives(whole)
            sentence = whole if first is None else whole.sub(0, first)
            if first is not None:
                offset = whole.start - segment.start
                for a, b in whole.consumed:
                    segment.take(offset + a, offset + b)
                if not sentence.text.strip(" ,;:.–—-\n\t"):
                    continue
            if not self.claims and re.search(
                r"^\s*,|\d{4}\s*г\.?\s*р\.|уроженец|уроженка|г\.\s*рожд|года\s+рождения|"
                r"проживал|^\s*Род\.",
                sentence.text,
                _I,
            ):
                self.person_prose(sentence)
            label = _label(sentence.text)
            if label is not None and label[0] in _EVENT_LABELS | {"residence"}:
                self.line(sentence, label[0], label[1])
            elif sentence.gaps():
                self.prose(sentence)
            offset = sentence.start - segment.start
            for a, b in sentence.consumed:
                segment.take(offset + a, offset + b)

    def take_relatives(self, sentence: Segment) -> int | None:
        """Mark the relatives a sentence names, each with the clause that tells of them; return
        where the first one starts (None if it names none)."""
        mentions = find_relatives(sentence.text)
        for mention in mentions:
            sentence.take(mention.start, mention.end)
            placed = replace(
                mention, start=sentence.start + mention.start, end=sentence.start + mention.end
            )
            if all((r.start, r.end) != (placed.start, placed.end) for r in self.relatives):
                self.relatives.append(placed)
        return mentions[0].start if mentions else None

    def result(self, form: str) -> ParsedRecord:
        unparsed: list[str] = []
        for segment in self.segments:
            unparsed.extend(segment.leftovers())
        surname, given, patronymic = self.name or ("", "", "")
        sex = sex_from_text(self.text) or sex_from_name(surname, given, patronymic)
        claims = list(self.claims)
        if self.birth is not None or self.fields.get("birth_place"):
            claims.insert(
                0,
                ParsedClaim(
                    kind=ClaimKind.BIRTH,
                    date=self.birth.date if self.birth else None,
                    place=self.fields.get("birth_place", ""),
                    spans=self._birth_spans(),
                ),
            )
        return ParsedRecord(
            text=self.text,
            form=form,
            surname=surname,
            given_name=given,
            patronymic=patronymic,
            sex=sex,
            birth=self.birth.date if self.birth else None,
            birth_place=self.fields.get("birth_place", ""),
            nationality=self.fields.get("nationality", ""),
            occupation=self.fields.get("occupation", ""),
            residence=self.fields.get("residence", ""),
            facts=tuple(self.facts),
            variants=tuple(self.variants),
            claims=tuple(claims),
            relatives=tuple(self.relatives),
            unparsed=tuple(unparsed),
        )

    def _birth_spans(self) -> tuple[tuple[int, int], ...]:
        for segment in self.segments:
            if _label(segment.text) and _label(segment.text)[0] == "birth":  # type: ignore[index]
                return (segment.span(),)
        if self.birth is not None:
            # In prose the birth year is one phrase of a long sentence: cite those words only.
            return ((self.birth.start, self.birth.end),)
        return ()


def parse_record(text: str) -> ParsedRecord:
    """Read a record text. Never raises on odd text: what is not understood is `unparsed`."""
    if is_openlist(text):
        return parse_openlist(text)
    return _Reader(text).read()
