"""Reading a GEDCOM file: bytes → text in the right encoding → lines → a tree of records.

GEDCOM 5.5.1 files are written in UTF-8, UTF-16 (CHAR UNICODE) or ANSEL, and, against the
standard, very often in a Windows code page: Russian and Ukrainian genealogy programs write
Windows-1251 Cyrillic under `CHAR ANSI` (or even `CHAR ANSEL`). The header's CHAR is read first;
the bytes are then checked against it, and when they cannot be what it says (invalid UTF-8,
Cyrillic letters under ANSEL) they are read as what they look like, and the report says so.

The line grammar is small (`level [@XREF@] TAG [value]`, CONT/CONC continuations), so it is read
here rather than by a library: ged4py, the maintained reader on PyPI, stops at the first broken
line and maps `CHAR ANSI` to Western Windows-1252, which turns Cyrillic into mojibake. This reader
keeps going: a broken line is reported with its number and skipped (or, inside a note, kept as a
continuation of it), and the rest of the file is read. ANSEL is decoded by the `ansel` codec.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass, field

import ansel

ansel.register()

_LINE = re.compile(r"^\s*(\d{1,2})\s+(?:@([^@\s][^@]*)@\s+)?([A-Za-z0-9_]+)(?:\s(.*))?$")
_POINTER = re.compile(r"^@([^@#\s][^@]*)@$")
# Tags whose values are free text: a stray line after one is more likely a lost line break.
_TEXT_TAGS = {"NOTE", "TEXT", "CONT", "CONC", "PAGE", "TITL", "PUBL", "AUTH"}
# Runs of three bytes in 0xC0–0xFF are Cyrillic words in Windows-1251; in ANSEL they would be
# three combining marks on one letter, which no real text has.
_CP1251_RUN = re.compile(rb"[\xc0-\xff]{3}")


@dataclass
class Node:
    """One GEDCOM line with the lines under it; CONT/CONC already joined into `value`."""

    level: int
    tag: str
    value: str
    line: int
    xref: str = ""
    children: list[Node] = field(default_factory=list)

    @property
    def pointer(self) -> str:
        """The xref this line points to (`@I1@` → "I1"), or ""."""
        match = _POINTER.match(self.value)
        return match.group(1) if match else ""

    def first(self, tag: str) -> Node | None:
        return next((child for child in self.children if child.tag == tag), None)

    def all(self, tag: str) -> list[Node]:
        return [child for child in self.children if child.tag == tag]

    def text(self, tag: str) -> str:
        child = self.first(tag)
        return child.value.strip() if child is not None else ""


@dataclass(frozen=True)
class Problem:
    line: int
    message: str
    tag: str = ""

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}" if self.line else self.message


@dataclass
class GedcomFile:
    records: list[Node]
    declared: str  # the CHAR of the header, upper-case ("" when missing)
    encoding: str  # the codec the text was read with
    problems: list[Problem]

    @property
    def header(self) -> Node | None:
        return next((r for r in self.records if r.tag == "HEAD"), None)


def _declared_char(raw: bytes) -> str:
    """The header's `1 CHAR` value, read from the raw bytes (it is ASCII in every encoding
    GEDCOM allows, except UTF-16, which is recognised before)."""
    for line in re.split(rb"\r\n|\r|\n", raw[:4000]):
        words = line.split()
        if len(words) >= 2 and words[0] == b"0" and words[1] != b"HEAD":
            break
        if len(words) >= 3 and words[0] == b"1" and words[1] == b"CHAR":
            return b" ".join(words[2:]).decode("ascii", "replace").upper()
    return ""


def _looks_cp1251(raw: bytes) -> bool:
    return _CP1251_RUN.search(raw) is not None


def _first_bad_line(raw: bytes, error: UnicodeDecodeError) -> int:
    return raw[: error.start].count(b"\n") + 1


def decode(raw: bytes) -> tuple[str, str, str, list[Problem]]:
    """The text, the declared CHAR, the codec used and what was noticed about the encoding."""
    problems: list[Problem] = []
    if raw.startswith(codecs.BOM_UTF8):
        return raw[3:].decode("utf-8", "replace"), _declared_char(raw[3:]), "utf-8-sig", problems
    for bom, codec in ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if raw.startswith(bom):
            text = raw[2:].decode(codec, "replace")
            return text, _char_of_text(text), codec, problems
    # UTF-16 without a byte-order mark: "0 HEAD" has a zero byte beside every character.
    if raw[:2] == b"0\x00":
        text = raw.decode("utf-16-le", "replace")
        return text, _char_of_text(text), "utf-16-le", problems
    if raw[:2] == b"\x000":
        text = raw.decode("utf-16-be", "replace")
        return text, _char_of_text(text), "utf-16-be", problems

    declared = _declared_char(raw)
    high = any(byte >= 0x80 for byte in raw)
    if declared in ("UTF-8", "UTF8", "UNICODE") or (not declared and high):
        try:
            return raw.decode("utf-8"), declared, "utf-8", problems
        except UnicodeDecodeError as error:
            fallback = "cp1251" if _looks_cp1251(raw) else "cp1252"
            problems.append(
                Problem(
                    _first_bad_line(raw, error),
                    f"the file says CHAR {declared or '(none)'} but is not valid UTF-8; "
                    f"read as {_NAMES[fallback]}",
                )
            )
            return raw.decode(fallback, "replace"), declared, fallback, problems
    if declared == "ANSEL":
        if _looks_cp1251(raw):
            problems.append(
                Problem(0, "the file says CHAR ANSEL but holds Cyrillic letters in Windows-1251")
            )
            return raw.decode("cp1251", "replace"), declared, "cp1251", problems
        return raw.decode("gedcom", "replace"), declared, "ansel", problems
    if declared in ("WINDOWS-1251", "CP1251", "WIN1251", "CP-1251"):
        return raw.decode("cp1251", "replace"), declared, "cp1251", problems
    if declared in ("ANSI", "WINDOWS", "IBM WINDOWS", "IBM_WINDOWS", "ASCII", ""):
        if not high:
            return raw.decode("ascii", "replace"), declared, "ascii", problems
        codec = "cp1251" if _looks_cp1251(raw) else "cp1252"
        problems.append(
            Problem(
                0,
                f"CHAR {declared or '(none)'} does not name a code page; the letters "
                f"look like {_NAMES[codec]} and were read so",
            )
        )
        return raw.decode(codec, "replace"), declared, codec, problems
    try:
        codec = codecs.lookup(declared.lower()).name
    except LookupError:
        codec = "cp1251" if _looks_cp1251(raw) else "utf-8"
        problems.append(Problem(0, f"unknown CHAR {declared}; read as {_NAMES[codec]}"))
    return raw.decode(codec, "replace"), declared, codec, problems


_NAMES = {"cp1251": "Windows-1251", "cp1252": "Windows-1252", "utf-8": "UTF-8"}


def _char_of_text(text: str) -> str:
    match = re.search(r"^\s*1\s+CHAR\s+(\S.*)$", text[:4000], re.MULTILINE)
    return match.group(1).strip().upper() if match else ""


def parse_text(text: str) -> tuple[list[Node], list[Problem]]:
    """Lines → level-0 records with their subtrees, every broken line reported."""
    problems: list[Problem] = []
    records: list[Node] = []
    first_line: dict[str, int] = {}  # xref → the line of the record that holds it
    stack: list[Node] = []
    last: Node | None = None
    for number, raw_line in enumerate(text.splitlines(), start=1):
        line = raw_line.lstrip("\ufeff")
        if not line.strip():
            continue
        match = _LINE.match(line)
        if match is None:
            if last is not None and last.tag in _TEXT_TAGS:
                last.value += "\n" + line.strip()
                problems.append(
                    Problem(number, f"not a GEDCOM line; kept as part of line {last.line}")
                )
            else:
                problems.append(Problem(number, f"not a GEDCOM line, skipped: {line[:60]!r}"))
            continue
        level = int(match.group(1))
        xref, tag, value = match.group(2) or "", match.group(3).upper(), match.group(4) or ""
        if tag in ("CONT", "CONC") and last is not None and level == last.level + 1:
            # Continuations are joined into the line they continue (never nodes of their own).
            last.value += ("\n" if tag == "CONT" else "") + value
            continue
        if level == 0:
            node = Node(0, tag, value, number, xref)
            if xref and xref in first_line:
                # Pointers to this id could mean either record: the first one is kept and this
                # one (with its lines, which still attach to it) is left out.
                problems.append(
                    Problem(
                        number,
                        f"the record @{xref}@ appears again (first at line "
                        f"{first_line[xref]}); this one is left out",
                    )
                )
            else:
                records.append(node)
                if xref:
                    first_line[xref] = number
            stack = [node]
            last = node
            continue
        if not stack:
            problems.append(Problem(number, "a line before the first record, skipped"))
            continue
        if level > len(stack):
            problems.append(
                Problem(
                    number,
                    f"level {level} follows level {len(stack) - 1}; read as level {len(stack)}",
                )
            )
            level = len(stack)
        del stack[level:]
        node = Node(level, tag, value, number, xref)
        stack[-1].children.append(node)
        stack.append(node)
        last = node
    _unescape(records)
    return records, problems


def _unescape(nodes: list[Node]) -> None:
    # "@@" stands for one "@" in values that are not pointers.
    for node in nodes:
        if "@@" in node.value and not _POINTER.match(node.value):
            node.value = node.value.replace("@@", "@")
        _unescape(node.children)


def read_gedcom(raw: bytes) -> GedcomFile:
    text, declared, encoding, problems = decode(raw)
    # ANSEL (and files from some systems) give letters and their marks apart: «й» as «и» and a
    # breve. The catalogue keeps the composed letters its searches and name keys expect.
    text = unicodedata.normalize("NFC", text)
    records, line_problems = parse_text(text)
    if not any(r.tag == "HEAD" for r in records):
        problems.append(Problem(1, "the file has no HEAD record: is it a GEDCOM file?"))
    return GedcomFile(records, declared, encoding, problems + line_problems)
