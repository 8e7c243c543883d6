"""Where catalogues live: the platform's user data folder unless told otherwise."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_path

APP_NAME = "Spravka"
ENV_CATALOG = "SPRAVKA_CATALOG"


def default_catalog_dir() -> Path:
    """`…/Spravka/default` in the user data folder (e.g. ~/.local/share on Linux)."""
    return user_data_path(APP_NAME, appauthor=False) / "default"


def resolve_catalog_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """`--catalog DIR` first, then `$SPRAVKA_CATALOG`, then the default."""
    if explicit:
        return Path(explicit).expanduser()
    from_env = os.environ.get(ENV_CATALOG)
    if from_env:
        return Path(from_env).expanduser()
    return default_catalog_dir()
