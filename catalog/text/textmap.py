"""Cleaned text that still knows where each character came from.

OCR output and pasted records break words across lines ("октяб-\\nря"), carry soft hyphens and
runs of spaces, and mix Latin and Cyrillic look-alike letters. The parsers match on a cleaned copy
of the text, but every claim must quote the text *as written* and point at the words on the page,
so the cleaned copy keeps, for each of its characters, the offset of the original character it
came from. `TextMap.span` turns a match in the cleaned text back into a span of the original.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

SOFT_HYPHEN = "\u00ad"

# A hyphen at the end of a line between two lowercase letters is a word broken by typesetting or
# by OCR: "октяб-\nря" is "октября". Hyphens between capitals or digits ("ВКП-\nб") are kept.
_LINE_BREAK_HYPHEN = re.compile(r"(?<=[а-яёa-z])[-\u2010\u2011]\s*\n\s*(?=[а-яёa-z])")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f]+")

# Latin letters that OCR puts into Cyrillic words; replaced only inside words that are otherwise
# Cyrillic, so Latin text and Roman numerals are left alone.
_LATIN_TO_CYRILLIC = str.maketrans(
    {
        "a": "а",
        "c": "с",
        "e": "е",
        "o": "о",
        "p": "р",
        "x": "х",
        "y": "у",
        "A": "А",
        "B": "В",
        "C": "С",
        "E": "Е",
        "H": "Н",
        "K": "К",
        "M": "М",
        "O": "О",
        "P": "Р",
        "T": "Т",
        "X": "Х",
    }
)
_WORD = re.compile(r"\w+")
_CYRILLIC = re.compile(r"[а-яёА-ЯЁ]")
_LATIN = re.compile(r"[A-Za-z]")


@dataclass(frozen=True)
class TextMap:
    """`text` is the cleaned text; `origin[i]` is the offset in `original` of `text[i]`."""

    original: str
    text: str
    origin: tuple[int, ...]

    @classmethod
    def identity(cls, text: str) -> TextMap:
        return cls(text, text, tuple(range(len(text))))

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original span covered by the cleaned span [start, end)."""
        if end <= start:
            at = self.origin[start] if start < len(self.origin) else len(self.original)
            return at, at
        return self.origin[start], self.origin[end - 1] + 1

    def original_text(self, start: int, end: int) -> str:
        begin, finish = self.span(start, end)
        return self.original[begin:finish]


def _rebuild(source: TextMap, pieces: list[tuple[int, int, str | None]]) -> TextMap:
    """Apply replacements (start, end, new text) over `source.text`, keeping offsets.

    Replacement text takes the origin of the first replaced character (or of the character before
    it for an insertion), so a span over it maps to the replaced original characters.
    """
    text: list[str] = []
    origin: list[int] = []
    position = 0
    for start, end, new in sorted(pieces):
        text.append(source.text[position:start])
        origin.extend(source.origin[position:start])
        if new:
            anchor = source.origin[start] if start < len(source.origin) else len(source.original)
            text.append(new)
            origin.extend([anchor] * len(new))
        position = end
    text.append(source.text[position:])
    origin.extend(source.origin[position:])
    return TextMap(source.original, "".join(text), tuple(origin))


def clean(text: str, *, fix_lookalikes: bool = True) -> TextMap:
    """Join words broken at line ends, drop soft hyphens, collapse spaces (not line breaks),
    and, if asked, turn Latin look-alike letters inside Cyrillic words into Cyrillic."""
    current = TextMap.identity(text)
    pieces: list[tuple[int, int, str | None]] = []
    for match in _LINE_BREAK_HYPHEN.finditer(current.text):
        pieces.append((match.start(), match.end(), None))
    for match in re.finditer(SOFT_HYPHEN, current.text):
        pieces.append((match.start(), match.end(), None))
    current = _rebuild(current, _drop_overlaps(pieces))

    pieces = [(m.start(), m.end(), " ") for m in _SPACES.finditer(current.text) if m.group() != " "]
    current = _rebuild(current, pieces)

    if fix_lookalikes:
        pieces = []
        for match in _WORD.finditer(current.text):
            word = match.group()
            if _CYRILLIC.search(word) and _LATIN.search(word):
                fixed = word.translate(_LATIN_TO_CYRILLIC)
                if fixed != word:
                    pieces.append((match.start(), match.end(), fixed))
        if pieces:
            current = _substitute_same_length(current, pieces)
    return current


def _substitute_same_length(source: TextMap, pieces: list[tuple[int, int, str | None]]) -> TextMap:
    """Replacements of equal length keep the one-to-one offsets of the replaced characters."""
    chars = list(source.text)
    for start, end, new in pieces:
        assert new is not None and len(new) == end - start
        chars[start:end] = list(new)
    return TextMap(source.original, "".join(chars), source.origin)


def _drop_overlaps(
    pieces: list[tuple[int, int, str | None]],
) -> list[tuple[int, int, str | None]]:
    kept: list[tuple[int, int, str | None]] = []
    for piece in sorted(pieces):
        if kept and piece[0] < kept[-1][1]:
            continue
        kept.append(piece)
    return kept
