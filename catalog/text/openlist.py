"""Open List (Открытый список) records: the wiki template «Формуляр» and the page as shown.

A record there is a set of named fields (brief §5): person fields («дата рождения», «место
рождения», «национальность» …), fields per case numbered 1, 2 … («дата ареста 1», «осуждение 1»,
«осудивший орган 1», «статья 1», «приговор 1», «дата реабилитации 1» …) and the person's fate
(«расстрел», «дата смерти», «место захоронения» …). Two shapes are read:

    {{Формуляр | дата рождения = 1892 | дата ареста 1 = 27.03.1938 | … }}     (wiki source)
    Дата рождения: 1892 г.⏎Дата ареста: 27.03.1938⏎Осудивший орган: …          (page as shown)

Every field becomes a person field or part of a claim whose span is the field in the text; a
field this reader does not know is kept as unparsed ("ключ: значение").
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from catalog.dates import PartialDate
from catalog.text.articles import parse_charges
from catalog.text.bodies import body_code, tidy
from catalog.text.dates import find_dates
from catalog.text.person_fields import name_heading, sex_from_name
from catalog.text.record_model import ParsedClaim, ParsedRecord
from catalog.vocab import ClaimKind, Sex

_TEMPLATE = re.compile(r"\{\{\s*(?:Шаблон\s*:\s*)?Формуляр\s*(?=\||\}\})", re.IGNORECASE)
_WIKI_FIELD = re.compile(r"\|\s*(?P<key>[^=|{}\n]+?)\s*=\s*(?P<value>[^|{}]*)")
_SHOWN_FIELD = re.compile(
    r"^[ \t]*(?P<key>[А-ЯЁ][а-яё /()]+?)(?:\s+(?P<n>\d{1,2}))?\s*:[ \t]*(?P<value>.*)$", re.M
)
_CATEGORY = re.compile(r"\[\[\s*Категория\s*:\s*([^\]|]+?)\s*(?:\|[^\]]*)?\]\]", re.IGNORECASE)
_NUMBERED = re.compile(r"^(?P<key>.+?)\s+(?P<n>\d{1,2})$")

# Keys only Open List uses: two of them at line starts mark the page as shown.
_OPENLIST_KEYS = {
    "дата рождения",
    "место рождения",
    "дата ареста",
    "осудивший орган",
    "осуждение",
    "статья",
    "дата реабилитации",
    "реабилитирующий орган",
    "место проживания",
    "где и кем арестован",
    "источники данных",
}
_FACT_KEYS = {
    "образование": "Образование",
    "партийность": "Партийность",
    "гражданство": "Подданство",
    "подданство": "Подданство",
    "гражданство (подданство)": "Подданство",
    "социальное происхождение": "Социальное происхождение",
    "варианты фио": "Варианты ФИО",
    "возраст": "Возраст",
    "архивное дело": "Архивное дело",
    "источники данных": "Источник",
    "источник": "Источник",
}
_IGNORED = {"фото", "фотография", "подпись к фотографии"}


@dataclass(frozen=True)
class _Field:
    key: str
    case: int | None
    value: str
    start: int  # span of the whole field in the text
    end: int


def is_openlist(text: str) -> bool:
    if _TEMPLATE.search(text):
        return True
    keys = {m["key"].strip().lower() for m in _SHOWN_FIELD.finditer(text)}
    return len(keys & _OPENLIST_KEYS) >= 2


def _fields(text: str) -> list[_Field]:
    found = []
    template = _TEMPLATE.search(text)
    if template is not None:
        for match in _WIKI_FIELD.finditer(text, template.end()):
            key, value = match["key"].strip().lower(), match["value"].strip()
            number = _NUMBERED.match(key)
            case = int(number["n"]) if number else None
            found.append(
                _Field(number["key"] if number else key, case, value, match.start(), match.end())
            )
        return found
    for match in _SHOWN_FIELD.finditer(text):
        key = match["key"].strip().lower()
        case = int(match["n"]) if match["n"] else None
        found.append(_Field(key, case, match["value"].strip(), match.start(), match.end()))
    return found


def _outside(text: str, fields: list[_Field]) -> list[str]:
    """Text that is neither a field, the name heading, a category nor template markup."""
    chars = list(text)
    for item in fields:
        chars[item.start : item.end] = " " * (item.end - item.start)
    rest = "".join(chars)
    rest = _CATEGORY.sub(" ", rest)
    rest = re.sub(r"\{\{\s*(?:Шаблон\s*:\s*)?Формуляр|\}\}|\|", " ", rest, flags=re.IGNORECASE)
    lines = [line.strip() for line in rest.splitlines() if line.strip()]
    if lines and name_heading(lines[0]) is not None:
        heading = name_heading(lines[0])
        assert heading is not None
        lines[0] = re.sub(r"^\s*\(\d{4}\)", "", lines[0][heading.end :]).strip()
    return [line for line in lines if re.search(r"\w", line)]


def _date(value: str) -> PartialDate | None:
    dates = find_dates(value)
    return dates[0].date if dates else None


def _sex(value: str) -> str | None:
    lowered = value.lower()
    if lowered.startswith(("муж", "м")):
        return Sex.MALE.value
    if lowered.startswith(("жен", "ж")):
        return Sex.FEMALE.value
    return None


def parse_openlist(text: str) -> ParsedRecord:
    fields = _fields(text)
    person: dict[str, str] = {}
    birth: PartialDate | None = None
    sex: str | None = None
    facts: list[str] = []
    unparsed: list[str] = []
    cases: dict[int, dict[str, _Field]] = defaultdict(dict)
    fate: dict[str, _Field] = {}
    for item in fields:
        if not item.value or item.key in _IGNORED:
            continue
        if item.case is not None:
            cases[item.case][item.key] = item
            continue
        key = item.key
        if key in ("дата рождения", "год рождения"):
            birth = birth or _date(item.value)
            if birth is None:
                unparsed.append(f"{key}: {item.value}")
        elif key == "место рождения":
            person["birth_place"] = item.value
        elif key == "пол":
            sex = _sex(item.value)
        elif key == "национальность":
            person["nationality"] = item.value
        elif key in ("профессия / место работы", "профессия", "место работы"):
            person["occupation"] = item.value
        elif key in ("место проживания", "проживал", "проживала"):
            person["residence"] = item.value
        elif key in _FACT_KEYS:
            facts.append(f"{_FACT_KEYS[key]}: {item.value}")
        elif key == "дата реабилитации":
            fate["реабилитация"] = item
        elif key in (
            "расстрел",
            "дата расстрела",
            "дата смерти",
            "год смерти",
            "место смерти",
            "место захоронения",
            "реабилитация",
            "реабилитирующий орган",
            "основания реабилитации",
            "приговор",
            "осуждение",
            "осудивший орган",
            "статья",
            "дата ареста",
            "обвинение",
        ):
            # Unnumbered case fields belong to case 1; fate fields to the person.
            if key in (
                "приговор",
                "осуждение",
                "осудивший орган",
                "статья",
                "дата ареста",
                "обвинение",
            ):
                cases[1].setdefault(key, item)
            else:
                fate[key] = item
        else:
            unparsed.append(f"{item.key}: {item.value}")

    facts.extend(f"Категория: {m[1].strip()}" for m in _CATEGORY.finditer(text))
    unparsed.extend(_outside(text, fields))

    claims: list[ParsedClaim] = []
    for number in sorted(cases):
        claims.extend(_case_claims(cases[number]))
    claims.extend(_fate_claims(fate))

    heading = name_heading(text.strip().splitlines()[0]) if text.strip() else None
    surname, given, patronymic = (
        (heading.surname, heading.given_name, heading.patronymic) if heading else ("", "", "")
    )
    if birth is None and heading is not None:
        year = re.search(r"\((\d{4})\)", text.strip().splitlines()[0])
        birth = PartialDate(int(year[1])) if year else None
    if birth is not None or person.get("birth_place"):
        spans = tuple(
            (f.start, f.end)
            for f in fields
            if f.case is None and f.key in ("дата рождения", "год рождения", "место рождения")
        )
        claims.insert(
            0,
            ParsedClaim(
                ClaimKind.BIRTH, date=birth, place=person.get("birth_place", ""), spans=spans
            ),
        )
    return ParsedRecord(
        text=text,
        form="openlist",
        surname=surname,
        given_name=given,
        patronymic=patronymic,
        sex=sex or sex_from_name(surname, given, patronymic),
        birth=birth,
        birth_place=person.get("birth_place", ""),
        nationality=person.get("nationality", ""),
        occupation=person.get("occupation", ""),
        residence=person.get("residence", ""),
        facts=tuple(facts),
        claims=tuple(claims),
        unparsed=tuple(unparsed),
    )


def _spans(*items: _Field | None) -> tuple[tuple[int, int], ...]:
    return tuple((item.start, item.end) for item in items if item is not None)


def _case_claims(case: dict[str, _Field]) -> list[ParsedClaim]:
    claims = []
    arrested = case.get("дата ареста")
    where = case.get("где и кем арестован")
    restraint = case.get("мера пресечения")
    note = case.get("примечание к аресту")
    if arrested or where:
        organ = where.value if where else ""
        claims.append(
            ParsedClaim(
                ClaimKind.ARREST,
                date=_date(arrested.value) if arrested else None,
                body=organ,
                body_code=body_code(organ) if organ else "",
                note="; ".join(f.value for f in (restraint, note) if f is not None),
                spans=_spans(arrested, where, restraint, note),
            )
        )
    sentenced = case.get("осуждение")
    organ = case.get("осудивший орган")
    article = case.get("статья")
    charge = case.get("обвинение")
    sentence = case.get("приговор")
    served = case.get("место отбывания")
    if sentenced or organ or article or sentence or charge:
        date = _date(sentenced.value) if sentenced else None
        charges = parse_charges(article.value) if article else None
        claims.append(
            ParsedClaim(
                ClaimKind.SENTENCE,
                date=date,
                body=organ.value if organ else "",
                body_code=body_code(organ.value, date) if organ else "",
                article=charges.canonical if charges else "",
                basis=charge.value if charge else "",
                sentence=sentence.value if sentence else "",
                note=f"место отбывания: {served.value}" if served else "",
                spans=_spans(sentenced, organ, article, charge, sentence, served),
            )
        )
    rehabilitated = case.get("дата реабилитации") or case.get("реабилитация")
    body = case.get("реабилитирующий орган")
    grounds = case.get("основания реабилитации")
    if rehabilitated or body or grounds:
        claims.append(
            ParsedClaim(
                ClaimKind.REHABILITATION,
                date=_date(rehabilitated.value) if rehabilitated else None,
                body=body.value if body else "",
                body_code=body_code(body.value) if body else "",
                basis=grounds.value if grounds else "",
                spans=_spans(rehabilitated, body, grounds),
            )
        )
    return claims


def _fate_claims(fate: dict[str, _Field]) -> list[ParsedClaim]:
    claims = []
    shot = fate.get("расстрел") or fate.get("дата расстрела")
    if shot is not None:
        claims.append(ParsedClaim(ClaimKind.EXECUTION, date=_date(shot.value), spans=_spans(shot)))
    died = fate.get("дата смерти") or fate.get("год смерти")
    where = fate.get("место смерти")
    if died is not None or where is not None:
        claims.append(
            ParsedClaim(
                ClaimKind.DEATH,
                date=_date(died.value) if died else None,
                place=where.value if where else "",
                spans=_spans(died, where),
            )
        )
    buried = fate.get("место захоронения")
    if buried is not None:
        claims.append(ParsedClaim(ClaimKind.BURIAL, place=tidy(buried.value), spans=_spans(buried)))
    rehabilitated = fate.get("реабилитация")
    body = fate.get("реабилитирующий орган")
    grounds = fate.get("основания реабилитации")
    if rehabilitated or body or grounds:
        claims.append(
            ParsedClaim(
                ClaimKind.REHABILITATION,
                date=_date(rehabilitated.value) if rehabilitated else None,
                body=body.value if body else "",
                body_code=body_code(body.value) if body else "",
                basis=grounds.value if grounds else "",
                spans=_spans(rehabilitated, body, grounds),
            )
        )
    return claims
