"""Golden files for the exports: compare, or rewrite them with SPRAVKA_REGENERATE_GOLDEN=1.

    SPRAVKA_REGENERATE_GOLDEN=1 pytest tests/io   # then review `git diff tests/io/golden`

What differs between runs for reasons that do not matter is normalised first: SHA-256 digests
(image bytes depend on the image encoder's version) become <sha256-N> in order of appearance, and
each test replaces its own timestamps and paths.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

GOLDEN = Path(__file__).resolve().parent / "golden"
REGENERATE = os.environ.get("SPRAVKA_REGENERATE_GOLDEN") == "1"
_SHA = re.compile(r"\b[0-9a-f]{64}\b")


def normalise_hashes(text: str) -> str:
    names: dict[str, str] = {}

    def name(match: re.Match[str]) -> str:
        return names.setdefault(match.group(0), f"<sha256-{len(names) + 1}>")

    return _SHA.sub(name, text)


def check_golden(name: str, text: str) -> None:
    path = GOLDEN / name
    if REGENERATE:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, "utf-8", newline="\n")
        return
    assert path.is_file(), f"no golden file {path}; run with SPRAVKA_REGENERATE_GOLDEN=1"
    expected = path.read_text("utf-8")
    assert text == expected, f"{name} differs from its golden file (see the diff above)"
