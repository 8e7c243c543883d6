"""Pieces of a record text that know which of their characters were interpreted.

The record parser must never drop text: whatever it cannot read is kept as a note and listed as
"unparsed". Each statement of a record becomes a `Segment`; recognisers mark the spans they
interpret (`take`), and `leftovers` returns the rest, minus filler that says nothing alone
(punctuation, «г.», «обв.:», prepositions).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

FILLER = re.compile(
    r"^[\s,.;:()\[\]\-–—\"'«»„“”…/]*"
    r"(?:(?:г|гг|года?|обв|по|в|во|на|к|от|с|со|и|ст|ст\.ст|р|л|к\.|дело|№|а также|также|"
    r"реабилитирована?|был|была|приговор|приговорена?)\.?[\s,.;:()\[\]\-–—\"'«»„“”…/]*)*$",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.;]\s+(?=[А-ЯЁA-Z«\"\d])|\.\s*$")
# Words after which a full stop does not end a sentence.
_ABBREVIATION_TEXT = """
    г гг обл р р-н р-на ст с д п пос ул им кв т тов гр губ у м х ч пп проф св о ок прибл нар
    см др руб тыс мин сп ст-ца хут дер ж б/п пер корп стр наб пл просп ген зав зам нач пред
    секр уполн упр отд оф рядов мл ст-на кр вол окр сов с/с к-з к-за н.п нп обв прож арест
    род ур урож чл канд гос ин-т ин-та техн инж лит иск им-ни поч акад жел ж.д ж/д гор сел
    пгт рп а/с к/р к-р прим ред ок-г пом нач-к ком ком-р лейт кап полк майор подп тел вкл
мес мм дн осв освоб ум выб приб отбыв обл комн верх нижн челяб тюм сверд
"""
ABBREVIATIONS = frozenset(_ABBREVIATION_TEXT.split())


@dataclass
class Segment:
    """A statement of the record: its text as written and where it starts in the record."""

    text: str
    start: int
    consumed: list[tuple[int, int]] = field(default_factory=list)

    @property
    def end(self) -> int:
        return self.start + len(self.text)

    def take(self, start: int, end: int) -> None:
        """Mark [start, end) of this segment's text as interpreted."""
        if end > start:
            self.consumed.append((max(0, start), min(len(self.text), end)))

    def take_all(self) -> None:
        self.take(0, len(self.text))

    def span(self, start: int = 0, end: int | None = None) -> tuple[int, int]:
        """A span of this segment as offsets in the whole record."""
        return self.start + start, self.start + (len(self.text) if end is None else end)

    def sub(self, start: int, end: int) -> Segment:
        return Segment(self.text[start:end], self.start + start)

    def gaps(self) -> list[tuple[int, int]]:
        spans = sorted(self.consumed)
        gaps: list[tuple[int, int]] = []
        position = 0
        for start, end in spans:
            if start > position:
                gaps.append((position, start))
            position = max(position, end)
        if position < len(self.text):
            gaps.append((position, len(self.text)))
        return gaps

    def leftovers(self) -> list[str]:
        """Text that no recogniser interpreted, as written, without filler."""
        found = []
        for start, end in self.gaps():
            piece = self.text[start:end]
            if FILLER.match(piece):
                continue
            found.append(piece.strip(" ,;:.–—-\n\t"))
        return [piece for piece in found if piece]


def split_sentences(segment: Segment) -> list[Segment]:
    """Split at a full stop or semicolon followed by a capital letter, unless the full stop ends
    an abbreviation or an initial («г.», «обл.», «А.»); also at a comma followed by a capitalised
    statement («…1937 года, Осужден…»): OCR often reads a typed full stop as a comma, and an
    event verb written with a capital never continues the sentence before it."""
    text = segment.text
    pieces: list[Segment] = []
    position = 0
    ends = sorted(
        [*_SENTENCE_END.finditer(text), *_COMMA_BEFORE_STATEMENT.finditer(text)],
        key=lambda found: found.start(),
    )
    for match in ends:
        stop = match.start()
        if stop < position:
            continue
        word = re.search(r"([\w/.-]+)$", text[position:stop])
        if text[stop] == "." and word is not None:
            token = word.group(1).lower().rstrip(".")
            abbreviation = token in ABBREVIATIONS or (len(token) == 1 and token.isalpha())
            if abbreviation and not _date_ends_here(text, position, stop, match.end()):
                continue
        piece = text[position : stop + 1]
        if piece.strip():
            pieces.append(Segment(piece, segment.start + position))
        position = match.end()
    if position < len(text) and text[position:].strip():
        pieces.append(Segment(text[position:], segment.start + position))
    return pieces


_DATE_END = re.compile(r"(?:\d{4}|\d{1,2}\.\d{2})\s*(?:г|гг)$", re.IGNORECASE)
_STATEMENT_START = re.compile(
    r"(?:Арестован|Арест\.|Расстрелян|Реабилитирован|Приговорен|Осужден|Умер|Скончал|Погиб|"
    r"Освобожден|Место\s+захоронения|Проживал|Приговор\s+(?:приведен|приведён)|Дело\s+прекращ|"
    r"Прибыл|Убыл|Этапирован|Похоронен|Обвинение|Повторно|Выслан|Сослан|Направлен)"
)
# A body opening a sentence starts a new statement only if a verb of sentencing follows
# («Коллегией ОГПУ 26 июля 1933 г. осужден …», but not «… 1958 г. Военным трибуналом БВО»).
_COMMA_BEFORE_STATEMENT = re.compile(rf",\s+(?={_STATEMENT_START.pattern})")
_BODY_START = re.compile(
    r"(?:Определением|Постановлением|Решением|Приговором|Особ|Тройк|Коллеги|Комисси|Военн|ОСО|"
    r"ВКВС|В\s+\d{4}|\d{1,2}\s+[а-я]+\s+\d{4})"
)
_SENTENCING_VERB = re.compile(r"осужд|приговор|постановил|решил", re.IGNORECASE)


def _date_ends_here(text: str, position: int, stop: int, next_start: int) -> bool:
    """A full stop after «1937 г» ends the sentence if a new statement follows."""
    if not _DATE_END.search(text[position:stop]):
        return False
    if _STATEMENT_START.match(text, next_start):
        return True
    if _BODY_START.match(text, next_start):
        following = re.split(r"(?<!\bг)\.\s+[А-ЯЁ]", text[next_start : next_start + 200])[0]
        return bool(_SENTENCING_VERB.search(following))
    return False
