"""The GEDCOM 5.5.1 line grammar: levels, tags, values split into CONT/CONC, and dates.

`level [@XREF@] TAG [value]`, at most 255 characters a line. Long values continue on CONC lines
(split inside a word, never at a space, because some readers trim spaces at line ends) and line
breaks in a value become CONT lines.
"""

from __future__ import annotations

from catalog.dates import PartialDate
from catalog.vocab import Qualifier

# Characters of value per physical line: well under the 255-character limit with level and tag.
MAX_VALUE = 200
MONTHS = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")
# The type of the event that ends a marriage when the catalogue does not say how it ended (a
# divorce, a death): read back by the GEDCOM import as the marriage's end.
MARRIAGE_END: dict[str, str] = {
    "en": "End of marriage",
    "ru": "Прекращение брака",
    "uk": "Припинення шлюбу",
}
_PREFIX = {
    Qualifier.EXACT: "",
    Qualifier.ABOUT: "ABT ",
    Qualifier.BEFORE: "BEF ",
    Qualifier.AFTER: "AFT ",
}


def gedcom_date(date: PartialDate) -> str:
    """`20 OCT 1937`, `OCT 1937`, `1937`, with ABT / BEF / AFT for qualified dates;
    `BET 1937 AND 1938` and `FROM 1941 TO 1946` for ranges."""
    if date.end is not None:
        first, last = gedcom_date(date.start), gedcom_date(date.end)
        if date.qualifier is Qualifier.PERIOD:
            return f"FROM {first} TO {last}"
        return f"BET {first} AND {last}"
    parts = []
    if date.day is not None:
        parts.append(str(date.day))
    if date.month is not None:
        parts.append(MONTHS[date.month - 1])
    parts.append(str(date.year))
    return _PREFIX[date.qualifier] + " ".join(parts)


def _clean(text: str) -> str:
    # Control characters other than line breaks are not allowed in GEDCOM values; "@" must be
    # doubled where it is not a pointer.
    text = "".join(ch if ch >= " " or ch == "\n" else " " for ch in text.replace("\r\n", "\n"))
    return text.replace("@", "@@")


def _chunks(line: str) -> list[str]:
    chunks = []
    while len(line) > MAX_VALUE:
        cut = MAX_VALUE
        # Do not cut next to a space: CONC joins the pieces without adding one.
        while cut > 1 and (line[cut - 1] == " " or line[cut] == " "):
            cut -= 1
        chunks.append(line[:cut])
        line = line[cut:]
    chunks.append(line)
    return chunks


class Writer:
    """Collects GEDCOM lines; `text()` joins them with the line terminator."""

    def __init__(self) -> None:
        self.lines: list[str] = []

    def line(self, level: int, tag: str, value: str | None = None, xref: str | None = None) -> None:
        head = f"{level} " + (f"@{xref}@ " if xref else "") + tag
        if value is None or value == "":
            self.lines.append(head)
            return
        # Spaces at the end of a line would be trimmed by many readers anyway.
        text_lines = [part.rstrip() for part in _clean(value).split("\n")]
        first = True
        for text_line in text_lines:
            for k, chunk in enumerate(_chunks(text_line)):
                if first:
                    self.lines.append(f"{head} {chunk}".rstrip())
                    first = False
                elif k == 0:
                    self.lines.append(f"{level + 1} CONT {chunk}".rstrip())
                else:
                    self.lines.append(f"{level + 1} CONC {chunk}")

    def pointer(self, level: int, tag: str, xref: str) -> None:
        self.lines.append(f"{level} {tag} @{xref}@")

    def text(self) -> str:
        return "\n".join(self.lines) + "\n"
