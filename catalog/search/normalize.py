"""Name normalisation: the Cyrillic "skeleton" under which spellings of one name meet.

A name as written in an archival document may use pre-1918 letters (ѣ, і, ѳ, ѵ, a final ъ), ё or е,
й or и, a doubled or single consonant, a case form ("Иванову") or the feminine form ("Иванова"),
or Ukrainian letters. `name_term` reduces one word to a key that all of these share:

1. fold the letters: lower case, ё→е, pre-1918 and Ukrainian letters to their modern Russian
   counterparts, stress marks removed, Latin look-alikes inside a Cyrillic word made Cyrillic;
2. strip the declension ending (`-ого`, `-ому`, `-ым`, `-ой`, `-ою`, `-ах`, then the final run of
   vowels): Иванов, Иванова, Иванову, Ивановым, Ивановой all become "иванов"; Петровский,
   Петровская, Петровского become "петровск";
3. fold what spelling and transliteration blur: й→и, ы→и, э→е, ь and ъ dropped, doubled letters
   collapsed (Гроссингер and Гросингер meet at "гросингер").

The key is a retrieval key, deliberately coarse; ranking (see `catalog.search.names`) compares
the real spellings. The same function runs when names are stored and when a query is typed, so
any spelling that folds to the same key is found.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

# Letters of the pre-1918 orthography and of Ukrainian/Belarusian, mapped to modern Russian.
_LETTER_FOLD = str.maketrans(
    {
        "ё": "е",
        "ѣ": "е",
        "і": "и",
        "ї": "и",
        "ѳ": "ф",
        "ѵ": "и",
        "є": "е",
        "ґ": "г",
        "ў": "у",
        "\u0301": None,  # combining acute (stress mark)
        "\u0300": None,
        "’": None,  # Ukrainian apostrophe (п’ять), BGN/PCGN soft sign
        "ʼ": None,
        "'": None,
        "·": None,  # BGN/PCGN separates т·с from ц
    }
)

# Latin letters that look like Cyrillic ones: OCR and mixed keyboard layouts put them into
# Cyrillic words ("Иванoв" with a Latin o).
_HOMOGLYPHS = str.maketrans(
    {
        "a": "а",
        "b": "в",
        "c": "с",
        "e": "е",
        "h": "н",
        "k": "к",
        "m": "м",
        "o": "о",
        "p": "р",
        "t": "т",
        "x": "х",
        "y": "у",
        "i": "и",
    }
)

_SKELETON_FOLD = str.maketrans({"й": "и", "ы": "и", "э": "е", "ь": None, "ъ": None})

_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[a-zA-Z\u00c0-\u024f]")
_VOWELS = set("аеиоуыэюяё")
# Endings that hold a consonant, removed before the final vowel run (longest first).
_HARD_ENDINGS = ("ого", "его", "аго", "яго", "ому", "ему")
MIN_STEM = 2

# Word characters of a name; hyphens and apostrophes inside names are handled by the callers.
WORD = re.compile(r"[^\W\d_]+")


_MARKS = re.compile("[\u0300-\u036f]")


def without_marks(text: str) -> str:
    """NFC text without combining marks left over: stress accents, the Library of Congress tie
    (I͡U), which no letter absorbs. (Composed letters such as й keep their mark.)"""
    return _MARKS.sub("", unicodedata.normalize("NFC", text))


def is_cyrillic(word: str) -> bool:
    return bool(_CYRILLIC.search(word))


def is_latin(word: str) -> bool:
    return bool(_LATIN.search(word)) and not is_cyrillic(word)


@lru_cache(maxsize=65536)
def fold_cyrillic(text: str) -> str:
    """Lower case with ё→е and pre-1918/Ukrainian letters folded; keeps spelling otherwise."""
    text = without_marks(text).casefold().translate(_LETTER_FOLD)
    if _LATIN.search(text) and _CYRILLIC.search(text):
        text = text.translate(_HOMOGLYPHS)
    return text


def _strip_declension(word: str, *, oblique: bool = False) -> str:
    stem = word
    for ending in _HARD_ENDINGS:
        if stem.endswith(ending) and len(stem) - len(ending) >= MIN_STEM:
            stem = stem[: -len(ending)]
            break
    else:
        # Instrumental and plural endings (-ым, -ом, -ах, -ими) also end names in the
        # nominative (Максим, Абрам, Черных), so they are only tried as an alternative reading
        # of a typed word, never applied to stored names.
        if oblique and len(stem) > 3 and stem.endswith("ми") and stem[-3] in _VOWELS:
            stem = stem[:-2]
        elif oblique and len(stem) > 2 and stem[-1] in "мх" and stem[-2] in _VOWELS:
            stem = stem[:-1]
    end = len(stem)
    while end > 0 and stem[end - 1] in _VOWELS | {"й", "ь", "ъ"}:
        end -= 1
    if end < MIN_STEM:
        # A very short name ("Ия", "Ян") keeps its letters rather than vanish.
        return word if len(stem) < MIN_STEM else stem[: max(end, MIN_STEM)]
    return stem[:end]


def collapse_doubles(text: str) -> str:
    out: list[str] = []
    for ch in text:
        if not out or out[-1] != ch:
            out.append(ch)
    return "".join(out)


_HUSHING_O = re.compile("(?<=[жчшщ])о")


def cyrillic_skeleton(folded: str) -> str:
    """й→и, ы→и, э→е, ь/ъ dropped, о→е after ж/ч/ш/щ (Хрущов/Хрущёв), doubled letters
    collapsed (input already folded)."""
    return collapse_doubles(_HUSHING_O.sub("е", folded.translate(_SKELETON_FOLD)))


def _letters(word: str) -> str:
    return "".join(WORD.findall(fold_cyrillic(word)))


@lru_cache(maxsize=131072)
def name_term(word: str) -> str:
    """The retrieval key of one Cyrillic name word as stored (see the module docstring)."""
    letters = _letters(word)
    return cyrillic_skeleton(_strip_declension(letters)) if letters else ""


@lru_cache(maxsize=131072)
def uncollapsed_term(word: str) -> str:
    """The key before doubled letters are collapsed ("мюллер" for Мюллер). A typo next to a
    double letter ("Сазоов" for Сазонов) is one edit from this form but two from the key."""
    letters = _letters(word)
    return _uncollapsed(_strip_declension(letters)) if letters else ""


def _uncollapsed(stem: str) -> str:
    return _HUSHING_O.sub("е", stem.translate(_SKELETON_FOLD))


def query_terms(word: str) -> tuple[str, ...]:
    """Keys a typed word may stand for: its own, its uncollapsed form (for typos next to a
    double letter), and last the one it has when read as an oblique case form ("Ивановым")."""
    letters = _letters(word)
    if not letters:
        return ()
    own = cyrillic_skeleton(_strip_declension(letters))
    uncollapsed = _uncollapsed(_strip_declension(letters))
    oblique = cyrillic_skeleton(_strip_declension(letters, oblique=True))
    return tuple(dict.fromkeys((own, uncollapsed, oblique)))


def oblique_term(word: str) -> str | None:
    """The key of a typed word read as an instrumental or plural form, if that differs."""
    letters = _letters(word)
    if not letters:
        return None
    oblique = cyrillic_skeleton(_strip_declension(letters, oblique=True))
    return None if oblique == cyrillic_skeleton(_strip_declension(letters)) else oblique


@lru_cache(maxsize=65536)
def name_words(text: str) -> tuple[str, ...]:
    """The words of a name part: "Римский-Корсаков" has two, "фон дер Лауниц" three."""
    return tuple(WORD.findall(without_marks(text).translate(_LETTER_FOLD)))


@lru_cache(maxsize=65536)
def initial_of(text: str) -> str:
    """The folded first letter of a name part, as an initial would be written ("" if none)."""
    words = name_words(text)
    if not words:
        return ""
    first = words[0][0]
    if is_cyrillic(first):
        return cyrillic_skeleton(fold_cyrillic(first)) or fold_cyrillic(first)
    return first.casefold()


def sort_key(surname: str, given: str, patronymic: str) -> str:
    """A key whose plain binary order is Russian alphabetical order of "Фамилия Имя Отчество".

    ё is folded to е (binary order puts ё after я); the parts are separated by a character
    below every letter, so "Иван" sorts before "Иванов". Persons without a surname sort last.
    """
    parts = [fold_cyrillic(part).strip() for part in (surname, given, patronymic)]
    key = "\x01".join(parts)
    return key if parts[0] else "\uffff" + key


_MASCULINE_ENDINGS = (
    "ому",
    "ого",
    "аго",
    "его",
    "ым",
    "ом",
    "ий",
    "ый",
    "ой",
    "ов",
    "ев",
    "ин",
    "ын",
    "ич",
)
_MASCULINE_AFTER_STEM = ("ову", "еву", "ину", "ыну", "ове", "еве", "ине")
_FEMININE_ENDINGS = ("ая", "яя", "ую", "ою", "ской", "цкой", "овой", "евой", "иной", "ова", "ева",
                     "ина", "ына", "вна", "чна")  # fmt: skip


@lru_cache(maxsize=65536)
def gender_of(word: str) -> str | None:
    """ "m" or "f" when a surname or patronymic form shows it (Иванову, Ивановой), else None."""
    folded = fold_cyrillic(word)
    if folded.endswith(_FEMININE_ENDINGS):
        return "f"
    if folded.endswith(_MASCULINE_AFTER_STEM) or folded.endswith(_MASCULINE_ENDINGS):
        return "m"
    return None


@dataclass(frozen=True)
class QueryToken:
    """One word of a typed name query: a word, or an initial ("И." or a lone letter)."""

    text: str
    initial: bool
    # Hyphenated words ("Римский-Корсаков") keep their components for retrieval.
    parts: tuple[str, ...]

    @property
    def latin(self) -> bool:
        return is_latin(self.text)


_INITIALS = re.compile(r"^(?:[^\W\d_]\.)+[^\W\d_]?\.?$")


def query_tokens(query: str) -> list[QueryToken]:
    """Split a typed name into words and initials: "Иванов И.И." → Иванов, И, И."""
    tokens: list[QueryToken] = []
    for raw in re.split(r"[\s,;]+", without_marks(query)):
        raw = raw.strip('()[]"«»:')
        if not raw or any(ch.isdigit() for ch in raw):
            continue
        if _INITIALS.match(raw):
            for letter in re.findall(r"[^\W\d_]", raw):
                tokens.append(QueryToken(letter, True, (letter,)))
            continue
        parts = tuple(w for w in name_words(raw) if w)
        if not parts:
            continue
        if len(parts) == 1 and len(parts[0]) == 1:
            tokens.append(QueryToken(parts[0], True, parts))
        else:
            tokens.append(QueryToken(raw.strip(".-"), False, parts))
    return tokens
