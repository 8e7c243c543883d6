"""The fonts Spravka's PDFs embed, registered with ReportLab once per process.

The fonts ship in `resources/fonts/` (PT Serif and PT Sans for the dossier, DejaVu Sans for the
invisible text layer of searchable PDFs), so a PDF made on one computer shows Cyrillic, Ukrainian
and pre-1918 letters on any other, whatever fonts that one has. ReportLab embeds a subset of each
font that holds only the glyphs used.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

from reportlab import rl_config
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from catalog.errors import SpravkaError
from catalog.resources import resource

ENV_FONTS = "SPRAVKA_FONTS"

SERIF = "SpravkaSerif"
SANS = "SpravkaSans"
TEXT_LAYER = "SpravkaTextLayer"

_FILES = {
    SERIF: "PTSerif-Regular.ttf",
    f"{SERIF}-Italic": "PTSerif-Italic.ttf",
    f"{SERIF}-Bold": "PTSerif-Bold.ttf",
    f"{SERIF}-BoldItalic": "PTSerif-BoldItalic.ttf",
    SANS: "PTSans-Regular.ttf",
    f"{SANS}-Bold": "PTSans-Bold.ttf",
    TEXT_LAYER: "DejaVuSans.ttf",
}

_lock = threading.Lock()
_registered = False


class FontsMissing(SpravkaError):
    def __init__(self, folder: Path, name: str) -> None:
        self.folder = folder
        self.name = name
        super().__init__(
            f"{folder}: the font file {name} is missing; the PDF cannot be made "
            "(reinstall Spravka, or point $SPRAVKA_FONTS at a folder holding it)"
        )


def fonts_folder() -> Path:
    """`$SPRAVKA_FONTS`, else `resources/fonts` beside the `catalog` package."""
    explicit = os.environ.get(ENV_FONTS)
    if explicit:
        return Path(explicit)
    return resource("fonts")


def register_fonts() -> None:
    """Register the fonts with ReportLab (idempotent and thread-safe)."""
    global _registered
    with _lock:
        if _registered:
            return
        # Binary streams: ASCII85 would make every embedded scan a quarter larger for nothing.
        rl_config.useA85 = 0
        folder = fonts_folder()
        for name, file in _FILES.items():
            path = folder / file
            if not path.is_file():
                raise FontsMissing(folder, file)
            pdfmetrics.registerFont(TTFont(name, str(path)))
        # Lets <b> and <i> in paragraphs pick the right face.
        addMapping(SERIF, 0, 0, SERIF)
        addMapping(SERIF, 0, 1, f"{SERIF}-Italic")
        addMapping(SERIF, 1, 0, f"{SERIF}-Bold")
        addMapping(SERIF, 1, 1, f"{SERIF}-BoldItalic")
        addMapping(SANS, 0, 0, SANS)
        addMapping(SANS, 1, 0, f"{SANS}-Bold")
        addMapping(SANS, 0, 1, SANS)
        addMapping(SANS, 1, 1, f"{SANS}-Bold")
        _registered = True
