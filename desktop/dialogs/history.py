"""The versions of a page's text: who made each, when, and what it said."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from catalog.services.views import TranscriptionView
from desktop import labels


class HistoryDialog(QDialog):
    def __init__(self, parent: QWidget | None, versions: list[TranscriptionView]) -> None:
        super().__init__(parent)
        self.setObjectName("historyDialog")
        self.setWindowTitle(self.tr("Versions of the text"))
        self.resize(760, 480)
        self.chosen_text: str | None = None
        self.versions = versions
        self.list = QListWidget(self)
        self.list.setObjectName("versions")
        self.list.setAccessibleName(self.tr("Versions"))
        for version in reversed(versions):
            parts = [
                self.tr("Version %1").replace("%1", str(version.version)),
                labels.transcription_origin(version.origin),
                version.created_at.strftime("%Y-%m-%d %H:%M"),
            ]
            if version.author:
                parts.append(version.author)
            if version.engine:
                parts.append(version.engine)
            item = QListWidgetItem("\n".join([parts[0], " · ".join(parts[1:])]), self.list)
            item.setData(Qt.ItemDataRole.UserRole, version.version)
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("versionText")
        self.text.setAccessibleName(self.tr("Text of the chosen version"))
        self.text.setReadOnly(True)
        splitter = QSplitter(self)
        splitter.addWidget(self.list)
        splitter.addWidget(self.text)
        splitter.setSizes([240, 520])
        self.list.currentItemChanged.connect(self._show)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.use = QPushButton(self.tr("Use this text"), self)
        self.use.setObjectName("useVersion")
        self.use.setToolTip(
            self.tr("Put this version's text in the editor; saving makes it the newest version")
        )
        buttons.addButton(self.use, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.rejected.connect(self.reject)
        self.use.clicked.connect(self._use)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        if versions:
            self.list.setCurrentRow(0)

    def _show(self, item: QListWidgetItem | None, _previous: object) -> None:
        if item is None:
            return
        number = item.data(Qt.ItemDataRole.UserRole)
        version = next(v for v in self.versions if v.version == number)
        self.text.setPlainText(version.text)

    def _use(self) -> None:
        self.chosen_text = self.text.toPlainText()
        self.accept()
