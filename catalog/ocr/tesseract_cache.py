"""Tesseract's version and languages remembered between runs, for `spravka --version`.

Asking Tesseract means starting it twice (`--version`, `--list-langs`): tens of milliseconds,
more on a busy machine, on every `spravka --version`. The answer is kept in a small JSON file in
the user's cache folder and used while nothing it depends on has changed: the program file
(path, size, time), `$TESSDATA_PREFIX`, and the language folder's time (installing or removing a
language changes it). A missing, unreadable or stale file just means asking Tesseract again;
OCR itself never relies on this file (it checks Tesseract directly before reading pages).
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import tempfile
from dataclasses import asdict
from pathlib import Path

from catalog.ocr.tesseract import (
    ENV_TESSERACT,
    TesseractStatus,
    _identity,
    _run,
    find_tesseract,
    tesseract_status,
)

ENV_CACHE_DIR = "SPRAVKA_CACHE_DIR"
CACHE_NAME = "tesseract.json"
FORMAT = 1
# `tesseract --list-langs` begins: List of available languages in "/usr/share/…/tessdata/" (3):
_TESSDATA = re.compile(r'languages in "([^"]+)"')


def cache_file() -> Path:
    explicit = os.environ.get(ENV_CACHE_DIR)
    if explicit:
        return Path(explicit) / CACHE_NAME
    from platformdirs import user_cache_path

    return user_cache_path("Spravka", appauthor=False) / CACHE_NAME


def _folder_time(folder: str) -> float:
    try:
        return os.stat(folder).st_mtime if folder else 0.0
    except OSError:
        return -1.0


def _key(path: str, tessdata: str) -> list[object]:
    return [
        FORMAT,
        *_identity(path),
        os.environ.get("TESSDATA_PREFIX", ""),
        os.environ.get(ENV_TESSERACT, ""),
        tessdata,
        _folder_time(tessdata),
    ]


def _tessdata_of(path: str) -> str:
    try:
        match = _TESSDATA.search(_run(path, "--list-langs"))
    except (OSError, subprocess.SubprocessError):
        return ""
    return match.group(1) if match else ""


def cached_tesseract_status() -> TesseractStatus:
    """The same answer as `tesseract_status()`, from the cache file when it is still true."""
    path = find_tesseract()
    if path is None:
        return tesseract_status()
    target = cache_file()
    try:
        stored = json.loads(target.read_text(encoding="utf-8"))
        if stored["key"] == _key(path, stored["tessdata"]):
            status = stored["status"]
            return TesseractStatus(
                available=status["available"],
                version=status["version"],
                languages=tuple(status["languages"]),
                problem=status["problem"],
                path=status["path"],
                packages=tuple(status["packages"]),
            )
    except (OSError, ValueError, KeyError, TypeError):
        pass  # no cache yet, or one from another version: ask Tesseract
    status = tesseract_status()
    if status.available:
        tessdata = _tessdata_of(path)
        _store(
            target, {"key": _key(path, tessdata), "tessdata": tessdata, "status": asdict(status)}
        )
    return status


def _store(target: Path, record: dict[str, object]) -> None:
    """Write the cache atomically; a cache that cannot be written is simply not kept."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(prefix=".tesseract.", dir=target.parent)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(record, handle)
        os.replace(temp, target)
    except OSError:
        pass
