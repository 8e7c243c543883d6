"""The first screen when there is no catalogue yet: create one, open one, or try the sample."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QCommandLinkButton,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from desktop import choosers, labels
from desktop.i18n import LANGUAGES


class WelcomeWindow(QWidget):
    create_requested = Signal(object)  # Path
    open_requested = Signal(object)  # Path
    sample_requested = Signal()
    language_requested = Signal(str)

    def __init__(self, default_dir: Path, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcome")
        self.setWindowTitle(self.tr("Spravka — welcome"))
        self.default_dir = default_dir

        self.language = QComboBox(self)
        self.language.setObjectName("welcomeLanguage")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(self.language.findData(language))
        self.language.activated.connect(
            lambda index: self.language_requested.emit(self.language.itemData(index))
        )
        top = QHBoxLayout()
        top.addStretch(1)
        top.addWidget(QLabel(self.tr("Language:"), self))
        top.addWidget(self.language)

        icon = QLabel(self)
        icon.setPixmap(QApplication.windowIcon().pixmap(64, 64))
        title = QLabel(self.tr("Welcome to Spravka"), self)
        title.setObjectName("welcomeTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 2.0)
        font.setBold(True)
        title.setFont(font)
        intro = QLabel(
            self.tr(
                "Spravka keeps your family's archival certificates together: the scans, their "
                "text, and what each document says about each person — so you can see where "
                "the official record contradicts itself. Everything stays on this computer."
            ),
            self,
        )
        intro.setWordWrap(True)

        self.create_button = QCommandLinkButton(
            self.tr("Create a new catalogue"),
            self.tr("In the usual place for your documents: %1").replace(
                "%1", labels.folder(default_dir)
            ),
            self,
        )
        self.create_button.setObjectName("createDefault")
        self.create_button.clicked.connect(lambda: self.create_requested.emit(self.default_dir))
        self.create_elsewhere = QCommandLinkButton(
            self.tr("Create a catalogue in another folder…"),
            self.tr("For example on an external disk; choose an empty folder."),
            self,
        )
        self.create_elsewhere.setObjectName("createElsewhere")
        self.create_elsewhere.clicked.connect(self._choose_new)
        self.open_button = QCommandLinkButton(
            self.tr("Open an existing catalogue…"),
            self.tr("A folder made by Spravka before, here or on another computer."),
            self,
        )
        self.open_button.setObjectName("openExisting")
        self.open_button.clicked.connect(self._choose_existing)
        self.sample_button = QCommandLinkButton(
            self.tr("Try the sample catalogue"),
            self.tr(
                "Four fictional people with their certificates, one of them with a death date "
                "invented under KGB instruction 108ss. Kept apart from your own catalogue."
            ),
            self,
        )
        self.sample_button.setObjectName("openSample")
        self.sample_button.clicked.connect(self.sample_requested)

        self.progress = QProgressBar(self)
        self.progress.setObjectName("welcomeProgress")
        self.progress.setRange(0, 0)
        self.progress.hide()

        column = QVBoxLayout()
        column.setSpacing(10)
        column.addLayout(top)
        column.addStretch(1)
        heading = QHBoxLayout()
        heading.setSpacing(14)
        if not QApplication.windowIcon().isNull():
            heading.addWidget(icon)
        heading.addWidget(title, 1)
        column.addLayout(heading)
        column.addWidget(intro)
        column.addSpacing(12)
        for button in (
            self.create_button,
            self.create_elsewhere,
            self.open_button,
            self.sample_button,
        ):
            column.addWidget(button)
        column.addWidget(self.progress)
        column.addStretch(2)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(column, 4)
        outer.addStretch(1)
        self.resize(860, 640)

    def set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        for button in (
            self.create_button,
            self.create_elsewhere,
            self.open_button,
            self.sample_button,
        ):
            button.setEnabled(not busy)
        self.setCursor(Qt.CursorShape.BusyCursor if busy else Qt.CursorShape.ArrowCursor)

    def _choose_new(self) -> None:
        folder = choosers.new_folder(
            self,
            choosers.CATALOG,
            self.tr("Name a new folder for the catalogue (or choose an empty one)"),
            self.tr("Spravka catalogue"),
        )
        if folder:
            self.create_requested.emit(Path(folder))

    def _choose_existing(self) -> None:
        folder = choosers.folder(self, choosers.CATALOG, self.tr("Choose a catalogue folder"))
        if folder:
            self.open_requested.emit(Path(folder))
