"""The result of reading a record text: person fields, claims with their spans, and leftovers."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from catalog.dates import PartialDate


@dataclass(frozen=True)
class ParsedClaim:
    """A claim read from a record, before it is stored. `spans` locate it in the record text."""

    kind: str
    date: PartialDate | None = None
    place: str = ""
    body: str = ""
    body_code: str = ""
    article: str = ""
    sentence: str = ""
    cause: str = ""
    basis: str = ""
    note: str = ""
    spans: tuple[tuple[int, int], ...] = ()

    def quote(self, text: str) -> str:
        """The words of the record this claim rests on, as written."""
        return "\n".join(text[start:end].strip() for start, end in self.spans)

    def with_note(self, note: str) -> ParsedClaim:
        if not note:
            return self
        return replace(self, note=f"{self.note}; {note}" if self.note else note)


@dataclass(frozen=True)
class ParsedRecord:
    text: str
    form: str = "memorial"  # memorial | book | openlist
    surname: str = ""
    given_name: str = ""
    patronymic: str = ""
    sex: str | None = None
    birth: PartialDate | None = None
    birth_place: str = ""
    nationality: str = ""
    occupation: str = ""
    residence: str = ""
    # Facts the person record has no field for (party, education, citizenship), one per line.
    facts: tuple[str, ...] = ()
    variants: tuple[tuple[str, str], ...] = ()  # (part, value): ("surname", "Моор")
    claims: tuple[ParsedClaim, ...] = ()
    # Relatives the record names (catalog.text.relatives.RelativeMention), offsets in `text`.
    relatives: tuple[Any, ...] = ()
    unparsed: tuple[str, ...] = ()
    warnings: tuple[str, ...] = field(default=())

    @property
    def has_name(self) -> bool:
        return bool(self.surname or self.given_name or self.patronymic)

    @property
    def full_name(self) -> str:
        return " ".join(p for p in (self.surname, self.given_name, self.patronymic) if p)

    @property
    def notes(self) -> str:
        """The person's notes: facts without a field, then everything that was not understood."""
        lines = list(self.facts)
        if self.unparsed:
            lines.append("Не разобрано при чтении записи: " + " | ".join(self.unparsed))
        return "\n".join(lines)
