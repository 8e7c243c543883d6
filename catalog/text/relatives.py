"""Relatives named in a record or an archival reply: «жена — Иванова Мария Петровна», «сын Пётр».

`find_relatives` returns each mention with the role as written (жена, сын, дочь, муж, отец, мать,
брат, сестра), the kinship it means from the subject's side (spouse, child, parent, sibling), the
name parts it gives, a year of birth if stated («сын Пётр, 1925 г. р.»), the words it rests on
(the whole clause: «муж — Сидоров Николай Иванович, расстрелян в 1938 г.» tells of the husband,
not of the record's subject) and whether that clause calls the relative a family member of a
traitor to the Motherland (ЧСИР).
Pure: storing a mention as a suggested relative is the services' work.

`mentions_chsir` tells whether a text names the category itself («ЧСИР», «член семьи изменника
Родины», «ЧСИР» as an OSO accusation), which struck wives and grown children of the condemned.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from catalog.vocab import RelationKind, Sex

# role as written (lower case stem) → (kinship from the subject's side, the relative's sex)
ROLES: dict[str, tuple[str, str | None]] = {
    "жена": (RelationKind.SPOUSE.value, Sex.FEMALE.value),
    "супруга": (RelationKind.SPOUSE.value, Sex.FEMALE.value),
    "муж": (RelationKind.SPOUSE.value, Sex.MALE.value),
    "супруг": (RelationKind.SPOUSE.value, Sex.MALE.value),
    "сын": ("child", Sex.MALE.value),
    "дочь": ("child", Sex.FEMALE.value),
    "отец": (RelationKind.PARENT.value, Sex.MALE.value),
    "мать": (RelationKind.PARENT.value, Sex.FEMALE.value),
    "брат": (RelationKind.SIBLING.value, Sex.MALE.value),
    "сестра": (RelationKind.SIBLING.value, Sex.FEMALE.value),
    # Ukrainian
    "дружина": (RelationKind.SPOUSE.value, Sex.FEMALE.value),
    "чоловік": (RelationKind.SPOUSE.value, Sex.MALE.value),
    "донька": ("child", Sex.FEMALE.value),
    "дочка": ("child", Sex.FEMALE.value),
    "батько": (RelationKind.PARENT.value, Sex.MALE.value),
}
# Only the nominative: «с братом Петром» names a brother in another case, and his name with him.
_FORMS = {role: role for role in ROLES} | {"дочь": "дочь|дочка"}
_ROLE_OF_FORM = {form: role for role, forms in _FORMS.items() for form in forms.split("|")}

_CAP = r"[А-ЯЁІЇЄҐ][а-яёіїєґ'’-]+"
_INITIALS = r"[А-ЯЁІЇЄҐ]\.\s?(?:[А-ЯЁІЇЄҐ]\.)?"
_NAME = rf"(?P<name>{_CAP}(?:\s+{_CAP}){{0,2}}(?:\s+{_INITIALS})?)"
# The role in any case («Жена», «ЖЕНА»); the name must be capitalised as names are.
_ROLE_WORDS = "|".join(sorted(_ROLE_OF_FORM, key=len, reverse=True))
_ROLE = rf"(?i:(?<![а-яёіїєґ])(?:{_ROLE_WORDS})(?![а-яёіїєґ]))"
_MENTION = re.compile(rf"(?P<role>{_ROLE})\s*(?:[-–—:]\s*|,\s*)?{_NAME}")
_CLAUSE_END = re.compile(rf";|\n|\.\s+[А-ЯЁІЇЄҐ]|{_ROLE}")
# What may follow the name and still belong to the mention: a birth year, the category.
_TAIL = re.compile(
    r"\s*(?:\((?P<year3>1[89]\d\d)\)|(?:,|\()?\s*(?:(?P<year>1[89]\d\d)\s*(?:г\.?\s*р\.?|г\.\s*рожд\.?|года\s+рождения|"
    r"г\.?\s*рождения)|(?:род\.|рожд\.)\s*(?P<year2>1[89]\d\d)\s*г?\.?)\)?)",
    re.IGNORECASE,
)
_PATRONYMIC = re.compile(r"(?:вич|ьич|ич|вна|чна|ична|инична)$", re.IGNORECASE)
# Words that look like names after a role but are not («сын кулака», «жена Врага народа»).
_NOT_NAMES = {
    "кулака",
    "врага",
    "изменника",
    "родины",
    "священника",
    "бывшего",
    "репрессированного",
    "осужденного",
    "осуждённого",
    "арестованного",
    "не",
    "нет",
}
_CHSIR = re.compile(
    r"(?<![А-ЯЁа-яё])ЧСИР(?![А-ЯЁа-яё])|член\w*\s+семьи\s+изменник\w*\s+(?:родин|отечеств)"
    r"|член\w*\s+сім'?ї\s+зрадник\w*\s+батьківщин",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class RelativeMention:
    """One relative a text names. `kind` is from the subject's side: spouse, parent, child or
    sibling. Offsets are in the text given to `find_relatives`."""

    role: str  # the role as a dictionary word: жена, сын, …
    kind: str
    sex: str | None
    surname: str
    given_name: str
    patronymic: str
    birth_year: int | None
    chsir: bool
    start: int
    end: int
    quote: str

    @property
    def full_name(self) -> str:
        return " ".join(p for p in (self.surname, self.given_name, self.patronymic) if p)


def mentions_chsir(text: str) -> bool:
    """Whether the text names the category «член семьи изменника Родины» (ЧСИР)."""
    return bool(_CHSIR.search(text or ""))


def _split_name(words: list[str]) -> tuple[str, str, str] | None:
    """Surname, given name, patronymic from 1–3 capitalised words (and initials)."""
    words = [w for w in words if w]
    initials = [w for w in words if re.fullmatch(_INITIALS, w)]
    plain = [w for w in words if w not in initials]
    if not plain or any(w.lower() in _NOT_NAMES for w in plain):
        return None
    if initials:
        # «Иванова М. П.»: the surname with initials of the given name and patronymic.
        letters = re.findall(r"[А-ЯЁІЇЄҐ]\.", "".join(initials))
        given = letters[0] if letters else ""
        patronymic = letters[1] if len(letters) > 1 else ""
        return plain[0], given, patronymic
    if len(plain) == 3:
        return plain[0], plain[1], plain[2]
    if len(plain) == 2:
        if _PATRONYMIC.search(plain[1]):
            return "", plain[0], plain[1]
        return plain[0], plain[1], ""
    return "", plain[0], ""


def find_relatives(text: str) -> list[RelativeMention]:
    """Every relative named with a name after their role, in order of the text."""
    found: list[RelativeMention] = []
    for match in _MENTION.finditer(text or ""):
        role = _ROLE_OF_FORM[match["role"].lower()]
        name_words = re.findall(rf"{_INITIALS}|{_CAP}", match["name"])
        # A name stops at a word that starts a new sentence's statement (rare but costly).
        parts = _split_name(name_words)
        if parts is None:
            continue
        end = match.end()
        tail = _TAIL.match(text, end)
        year = None
        if tail is not None and (tail["year"] or tail["year2"] or tail["year3"]):
            year = int(tail["year"] or tail["year2"] or tail["year3"])
            end = tail.end()
        # The rest of the clause tells of the relative: «жена — Иванова М. П., осуждена как ЧСИР».
        end = _clause_end(text, end)
        while end > match.start() and text[end - 1] in " \t;,.":
            if text[end - 1] == "." and re.search(r"(?:^|\s)[А-ЯЁІЇЄҐ]\.$", text[:end]):
                break  # the full stop of an initial («Иванова А. С.») belongs to the name
            end -= 1
        chsir = mentions_chsir(text[match.start() : end])
        kind, sex = ROLES[role]
        found.append(
            RelativeMention(
                role=role,
                kind=kind,
                sex=sex,
                surname=parts[0],
                given_name=parts[1],
                patronymic=parts[2],
                birth_year=year,
                chsir=chsir,
                start=match.start(),
                end=end,
                quote=text[match.start() : end].strip(),
            )
        )
    return found


def _clause_end(text: str, start: int) -> int:
    """Where the clause after a mention ends: at «;», a new line, a sentence or the next role."""
    match = _CLAUSE_END.search(text, start)
    return match.start() if match else len(text)


# Surname endings that change with sex: the relative named without a surname shares the
# subject's, in the relative's form (Иванов → Иванова, Ковальский → Ковальская).
_SURNAME_FORMS = (("ский", "ская"), ("цкий", "цкая"), ("ой", "ая"), ("ов", "ова"), ("ев", "ева"),
                  ("ёв", "ёва"), ("ин", "ина"), ("ын", "ына"))  # fmt: skip


def family_surname(surname: str, sex: str | None) -> str:
    """The subject's surname in the form a relative of that sex bears."""
    for male, female in _SURNAME_FORMS:
        if sex == Sex.FEMALE.value and surname.endswith(male):
            return surname[: -len(male)] + female
        if sex == Sex.MALE.value and surname.endswith(female):
            return surname[: -len(female)] + male
    return surname
