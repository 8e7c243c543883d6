"""Parsing JSON that came from someone else: limits first, then a message, never a traceback.

Python's `json` has no limits of its own: a file nested 100,000 deep ends in RecursionError, a
5,000-digit number in ValueError (Python's guard against slow int conversion), a lone surrogate
(`"\\ud800"`) parses into a string no database or file can store, and a 100 MB string is
copied many times over by everything that handles it afterwards. `load_json` refuses each with a
`JsonRefused` saying what and where, before any of it reaches the catalogue:

- nesting deeper than `MAX_DEPTH` levels (the interchange format needs about eight);
- a string longer than `MAX_STRING` characters (a page's transcription is a few kilobytes;
  refused before parsing where the raw bytes show it, so the string is never built);
- a lone surrogate in a string (not text: it cannot be written as UTF-8);
- an integer outside SQLite's 64-bit range (and one of thousands of digits, which Python
  refuses to convert).
"""

from __future__ import annotations

import json
import re
from typing import Any

MAX_DEPTH = 64
MAX_STRING = 1 << 20  # characters
INT_RANGE = (-(1 << 63), (1 << 63) - 1)

# Raw bytes with no quote in them for longer than any string within the limit can take (a
# character is at most six bytes, as `\uXXXX`): a string over the limit, found before it is
# built. (A long string with escaped quotes inside passes this and is caught by the walk.)
_RUN_BYTES = 6 * MAX_STRING
_LONG_RUN = re.compile(rb'[^"]{%d,}' % (_RUN_BYTES + 1))
_SURROGATE = re.compile(r"[\ud800-\udfff]")


class JsonRefused(ValueError):
    """JSON refused by a limit; `path` is where (`persons[3].notes`), `problem` is what."""

    def __init__(self, problem: str, path: str = "") -> None:
        self.problem = problem
        self.path = path if len(path) <= 120 else path[:119] + "…"
        super().__init__(f"{self.path}: {problem}" if path else problem)


def prescan(raw: bytes) -> None:
    """Refuse, from the raw bytes alone, what needs no parsing to be refused (a huge string)."""
    if len(raw) > _RUN_BYTES:
        match = _LONG_RUN.search(raw)
        if match is not None:
            raise JsonRefused(
                f"it holds a string longer than {MAX_STRING:,} characters (from byte "
                f"{match.start():,}), Spravka's limit"
            )


def loads(raw: bytes | str) -> Any:
    """Parse JSON text (bytes are UTF-8, with or without a byte-order mark) within the limits.

    Raises `JsonRefused` for a limit, `json.JSONDecodeError` for text that is not JSON and
    `UnicodeDecodeError` for bytes that are not UTF-8, as `json.loads` does.
    """
    if isinstance(raw, str):
        prescan(raw.encode("utf-8", "surrogatepass"))
        text = raw
    else:
        prescan(raw)
        text = raw.decode("utf-8-sig")
    return parse(text)


def parse(text: str) -> Any:
    """`json.loads` within the limits (call `prescan` on the bytes first)."""
    try:
        data = json.loads(text)
    except RecursionError:
        raise JsonRefused(f"it is nested deeper than {MAX_DEPTH} levels") from None
    except json.JSONDecodeError:
        raise
    except ValueError as exc:  # Python's limit on digits in an int
        raise JsonRefused(f"it holds a number that is too long ({exc})") from None
    check(data)
    return data


def check(data: Any) -> None:
    """Walk parsed JSON without recursion; raise `JsonRefused` at the first value over a limit."""
    stack: list[tuple[Any, str, int]] = [(data, "", 1)]
    while stack:
        value, path, depth = stack.pop()
        if depth > MAX_DEPTH:
            raise JsonRefused(f"it is nested deeper than {MAX_DEPTH} levels", path)
        if isinstance(value, str):
            _check_string(value, path)
        elif isinstance(value, bool) or value is None or isinstance(value, float):
            continue
        elif isinstance(value, int):
            if not INT_RANGE[0] <= value <= INT_RANGE[1]:
                raise JsonRefused("a whole number too large to store", path)
        elif isinstance(value, dict):
            for key, item in value.items():
                _check_string(key, path)
                stack.append((item, f"{path}.{key}" if path else str(key)[:80], depth + 1))
        elif isinstance(value, list):
            for index, item in enumerate(value):
                stack.append((item, f"{path}[{index}]", depth + 1))


def _check_string(text: str, path: str) -> None:
    if len(text) > MAX_STRING:
        raise JsonRefused(
            f"a string of {len(text):,} characters; Spravka's limit is {MAX_STRING:,}", path
        )
    match = _SURROGATE.search(text)
    if match is not None:
        raise JsonRefused(
            f"a string holds a lone surrogate (\\u{ord(match.group()):04x}), which is not text",
            path,
        )
