"""Finding Tesseract, checking its version and languages, and saying what to install.

OCR is optional: everything else in Spravka works without Tesseract. `tesseract_status()` tells
the GUI and the CLI whether OCR can run; `require_tesseract(languages)` raises
`TesseractUnavailable` with a message that names the package to install.

The program is `$SPRAVKA_TESSERACT` when set, else the copy bundled with a built application
(`tesseract/` beside the executable; see packaging/), else `tesseract` on PATH (on Windows also
the installer's default folder).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from catalog.errors import InvalidInput, SpravkaError

ENV_TESSERACT = "SPRAVKA_TESSERACT"
# 4.1 brought the LSTM engine to maturity and TSV output with word confidences.
MIN_VERSION = (4, 1)
DEFAULT_LANGUAGES = "rus+eng"
LANGUAGE_NAMES = {
    "rus": "Russian",
    "ukr": "Ukrainian",
    "eng": "English",
    "bel": "Belarusian",
    "deu": "German",
    "pol": "Polish",
    "lit": "Lithuanian",
    "lav": "Latvian",
    "est": "Estonian",
    "kaz": "Kazakh",
    "heb": "Hebrew",
    "yid": "Yiddish",
}
_VERSION = re.compile(r"tesseract\s+v?(\d+)\.(\d+)(?:\.(\d+))?", re.IGNORECASE)
_LANGUAGE = re.compile(r"^[A-Za-z_]+(?:/[A-Za-z_]+)?$")
_WINDOWS_DEFAULT = Path(r"C:\Program Files\Tesseract-OCR\tesseract.exe")


class TesseractUnavailable(SpravkaError):
    """OCR cannot run: Tesseract is missing, too old, broken, or lacks a language."""

    def __init__(self, problem: str, packages: tuple[str, ...] = ()) -> None:
        self.problem = problem
        self.packages = packages
        super().__init__(problem)


@dataclass(frozen=True)
class TesseractStatus:
    available: bool
    version: str  # "5.3.0"; "" when unknown
    languages: tuple[str, ...]
    problem: str  # "" when OCR can run
    path: str = ""
    packages: tuple[str, ...] = field(default=())  # what to install to fix `problem`

    @property
    def engine(self) -> str:
        return f"tesseract {self.version}" if self.version else "tesseract"

    def missing_languages(self, languages: str) -> list[str]:
        return [code for code in split_languages(languages) if code not in self.languages]


def split_languages(languages: str) -> list[str]:
    """'rus+eng' -> ['rus', 'eng'], refusing anything that is not a Tesseract language name."""
    codes = [code.strip() for code in (languages or "").split("+")]
    if not codes or any(not code or not _LANGUAGE.match(code) for code in codes):
        raise InvalidInput(
            "languages", f"{languages!r} is not a list of Tesseract languages like 'rus+eng'"
        )
    return codes


def language_package(code: str) -> str:
    """The Debian/Ubuntu package that holds a language's data (other systems name theirs
    similarly: tesseract-langpack-rus on Fedora, the tesseract-lang formula on Homebrew)."""
    return f"tesseract-ocr-{code.lower().replace('_', '-').split('/')[-1]}"


def bundled_tesseract() -> Path | None:
    """The Tesseract shipped inside a built (frozen) application, if there is one."""
    if not getattr(sys, "frozen", False):
        return None
    name = "tesseract.exe" if sys.platform == "win32" else "tesseract"
    candidate = Path(sys.executable).resolve().parent / "tesseract" / name
    return candidate if candidate.is_file() else None


def find_tesseract() -> str | None:
    configured = os.environ.get(ENV_TESSERACT)
    if configured:
        return configured
    bundled = bundled_tesseract()
    if bundled is not None:
        return str(bundled)
    found = shutil.which("tesseract")
    if found:
        return found
    if sys.platform == "win32" and _WINDOWS_DEFAULT.exists():
        return str(_WINDOWS_DEFAULT)
    return None


def _run(path: str, *args: str) -> str:
    result = subprocess.run(
        [path, *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        timeout=30,
        stdin=subprocess.DEVNULL,
    )
    # Tesseract 3 printed these on stderr, 4 and 5 on stdout.
    return result.stdout + "\n" + result.stderr


def _identity(path: str) -> tuple[str, float, int]:
    try:
        stat = os.stat(path)
        return path, stat.st_mtime, stat.st_size
    except OSError:
        return path, 0.0, 0


def tesseract_status() -> TesseractStatus:
    """What OCR can do on this machine now (cached until the program file changes)."""
    path = find_tesseract()
    if path is None:
        return TesseractStatus(
            available=False,
            version="",
            languages=(),
            problem="Tesseract OCR is not installed: no `tesseract` program was found on PATH. "
            "Install the packages tesseract-ocr and tesseract-ocr-rus (on Debian or Ubuntu: "
            "sudo apt install tesseract-ocr tesseract-ocr-rus tesseract-ocr-ukr), or set "
            f"{ENV_TESSERACT} to the program's path. Everything else works without it.",
            packages=("tesseract-ocr", "tesseract-ocr-rus"),
        )
    return _status_of(*_identity(path), os.environ.get("TESSDATA_PREFIX", ""))


@lru_cache(maxsize=8)
def _status_of(path: str, _mtime: float, _size: int, _tessdata: str) -> TesseractStatus:
    try:
        version_text = _run(path, "--version")
        languages_text = _run(path, "--list-langs")
    except (OSError, subprocess.SubprocessError) as exc:
        return TesseractStatus(
            available=False,
            version="",
            languages=(),
            problem=f"Tesseract at {path} cannot be run ({exc}). Reinstall the package "
            "tesseract-ocr.",
            path=path,
            packages=("tesseract-ocr",),
        )
    match = _VERSION.search(version_text)
    if match is None:
        return TesseractStatus(
            available=False,
            version="",
            languages=(),
            problem=f"{path} did not report a Tesseract version; is it Tesseract? Reinstall "
            "the package tesseract-ocr.",
            path=path,
            packages=("tesseract-ocr",),
        )
    numbers = tuple(int(part) for part in match.groups() if part is not None)
    version = ".".join(str(part) for part in numbers)
    languages = tuple(
        sorted(
            line.strip()
            for line in languages_text.splitlines()[1:]
            if line.strip() and _LANGUAGE.match(line.strip()) and line.strip() != "osd"
        )
    )
    if numbers[:2] < MIN_VERSION:
        return TesseractStatus(
            available=False,
            version=version,
            languages=languages,
            problem=f"Tesseract {version} at {path} is too old: Spravka needs Tesseract "
            f"{MIN_VERSION[0]}.{MIN_VERSION[1]} or newer. Install a newer tesseract-ocr package "
            "(Debian 11, Ubuntu 20.04 and later have one).",
            path=path,
            packages=("tesseract-ocr",),
        )
    return TesseractStatus(
        available=True, version=version, languages=languages, problem="", path=path
    )


def require_tesseract(languages: str = DEFAULT_LANGUAGES) -> TesseractStatus:
    """The status when OCR can run in `languages`; otherwise TesseractUnavailable."""
    codes = split_languages(languages)
    status = tesseract_status()
    if not status.available:
        raise TesseractUnavailable(status.problem, status.packages)
    missing = [code for code in codes if code not in status.languages]
    if missing:
        packages = tuple(language_package(code) for code in missing)
        names = ", ".join(
            f"{code} ({LANGUAGE_NAMES[code]})" if code in LANGUAGE_NAMES else code
            for code in missing
        )
        have = ", ".join(status.languages) or "none"
        raise TesseractUnavailable(
            f"Tesseract at {status.path} has no language data for {names} (it has: {have}). "
            f"Install the package{'s' if len(packages) > 1 else ''} {' '.join(packages)}.",
            packages,
        )
    return status
