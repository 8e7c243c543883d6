"""Tesseract's TSV output turned into the catalogue's words and text.

TSV rows are: level, page, block, paragraph, line, word, left, top, width, height, confidence,
text; level 5 rows are words. The text of a transcription is built from the words, so that each
word knows its span in it: words of a line are joined by a space, lines by a newline, and an
empty line is left only where the page shows one: a vertical gap taller than a line of text.
(Tesseract starts a new paragraph at every typed line of a widely spaced certificate; copying
that as empty lines would cut its sentences, and the dates in them, apart.)

`block`, `paragraph` and `line` keep Tesseract's numbering: blocks count up on the page,
paragraphs within a block, lines within a paragraph; (block, paragraph, line) names a line.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace

from catalog.transcripts import Word

WORD_LEVEL = "5"


@dataclass(frozen=True)
class RawWord:
    """A word as Tesseract reported it, in the prepared image's pixels."""

    text: str
    left: int
    top: int
    width: int
    height: int
    confidence: float
    block: int
    paragraph: int
    line: int


def parse_tsv(tsv: str) -> list[RawWord]:
    words = []
    for row in tsv.splitlines()[1:]:
        fields = row.split("\t", 11)
        if len(fields) < 12 or fields[0] != WORD_LEVEL:
            continue
        text = fields[11].strip()
        if not text:
            continue
        try:
            words.append(
                RawWord(
                    text=text,
                    left=int(fields[6]),
                    top=int(fields[7]),
                    width=int(fields[8]),
                    height=int(fields[9]),
                    confidence=max(0.0, float(fields[10])),
                    block=int(fields[2]),
                    paragraph=int(fields[3]),
                    line=int(fields[4]),
                )
            )
        except ValueError:
            continue  # a malformed row: skip it rather than lose the page
    return words


Box = tuple[int, int, int, int]


def _line_key(word: RawWord) -> tuple[int, int, int]:
    return (word.block, word.paragraph, word.line)


def _line_extents(words: list[RawWord]) -> dict[tuple[int, int, int], tuple[int, int]]:
    """Top and bottom of every line, in the prepared image's pixels."""
    extents: dict[tuple[int, int, int], tuple[int, int]] = {}
    for word in words:
        key = _line_key(word)
        top, bottom = extents.get(key, (word.top, word.top + word.height))
        extents[key] = (min(top, word.top), max(bottom, word.top + word.height))
    return extents


def _separator(
    previous: RawWord,
    word: RawWord,
    extents: dict[tuple[int, int, int], tuple[int, int]],
    line_height: float,
) -> str:
    if _line_key(word) == _line_key(previous):
        return " "
    if (word.block, word.paragraph) == (previous.block, previous.paragraph):
        return "\n"
    gap = extents[_line_key(word)][0] - extents[_line_key(previous)][1]
    return "\n\n" if gap > line_height else "\n"


def assemble(words: Iterable[RawWord], map_box: Callable[[Box], Box]) -> tuple[str, list[Word]]:
    """The transcription text and its words, boxes mapped by `map_box` (e.g. back to the
    original image's pixels)."""
    words = list(words)
    extents = _line_extents(words)
    heights = sorted(bottom - top for top, bottom in extents.values())
    line_height = heights[len(heights) // 2] if heights else 0
    parts: list[str] = []
    length = 0
    result: list[Word] = []
    previous: RawWord | None = None
    for raw in words:
        if previous is not None:
            separator = _separator(previous, raw, extents, line_height)
            parts.append(separator)
            length += len(separator)
        x, y, width, height = map_box((raw.left, raw.top, raw.width, raw.height))
        result.append(
            Word(
                text=raw.text,
                x=x,
                y=y,
                width=width,
                height=height,
                confidence=round(raw.confidence, 2),
                block=raw.block,
                paragraph=raw.paragraph,
                line=raw.line,
                start=length,
                end=length + len(raw.text),
            )
        )
        parts.append(raw.text)
        length += len(raw.text)
        previous = raw
    return "".join(parts), result


def renumber_blocks(words: list[RawWord]) -> list[RawWord]:
    """Blocks numbered 1, 2, 3… in reading order after some were dropped."""
    numbers: dict[int, int] = {}
    result = []
    for word in words:
        number = numbers.setdefault(word.block, len(numbers) + 1)
        result.append(replace(word, block=number) if number != word.block else word)
    return result
