"""Tesseract's TSV output turned into the catalogue's words and text.

TSV rows are: level, page, block, paragraph, line, word, left, top, width, height, confidence,
text; level 5 rows are words. The text of a transcription is built from the words, so that each
word knows its span in it: words of a line are joined by a space, lines by a newline, and
paragraphs (and blocks) are separated by an empty line, as in Tesseract's own text output.

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


def assemble(words: Iterable[RawWord], map_box: Callable[[Box], Box]) -> tuple[str, list[Word]]:
    """The transcription text and its words, boxes mapped by `map_box` (e.g. back to the
    original image's pixels)."""
    parts: list[str] = []
    length = 0
    result: list[Word] = []
    previous: RawWord | None = None
    for raw in words:
        if previous is not None:
            if (raw.block, raw.paragraph) != (previous.block, previous.paragraph):
                separator = "\n\n"
            elif raw.line != previous.line:
                separator = "\n"
            else:
                separator = " "
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
