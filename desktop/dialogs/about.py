"""Help ▸ About: what this program is, its version, and what it runs on.

The versions of Qt and PySide6 are known at once; Tesseract's version and language data are
asked of the program itself in a worker (it starts a process), and shown when they arrive.
"""

from __future__ import annotations

import html
import platform
from dataclasses import dataclass

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from catalog import __version__
from desktop import messages
from desktop.workers import Jobs

WANTED_LANGUAGES = ("rus", "ukr", "eng")


@dataclass(frozen=True)
class EngineInfo:
    version: str
    path: str
    languages: tuple[str, ...]
    problem: str
    packages: tuple[str, ...]


def engine_info() -> EngineInfo:
    """In a worker: Tesseract's version and language data, or why it cannot run."""
    from catalog.ocr.tesseract import language_package, tesseract_status

    status = tesseract_status()
    packages = status.packages
    if status.available:
        packages = tuple(
            language_package(code) for code in WANTED_LANGUAGES if code not in status.languages
        )
    return EngineInfo(status.version, status.path, status.languages, status.problem, packages)


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None, jobs: Jobs) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About Spravka"))
        self.setMinimumWidth(520)
        self.info: EngineInfo | None = None
        title = QLabel(f"<h2>Spravka {html.escape(__version__)}</h2>", self)
        title.setTextFormat(Qt.TextFormat.RichText)
        title.setObjectName("aboutTitle")
        text = QLabel(
            self.tr(
                "A catalogue of archival certificates on victims of Soviet political "
                "repression: every document, its text and what it claims, and where "
                "the documents contradict each other."
            )
            + "\n\n"
            + self.tr("It works offline: nothing leaves this computer."),
            self,
        )
        text.setObjectName("aboutText")
        text.setWordWrap(True)
        self.versions = QLabel(self)
        self.versions.setObjectName("aboutVersions")
        self.versions.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.versions.setText(
            "\n".join(
                [
                    self.tr("Qt %1, PySide6 %2")
                    .replace("%1", qVersion())
                    .replace("%2", PySide6.__version__),
                    self.tr("Python %1 on %2")
                    .replace("%1", platform.python_version())
                    .replace("%2", platform.system()),
                ]
            )
        )
        self.engine = QLabel(self.tr("Text recognition: looking for Tesseract…"), self)
        self.engine.setObjectName("aboutEngine")
        self.engine.setWordWrap(True)
        self.engine.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(text)
        layout.addWidget(self.versions)
        layout.addWidget(self.engine)
        layout.addWidget(buttons)
        job = jobs.read(engine_info)
        job.on_success(self, self.show_engine)

    def show_engine(self, info: EngineInfo) -> None:
        self.info = info
        if info.problem and not info.version:
            self.engine.setText(messages.tesseract_problem(info.problem, info.packages))
            return
        lines = [
            self.tr("Text recognition: Tesseract %1 (%2)")
            .replace("%1", info.version)
            .replace("%2", info.path)
        ]
        names = {
            "rus": self.tr("Russian"),
            "ukr": self.tr("Ukrainian"),
            "eng": self.tr("English"),
        }
        for code in WANTED_LANGUAGES:
            state = self.tr("present") if code in info.languages else self.tr("missing")
            lines.append(f"    {names[code]} ({code}): {state}")
        if info.problem:
            lines.append(messages.tesseract_problem(info.problem, info.packages))
        elif info.packages:
            lines.append(
                self.tr("To read those languages, install %1.").replace(
                    "%1", " ".join(info.packages)
                )
            )
        self.engine.setText("\n".join(lines))
        self.adjustSize()
