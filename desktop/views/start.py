"""What an empty catalogue shows in place of a dossier: how to begin, as buttons.

A new catalogue has no one in its list, so "Choose a person in the list" would point at
nothing. This page names the four ways in (import scans, scan a page, add a person, paste a
record from a memorial database) and each button runs the same action as its menu item.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget


class StartPage(QWidget):
    def __init__(self, actions: list[tuple[QAction, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startPage")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.setSpacing(10)
        title = QLabel(self.tr("This catalogue is empty. How would you like to begin?"), self)
        title.setObjectName("startTitle")
        title.setWordWrap(True)
        font = title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        title.setFont(font)
        layout.addWidget(title)
        self.buttons: list[QPushButton] = []
        for action, explanation in actions:
            button = QPushButton(action.text().replace("…", "").replace("&", "") + "…", self)
            button.setObjectName("start_" + action.objectName())
            button.setEnabled(action.isEnabled())
            button.setToolTip(action.toolTip())
            button.clicked.connect(action.trigger)
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
            note = QLabel(explanation, self)
            note.setWordWrap(True)
            note.setEnabled(False)
            note.setContentsMargins(4, 0, 0, 6)
            layout.addWidget(note)
            self.buttons.append(button)
        layout.addStretch(1)
