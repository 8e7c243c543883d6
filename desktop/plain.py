"""Data is never markup: what the catalogue holds is shown as the characters it is.

A name, a note or a document title may come from a package or a pasted record, and may contain
`<b>`, `<a href=…>` or `<img src=file://…>`. Qt would draw such text as rich text wherever a
widget guesses the format (QLabel's `AutoText`, tooltips). So:

- `PlainTextPolicy`, installed on the application, makes every QLabel that did not choose a
  format plain text before it is first shown. A label that means markup says so with
  `setTextFormat(Qt.RichText)` and escapes the data it puts in (`link`, `escaped`). This
  covers every label of every view and dialog, also those added later.
- `tooltip(text)` is a tooltip that shows data literally (tooltips guess the format too).
- `plain_labels(root)` does the same as the policy at once, for a widget tree built after the
  policy saw its labels.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget


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


class PlainTextPolicy(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Polish and isinstance(watched, QLabel):
            make_plain(watched)
        return False


def install(app: QApplication) -> PlainTextPolicy:
    policy = app.findChild(PlainTextPolicy)
    if policy is None:
        policy = PlainTextPolicy(app)
        app.installEventFilter(policy)
    return policy
