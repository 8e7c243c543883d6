"""A flag's reasons as one Tab stop, with the claims they name reachable from the keyboard.

Each reason names the claims it rests on ("claim 4"), shown as links. Were every link a Tab
stop, a flag with eight reasons would cost a dozen presses of Tab to pass (the house rule: one
stop per list or pane). Here the reasons are one stop; inside, ↓ / → and ↑ / ← choose a link
(marked, and read out by a screen reader), Enter or Space follows it, and the context menu
(the Menu key, or a right click) lists them all. The mouse clicks the links as before.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QContextMenuEvent, QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QLabel, QMenu, QVBoxLayout, QWidget

# "claim 12" in English reasons, "утверждение 12" / "твердження 12" (any case) in Russian and
# Ukrainian ones.
CLAIM_REFERENCE = re.compile(
    r"\b(claim|утверждени[еяю]|утверждением|твердженн(?:я|ям|і))\s+(\d+)\b", re.IGNORECASE
)
NEXT_KEYS = (Qt.Key.Key_Down, Qt.Key.Key_Right)
PREVIOUS_KEYS = (Qt.Key.Key_Up, Qt.Key.Key_Left)
FOLLOW_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)


@dataclass(frozen=True)
class ReasonLink:
    reason: int  # which reason (label) it is in
    nth: int  # which link of that reason
    claim_id: int
    text: str  # as the reason writes it: "claim 4", "утверждение 4"


def references(text: str, claim_ids: set[int]) -> list[re.Match[str]]:
    return [m for m in CLAIM_REFERENCE.finditer(text) if int(m.group(2)) in claim_ids]


def linked_reason(
    text: str, claim_ids: set[int], marked: int | None = None, mark_style: str = ""
) -> str:
    """The reason as rich text, its references to this person's claims made into links; the
    `marked`-th link (the one the keyboard has chosen) drawn in `mark_style`."""
    out, position = [], 0
    for nth, match in enumerate(references(text, claim_ids)):
        out.append(html.escape(text[position : match.start()]))
        words = html.escape(match.group(0))
        style = f' style="{mark_style}"' if nth == marked and mark_style else ""
        out.append(f'<a href="claim:{match.group(2)}"{style}>{words}</a>')
        position = match.end()
    out.append(html.escape(text[position:]))
    body = "".join(out)
    return body[:1].upper() + body[1:] if body[:1].islower() else body


class ReasonLinks(QWidget):
    """The reasons, one label each; one Tab stop for all of their links."""

    claim_chosen = Signal(int)

    def __init__(self, reasons: list[str], claim_ids: set[int], parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("flagReasons")
        self.reasons = reasons
        self.claim_ids = claim_ids
        self.current = 0
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        self.labels: list[QLabel] = []
        self.links: list[ReasonLink] = []
        for index, reason in enumerate(reasons):
            label = QLabel(self)
            label.setObjectName("flagReason")
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.RichText)
            # The mouse follows the links; the keyboard does so through this widget.
            label.setTextInteractionFlags(
                Qt.TextInteractionFlag.TextSelectableByMouse
                | Qt.TextInteractionFlag.LinksAccessibleByMouse
            )
            label.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
            label.linkActivated.connect(self._clicked)
            label.setToolTip(self.tr("Click a claim to see it and the page it comes from"))
            column.addWidget(label)
            self.labels.append(label)
            for nth, match in enumerate(references(reason, claim_ids)):
                self.links.append(ReasonLink(index, nth, int(match.group(2)), match.group(0)))
        if self.links:
            self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Reasons"))
        self._render()

    # -- the links the keyboard can reach ---------------------------------------------------

    def shown_links(self) -> list[ReasonLink]:
        return [link for link in self.links if not self.labels[link.reason].isHidden()]

    def current_link(self) -> ReasonLink | None:
        shown = self.shown_links()
        return shown[min(self.current, len(shown) - 1)] if shown else None

    def move(self, step: int) -> None:
        shown = self.shown_links()
        if shown:
            self.current = max(0, min(len(shown) - 1, self.current + step))
            self._render()

    def follow(self, link: ReasonLink | None = None) -> None:
        link = link or self.current_link()
        if link is not None:
            self.claim_chosen.emit(link.claim_id)

    def refresh(self) -> None:
        """After hidden reasons were shown: the same link stays chosen."""
        chosen = self.current_link()
        shown = self.shown_links()
        self.current = shown.index(chosen) if chosen in shown else 0
        self._render()

    # -- events ---------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if not self.links or event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            super().keyPressEvent(event)
        elif key in NEXT_KEYS:
            self.move(1)
        elif key in PREVIOUS_KEYS:
            self.move(-1)
        elif key in FOLLOW_KEYS:
            self.follow()
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self._render()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self._render()

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.links_menu()
        if menu.actions():
            where = event.globalPos()
            if event.reason() == QContextMenuEvent.Reason.Keyboard:
                where = self.mapToGlobal(QPoint(0, 0))
            menu.exec(where)

    def links_menu(self) -> QMenu:
        menu = QMenu(self)
        menu.setObjectName("reasonLinksMenu")
        for link in self.shown_links():
            action = menu.addAction(self.tr("Go to %1").replace("%1", link.text))
            action.triggered.connect(lambda _c=False, chosen=link: self.follow(chosen))
        return menu

    def _clicked(self, href: str) -> None:
        if href.startswith("claim:"):
            self.claim_chosen.emit(int(href.removeprefix("claim:")))

    def _render(self) -> None:
        chosen = self.current_link() if self.hasFocus() else None
        palette = self.palette()
        style = (
            f"background-color: {palette.highlight().color().name()};"
            f" color: {palette.highlightedText().color().name()};"
        )
        for index, (label, reason) in enumerate(zip(self.labels, self.reasons, strict=True)):
            marked = chosen.nth if chosen is not None and chosen.reason == index else None
            label.setText("• " + linked_reason(reason, self.claim_ids, marked, style))
        # What a screen reader says on arriving: the reasons, and the claim chosen.
        description = " ".join(self.reasons)
        if chosen is not None:
            description = (
                self.tr("%1 chosen: Enter opens it, the arrow keys choose another.").replace(
                    "%1", chosen.text
                )
                + " "
                + self.reasons[chosen.reason]
            )
        self.setAccessibleDescription(description)
