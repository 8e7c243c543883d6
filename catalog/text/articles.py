"""Charges: articles of the criminal codes and the formulas of the Special Council.

Written every way a clerk could: «по ст. ст. 58-1 "а", 58-2, 58-8, 58-11 УК РСФСР», «58-10-11»,
«58 п. 10», «58/6», «58-10 ч.2», «58-10, 11», «19-58-8» (preparation, art. 19), «54-10 УК УССР»,
«72 УК БССР», «ст. 69, 70, 73 УК АзССР». `parse_charges` lists the articles in one canonical
spelling («58-1а, 58-2, 58-8, 58-11 УК РСФСР») and the OSO formulas (АСА, КРД, ЧСИР …) that stood
in place of articles, and keeps the text as written for everything else.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from catalog.text.dates import find_dates

# Article 58 of the RSFSR code and article 54 of the Ukrainian one have points 1–14; a bare number
# after one of their points continues the list ("58-10, 11" is 58-10 and 58-11).
_POINTED = {58: 14, 54: 14}
# Articles 17 (complicity) and 19 (preparation, attempt) prefix another: "19-58-8".
_PREFIXES = {17, 19}

FORMULAS = ("АСА", "КРА", "КРД", "КРО", "КРТД", "ШС", "ПШ", "СОЭ", "СВЭ", "ЧСИР")
_FORMULA_WORDS = re.compile(r"(?<![А-ЯЁа-яё])(" + "|".join(FORMULAS) + r")(?![А-ЯЁа-яё])")
_FORMULA_PHRASES = [
    (re.compile(r"член\w*\s+семьи\s+изменник\w*\s+(?:родин|отечеств)", re.I), "ЧСИР"),
    (re.compile(r"социально[\s-]*опасн\w*\s+элемент", re.I), "СОЭ"),
    (re.compile(r"социально[\s-]*вредн\w*\s+элемент", re.I), "СВЭ"),
    (re.compile(r"контрреволюционн\w*\s+троцкистск\w*\s+деятельност", re.I), "КРТД"),
    (re.compile(r"подозрени\w*\s+в\s+шпионаж", re.I), "ПШ"),
]

_CODE = re.compile(
    r"УК\s*(?:(?P<rep>РСФСР|УССР|БССР|ГССР|АрмССР|АзССР|ЛитССР|ЛатССР|ЭССР|КазССР|УзССР|ТССР|"
    r"ТуркССР|КиргССР|ТаджССР|МССР|КФССР|[А-Я][а-я]{0,6}\s?ССР)|(?P<rf>РФ))?",
)
_START = re.compile(
    r"(?:\bст(?:\.|атья|атьи|атье|атьям|атей)\s*(?:ст\.\s*)?(?:ст\.\s*)?|\bпо\s+(?=\d)|^\s*(?=\d))",
    re.IGNORECASE,
)
_TOKEN = re.compile(
    r"""(?P<num>\d{1,3})(?!\d)
      |(?P<letter>["«„'“]\s*[абвгa]\s*["»“”']|(?<=[\d-])[абвгa](?![а-яё]))
      |(?P<part>ч(?:\.|асть|асти)?\s*(?P<partnum>\d{1,2}))
      |(?P<point>п{1,2}\.|пункт\w*)
      |(?P<dash>[-–/])
      |(?P<comma>,|;|\s+и\s+)
      |(?P<space>\s+)
    """,
    re.IGNORECASE | re.VERBOSE,
)


@dataclass
class Article:
    base: int
    point: str = ""
    letter: str = ""
    part: str = ""
    prefix: int | None = None

    def __str__(self) -> str:
        text = f"{self.prefix}-" if self.prefix else ""
        text += str(self.base)
        if self.point:
            text += f"-{self.point}{self.letter}"
        elif self.letter:
            text += self.letter
        if self.part:
            text += f" ч.{self.part}"
        return text


@dataclass(frozen=True)
class Charges:
    text: str
    articles: tuple[str, ...] = ()
    code: str = ""
    formulas: tuple[str, ...] = ()
    # The parts of the text that were read as articles, code or formulas: (start, end).
    spans: tuple[tuple[int, int], ...] = field(default=(), compare=False)

    @property
    def found(self) -> bool:
        return bool(self.articles or self.formulas)

    @property
    def canonical(self) -> str:
        """«58-1а, 58-2 УК РСФСР; КРД», or the text as written when nothing was recognised."""
        parts = []
        if self.articles:
            parts.append(", ".join(self.articles) + (f" {self.code}" if self.code else ""))
        parts.extend(self.formulas)
        return "; ".join(parts) if parts else self.text.strip()

    def has_article(self, base: int, point: str | None = None) -> bool:
        """Whether the charges name article `base` (and its `point`, if given): 58 and "10"."""
        for article in self.articles:
            numbers = re.findall(r"\d+", article.split()[0])
            values = [int(n) for n in numbers]
            if len(values) >= 2 and values[0] in _PREFIXES and values[1] >= 20:
                values = values[1:]
            matches_point = point is None or (len(values) > 1 and str(values[1]) == point)
            if values and values[0] == base and matches_point:
                return True
        return False


def _mask_numbers_that_are_not_articles(text: str) -> str:
    """Blank out dates and document numbers so that their figures are not read as articles."""
    chars = list(text)
    spans = [(d.start, d.end) for d in find_dates(text)]
    spans += [(m.start(), m.end()) for m in re.finditer(r"№\s*[\d/-]+|#\s*\d+", text)]
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


def _read_run(text: str, position: int) -> tuple[list[Article], int]:
    """Articles in the run that starts at `position`; returns them and where the run ended."""
    articles: list[Article] = []
    current: Article | None = None
    after = ""  # what came before this token: "", "dash", "point", "comma"
    end = position
    while position < len(text):
        token = _TOKEN.match(text, position)
        if token is None:
            break
        kind = token.lastgroup
        if kind == "partnum":
            kind = "part"
        position = token.end()
        if kind == "space":
            continue
        if kind == "num":
            number = int(token["num"])
            if current is not None and after in ("dash", "point"):
                if not current.point and current.base in _PREFIXES and number >= 20:
                    current.prefix, current.base = current.base, number
                elif not current.point:
                    current.point = str(number)
                else:
                    current = Article(current.base, str(number))
                    articles.append(current)
            elif (
                current is not None
                and after == "comma"
                and current.point
                and number <= _POINTED.get(current.base, 0)
            ):
                current = Article(current.base, str(number))
                articles.append(current)
            else:
                current = Article(number)
                articles.append(current)
            after = ""
            end = position
        elif kind == "letter" and current is not None:
            letter = re.sub(r"[^абвгa]", "", token["letter"].lower()).replace("a", "а")
            current.letter = letter
            end = position
        elif kind == "part" and current is not None:
            current.part = token["partnum"]
            end = position
        elif kind == "point" and current is not None:
            after = "point"
        elif kind == "dash" and current is not None:
            after = "dash"
        elif kind == "comma":
            after = "comma"
        else:
            break
    return articles, end


def parse_charges(text: str) -> Charges:
    """Articles, criminal code and OSO formulas named in a charge text."""
    masked = _mask_numbers_that_are_not_articles(text)
    articles: list[Article] = []
    spans: list[tuple[int, int]] = []
    position = 0
    while True:
        start = _START.search(masked, position)
        if start is None:
            break
        found, end = _read_run(masked, start.end())
        if found:
            articles.extend(found)
            spans.append((start.start(), end))
            position = max(end, start.end())
        else:
            position = start.end() + 1
        if position >= len(masked):
            break
    # A run of articles not introduced by "ст." ("осуждена 58-10 ч.2"): a number with a point.
    if not articles:
        for match in re.finditer(r"(?<![\d.])\d{1,3}\s*[-–/]\s*\d{1,2}(?![\d.])", masked):
            found, end = _read_run(masked, match.start())
            articles.extend(found)
            spans.append((match.start(), end))
            break
    code = ""
    for match in _CODE.finditer(text):
        if match["rep"] or match["rf"]:
            code = "УК " + re.sub(r"\s", "", match["rep"] or match["rf"])
            spans.append((match.start(), match.end()))
            break
    formulas: list[str] = []
    for match in _FORMULA_WORDS.finditer(text):
        if match[1] not in formulas:
            formulas.append(match[1])
        spans.append((match.start(), match.end()))
    for pattern, formula in _FORMULA_PHRASES:
        for match in pattern.finditer(text):
            if formula not in formulas:
                formulas.append(formula)
            spans.append((match.start(), match.end()))
    unique: list[str] = []
    for article in articles:
        if str(article) not in unique:
            unique.append(str(article))
    return Charges(text, tuple(unique), code, tuple(formulas), tuple(sorted(spans)))
