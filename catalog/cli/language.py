"""The language the command line speaks: `SPRAVKA_LANG`, else the locale, else English.

The locale is read as GNU gettext reads it: `LC_ALL`, else `LC_MESSAGES`, else `LANG` names the
locale; unless that locale is C/POSIX, `LANGUAGE` (a colon-separated list of preferences) comes
first. Only Russian and Ukrainian are chosen this way; anything else is English, so that with
no language chosen the output stays exactly the English it has always been.

Plain standard library: imported on every run (see `catalog.cli.commands`).
"""

from __future__ import annotations

import os
from collections.abc import Mapping

LANGUAGES = ("en", "ru", "uk")
ENV_LANG = "SPRAVKA_LANG"

# Set by `catalog.cli.main` once the command line is parsed: the command's own `--lang` when it
# has one and it was given, else `from_environment()`.
_current: str | None = None


def _language_of(value: str) -> str | None:
    """ "ru_RU.UTF-8" → "ru"; "uk" → "uk"; "en_GB" → "en"; "C", "POSIX", "de_DE" → None."""
    code = value.strip().split(".")[0].split("@")[0].split("_")[0].split("-")[0].lower()
    return code if code in LANGUAGES else None


def from_environment(environ: Mapping[str, str] | None = None) -> str:
    env = os.environ if environ is None else environ
    chosen = _language_of(env.get(ENV_LANG, ""))
    if chosen:
        return chosen
    locale = ""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        if env.get(name):
            locale = env[name]
            break
    if locale.split(".")[0] not in ("", "C", "POSIX"):
        for entry in env.get("LANGUAGE", "").split(":"):
            chosen = _language_of(entry)
            if chosen:
                return chosen
    return _language_of(locale) or "en"


def set_current(language: str | None) -> None:
    global _current
    _current = language if language in LANGUAGES else None


def current() -> str:
    """The language of this run's messages (the environment's when `main` did not set one)."""
    return _current or from_environment()
