"""From a span of a transcription's text to the words on the page image, and back.

A transcription's words carry their character offsets (`start`, `end`) when the OCR engine or
the editor recorded them; older or imported versions may not, and then the words are aligned to
the text in reading order. A claim proposed from the span [start, end) rests on the words that
overlap it: its region is their union box and its quote their text.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from catalog.transcripts import Word


@dataclass(frozen=True)
class PlacedWord:
    word: Word
    start: int
    end: int


def place_words(text: str, words: Sequence[Word]) -> list[PlacedWord]:
    """Each word with its offsets in `text`: its own if it has them and they match, otherwise
    found by searching forward from the previous word. Words not found are left out."""
    placed: list[PlacedWord] = []
    cursor = 0
    folded = text.casefold()
    for word in words:
        token = word.text.strip()
        if not token:
            continue
        if (
            word.start is not None
            and word.end is not None
            and 0 <= word.start < word.end <= len(text)
            and text[word.start : word.end].strip() == token
        ):
            placed.append(PlacedWord(word, word.start, word.end))
            cursor = max(cursor, word.end)
            continue
        found = text.find(token, cursor)
        if found < 0:
            found = folded.find(token.casefold(), cursor)
        if found < 0 or found - cursor > 200:
            continue
        placed.append(PlacedWord(word, found, found + len(token)))
        cursor = found + len(token)
    return placed


def words_in(placed: Sequence[PlacedWord], start: int, end: int) -> list[Word]:
    """The words overlapping [start, end), in reading order."""
    return [p.word for p in placed if p.start < end and p.end > start]


def union_box(words: Sequence[Word]) -> tuple[int, int, int, int] | None:
    """The smallest [x, y, width, height] holding every word's box."""
    boxes = [w for w in words if w.width > 0 and w.height > 0]
    if not boxes:
        return None
    left = min(w.x for w in boxes)
    top = min(w.y for w in boxes)
    right = max(w.x + w.width for w in boxes)
    bottom = max(w.y + w.height for w in boxes)
    return (max(0, left), max(0, top), right - max(0, left), bottom - max(0, top))


def quote_words(words: Sequence[Word]) -> str:
    return " ".join(w.text.strip() for w in words if w.text.strip())
