"""Finding what a person cannot read or reach: clipped text, widgets outside their window.

`misfits(root)` walks every visible widget under `root` (so views and dialogs added later are
covered without naming them) and describes each problem:

- a label that does not wrap and whose text is wider than the label;
- a label that wraps but is given less height than its text needs;
- a button narrower than its own size hint (its text is cut), a combo box whose current text is
  wider than its edit field, an empty line edit whose placeholder is wider than the edit;
- a widget lying outside its window (widgets inside a scroll area's viewport are exempt: the
  area scrolls to them).
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QFontMetrics, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QStyle,
    QStyleOptionComboBox,
    QStyleOptionFrame,
    QWidget,
)

SLACK = 2  # pixels of rounding


def looks_rich(text: str) -> bool:
    return "<" in text and ">" in text


def shown_text(label: QLabel) -> str:
    text = label.text()
    if label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and looks_rich(text)
    ):
        document = QTextDocument()
        document.setHtml(text)
        text = document.toPlainText()
    if label.buddy() is not None or "&" in text:
        text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    return text


def name(widget: QWidget) -> str:
    text = ""
    if isinstance(widget, (QLabel, QAbstractButton)):
        text = widget.text()
    elif isinstance(widget, QComboBox):
        text = widget.currentText()
    return f"{type(widget).__name__}#{widget.objectName()} {text[:60]!r}"


def in_scroll_area(widget: QWidget, top: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        grand = parent.parentWidget()
        if isinstance(grand, QAbstractScrollArea) and parent is grand.viewport():
            return True
        parent = grand
    return False


def showing(widget: QWidget) -> bool:
    return widget.isVisible() and not widget.visibleRegion().isEmpty()


TITLE_ROOM = 120  # the window manager's icon and buttons beside a dialog's title


def misfits(root: QWidget) -> list[str]:
    problems: list[str] = []
    top = root.window()
    if root.isWindow() and root.windowType() == Qt.WindowType.Dialog and root.windowTitle():
        needed = QFontMetrics(QApplication.font("QMdiSubWindowTitleBar")).horizontalAdvance(
            root.windowTitle()
        )
        if needed + TITLE_ROOM > root.width() + SLACK:
            problems.append(
                f"title {root.windowTitle()!r} needs {needed + TITLE_ROOM} px, has {root.width()}"
            )
    for widget in [root, *root.findChildren(QWidget)]:
        if not showing(widget) or widget.objectName() == "focusRing":
            continue
        if isinstance(widget, QLabel):
            problems += _label(widget)
        elif isinstance(widget, QAbstractButton) and widget.text():
            if widget.sizeHint().width() > widget.width() + SLACK:
                problems.append(
                    f"{name(widget)}: text needs {widget.sizeHint().width()} px, "
                    f"has {widget.width()}"
                )
        elif isinstance(widget, QComboBox) and widget.currentText():
            problems += _combo(widget)
        elif isinstance(widget, QLineEdit) and not widget.text() and widget.placeholderText():
            problems += _placeholder(widget)
        if widget.isWindow() or in_scroll_area(widget, top):
            continue
        where = QRect(widget.mapTo(top, QPoint(0, 0)), widget.size())
        if not top.rect().adjusted(-SLACK, -SLACK, SLACK, SLACK).contains(where):
            problems.append(f"{name(widget)}: at {where.getRect()}, outside the window")
    return problems


def _label(label: QLabel) -> list[str]:
    text = shown_text(label)
    if not text.strip() or (label.pixmap() is not None and not label.pixmap().isNull()):
        return []
    room = label.contentsRect().width() - 2 * label.margin() - max(label.indent(), 0)
    metrics = label.fontMetrics()
    if label.wordWrap():
        # A word longer than the line (a path, a long Russian word) is cut, not wrapped.
        longest = max((metrics.horizontalAdvance(w) for w in text.split()), default=0)
        if longest > room + SLACK:
            return [f"{name(label)}: a word needs {longest} px, the line has {room}"]
        needed = label.heightForWidth(label.width())
        if needed > label.height() + SLACK:
            return [f"{name(label)}: wrapped text needs {needed} px high, has {label.height()}"]
        return []
    wide = max(metrics.horizontalAdvance(line) for line in text.splitlines() or [""])
    if wide > room + SLACK:
        return [f"{name(label)}: text needs {wide} px, has {room}"]
    return []


def _combo(combo: QComboBox) -> list[str]:
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox,
        option,
        QStyle.SubControl.SC_ComboBoxEditField,
        combo,
    )
    needed = combo.fontMetrics().horizontalAdvance(combo.currentText())
    if not combo.itemIcon(combo.currentIndex()).isNull():
        needed += combo.iconSize().width() + 4
    if needed > field.width() + SLACK:
        return [f"{name(combo)}: text needs {needed} px, has {field.width()}"]
    return []


def _placeholder(edit: QLineEdit) -> list[str]:
    """The placeholder against the room QLineEdit gives text: its contents rectangle less the
    text margins and its own 2 px on each side (Qt elides a placeholder that is wider)."""
    option = QStyleOptionFrame()
    edit.initStyleOption(option)
    contents = edit.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, edit)
    margins = edit.textMargins()
    room = contents.width() - margins.left() - margins.right() - 4
    needed = edit.fontMetrics().horizontalAdvance(edit.placeholderText())
    if needed > room:
        return [
            f"QLineEdit#{edit.objectName()} placeholder {edit.placeholderText()[:60]!r}: "
            f"needs {needed} px, has {room}"
        ]
    return []
