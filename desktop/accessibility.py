"""Names and descriptions for screen readers (Orca, NVDA) on every widget a person works with.

Qt gives buttons and labelled fields a name from their text or their label; other widgets (the
page image, the text, the lists, the dossier) would be announced as nothing. Views name their
own widgets with `name()`; `give_name`, applied by `desktop.policies` to every widget as it is
shown, gives every interactive widget still without a name one from its placeholder, tooltip or
status tip, so that widgets added later are not silent either.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QLineEdit,
    QToolButton,
    QWidget,
)


def looks_rich(text: str) -> bool:
    return "<" in text and ">" in text


def name(widget: QWidget, text: str, description: str = "") -> None:
    """Set what a screen reader says for the widget (and a scroll area's viewport)."""
    widget.setAccessibleName(text)
    if description:
        widget.setAccessibleDescription(description)
    if isinstance(widget, QAbstractScrollArea):
        widget.viewport().setAccessibleName(text)


def _plain(text: str) -> str:
    if looks_rich(text):
        document = QTextDocument()
        document.setHtml(text)
        return document.toPlainText()
    return text


def fallback_name(widget: QWidget) -> str:
    """A name from what the widget shows a sighted person: placeholder, tooltip, status tip."""
    if isinstance(widget, QLineEdit) and widget.placeholderText():
        return widget.placeholderText()
    if isinstance(widget, QToolButton) and isinstance(widget.parentWidget(), QLineEdit):
        # The clear button a search box shows while it holds text.
        return QCoreApplication.translate("Accessibility", "Clear the text")
    for text in (widget.toolTip(), widget.statusTip(), widget.whatsThis()):
        if text:
            return " ".join(_plain(text).split())
    parent = widget.parentWidget()
    if isinstance(parent, QAbstractScrollArea) and widget is parent.viewport():
        return parent.accessibleName() or fallback_name(parent)
    return ""


def give_name(widget: QWidget) -> None:
    """An interactive widget still without a name gets one (see `fallback_name`)."""
    if (
        widget.focusPolicy() != Qt.FocusPolicy.NoFocus or isinstance(widget, QAbstractButton)
    ) and not widget.accessibleName():
        text = fallback_name(widget)
        if text:
            widget.setAccessibleName(text)
