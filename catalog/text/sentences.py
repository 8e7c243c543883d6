"""Sentences as written («ВМН», «к 10 годам ИТЛ», «3 года ссылки», «раскулачена и выслана»)
read into a code, a term, and what else the sentence said.

Codes (a richer version of yanfishel/memoru's vmn/itl/vys/zak/pr/other):

    vmn                 death: ВМН, расстрел, высшая мера, «первая категория»
    camp                a custodial term: ИТЛ, лагерь, концлагерь, лишение свободы, тюрьма
    exile               ссылка
    special_settlement  спецпоселение, трудпоселение
    deportation         высылка, выселение (incl. by nationality)
    dekulakisation      раскулачивание
    disenfranchisement  лишение избирательных прав
    forced_labour       исправительно-трудовые / принудительные работы
    labour_army         трудармия
    psychiatric         принудительное лечение
    suspended           условно
    fine                штраф
    dropped             дело прекращено, освобождён, оправдан
    other               anything else (a term of years that names nothing else is `camp`)

«ВМН, заменена на 10 лет ИТЛ» is a commuted death sentence: code `camp`, `commuted` true; the
checks must not treat the person as shot. «10 лет без права переписки» is the cover formula told
to families (1939–45), not a real sentence, and is reported as such.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Sentence:
    text: str
    code: str
    years: float | None = None  # the main term, in years (months as a fraction)
    disenfranchised_years: int | None = None  # поражение в правах (п/п)
    confiscation: bool = False
    commuted: bool = False  # a death sentence replaced by another
    cover_formula: bool = False  # «без права переписки»

    @property
    def is_death(self) -> bool:
        return self.code == "vmn"

    @property
    def is_custodial(self) -> bool:
        return self.code == "camp"


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


_COVER = _rx(r"без\s+права\s+перепис")
_DEATH = r"(?:\bВМН\b|\bВМСЗ\b|высш\w*\s+мер\w*|расстрел\w*|\b(?:1|перв\w*)[\s-]*(?:й\s+)?категори)"
_COMMUTED = _rx(_DEATH + r"[^.;]{0,80}?(?:замен\w*|заменён\w*|помилован)")
_COMMUTED_BEFORE = _rx(r"(?:замен\w*|помилован\w*)[^.;]{0,40}?" + _DEATH)
_DEATH_RX = _rx(_DEATH)
_NOT_CARRIED_OUT = _rx(r"не\s+приведен|не\s+исполнен|до\s+приведения")
_DISENFRANCHISED = _rx(
    r"(?:с\s+)?(?:последующ\w*\s+)?(?:поражени\w*|пораж\.)\s*(?:в\s+)?(?:прав\w*\s+)?(?:на\s+)?"
    r"(?P<n>\d{1,2})\s*(?:лет|года?|г\b\.?|л\b\.?)|(?P<n2>\d{1,2})\s*(?:лет|года?|г\b\.?|л\b\.?)?\s*п/п"
)
_CONFISCATION = _rx(r"конфиск")
_TERM = _rx(
    r"(?P<n>\d{1,2}(?:[.,]5)?)\s*(?:-?\s*(?:ти|и|х|ми))?\s*(?P<unit>лет|года?|годам|г\.|л\.|г\b|л\b|"
    r"мес(?:яц\w*|\.)?|м\.|м\b)"
    r"|ИТЛ\s*-\s*(?P<itl>\d{1,2})|(?P<words>десят\w*|восьм\w*|пят\w*|тр\w*)\s+(?:лет|годам)"
)
_WORD_TERMS = {"десят": 10, "восьм": 8, "пят": 5, "тр": 3}
_RULES: list[tuple[str, re.Pattern[str]]] = [
    (
        "camp",
        _rx(
            r"\bИТЛ\b|лагер|концлагер|лишени\w*\s+свобод|лиш\.\s*св|\bл/св?\b|\bл\.\s*с\b|\bл/с\b|"
            r"тюр(?:ем|ьм)|заключени|\bИТК\b|\bИТУ\b|исправительно[\s-]*трудов\w*\s+(?:лагер|колон)|"
            r"\bлагерей\b|\bк/л\b|каторжн|\bкатор|[а-яё]{2,}лаг(?:а|е|ерь)?\b"
        ),
    ),
    ("exile", _rx(r"ссылк|сослан|\bссыл")),
    ("special_settlement", _rx(r"спецпосел|трудпосел|спецпересел|спец\.\s*посел|\bс/п\b|м\.с/п")),
    ("deportation", _rx(r"высылк|выслан|выселен|высел|депорт|по\s+нац")),
    ("dekulakisation", _rx(r"раскулач")),
    ("disenfranchisement", _rx(r"лиш\w*\s+избират|лишен\w*\s+голос|лишенец|лишенка")),
    (
        "forced_labour",
        _rx(r"исправительно[\s-]*трудов\w*\s+работ|принуд\w*\s+работ|принудработ|\bИТР\b"),
    ),
    ("labour_army", _rx(r"трударм|трудов\w*\s+арми|трудмобилиз")),
    ("psychiatric", _rx(r"принудительн\w*\s+лечени|психиатр")),
    ("suspended", _rx(r"условн")),
    ("fine", _rx(r"штраф")),
    (
        "dropped",
        _rx(
            r"прекращ|освобожд|освобожден|оправдан|из-под\s+стражи|реабилитирующ|"
            r"отпущен|за\s+недоказанност|за\s+отсутствием"
        ),
    ),
]


def _term(text: str) -> float | None:
    years = 0.0
    found = False
    for match in _TERM.finditer(text):
        if match["itl"]:
            return float(match["itl"])
        if match["words"]:
            for stem, value in _WORD_TERMS.items():
                if match["words"].lower().startswith(stem):
                    return float(value)
            continue
        value = float(match["n"].replace(",", "."))
        unit = match["unit"].lower()
        if unit.startswith("м"):
            years += value / 12
        else:
            if found:  # a second number of years is another term (e.g. of exile after camp)
                break
            years += value
        found = True
    return round(years, 2) if found else None


def normalise_sentence(text: str) -> Sentence:
    """Read a sentence as written; `code` is "" for empty text."""
    written = re.sub(r"\s+", " ", text).strip(" .,;")
    if not written:
        return Sentence(text="", code="")
    cover = bool(_COVER.search(written))
    disenfranchised = None
    match = _DISENFRANCHISED.search(written)
    remainder = written
    if match:
        disenfranchised = int(match["n"] or match["n2"])
        remainder = written[: match.start()] + " " + written[match.end() :]
    confiscation = bool(_CONFISCATION.search(written))
    commuted = bool(_COMMUTED.search(written) or _COMMUTED_BEFORE.search(written))
    if commuted:
        after = _COMMUTED.search(remainder) or _COMMUTED_BEFORE.search(remainder)
        tail = remainder[after.end() :] if after else remainder
        inner = normalise_sentence(tail) if tail.strip() else None
        code = inner.code if inner and inner.code not in ("", "other", "vmn") else "camp"
        return Sentence(
            written,
            code,
            _term(tail),
            disenfranchised,
            confiscation,
            commuted=True,
            cover_formula=cover,
        )
    if _DEATH_RX.search(remainder) and not cover:
        return Sentence(written, "vmn", None, disenfranchised, confiscation, cover_formula=cover)
    for code, pattern in _RULES:
        if pattern.search(remainder):
            return Sentence(
                written, code, _term(remainder), disenfranchised, confiscation, False, cover
            )
    term = _term(remainder)
    # "10 лет", "к 5 годам", "2г., 6м.", "10 лет, направлен в Тайшет": a term of years that no
    # word names otherwise is imprisonment (exile and deportation were matched above).
    if term is not None:
        return Sentence(written, "camp", term, disenfranchised, confiscation, False, cover)
    if cover:
        return Sentence(written, "camp", term, disenfranchised, confiscation, False, True)
    return Sentence(written, "other", term, disenfranchised, confiscation, False, cover)


def not_carried_out(text: str) -> bool:
    """«умер до приведения приговора в исполнение», «приговор не приведён в исполнение»."""
    return bool(_NOT_CARRIED_OUT.search(text))
