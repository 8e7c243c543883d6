"""Words with boxes: the structure of a transcription version.

A transcription's text is what a person reads and edits; its words tie that text to the image.
Each word knows its box on the page image (pixels of the original blob, before processing), the
engine's confidence, its place in the block/paragraph/line structure, and the span of the text it
occupies, so that the editor and the image can point at each other.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass
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
