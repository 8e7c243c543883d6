"""Data is never markup: what the catalogue holds is shown as the characters it is.

A name, a note or a document title may come from a package or a pasted record, and may contain
`<b>`, `<a href=…>` or `<img src=file://…>`. Qt would draw such text as rich text wherever a
widget guesses the format (QLabel's `AutoText`, tooltips). So:

- `make_plain`, applied by `desktop.policies` to every label before it is first shown, makes
  a label that did not choose a format plain text. A label that means markup says so with
  `setTextFormat(Qt.RichText)` and escapes the data it puts in (`link`, `escaped`). This
  covers every label of every view and dialog, also those added later.
- `tooltip(text)` is a tooltip that shows data literally (tooltips guess the format too).
- `plain_labels(root)` does the same as the policy at once, for a widget tree built after the
  policy saw its labels.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget


def escaped(text: str) -> str:
    """Text for a rich-text label: its characters, never its markup."""
    return html.escape(text, quote=True)


def link(text: str, href: str) -> str:
    """A link whose visible words are `text` exactly."""
    return f'<a href="{escaped(href)}">{escaped(text)}</a>'


def tooltip(text: str) -> str:
    """A tooltip showing `text` literally, its line breaks kept."""
    if not text:
        return ""
    body = escaped(text).replace("\n", "<br/>")
    return f"<p style='white-space:pre-wrap'>{body}</p>"


def make_plain(label: QLabel) -> None:
    if label.textFormat() == Qt.TextFormat.AutoText:
        label.setTextFormat(Qt.TextFormat.PlainText)


def plain_labels(root: QWidget) -> None:
    """Every label under `root` that did not choose a format shows plain text."""
    if isinstance(root, QLabel):
        make_plain(root)
    for label in root.findChildren(QLabel):
        make_plain(label)
