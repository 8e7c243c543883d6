"""Colours that work on light and dark palettes, derived from the application palette.

Widgets take their colours from here rather than hard-coding them, so a dark system theme gets
readable badges, overlays and cards.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication


def is_dark(palette: QPalette | None = None) -> bool:
    palette = palette or QApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


@dataclass(frozen=True)
class Accents:
    warning: QColor  # flags, conflicts
    warning_background: QColor
    info_background: QColor
    word_box: QColor
    low_confidence: QColor
    highlight: QColor  # the word under the cursor
    region: QColor  # a cited region
    muted_text: QColor


def accents(palette: QPalette | None = None) -> Accents:
    palette = palette or QApplication.palette()
    if is_dark(palette):
        return Accents(
            warning=QColor("#ef6c5a"),
            warning_background=QColor("#3a2624"),
            info_background=QColor("#2a2f36"),
            word_box=QColor(100, 170, 255, 150),
            low_confidence=QColor(255, 140, 60, 230),
            highlight=QColor(255, 214, 0, 110),
            region=QColor(80, 220, 120, 90),
            muted_text=palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText),
        )
    return Accents(
        warning=QColor("#b3261e"),
        warning_background=QColor("#fdecea"),
        info_background=QColor("#eef2f7"),
        word_box=QColor(30, 100, 220, 120),
        low_confidence=QColor(230, 90, 0, 230),
        highlight=QColor(255, 200, 0, 110),
        region=QColor(20, 160, 70, 80),
        muted_text=palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText),
    )


def css(color: QColor) -> str:
    return f"rgba({color.red()}, {color.green()}, {color.blue()}, {color.alpha()})"
