"""The scanner page of the import dialog: which scanner, how, a preview, and the scan itself.

Scanners are found through SANE (`catalog.scanning`) in a worker: finding network scanners can
take seconds. Where SANE is missing the page says what to install, and importing files and
folders works as before. A preview is a quick low-resolution scan shown here and not stored;
the scan itself is done by the import dialog, which shows its progress and imports the page.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop import messages
from desktop.workers import Jobs

COMMON_RESOLUTIONS = (150, 200, 300, 400, 600)
DEFAULT_RESOLUTION = 300


@dataclass(frozen=True)
class ScanRequest:
    device: str
    resolution: int
    mode: str
    into_document: bool  # add the page to the document open in the workspace


def find_scanners() -> list[tuple[str, str, tuple[str, ...], tuple[int, ...]]]:
    """In a worker: (name, label, modes, resolutions) of each scanner SANE can see."""
    from catalog.errors import SpravkaError
    from catalog.scanning import device_options, list_devices

    found = []
    for device in list_devices():
        try:
            options = device_options(device.name)
        except SpravkaError:
            modes, resolutions = (), ()
        else:
            modes = options.modes
            resolutions = options.resolutions
            if not resolutions and options.resolution_range is not None:
                low, high = options.resolution_range
                resolutions = tuple(r for r in COMMON_RESOLUTIONS if low <= r <= high)
        found.append((device.name, device.label, modes, resolutions))
    return found


def preview_scan(device: str, mode: str, *, progress, cancel) -> QImage:  # type: ignore[no-untyped-def]
    """In a worker: a quick low-resolution scan, as an image; nothing is kept."""
    from catalog.scanning import scan_page

    path = scan_page(device, mode=mode, preview=True, progress=progress, cancel=cancel)
    try:
        return QImage(str(path))
    finally:
        shutil.rmtree(Path(path).parent, ignore_errors=True)


class ScannerPage(QWidget):
    scan_requested = Signal(object)  # ScanRequest

    def __init__(self, jobs: Jobs, document_title: str | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("scannerPage")
        self.jobs = jobs
        self.document_title = document_title
        self._searching = False
        self._busy = False

        self.devices = QComboBox(self)
        self.devices.setObjectName("scannerDevices")
        self.devices.setAccessibleName(self.tr("Scanner"))
        self.devices.setMinimumContentsLength(24)
        self.devices.currentIndexChanged.connect(self._device_chosen)
        self.refresh = QPushButton(self.tr("Find scanners"), self)
        self.refresh.setObjectName("findScanners")
        self.refresh.clicked.connect(self.find)
        device_row = QHBoxLayout()
        device_row.addWidget(self.devices, 1)
        device_row.addWidget(self.refresh)

        self.resolution = QComboBox(self)
        self.resolution.setObjectName("scanResolution")
        self.mode = QComboBox(self)
        self.mode.setObjectName("scanMode")
        self.status = QLabel(self)
        self.status.setObjectName("scannerStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        form = QFormLayout()
        form.addRow(self.tr("Scanner:"), device_row)
        form.addRow(self.tr("Resolution:"), self.resolution)
        form.addRow(self.tr("Colours:"), self.mode)

        self.preview = QLabel(self.tr("A preview of the page appears here."), self)
        self.preview.setObjectName("scanPreview")
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumSize(220, 280)
        self.preview.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.preview.setFrameShape(QFrame.Shape.StyledPanel)
        self.preview.setEnabled(False)

        self.preview_button = QPushButton(self.tr("Preview"), self)
        self.preview_button.setObjectName("previewScan")
        self.preview_button.setToolTip(self.tr("A quick look at what lies on the scanner"))
        self.preview_button.clicked.connect(self._preview)
        self.scan_new = QPushButton(self.tr("Scan as a new document"), self)
        self.scan_new.setObjectName("scanNew")
        self.scan_new.clicked.connect(lambda: self._scan(False))
        self.scan_into = QPushButton(self.tr("Scan a page into this document"), self)
        self.scan_into.setObjectName("scanInto")
        self.scan_into.clicked.connect(lambda: self._scan(True))
        if document_title:
            self.scan_into.setToolTip(
                self.tr("Add the page after the last page of “%1”").replace("%1", document_title)
            )
        else:
            self.scan_into.setToolTip(self.tr("Open a document first to add pages to it"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.preview_button)
        buttons.addStretch(1)
        buttons.addWidget(self.scan_new)
        buttons.addWidget(self.scan_into)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.preview, 1)
        layout.addLayout(buttons)
        self._options: dict[str, tuple[tuple[str, ...], tuple[int, ...]]] = {}
        self._update_buttons()

    # -- finding scanners ----------------------------------------------------------------------

    def find(self) -> None:
        if self._searching:
            return
        self._searching = True
        self.status.setText(self.tr("Looking for scanners… (network scanners take a moment)"))
        self._update_buttons()
        job = self.jobs.read(find_scanners)
        job.on_success(self, self._found)
        job.on_failure(self, self._not_found)

    def _found(self, scanners: list[tuple[str, str, tuple[str, ...], tuple[int, ...]]]) -> None:
        self._searching = False
        self.devices.blockSignals(True)
        self.devices.clear()
        self._options.clear()
        for name, label, modes, resolutions in scanners:
            self.devices.addItem(f"{label} ({name})", name)
            self._options[name] = (modes, resolutions)
        self.devices.blockSignals(False)
        if scanners:
            self.status.setText(self.tr("%n scanner(s) found.", "", len(scanners)))
            self.devices.setCurrentIndex(0)
            self._device_chosen(0)
        else:
            self.status.setText(
                self.tr(
                    "No scanner was found. Check that it is connected and switched on, then "
                    "press “Find scanners” again."
                )
            )
        self._update_buttons()

    def _not_found(self, exc: BaseException) -> None:
        self._searching = False
        self.status.setText(messages.describe(exc))
        self._update_buttons()

    def _device_chosen(self, _index: int) -> None:
        modes, resolutions = self._options.get(self.devices.currentData(), ((), ()))
        self.mode.clear()
        for mode in modes or ("Gray", "Color"):
            self.mode.addItem(self.mode_name(mode), mode)
        gray = self.mode.findData("Gray")
        self.mode.setCurrentIndex(max(gray, 0))
        self.resolution.clear()
        offered = [r for r in (resolutions or COMMON_RESOLUTIONS) if 75 <= r <= 1200]
        for value in offered:
            self.resolution.addItem(self.tr("%1 dpi").replace("%1", str(value)), value)
        best = min(offered, key=lambda r: abs(r - DEFAULT_RESOLUTION)) if offered else None
        if best is not None:
            self.resolution.setCurrentIndex(self.resolution.findData(best))
        self._update_buttons()

    def mode_name(self, mode: str) -> str:
        return {
            "Gray": self.tr("Grey"),
            "Color": self.tr("Colour"),
            "Lineart": self.tr("Black and white"),
            "Halftone": self.tr("Halftone"),
        }.get(mode, mode)

    # -- scanning ------------------------------------------------------------------------------

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._update_buttons()

    def _update_buttons(self) -> None:
        ready = self.devices.count() > 0 and not self._searching and not self._busy
        self.preview_button.setEnabled(ready)
        self.scan_new.setEnabled(ready)
        self.scan_into.setEnabled(ready and bool(self.document_title))
        self.refresh.setEnabled(not self._searching)

    def request(self, into_document: bool) -> ScanRequest:
        return ScanRequest(
            device=self.devices.currentData(),
            resolution=int(self.resolution.currentData() or DEFAULT_RESOLUTION),
            mode=self.mode.currentData() or "Gray",
            into_document=into_document,
        )

    def _scan(self, into_document: bool) -> None:
        self.scan_requested.emit(self.request(into_document))

    def _preview(self) -> None:
        self.set_busy(True)
        self.status.setText(self.tr("Scanning a preview…"))
        request = self.request(False)
        job = self.jobs.long(preview_scan, request.device, request.mode)
        job.on_success(self, self._previewed)
        job.on_failure(self, self._preview_failed)
        job.cancelled.connect(lambda: self.set_busy(False))

    def _previewed(self, image: QImage) -> None:
        self.set_busy(False)
        self.status.setText(self.tr("Preview scanned. Adjust the page if needed, then scan it."))
        self.preview.setEnabled(True)
        self.preview.setPixmap(
            QPixmap.fromImage(image).scaled(
                self.preview.size(),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )
        self.preview_image = image

    def _preview_failed(self, exc: BaseException) -> None:
        self.set_busy(False)
        self.status.setText(messages.describe(exc))
