"""Where the application's resources (fonts, translations, icons, the sample) are found.

One place decides, so the source tree, an editable install and a PyInstaller bundle all work:
`$SPRAVKA_RESOURCES` if set, else `resources/` inside a frozen bundle, else the repository's
`resources/` folder beside the packages.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def resources_dir() -> Path:
    override = os.environ.get("SPRAVKA_RESOURCES")
    if override:
        return Path(override)
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
