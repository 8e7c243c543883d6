"""A flag in the dossier: what the checks (or a person) suspect, why, and the decision on it.

The reasons come from the checks in English, Russian and Ukrainian; they are shown in the
interface language (a flag checked before Ukrainian existed shows its Russian reasons until the
checks run again). A reason names the claims it rests on ("claim 4", "утверждение 4",
"твердження 4"); those words become links that select the claim in the timeline and open the
page it cites (`desktop.views.reason_links`: one Tab stop, the arrow keys and Enter). Long
lists of reasons show the first few, the rest a click away.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from catalog.services.views import FlagView
from desktop import labels, theme
from desktop.views.claim_text import flag_reasons
from desktop.views.reason_links import ReasonLinks

SHOWN_REASONS = 4


class FlagCard(QFrame):
    status_requested = Signal(int, str, str)  # flag id, old status, new status
    claim_clicked = Signal(int)

    def __init__(
        self, flag: FlagView, claim_ids: set[int], read_only: bool, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.flag = flag
        self.setObjectName("flagCard")
        self.setAccessibleName(self.tr("Flag: %1").replace("%1", labels.flag_kind(flag.kind)))
        self.setAccessibleDescription(" ".join(flag_reasons(flag)))
        colours = theme.accents()
        dismissed = flag.status == "dismissed"
        border = colours.muted_text if dismissed else colours.warning
        self.setStyleSheet(
            "QFrame#flagCard {"
            f" border-left: 4px solid {theme.css(border)};"
            f" background: {theme.css(colours.warning_background)};"
            " border-radius: 3px; }"
        )
        box = QVBoxLayout(self)
        box.setContentsMargins(10, 8, 10, 8)
        title = QLabel(labels.flag_kind(flag.kind), self)
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        title.setWordWrap(True)
        box.addWidget(title)
        status = QLabel(
            self.tr("Likelihood %1 % · %2")
            .replace("%1", str(round(flag.score * 100)))
            .replace("%2", labels.flag_status(flag.status)),
            self,
        )
        status.setObjectName("flagStatus")
        status.setWordWrap(True)
        box.addWidget(status)

        # One Tab stop for all the reasons; the arrow keys choose among their links.
        self.reasons = ReasonLinks(flag_reasons(flag), claim_ids, self)
        self.reasons.claim_chosen.connect(self.claim_clicked)
        box.addWidget(self.reasons)
        self.reason_labels = self.reasons.labels
        hidden = self.reason_labels[SHOWN_REASONS:]
        # "N more reasons" on a line of its own: the decisions fit a narrow dossier beside it.
        buttons = QHBoxLayout()
        if hidden:
            for label in hidden:
                label.hide()
            self.more = QPushButton(self.tr("%n more reason(s)…", "", len(hidden)), self)
            self.more.setObjectName("moreReasons")
            self.more.setFlat(True)
            self.more.setCursor(Qt.CursorShape.PointingHandCursor)
            self.more.clicked.connect(self.show_all_reasons)
            more_row = QHBoxLayout()
            more_row.addWidget(self.more)
            more_row.addStretch(1)
            box.addLayout(more_row)
        buttons.addStretch(1)
        if flag.status == "suggested":
            confirm = QPushButton(self.tr("Confirm"), self)
            confirm.setObjectName("confirmFlag")
            confirm.setToolTip(self.tr("You have checked the documents and agree"))
            confirm.clicked.connect(lambda: self._decide("confirmed"))
            dismiss = QPushButton(self.tr("Dismiss"), self)
            dismiss.setObjectName("dismissFlag")
            dismiss.setToolTip(
                self.tr("The suspicion does not hold; it will stay dismissed after re-checks")
            )
            dismiss.clicked.connect(lambda: self._decide("dismissed"))
            decisions = [confirm, dismiss]
        else:
            reopen = QPushButton(self.tr("Review again"), self)
            reopen.setObjectName("reopenFlag")
            reopen.clicked.connect(lambda: self._decide("suggested"))
            decisions = [reopen]
        for button in decisions:
            button.setEnabled(not read_only)
            buttons.addWidget(button)
        box.addLayout(buttons)

    def show_all_reasons(self) -> None:
        for label in self.reason_labels:
            label.show()
        self.more.hide()
        self.reasons.refresh()

    def _decide(self, status: str) -> None:
        self.status_requested.emit(self.flag.id, self.flag.status, status)
