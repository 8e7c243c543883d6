"""Causes of death as certificates and record texts state them, read into codes.

The codes let the checks ask whether a cause is one of those invented under instruction 108сс
(the brief's attested list: инфаркт миокарда, гнойный плеврит, бронхиальная астма, паралич
сердечно-сосудистой системы, «естественной смертью», воспаление лёгких) without deciding
anything themselves: which codes count, and how much, is data in `catalog/checks/rules.toml`.
Russian and Ukrainian wordings are read («інфаркт», «розстріл»).
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Cause:
    text: str
    code: str  # "" for an empty cause

    @property
    def blank(self) -> bool:
        return self.code in ("", "not_stated")


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


# Order matters: the first match decides («паралич сердца» before the generic heart diseases).
_RULES: list[tuple[str, re.Pattern[str]]] = [
    ("execution", _rx(r"расстрел|розстр[іи]л|\bВМН\b|высш\w*\s+мер")),
    ("not_stated", _rx(r"^\s*[-–—_.]*\s*$|не\s*уст|не\s*указ|неизвест|прочерк|не\s+вказ|невідом")),
    ("myocardial_infarction", _rx(r"[иі]нфаркт")),
    ("pleurisy", _rx(r"плеврит")),
    ("asthma", _rx(r"астм")),
    ("cardiac_paralysis", _rx(r"паралич\w*\s+(?:сердц|сердечн)|параліч\w*\s+серц")),
    (
        "heart_failure",
        _rx(
            r"упад\w*\s+сердечн|сердечн\w*\s+недостаточн|сердечн\w*\s+слабост|"
            r"остановк\w*\s+сердц|серцев\w*\s+(?:недостатн|напад)|сердечн\w*\s+приступ"
        ),
    ),
    ("natural", _rx(r"естественн\w*\s+смерт|природн\w*\s+смерт|своей\s+смертью")),
    ("pneumonia", _rx(r"пневмони|воспалени\w*\s+л[её]гк|запаленн\w*\s+легень|крупозн")),
    ("tuberculosis", _rx(r"туберкул|чахотк|\btbc\b|\bТБЦ\b")),
    ("dystrophy", _rx(r"дистрофи|истощени|пеллагр|алиментарн|цинг|авитаминоз|голод")),
    ("infection", _rx(r"дизентери|тиф\b|тифа|тифом|колит|энтерит|понос|холер|маляри|сепсис")),
    ("cancer", _rx(r"\bрак\b|\bрака\b|опухол|карцином|саркома|новообразов")),
    ("stroke", _rx(r"кровоизлияни\w*\s+в\s+мозг|инсульт|апоплекс")),
    (
        "heart_disease",
        _rx(r"порок\w*\s+сердц|миокардит|кардиосклероз|стенокард|сердечн|сердц|серц|гипертон"),
    ),
    ("old_age", _rx(r"старост|старческ")),
    ("suicide", _rx(r"самоубийств|повесил|суицид")),
    ("violent", _rx(r"убит|погиб|утонул|травм|несчастн\w*\s+случа")),
]


def normalise_cause(text: str) -> Cause:
    written = re.sub(r"\s+", " ", text).strip(" ,;:.")
    if not text.strip():
        return Cause("", "")
    for code, pattern in _RULES:
        if pattern.search(written):
            return Cause(written, code)
    return Cause(written, "other")
