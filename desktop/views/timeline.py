"""The timeline of a person's claims: one readable row per claim, its source a link.

Rows are widgets rather than table cells so that long details (a sentencing body, a cause of
death, the quoted words) wrap instead of being cut off in a narrow dossier. A row is selected by
clicking it or with the arrow keys; double-click or Enter edits it; the source link opens the page
with the cited words marked.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QMouseEvent, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from catalog.services.views import ClaimView
from desktop import labels, plain, theme
from desktop.views.claim_text import claim_details, source_text


class ClaimRow(QFrame):
    clicked = Signal(int)
    activated = Signal(int)
    source_clicked = Signal(int)

    def __init__(self, claim: ClaimView, marked: bool, parent: QWidget) -> None:
        super().__init__(parent)
        self.claim = claim
        self.setObjectName("claimRow")
        spoken = [labels.date(claim.date), labels.claim_kind(claim.kind), source_text(claim)]
        self.setAccessibleName(", ".join(p for p in spoken if p))
        self.setAccessibleDescription(claim_details(claim, with_quote=True))
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.setAutoFillBackground(True)
        grid = QGridLayout(self)
        grid.setContentsMargins(6, 5, 6, 5)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(1)

        bold = QFont(self.font())
        bold.setBold(True)
        if marked:
            icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
            size = self.fontMetrics().height()
            marker = QLabel(self)
            marker.setPixmap(icon.pixmap(size, size))
            marker.setToolTip(self.tr("This claim is part of a flag or a disagreement"))
            grid.addWidget(marker, 0, 0, Qt.AlignmentFlag.AlignVCenter)
        date = QLabel(labels.date(claim.date) or "—", self)
        date.setObjectName("claimDate")
        date.setFont(bold)
        grid.addWidget(date, 0, 1)
        event = QLabel(labels.claim_kind(claim.kind), self)
        event.setFont(bold)
        event.setWordWrap(True)  # a narrow dossier wraps rather than clips
        grid.addWidget(event, 0, 2)

        source = QLabel(self)
        source.setObjectName("claimSource")
        source.setWordWrap(True)
        source.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if claim.document_id is not None:
            source.setTextFormat(Qt.TextFormat.RichText)
            source.setText(plain.link(source_text(claim), "source"))
            source.setToolTip(self.tr("Open the page with the cited words marked"))
            source.linkActivated.connect(lambda _link: self.source_clicked.emit(claim.id))
        else:
            source.setText(source_text(claim))
            source.setEnabled(False)
        grid.addWidget(source, 0, 3)

        row = 1
        details = claim_details(claim)
        if details:
            text = QLabel(details, self)
            text.setWordWrap(True)
            grid.addWidget(text, row, 1, 1, 3)
            row += 1
        if claim.quote:
            quote = QLabel(f"«{claim.quote}»", self)
            quote.setWordWrap(True)
            quote.setEnabled(False)
            italic = QFont(self.font())
            italic.setItalic(True)
            quote.setFont(italic)
            grid.addWidget(quote, row, 1, 1, 3)
        grid.setColumnStretch(3, 1)
        if claim.status == "suggested":
            self.setToolTip(self.tr("Suggested by the program; not yet accepted"))
        self.set_selected(False)

    def set_selected(self, selected: bool) -> None:
        palette = self.palette()
        role = QPalette.ColorRole.Highlight if selected else QPalette.ColorRole.Base
        palette.setColor(QPalette.ColorRole.Window, self.palette().color(role))
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        palette.setColor(QPalette.ColorRole.WindowText, self.palette().color(text_role))
        self.setPalette(palette)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.clicked.emit(self.claim.id)
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self.activated.emit(self.claim.id)


class Timeline(QFrame):
    open_source = Signal(int)
    edit = Signal(int)
    current_changed = Signal(object)  # claim id or None

    def __init__(self, claims: tuple[ClaimView, ...], marked: set[int], parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("timeline")
        self.setAccessibleName(self.tr("What the documents say"))
        self.setAccessibleDescription(self.tr("Up and Down choose a claim, Enter edits it"))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(1, 1, 1, 1)
        layout.setSpacing(0)
        self.rows: list[ClaimRow] = []
        self.current: int | None = None
        muted = theme.accents().muted_text
        for index, claim in enumerate(claims):
            if index:
                line = QFrame(self)
                line.setFrameShape(QFrame.Shape.HLine)
                line.setStyleSheet(f"color: {theme.css(muted)};")
                line.setFixedHeight(1)
                layout.addWidget(line)
            row = ClaimRow(claim, claim.id in marked, self)
            row.clicked.connect(self.select)
            row.activated.connect(self.edit)
            row.source_clicked.connect(self.open_source)
            layout.addWidget(row)
            self.rows.append(row)

    def select(self, claim_id: int | None) -> None:
        self.current = claim_id
        for row in self.rows:
            row.set_selected(row.claim.id == claim_id)
            if row.claim.id == claim_id:
                # A screen reader announces the chosen claim with the timeline.
                self.setAccessibleDescription(row.accessibleName())
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        self.current_changed.emit(claim_id)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        ids = [row.claim.id for row in self.rows]
        if not ids:
            super().keyPressEvent(event)
            return
        position = ids.index(self.current) if self.current in ids else -1
        if event.key() == Qt.Key.Key_Down:
            self.select(ids[min(position + 1, len(ids) - 1)])
        elif event.key() == Qt.Key.Key_Up:
            self.select(ids[max(position - 1, 0)])
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.current is not None:
            self.edit.emit(self.current)
        else:
            super().keyPressEvent(event)
