"""A small window that follows one piece of long work: progress, Cancel, and what came of it.

Used for exports, backups, the checks and package imports. It does not block the main window:
the work runs in a worker (`Jobs.long`), and the person may go on working or close this window
(the work goes on; the status bar's indicator shows it is still busy).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from catalog.progress import Progress
from desktop import messages, opening
from desktop.fitting import grow_to_fit
from desktop.workers import Job


class TaskDialog(QDialog):
    finished_with = Signal(object)  # the result, once the work succeeded

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        job: Job,
        describe: Callable[[Any], str],
        *,
        details: Callable[[Any], list[str]] | None = None,
        output: Callable[[Any], Path | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("taskDialog")
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self.job = job
        self.describe = describe
        self.details = details
        self.output = output  # what the task wrote, offered to open when it is done
        self.written: Path | None = None
        self.result: Any = None
        self.error: BaseException | None = None

        self.message = QLabel(self.tr("Starting…"), self)
        self.message.setObjectName("taskMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("taskProgress")
        self.progress.setRange(0, 0)
        self.list = QPlainTextEdit(self)
        self.list.setObjectName("taskDetails")
        self.list.setReadOnly(True)
        self.list.hide()
        self.buttons = QDialogButtonBox(self)
        self.cancel = QPushButton(self.tr("Cancel"), self)
        self.cancel.setObjectName("taskCancel")
        self.cancel.clicked.connect(self._cancel)
        self.buttons.addButton(self.cancel, QDialogButtonBox.ButtonRole.RejectRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.clicked.connect(self.accept)
        self.close_button.hide()
        self.open_button = self.buttons.addButton(
            self.tr("&Open"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.open_button.setObjectName("taskOpen")
        self.open_button.setToolTip(self.tr("Open what was written in its program"))
        self.open_button.clicked.connect(lambda: self.written and opening.open_path(self.written))
        self.folder_button = self.buttons.addButton(
            self.tr("Show in &folder"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.folder_button.setObjectName("taskShowFolder")
        self.folder_button.setToolTip(self.tr("Open the folder that holds it"))
        self.folder_button.clicked.connect(
            lambda: self.written and opening.show_in_folder(self.written)
        )
        for button in (self.open_button, self.folder_button):
            button.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.progress)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.buttons)

        job.progressed.connect(self._progressed)
        job.succeeded.connect(self._succeeded)
        job.failed.connect(self._failed)
        job.cancelled.connect(self._cancelled)

    def _say(self, text: str) -> None:
        """Show a message; the dialog grows to show all of it (a summary, a long path)."""
        self.message.setText(text)
        grow_to_fit(self)

    @property
    def running(self) -> bool:
        return not self.job.done

    def _progressed(self, progress: Progress) -> None:
        if progress.total:
            self.progress.setRange(0, progress.total)
            self.progress.setValue(progress.done)
            self._say(
                self.tr("%1 of %2 done")
                .replace("%1", str(progress.done))
                .replace("%2", str(progress.total))
            )
        elif progress.done:
            self._say(self.tr("%1 done").replace("%1", str(progress.done)))
        if progress.item_error:
            self._add_detail(progress.item_error)

    def _add_detail(self, text: str) -> None:
        self.list.show()
        self.list.appendPlainText(text)

    def _done(self) -> None:
        self.cancel.hide()
        self.close_button.show()
        self.close_button.setDefault(True)
        self.close_button.setFocus()
        if self.progress.maximum() == 0:
            self.progress.setRange(0, 1)
            self.progress.setValue(1)

    def _succeeded(self, result: Any) -> None:
        self.result = result
        self._done()
        written = self.output(result) if self.output is not None else None
        if written is not None and Path(written).exists():
            self.written = Path(written)
            self.open_button.show()
            self.folder_button.show()
        self._say(self.describe(result))
        if self.details is not None:
            lines = self.details(result)
            if lines:
                self.list.clear()
                for line in lines:
                    self._add_detail(line)
        self.finished_with.emit(result)

    def _failed(self, exc: BaseException) -> None:
        self.error = exc
        self._done()
        self.progress.setValue(0)
        self._say(messages.describe(exc))

    def _cancelled(self) -> None:
        self._done()
        self._say(self.tr("Cancelled. Nothing was left half-written."))

    def _cancel(self) -> None:
        self.job.cancel()
        self.cancel.setEnabled(False)
        self._say(self.tr("Cancelling…"))

    def reject(self) -> None:
        # Escape or the window's close button: a running job goes on unless cancelled.
        if self.running:
            self.hide()
            return
        super().reject()
