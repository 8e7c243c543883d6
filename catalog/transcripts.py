"""Words with boxes: the structure of a transcription version.

A transcription's text is what a person reads and edits; its words tie that text to the image.
Each word knows its box on the page image (pixels of the original blob, before processing), the
engine's confidence, its place in the block/paragraph/line structure, and the span of the text it
occupies, so that the editor and the image can point at each other.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, replace
from typing import Any


@dataclass(frozen=True, slots=True)
class Word:
    text: str
    x: int
    y: int
    width: int
    height: int
    confidence: float | None = None  # 0..100 as Tesseract reports it; None for human text
    block: int = 0
    paragraph: int = 0
    line: int = 0
    start: int | None = None  # character offsets of the word in the transcription text
    end: int | None = None

    @property
    def box(self) -> tuple[int, int, int, int]:
        return (self.x, self.y, self.width, self.height)

    def to_json(self) -> dict[str, Any]:
        return {key: value for key, value in asdict(self).items() if value is not None}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Word:
        return cls(
            text=str(data["text"]),
            x=int(data["x"]),
            y=int(data["y"]),
            width=int(data["width"]),
            height=int(data["height"]),
            confidence=None if data.get("confidence") is None else float(data["confidence"]),
            block=int(data.get("block", 0)),
            paragraph=int(data.get("paragraph", 0)),
            line=int(data.get("line", 0)),
            start=None if data.get("start") is None else int(data["start"]),
            end=None if data.get("end") is None else int(data["end"]),
        )


def words_to_json(words: Iterable[Word] | None) -> list[dict[str, Any]] | None:
    return None if words is None else [word.to_json() for word in words]


def words_from_json(data: list[dict[str, Any]] | None) -> tuple[Word, ...]:
    return tuple(Word.from_json(item) for item in data or ())


def mean_confidence(words: Iterable[Word]) -> float | None:
    values = [word.confidence for word in words if word.confidence is not None]
    return sum(values) / len(values) if values else None


def tokens(text: str) -> list[tuple[str, int, int]]:
    """The whitespace-separated tokens of a text with their character offsets."""
    return [(m.group(), m.start(), m.end()) for m in re.finditer(r"\S+", text)]


def realign_words(words: Sequence[Word], text: str) -> list[Word]:
    """Words of an earlier version mapped onto an edited text, keeping their boxes.

    The earlier words are aligned with the new text's tokens by difflib: a token that matches a
    word, or replaces exactly one word in place (a corrected spelling), inherits that word's box
    and gets the new text and offsets; words the person deleted are dropped; tokens the person
    added have no box and so are not words. The result keeps the mapping between editor and
    image sensible after any edit, without guessing boxes for text the image does not show.
    """
    new_tokens = tokens(text)
    old = [w.text for w in words]
    new = [t[0] for t in new_tokens]
    matcher = difflib.SequenceMatcher(a=old, b=new, autojunk=False)
    result: list[Word] = []
    for tag, a0, a1, b0, b1 in matcher.get_opcodes():
        if tag == "equal" or (tag == "replace" and a1 - a0 == b1 - b0):
            for word, (token, start, end) in zip(words[a0:a1], new_tokens[b0:b1], strict=True):
                # A word the person retyped is theirs: the engine's confidence no longer applies.
                confidence = word.confidence if token == word.text else None
                result.append(
                    replace(word, text=token, start=start, end=end, confidence=confidence)
                )
        elif tag == "replace" and b1 - b0 == 1:
            # Several words merged into one token (a wrongly split word joined): one box for all.
            token, start, end = new_tokens[b0]
            merged = union_box(w.box for w in words[a0:a1])
            first = words[a0]
            result.append(
                replace(
                    first,
                    text=token,
                    x=merged[0],
                    y=merged[1],
                    width=merged[2],
                    height=merged[3],
                    confidence=None,
                    start=start,
                    end=end,
                )
            )
    return result


def union_box(boxes: Iterable[tuple[int, int, int, int]]) -> tuple[int, int, int, int]:
    """The smallest box holding all the given [x, y, width, height] boxes."""
    boxes = list(boxes)
    if not boxes:
        raise ValueError("no boxes")
    left = min(b[0] for b in boxes)
    top = min(b[1] for b in boxes)
    right = max(b[0] + b[2] for b in boxes)
    bottom = max(b[1] + b[3] for b in boxes)
    return (left, top, right - left, bottom - top)


def words_in_span(words: Sequence[Word], start: int, end: int) -> list[Word]:
    """The words whose text overlaps the character span [start, end)."""
    return [
        w
        for w in words
        if w.start is not None and w.end is not None and w.start < end and start < w.end
    ]
