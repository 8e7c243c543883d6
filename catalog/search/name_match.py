"""How alike two written names are, part by part, and why: for the duplicate finder.

Each name part (surname, given name, patronymic) of two names is compared through the search
keys: the same letters; the same key (ё/е, case and gender forms, pre-1918 letters, doubled
consonants); a transliteration of the other (Latin keys of the Cyrillic key); forms of one given
name (Ефим/Евфимий, Олександр/Александр, `given_names`); an initial of the other; or nothing
alike. Pure: no database.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz

from catalog.search.given_names import canonical, group_keys
from catalog.search.keys import word_term
from catalog.search.normalize import fold_cyrillic, is_latin, name_words
from catalog.search.translit import latin_fold, latin_keys

SAME, SPELLING, TRANSLITERATION, FORMS, INITIAL, MISSING, SIMILAR, DIFFERENT = (
    "same",
    "spelling",
    "transliteration",
    "forms",
    "initial",
    "missing",
    "similar",
    "different",
)
SCORES = {
    SAME: 1.0,
    SPELLING: 0.96,
    TRANSLITERATION: 0.93,
    FORMS: 0.9,
    INITIAL: 0.75,
    MISSING: 0.6,
    SIMILAR: 0.7,
    DIFFERENT: 0.0,
}


@dataclass(frozen=True)
class PartMatch:
    how: str
    a: str
    b: str

    @property
    def score(self) -> float:
        return SCORES[self.how]


@lru_cache(maxsize=65536)
def _key(word: str) -> str:
    return word_term(word)


@lru_cache(maxsize=65536)
def _latin_forms(key: str) -> frozenset[str]:
    return frozenset(latin_keys(key))


def _is_initial(text: str) -> bool:
    letters = "".join(name_words(text))
    return len(letters) == 1


def _folded(word: str) -> str:
    return latin_fold(word) if is_latin(word) else fold_cyrillic(word)


def _first_letter(text: str) -> str:
    words = name_words(text)
    if not words:
        return ""
    word = words[0]
    if is_latin(word):
        return latin_fold(word)[:1]
    return fold_cyrillic(word)[:1]


# Patronymic suffixes, Russian and Ukrainian (і, ї already folded to и), longest first: what
# is left is the father's name.
_PATRONYMIC_SUFFIXES = (
    "ийовна", "ийович", "инична", "ьевна", "ьевич", "ьовна", "ьович", "йовна",
    "йович", "овна", "ович", "евна", "евич", "ивна", "ична", "ич",
)  # fmt: skip


@lru_cache(maxsize=65536)
def father_key(patronymic: str) -> str:
    """The key of the father's given name a Cyrillic patronymic is made from, in its group
    (Миколайович and Николаевич both give Николай's), or "" if it is no patronymic."""
    word = fold_cyrillic(patronymic).replace("і", "и").replace("ї", "и")
    for suffix in _PATRONYMIC_SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 2:
            return canonical(_key(patronymic[: -len(suffix)]))
    return ""


def _word_match(a: str, b: str, *, given: bool, patronymic: bool = False) -> str:
    if _folded(a) == _folded(b):
        return SAME
    key_a, key_b = _key(a), _key(b)
    if key_a and key_a == key_b:
        return SPELLING
    latin_a, latin_b = is_latin(a), is_latin(b)
    if latin_a != latin_b:
        cyrillic_key, latin_key = (key_b, key_a) if latin_a else (key_a, key_b)
        if latin_key in _latin_forms(cyrillic_key):
            return TRANSLITERATION
        if given and any(latin_key in _latin_forms(k) for k in _equivalents(cyrillic_key)):
            return FORMS
    if given and key_a and canonical(key_a) == canonical(key_b):
        return FORMS
    if patronymic and not (latin_a or latin_b) and father_key(a) and father_key(a) == father_key(b):
        return FORMS
    if fuzz.ratio(_folded(a), _folded(b)) >= 88:
        return SIMILAR
    return DIFFERENT


def _equivalents(key: str) -> tuple[str, ...]:
    return tuple(k for k in group_keys(key) if k != key)


def compare_part(a: str, b: str, *, given: bool = False, patronymic: bool = False) -> PartMatch:
    """How part `a` of one name matches part `b` of another."""
    a, b = (a or "").strip(), (b or "").strip()
    if not a or not b:
        return PartMatch(MISSING, a, b)
    if _is_initial(a) or _is_initial(b):
        same = _first_letter(a) == _first_letter(b)
        if not same and (is_latin(a) != is_latin(b)):
            # И. against Ivan: compare the Latin spellings' first letters.
            cyr, lat = (b, a) if is_latin(a) else (a, b)
            same = any(k.startswith(_first_letter(lat)) for k in _latin_forms(_key(cyr)))
        return PartMatch(INITIAL if same else DIFFERENT, a, b)
    words_a, words_b = name_words(a), name_words(b)
    if not words_a or not words_b:
        return PartMatch(MISSING, a, b)
    best = DIFFERENT
    order = [SAME, SPELLING, TRANSLITERATION, FORMS, SIMILAR, DIFFERENT]
    for word_a in words_a:
        for word_b in words_b:
            found = _word_match(word_a, word_b, given=given, patronymic=patronymic)
            if order.index(found) < order.index(best):
                best = found
    return PartMatch(best, a, b)


@dataclass(frozen=True)
class NameMatch:
    surname: PartMatch
    given: PartMatch
    patronymic: PartMatch

    @property
    def score(self) -> float:
        return 0.4 * self.surname.score + 0.35 * self.given.score + 0.25 * self.patronymic.score

    @property
    def contradicts(self) -> bool:
        """Parts both written and unlike: another person's name (or another father's son)."""
        return DIFFERENT in (self.surname.how, self.given.how, self.patronymic.how)


Name = tuple[str, str, str]


def compare_names(a: Name, b: Name) -> NameMatch:
    return NameMatch(
        compare_part(a[0], b[0]),
        compare_part(a[1], b[1], given=True),
        compare_part(a[2], b[2], patronymic=True),
    )


def best_match(names_a: list[Name], names_b: list[Name]) -> tuple[NameMatch, Name, Name]:
    """The best-agreeing pair of names (each person's own name and its variants)."""
    best: tuple[NameMatch, Name, Name] | None = None
    for a in names_a:
        for b in names_b:
            match = compare_names(a, b)
            if best is None or (not match.contradicts, match.score) > (
                not best[0].contradicts,
                best[0].score,
            ):
                best = (match, a, b)
    assert best is not None
    return best
