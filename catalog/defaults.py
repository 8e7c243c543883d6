"""Default values that command-line options show in `--help`, kept in a module that imports
nothing.

`spravka --help` and every command's argument parser are built without loading the imaging,
OCR or database code (see `catalog.cli.commands`); the values an option needs before its command
runs live here, and the modules that use them import them from here.
"""

from __future__ import annotations

# Resolution PDF pages are rendered at on import (catalog.imaging.prepare).
DEFAULT_PDF_DPI = 300

# The inbox watcher (catalog.importing.inbox): how long a file must stay unchanged before it is
# imported (a scanner may still be writing it), and the pause between looks at the folder.
DEFAULT_SETTLE_SECONDS = 2.0
DEFAULT_INTERVAL_SECONDS = 3.0

# Hue ranges in degrees (0 = red, 120 = green, 240 = blue) of the inks the colour filter can
# drop (catalog.imaging.tonal).
HUES: dict[str, tuple[tuple[float, float], ...]] = {
    "red": ((0.0, 25.0), (335.0, 360.0)),
    "green": ((70.0, 170.0),),
    "blue": ((180.0, 255.0),),
    "violet": ((255.0, 335.0),),
    "any": ((0.0, 360.0),),
}
