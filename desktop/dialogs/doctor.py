"""Help ▸ Check the catalogue: `catalog.doctor` in a worker, its report in the interface language.

The check reads the catalogue folder and never writes to it. When the database is damaged and an
automatic backup passes the same checks, the dialog offers to restore that backup into a new
folder beside the catalogue and to open it; the damaged catalogue is left as it is.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.workers import Jobs


def run_doctor(folder: Path) -> Any:
    from catalog.doctor import doctor

    return doctor(folder)


def restore_backup(backup: Path, folder: Path, *, progress: Any, cancel: Any) -> Path:
    from catalog.doctor import default_restore_folder
    from catalog.io.backup import restore

    return restore(backup, default_restore_folder(folder), progress=progress, cancel=cancel).folder


class DoctorDialog(QDialog):
    restored = Signal(object)  # the folder a backup was restored into

    def __init__(self, parent: QWidget | None, jobs: Jobs, folder: Path) -> None:
        super().__init__(parent)
        self.setObjectName("doctorDialog")
        self.setWindowTitle(self.tr("Check the catalogue's integrity"))
        self.setMinimumSize(620, 380)
        self.jobs = jobs
        self.folder = folder
        self.report: Any = None
        self.status = QLabel(self.tr("Checking the database, every image and the search index…"))
        self.status.setObjectName("doctorStatus")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.details = QPlainTextEdit(self)
        self.details.setObjectName("doctorDetails")
        self.details.setAccessibleName(self.tr("What the check found"))
        self.details.setReadOnly(True)
        self.restore_button = QPushButton(self.tr("Restore the backup into a new folder"), self)
        self.restore_button.setObjectName("doctorRestore")
        self.restore_button.setVisible(False)
        self.restore_button.clicked.connect(self.restore)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.details)
        layout.addWidget(self.restore_button)
        layout.addWidget(buttons)
        job = jobs.read(run_doctor, folder)
        job.on_success(self, self.show_report)
        job.on_failure(self, lambda exc: self.status.setText(str(exc)))

    def kind_words(self, kind: str) -> str:
        words = {
            "unreadable": self.tr("The database cannot be read"),
            "integrity": self.tr("The database is damaged"),
            "foreign_key": self.tr("A row refers to a record that does not exist"),
            "blob_damaged": self.tr("An image no longer matches its SHA-256 (damaged)"),
            "blob_missing": self.tr("An image the database refers to is missing"),
            "blob_orphaned": self.tr("An image no record refers to (harmless)"),
            "blob_stray": self.tr("A stray file in the image store (harmless)"),
            "index_version": self.tr("The search index is of an older version"),
            "index_missing": self.tr("Records are missing from the search index"),
            "index_stale": self.tr("Page texts are out of step with the search index"),
            "index_fts": self.tr("The full-text index is damaged"),
        }
        return words.get(kind, kind)

    def show_report(self, report: Any) -> None:
        self.report = report
        lines: list[str] = []
        for finding in report.findings:
            mark = self.tr("Damaged") if finding.serious else self.tr("Note")
            parts = [self.kind_words(finding.kind), finding.subject, finding.detail]
            lines.append(f"{mark}: " + ": ".join(p for p in parts if p))
        for sha256, path in sorted(report.intact_copies.items()):
            lines.append(self.tr("An intact copy of image %1 is in %2").replace("%1", sha256)
                         .replace("%2", str(path)))  # fmt: skip
        checked = self.tr("%n image(s) checked.", "", report.images_checked)
        if report.healthy:
            self.status.setText(self.tr("The catalogue is healthy.") + " " + checked)
        elif report.database_damaged and report.backup is not None:
            self.status.setText(
                self.tr(
                    "The catalogue's database is damaged; nothing will be written to it. The "
                    "newest automatic backup that passes the same checks is %1. It can be "
                    "restored into a new folder; the damaged catalogue is left as it is."
                ).replace("%1", str(report.backup))
                + " "
                + checked
            )
            self.restore_button.setVisible(True)
        elif report.database_damaged:
            self.status.setText(
                self.tr(
                    "The catalogue's database is damaged, and no automatic backup passes the "
                    "checks. Restore a backup of your own (File ▸ Restore a backup…)."
                )
                + " "
                + checked
            )
        elif any(f.area == "index" and f.serious for f in report.findings):
            self.status.setText(
                self.tr("The search index is out of step: run `spravka reindex` to rebuild it.")
                + " "
                + checked
            )
        else:
            self.status.setText(
                self.tr("The catalogue has damaged or missing images.") + " " + checked
            )
        self.details.setPlainText("\n".join(lines))

    def restore(self) -> None:
        if self.report is None or self.report.backup is None:
            return
        self.restore_button.setEnabled(False)
        job = self.jobs.long(restore_backup, self.report.backup, self.folder)
        job.on_success(self, self.done_restoring)
        job.on_failure(self, lambda exc: self.status.setText(str(exc)))

    def done_restoring(self, folder: Path) -> None:
        self.status.setText(self.tr("The backup was restored into %1.").replace("%1", str(folder)))
        self.restored.emit(folder)
