"""Latin spellings of Cyrillic names: the transliteration schemes and the Latin skeleton.

A relative abroad types "Zerov", "Khrushchev", "Iuliia" (ICAO passport), "Yuliya" (BGN/PCGN),
"Ûliâ" (ISO 9 / GOST 7.79), "I͡ulii͡a" (Library of Congress), "Chruschtschow" (German),
"Wołkow" (Polish) or "Hryhorii" (Ukrainian passport). Every stored name key is transliterated
with each scheme (the Russian schemes through the maintained `iuliia` library, German, Polish and
Ukrainian-style tables below as `iuliia` schemas), and every result and every typed Latin word is
reduced by `latin_fold` to a skeleton in which the schemes' differences disappear: diacritics
spelled out (š→sh, û→yu), German and Polish digraphs read (sch→sh, tsch→ch, sz→sh, cz→ch), kh→h,
ts/tz/tc→c, w→v, x→ks, j/y→i, doubled letters collapsed, ie/io→e, o→e after ch/sh/zh (ё).
A typed Latin word then meets
the key of the Cyrillic name it transliterates, whichever scheme it was written in.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Any

import iuliia
from iuliia.schema import TranslitSchema

from catalog.search.normalize import collapse_doubles


def _starts(mapping: dict[str, str]) -> dict[str, str]:
    """Letters written differently at the start of a word or after a vowel (е → je)."""
    prev = {}
    for letter, spelled in mapping.items():
        for vowel in "аеиоуюяьъ":
            prev[vowel + letter] = spelled
        prev[letter] = spelled  # iuliia looks up the bare letter at the start of a word
    return prev


GERMAN = TranslitSchema(
    name="german",
    mapping={
        "а": "a", "б": "b", "в": "w", "г": "g", "д": "d", "е": "e", "ё": "jo", "ж": "sch",
        "з": "s", "и": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
        "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "ch", "ц": "z",
        "ч": "tsch", "ш": "sch", "щ": "schtsch", "ъ": "", "ы": "y", "ь": "", "э": "e",
        "ю": "ju", "я": "ja", "і": "i", "ї": "ji", "є": "je", "ґ": "g",
    },
    prev_mapping=_starts({"е": "je"}),
    description="German (Duden) spelling of Russian names",
)  # fmt: skip

POLISH = TranslitSchema(
    name="polish",
    mapping={
        "а": "a", "б": "b", "в": "w", "г": "g", "д": "d", "е": "ie", "ё": "io", "ж": "ż",
        "з": "z", "и": "i", "й": "j", "к": "k", "л": "ł", "м": "m", "н": "n", "о": "o",
        "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "ch", "ц": "c",
        "ч": "cz", "ш": "sz", "щ": "szcz", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "iu",
        "я": "ia", "і": "i", "ї": "ji", "є": "je", "ґ": "g",
    },
    prev_mapping=_starts({"е": "je", "ё": "jo", "ю": "ju", "я": "ja"}),
    next_mapping={"ле": "l", "лё": "l", "лю": "l", "ля": "l", "ли": "l", "ль": "l"},
    description="Polish spelling of Russian names",
)  # fmt: skip

UKRAINIAN = TranslitSchema(
    name="ukrainian",
    mapping={
        "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ie",
        "ж": "zh", "з": "z", "и": "y", "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l",
        "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
        "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ь": "", "ю": "iu",
        "я": "ia", "ё": "io", "ъ": "", "ы": "y", "э": "e", "’": "", "'": "",
    },
    prev_mapping={"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"},
    description="Ukrainian passport transliteration (KMU 2010) of names written in Cyrillic",
)  # fmt: skip


def transliterate(scheme: Any, text: str) -> str:
    """`scheme.translate`, with ё spelled ë where an iuliia scheme leaves it Cyrillic (BGN/PCGN,
    Library of Congress and GOST 7.79 write ë, but iuliia passes ё through)."""
    return scheme.translate(text).replace("ё", "ë").replace("Ё", "Ë")


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
    # ё after a hushing consonant is heard and often written "o" (Chruschtschow, Gorbachov).
    text = text.replace("cho", "che").replace("sho", "she").replace("zho", "zhe")
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
    """Keys of a typed Latin word: its own, then the one read as an oblique case form."""
    folded = latin_fold(word)
    if not folded:
        return ()
    own = _strip_latin(folded)
    oblique = _strip_latin(folded, oblique=True)
    return (own,) if oblique == own else (own, oblique)


class _Compiled:
    """One scheme applied to a lower-case word with iuliia's own rules (letter, previous- and
    next-letter and ending mappings), without its per-call overhead: building the index
    transliterates every distinct name key ten times. Falls back to `translate` if iuliia's
    schema object ever stops exposing its mappings."""

    def __init__(self, scheme: Any) -> None:
        self.scheme = scheme
        schema = scheme
        if not hasattr(schema, "map"):
            scheme.translate("а")  # a FileSchema loads its rules on first use
            schema = getattr(scheme, "_schema", None)
        try:
            self.letters: dict[str, str] = dict(schema.map)
            self.prev: dict[str, str] = dict(schema.prev_map)
            self.next: dict[str, str] = dict(schema.next_map)
            self.endings: dict[str, str] = dict(schema.ending_map)
            self.fast = True
        except AttributeError:
            self.fast = False

    def __call__(self, word: str) -> str:
        if not self.fast:
            return transliterate(self.scheme, word)
        ending = self.endings.get(word[-2:]) if len(word) > 2 else None
        stem = word[:-2] if ending else word
        out: list[str] = []
        prev = ""
        last = len(stem) - 1
        for i, ch in enumerate(stem):
            nxt = stem[i + 1] if i < last else ""
            letter = self.prev.get(prev + ch)
            if letter is None:
                letter = self.next.get(ch + nxt)
            if letter is None:
                letter = self.letters.get(ch, ch)
            out.append(letter)
            prev = ch
        if ending:
            out.append(ending)
        return "".join(out).replace("ё", "ë")


_COMPILED = tuple(_Compiled(scheme) for scheme in SCHEMES)


@lru_cache(maxsize=65536)
def latin_keys(term: str) -> tuple[str, ...]:
    """The distinct Latin keys of a Cyrillic name key, one per scheme that spells it apart."""
    keys: list[str] = []
    for compiled in _COMPILED:
        key = latin_term(compiled(term))
        if key and key not in keys:
            keys.append(key)
    return tuple(keys)


def spellings(word: str) -> tuple[str, ...]:
    """How a Cyrillic word is written in each scheme (for ranking against a Latin query)."""
    seen: list[str] = []
    lowered = word.casefold()
    for compiled in _COMPILED:
        spelled = latin_fold(compiled(lowered))
        if spelled and spelled not in seen:
            seen.append(spelled)
    return tuple(seen)
