"""Latin spellings of Cyrillic names: the transliteration schemes and the Latin skeleton.

A relative abroad types "Zerov", "Khrushchev", "Iuliia" (ICAO passport), "Yuliya" (BGN/PCGN),
"Ûliâ" (ISO 9 / GOST 7.79), "I͡ulii͡a" (Library of Congress), "Chruschtschow" (German),
"Wołkow" (Polish) or "Hryhorii" (Ukrainian passport). Every stored name key is transliterated
with each scheme (the Russian schemes through the maintained `iuliia` library, German, Polish and
Ukrainian-style tables below as `iuliia` schemas), and every result and every typed Latin word is
reduced by `latin_fold` to a skeleton in which the schemes' differences disappear: diacritics
spelled out (š→sh, û→yu), German and Polish digraphs read (sch→sh, tsch→ch, sz→sh, cz→ch), kh→h,
ts/tz/tc→c, w→v, x→ks, j/y→i, doubled letters collapsed, ie/io→e. A typed Latin word then meets
the key of the Cyrillic name it transliterates, whichever scheme it was written in.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import iuliia
from iuliia.schema import TranslitSchema

from catalog.search.normalize import collapse_doubles


def _starts(mapping: dict[str, str]) -> dict[str, str]:
    """Letters written differently at the start of a word or after a vowel (е → je)."""
    prev = {}
    for letter, spelled in mapping.items():
        for vowel in "аеиоуюя":
            prev[vowel + letter] = spelled
        prev[letter] = spelled  # iuliia looks up the bare letter at the start of a word
    return prev


GERMAN = TranslitSchema(
    name="german",
    mapping={
        "а": "a", "б": "b", "в": "w", "г": "g", "д": "d", "е": "e", "ж": "sch", "з": "s",
        "и": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
        "с": "s", "т": "t", "у": "u", "ф": "f", "х": "ch", "ц": "z", "ч": "tsch", "ш": "sch",
        "щ": "schtsch", "ю": "ju", "я": "ja",
    },
    prev_mapping=_starts({"е": "je"}),
    description="German (Duden) spelling of Russian names",
)  # fmt: skip

POLISH = TranslitSchema(
    name="polish",
    mapping={
        "а": "a", "б": "b", "в": "w", "г": "g", "д": "d", "е": "ie", "ж": "ż", "з": "z",
        "и": "i", "к": "k", "л": "ł", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
        "с": "s", "т": "t", "у": "u", "ф": "f", "х": "ch", "ц": "c", "ч": "cz", "ш": "sz",
        "щ": "szcz", "ю": "iu", "я": "ia",
    },
    prev_mapping=_starts({"е": "je", "ю": "ju", "я": "ja"}),
    next_mapping={"ле": "l", "лю": "l", "ля": "l", "ли": "l"},
    description="Polish spelling of Russian names",
)  # fmt: skip

UKRAINIAN = TranslitSchema(
    name="ukrainian",
    mapping={
        "а": "a", "б": "b", "в": "v", "г": "h", "д": "d", "е": "e", "ж": "zh", "з": "z",
        "и": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
        "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
        "щ": "shch", "ю": "iu", "я": "ia",
    },
    prev_mapping={"ю": "yu", "я": "ya"},
    description="Ukrainian passport transliteration (KMU 2010) of names written in Cyrillic",
)  # fmt: skip

# The schemes a name is looked up under: passports (ICAO since 2014, MVD 310 before), the
# English-language standards (BGN/PCGN, Library of Congress, Wikipedia's practice), ISO 9 /
# GOST 7.79 and the scholarly ISO/R 9:1968, then German, Polish and Ukrainian spellings.
SCHEMES = (
    iuliia.ICAO_DOC_9303,
    iuliia.MVD_310,
    iuliia.BGN_PCGN,
    iuliia.ALA_LC,
    iuliia.WIKIPEDIA,
    iuliia.GOST_779,
    iuliia.ISO_9_1968,
    GERMAN,
    POLISH,
    UKRAINIAN,
)

_SPELLED_OUT = str.maketrans(
    {
        "š": "sh", "ž": "zh", "č": "ch", "ŝ": "shch", "û": "yu", "â": "ya", "ë": "e",
        "ė": "e", "è": "e", "é": "e", "ĭ": "i", "ȳ": "y", "ł": "l", "ż": "zh", "ź": "z",
        "ś": "s", "ć": "c", "ń": "n", "ó": "o", "ü": "u", "ö": "o", "ä": "a", "ß": "ss",
        "ǵ": "g", "ą": "a", "ę": "e",
    }
)  # fmt: skip

# Ordered: longer digraphs first, so that "schtsch" is not read as "sch" + "tsch".
_DIGRAPHS = (
    ("schtsch", "shch"),
    ("szcz", "shch"),
    ("tsch", "ch"),
    ("sch", "sh"),
    ("sz", "sh"),
    ("cz", "ch"),
    ("kh", "h"),
    ("ts", "c"),
    ("tz", "c"),
    ("tc", "c"),
    ("x", "ks"),
    ("w", "v"),
    ("ph", "f"),
    ("j", "i"),
    ("y", "i"),
)
_NON_LETTERS = re.compile(r"[^a-z]+")
_HARD_ENDINGS = ("ogo", "ego", "ago", "omu", "emu")
_VOWELS = set("aeiou")
MIN_STEM = 2


@lru_cache(maxsize=65536)
def latin_fold(text: str) -> str:
    """The Latin skeleton of a spelling (see the module docstring); no ending is removed."""
    text = unicodedata.normalize("NFC", text).casefold().translate(_SPELLED_OUT)
    text = "".join(ch for ch in unicodedata.normalize("NFD", text) if not unicodedata.combining(ch))
    text = _NON_LETTERS.sub("", text)
    for digraph, replacement in _DIGRAPHS:
        text = text.replace(digraph, replacement)
    text = collapse_doubles(text)
    text = text.replace("ie", "e").replace("io", "e")
    return collapse_doubles(text)


def _strip_latin(folded: str, *, oblique: bool = False) -> str:
    stem = folded
    for ending in _HARD_ENDINGS:
        if stem.endswith(ending) and len(stem) - len(ending) >= MIN_STEM:
            stem = stem[: -len(ending)]
            break
    else:
        if oblique and len(stem) > 3 and stem.endswith("mi") and stem[-3] in _VOWELS:
            stem = stem[:-2]
        elif oblique and len(stem) > 2 and stem[-1] in "mh" and stem[-2] in _VOWELS:
            stem = stem[:-1]
    end = len(stem)
    while end > 0 and stem[end - 1] in _VOWELS:
        end -= 1
    if end < MIN_STEM:
        return folded if len(stem) < MIN_STEM else stem[: max(end, MIN_STEM)]
    return stem[:end]


def latin_term(word: str) -> str:
    """The retrieval key of a Latin-script name word (a transliteration or a stored variant)."""
    folded = latin_fold(word)
    return _strip_latin(folded) if folded else ""


def latin_query_terms(word: str) -> tuple[str, ...]:
    folded = latin_fold(word)
    if not folded:
        return ()
    own = _strip_latin(folded)
    oblique = _strip_latin(folded, oblique=True)
    return (own,) if oblique == own else (own, oblique)


@lru_cache(maxsize=65536)
def latin_keys(term: str) -> tuple[str, ...]:
    """The distinct Latin keys of a Cyrillic name key, one per scheme that spells it apart."""
    keys: list[str] = []
    for scheme in SCHEMES:
        key = latin_term(scheme.translate(term))
        if key and key not in keys:
            keys.append(key)
    return tuple(keys)


def spellings(word: str) -> tuple[str, ...]:
    """How a Cyrillic word is written in each scheme (for ranking against a Latin query)."""
    seen: list[str] = []
    for scheme in SCHEMES:
        spelled = latin_fold(scheme.translate(word.casefold()))
        if spelled and spelled not in seen:
            seen.append(spelled)
    return tuple(seen)
