"""Saying the catalogue's English messages in Russian and Ukrainian.

The catalogue's errors and reports are built in English where they happen (deep in imports,
image decoding, GEDCOM reading) and travel as text: through worker processes, into reports, into
exception messages. Rather than thread a language through all of that, each English sentence
has an entry in a word table (`catalog.cli_words`, `catalog.problem_words`,
`catalog.input_words`, `catalog.exchange_words`, `catalog.package_words`): its English
template and the Russian and Ukrainian ones, side by side. `Phrasebook.translate` recognises an
English message by its template and says it again in the language asked for; English is
returned untouched, byte for byte.

A message is recognised

* whole, by one template (`{path}`-style fields match any text; a field named in `NESTED`
  holds a message of its own and is translated in turn);
* as "place: message", where the message after any ": " is recognised (and the place before it
  too, when it is a template such as "line {line}"; a file name stays as it is);
* as "part; part; …" (or "part, part, …"), when every part is recognised.

What is not recognised (a library's own words, a message added without an entry) is kept in
English rather than lost. Plain standard library: the CLI loads it inside its handlers.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

Table = dict[str, dict[str, str]]
LANGUAGES = ("en", "ru", "uk")

# Fields whose value is itself a message (a reason inside a sentence).
NESTED = frozenset(
    {"problem", "reason", "message", "summary", "what", "expected", "declared", "way_back"}
)
# Fields that only ever hold a number: matching digits alone keeps the templates apart.
NUMERIC = frozenset(
    {
        "n", "count", "line", "level", "previous", "read", "seq", "document", "page", "frame",
        "frames", "pages", "files", "documents", "persons", "findings", "created", "updated",
        "kept", "removed", "existing", "pending", "seconds", "offset", "actual", "size",
        "width", "height", "limit", "low", "high", "dpi", "id", "claims", "flags", "images",
    }
)  # fmt: skip

# Fields that hold one word of a file format (a key, a GEDCOM tag, an @xref@, a suffix): they
# never take in the "place: " before them.
IDENTIFIER = frozenset({"key", "tag", "xref", "suffix", "format", "kind", "local", "calendar"})


# Fields that name a file at the head of a message: they hold no ": " or "; " of their own.
PLACE = frozenset({"file", "device"})

_FIELD = re.compile(r"\{(\w+)\}")


def say(table: Table, key: str, language: str, **values: object) -> str:
    """One entry of a table filled in; a language the entry lacks falls back to English."""
    words = table[key]
    return words.get(language, words["en"]).format(**values)


def _pattern(template: str) -> re.Pattern[str]:
    parts: list[str] = []
    position = 0
    for match in _FIELD.finditer(template):
        parts.append(re.escape(template[position : match.start()]))
        name = match.group(1)
        if name in NUMERIC:
            parts.append(f"(?P<{name}>[0-9][0-9,]*)")
        elif name in PLACE:
            parts.append(f"(?P<{name}>(?:(?!: |; ).)+?)")
        elif name in IDENTIFIER:
            parts.append(f"(?P<{name}>[^\\s:;,]+)")
        else:
            parts.append(f"(?P<{name}>.+?)")
        position = match.end()
    parts.append(re.escape(template[position:]))
    return re.compile("".join(parts), re.DOTALL)


class Phrasebook:
    """Every template of some tables, tried most literal first.

    A template's pattern is compiled the first time a message begins and ends as the template
    does (its literal head and tail), so that a run compiles the few it needs, not hundreds.
    """

    def __init__(self, tables: Iterable[Table]) -> None:
        entries = []
        for table in tables:
            for words in table.values():
                template = words["en"]
                pieces = _FIELD.split(template)  # literal, name, literal, name, …, literal
                literal = len("".join(pieces[::2]))
                entries.append((literal, pieces[0], pieces[-1] if len(pieces) > 1 else "", words))
        entries.sort(key=lambda entry: -entry[0])
        self._entries = [(head, tail, words) for _, head, tail, words in entries]
        self._patterns: dict[str, re.Pattern[str]] = {}
        self._cache: dict[tuple[str, str], str | None] = {}

    def _match(self, words: dict[str, str], text: str) -> re.Match[str] | None:
        template = words["en"]
        pattern = self._patterns.get(template)
        if pattern is None:
            pattern = self._patterns[template] = _pattern(template)
        return pattern.fullmatch(text)

    def translate(self, text: str, language: str) -> str:
        if language == "en" or language not in LANGUAGES or not text:
            return text
        lines = []
        for line in text.split("\n"):
            body = line.lstrip(" ")
            indent = line[: len(line) - len(body)]
            lines.append(indent + (self._line(body, language) or body))
        return "\n".join(lines)

    def _line(self, text: str, language: str) -> str | None:
        key = (text, language)
        if key not in self._cache:
            self._cache[key] = None  # a guard while this text is being recognised
            self._cache[key] = self._recognise(text, language)
        return self._cache[key]

    def _recognise(self, text: str, language: str) -> str | None:
        if not text:
            return None
        for head, tail, words in self._entries:
            if not (text.startswith(head) and text.endswith(tail)):
                continue
            match = self._match(words, text)
            if match is None:
                continue
            values = {
                name: (self._line(value, language) or value) if name in NESTED else value
                for name, value in match.groupdict().items()
            }
            return words[language].format(**values)
        start = text.find(": ")
        while start != -1:
            tail = self._line(text[start + 2 :], language)
            if tail is not None:
                head = text[:start]
                return (self._line(head, language) or head) + ": " + tail
            start = text.find(": ", start + 1)
        for separator in ("; ", ", "):
            if separator in text:
                parts = [self._line(part, language) for part in text.split(separator)]
                if all(part is not None for part in parts):
                    return separator.join(parts)  # type: ignore[arg-type]
        return None


_BOOK: Phrasebook | None = None
_SAYINGS: Table | None = None


def sayings() -> Table:
    """Every sentence the command line says itself, by key (`catalog.cli.common.say`)."""
    global _SAYINGS
    if _SAYINGS is None:
        from catalog import cli_words, command_words

        _SAYINGS = {
            key: words
            for table in [cli_words.CLI, *command_words.TABLES]
            for key, words in table.items()
        }
    return _SAYINGS


def phrasebook() -> Phrasebook:
    """The CLI's phrasebook over every message table (built once, on first use)."""
    global _BOOK
    if _BOOK is None:
        # Not `cli_words.CLI` nor `catalog.command_words`: what the command line says itself is
        # said by key, never recognised (a template as loose as "{engine} at {path}" would take
        # in any sentence with an "at" in it).
        from catalog import cli_words, exchange_words, input_words, package_words, problem_words

        _BOOK = Phrasebook(
            [
                cli_words.REPORTS,
                *problem_words.TABLES,
                *input_words.TABLES,
                *exchange_words.TABLES,
                *package_words.TABLES,
            ]
        )
    return _BOOK


def translate(text: str, language: str) -> str:
    """`text` (an English message of the catalogue) in `language`; English unchanged."""
    if language == "en" or not text:
        return text
    return phrasebook().translate(text, language)
