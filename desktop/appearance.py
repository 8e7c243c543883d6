"""Text size and high contrast, for older eyes: chosen in View, kept between sessions.

The text size scales the application's font (every widget derives its own sizes from it, so
the name in the dossier stays larger than the details); steps of 10 %, from 80 % to 200 %.
High contrast replaces the palette with white on black, yellow selection and cyan links (the
flag and conflict colours follow, `desktop.theme` derives them from the palette). Both are applied
to the application and the window is rebuilt, as for a change of language.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from desktop.settings import Settings

STEP, SMALLEST, LARGEST = 10, 80, 200
_BASE_FONT = "spravka_base_font"
_BASE_PALETTE = "spravka_base_palette"
_CONTRAST = "spravka_high_contrast"


def high_contrast_palette() -> QPalette:
    palette = QPalette()
    black, white = QColor(0, 0, 0), QColor(255, 255, 255)
    for role, colour in (
        (QPalette.ColorRole.Window, black),
        (QPalette.ColorRole.WindowText, white),
        (QPalette.ColorRole.Base, black),
        (QPalette.ColorRole.AlternateBase, QColor(28, 28, 28)),
        (QPalette.ColorRole.Text, white),
        (QPalette.ColorRole.Button, black),
        (QPalette.ColorRole.ButtonText, white),
        (QPalette.ColorRole.BrightText, QColor(255, 255, 0)),
        (QPalette.ColorRole.Highlight, QColor(255, 221, 0)),
        (QPalette.ColorRole.HighlightedText, black),
        (QPalette.ColorRole.ToolTipBase, black),
        (QPalette.ColorRole.ToolTipText, white),
        (QPalette.ColorRole.PlaceholderText, QColor(200, 200, 200)),
        (QPalette.ColorRole.Link, QColor(0, 230, 255)),
        (QPalette.ColorRole.LinkVisited, QColor(230, 160, 255)),
        (QPalette.ColorRole.Light, white),
        (QPalette.ColorRole.Mid, QColor(200, 200, 200)),
        (QPalette.ColorRole.Dark, white),
    ):
        palette.setColor(role, colour)
    # Disabled text is still clearly readable (a light grey, not a dim one).
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(190, 190, 190))
    return palette


def clamp(scale: int) -> int:
    return max(SMALLEST, min(LARGEST, scale))


def apply(app: QApplication, settings: Settings) -> None:
    """Set the application's font and palette from the settings."""
    base = app.property(_BASE_FONT)
    if not isinstance(base, QFont):
        base = QFont(app.font())
        app.setProperty(_BASE_FONT, base)
    font = QFont(base)
    size = base.pointSizeF() if base.pointSizeF() > 0 else 10.0
    font.setPointSizeF(size * clamp(settings.text_scale) / 100)
    app.setFont(font)
    # The palette is only touched to turn high contrast on or off: a palette of the
    # system's (or a dark one set by someone else) is left as it is.
    contrasted = bool(app.property(_CONTRAST))
    if settings.high_contrast and not contrasted:
        app.setProperty(_BASE_PALETTE, QPalette(app.palette()))
        app.setPalette(high_contrast_palette())
        app.setProperty(_CONTRAST, True)
    elif not settings.high_contrast and contrasted:
        app.setPalette(app.property(_BASE_PALETTE))
        app.setProperty(_CONTRAST, False)
