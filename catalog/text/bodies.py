"""Sentencing and rehabilitating bodies: the text as written, and a code to reason with.

Record texts name the same body in dozens of ways («Тройка при УНКВД Иркутской обл.»,
«тройкой УНКВД КК», «"тройка"», «Ос. Тр. УНКВД ЛО»). `normalise_body` keeps the text as written
and gives it a code from the brief's table (§3), which the checks use: 108сс concerned people
sentenced by extrajudicial bodies and the Military Collegium, and the tell-tale execution lag is
that of troikas and the двойка.

Some codes need the date of the decision: a bare «тройка» is an OGPU troika before the NKVD was
formed (10.07.1934) and an order-00447 troika in VIII.1937–XI.1938; an «особая тройка» of the NKVD
sitting from 17.09.1938 to 15.11.1938 is one of the national-operation special troikas (order
00606). Where the text and the date do not decide, the code says so (TROIKA, not a guess).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from catalog.dates import PartialDate

# Extrajudicial bodies (§3); with VKVS, the cases that KGB instruction 108сс covered.
EXTRAJUDICIAL = frozenset(
    {
        "OGPU_COLL",
        "OSO",
        "TROIKA_OGPU",
        "TROIKA_MIL",
        "TROIKA_NKVD",
        "TROIKA",
        "DVOIKA",
        "SPEC_TROIKA",
    }
)
COVERED_BY_108SS = EXTRAJUDICIAL | {"VKVS"}
# Bodies of the mass operations of 1937–38 whose death sentences were carried out within days.
MASS_OPERATION = frozenset({"TROIKA_NKVD", "TROIKA", "DVOIKA", "SPEC_TROIKA"})
ADMINISTRATIVE = frozenset({"ADMIN", "MVD"})


@dataclass(frozen=True)
class BodyInfo:
    code: str
    name_ru: str
    name_en: str


BODIES: dict[str, BodyInfo] = {
    info.code: info
    for info in (
        BodyInfo("OGPU_COLL", "Коллегия ОГПУ", "OGPU Collegium"),
        BodyInfo("OSO", "Особое совещание", "Special Council (OSO)"),
        BodyInfo("TROIKA_OGPU", "тройка ПП ОГПУ", "OGPU troika"),
        BodyInfo("TROIKA_MIL", "милицейская тройка", "militia troika"),
        BodyInfo("TROIKA_NKVD", "тройка НКВД (приказ 00447)", "NKVD troika (order 00447)"),
        BodyInfo("TROIKA", "тройка", "troika"),
        BodyInfo(
            "DVOIKA",
            "Комиссия НКВД и Прокурора СССР (двойка)",
            "NKVD–Procurator commission (dvoika)",
        ),
        BodyInfo(
            "SPEC_TROIKA",
            "особая тройка (национальные операции)",
            "special troika (national operations)",
        ),
        BodyInfo(
            "VKVS",
            "Военная коллегия Верховного суда СССР",
            "Military Collegium of the USSR Supreme Court",
        ),
        BodyInfo("VT", "военный трибунал", "military tribunal"),
        BodyInfo("REVTRIB", "революционный трибунал", "revolutionary tribunal"),
        BodyInfo("CHEKA", "ЧК", "Cheka"),
        BodyInfo("COURT", "суд", "court"),
        BodyInfo("PROSECUTOR", "прокуратура", "procuracy"),
        BodyInfo("ADMIN", "административный орган", "administrative body"),
        BodyInfo("MVD", "органы внутренних дел", "internal affairs (MVD)"),
        BodyInfo("DECREE", "указ", "decree"),
        BodyInfo("COMMISSION", "комиссия по реабилитации", "rehabilitation commission"),
        BodyInfo("NKVD", "органы НКВД–МГБ", "NKVD–MGB organs"),
        BodyInfo("OGPU", "органы ОГПУ", "OGPU organs"),
        BodyInfo("SECURITY", "органы КГБ / ФСБ / СБУ", "KGB / FSB / SBU"),
    )
}


@dataclass(frozen=True)
class Body:
    """A body as written (`text`) with its code; `code` is "" when nothing was recognised."""

    text: str
    code: str

    @property
    def extrajudicial(self) -> bool:
        return self.code in EXTRAJUDICIAL

    @property
    def info(self) -> BodyInfo | None:
        return BODIES.get(self.code)


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


# Order matters: the first rule whose pattern matches gives the code.
_TROIKA = _rx(r"тройк|\bтр-?к|\bос\.?\s*тр\.")
_RULES: list[tuple[str, re.Pattern[str]]] = [
    (
        "VKVS",
        _rx(r"военн\w*\s+колл\w*\s+(?:верх|ВС\b)|\bВКВС\b|\bВК\s*ВС\b|\bВК\s+Верх"),
    ),
    (
        "DVOIKA",
        _rx(
            r"комисси\w*\s+НКВД|НКВД\s+(?:СССР\s+)?и\s+прокур|двойк|комисси\w*\s+прокур\w*"
            r"\s+и\s+НКВД"
        ),
    ),
    ("OSO", _rx(r"особ\w*\s+совещ|\bОСО\b|\bОС\s+(?:при|НКВД|МГБ|МВД|ОГПУ)|\bос\.\s*совещ")),
    ("OGPU_COLL", _rx(r"коллеги\w*\s+(?:при\s+)?О?ГПУ|\bКол\.?\s*ОГПУ")),
    ("TROIKA_MIL", _rx(r"милиц\w*\s+тройк")),
    ("ADMIN_TROIKA", _rx(r"райтройк|районн\w*\s+тройк|сельск\w*\s+тройк")),
    ("TROIKA", _TROIKA),
    ("VT", _rx(r"военн\w*\s+трибун|воентрибун|\bВТ\b|\bвоен\.\s*трибун|\bВ/Т\b")),
    ("REVTRIB", _rx(r"ревтрибун|революционн\w*\s+трибун|ревтриб")),
    ("CHEKA", _rx(r"\bВЧК\b|\bМЧК\b|губ\.?\s*ЧК|губчека|чрезвыч\w*\s+комисс|\bЧК\b|уездн\w*\s+ЧК")),
    (
        "COURT",
        _rx(
            r"суд|спецколлеги|коллеги\w*\s+по\s+уголовн|нарсуд|трибунал|судебн|"
            r"президиум\w*\s+(?:обл|край|верх)|\b(?:СК\s+|Пленум\s+|Президиум\s+)?ВС\s+[А-ЯЁ]|\bПС\s+[А-ЯЁ]"
        ),
    ),
    ("PROSECUTOR", _rx(r"прокур|\bпрок\.|\bГВП\b|\bВП\b|\bпр-р|генпо?кур|\bГП\s+Р")),
    ("MVD", _rx(r"\bМВД\b|\bУМВД\b|\bГУВД\b|\bУВД\b|\bИЦ\b|\bОВД\b|информационн\w*\s+центр")),
    (
        "ADMIN",
        _rx(
            r"\bРИК\b|РИК\b|райисполком|исполком|\bЦИК\b|ЦИК\b|сельсовет|\bс/с\b|собрани\w*|"
            r"органы\s+исполнительн|совнарком|\bСНК\b|\bВЦИК\b|комисси\w*\s+по\s+(?:раскулач|выселен)|"
            r"сход\b|горсовет|райсовет|окрисполком|\bОИК\b"
        ),
    ),
    ("DECREE", _rx(r"\bуказ|\bПВС\b|постановлени\w*\s+(?:ПВС|президиум\w*\s+верховн)")),
    ("COMMISSION", _rx(r"комісі|комисси\w*\s+(?:по\s+)?реабилит")),
    ("SECURITY", _rx(r"\bКГБ\b|\bУКГБ\b|\bФСБ\b|\bУФСБ\b|\bСБУ\b|\bУСБУ\b|\bУФСК\b|\bМБ\b")),
    ("NKVD", _rx(r"НКВД|\bНКГБ\b|\bМГБ\b|\bУГБ\b|\bУНКГБ\b|\bУМГБ\b")),
    ("OGPU", _rx(r"О?ГПУ|\bПП\b")),
]

_OGPU_ERA = _rx(r"О?ГПУ|\bПП\b|\bП\.П\.")
_NKVD_ERA = _rx(r"НКВД|УГБ")
_SPECIAL = _rx(r"особ\w*\s+тройк|спецтройк|\bос\.?\s*тр\.")

NKVD_FORMED = PartialDate(1934, 7, 10)
ORDER_00447 = (PartialDate(1937, 8, 5), PartialDate(1938, 11, 17))
SPECIAL_TROIKAS = (PartialDate(1938, 9, 17), PartialDate(1938, 11, 15))


def _within(date: PartialDate, window: tuple[PartialDate, PartialDate]) -> bool:
    return window[0].earliest() <= date.earliest() and date.latest() <= window[1].latest()


def _troika_code(text: str, date: PartialDate | None) -> str:
    if _OGPU_ERA.search(text):
        return "TROIKA_OGPU"
    if date is not None and date.latest() < NKVD_FORMED.earliest():
        return "TROIKA_OGPU"
    if _SPECIAL.search(text) and date is not None and _within(date, SPECIAL_TROIKAS):
        return "SPEC_TROIKA"
    if _NKVD_ERA.search(text):
        return "TROIKA_NKVD"
    if date is not None and _within(date, ORDER_00447):
        return "TROIKA_NKVD"
    return "TROIKA"


def body_code(text: str, date: PartialDate | None = None) -> str:
    """The code of a body's name, or "" if none is recognised. `date` is the decision's date."""
    for code, pattern in _RULES:
        if pattern.search(text):
            if code == "TROIKA":
                return _troika_code(text, date)
            if code == "ADMIN_TROIKA":
                return "ADMIN"
            return code
    return ""


_EDGE = re.compile(r"^[\s,.;:–—-]+|[\s,;:–—-]+$")


def tidy(text: str) -> str:
    """The text as written, without surrounding punctuation, spaces or quotes around it."""
    text = re.sub(r"\s+", " ", text)
    return _EDGE.sub("", text).strip()


def normalise_body(text: str, date: PartialDate | None = None) -> Body | None:
    """The body named by `text` (kept as written, tidied), or None for empty text."""
    written = tidy(text)
    if not written:
        return None
    return Body(written, body_code(written, date))
