"""Controls for how a page is shown and read: straighten, lift coloured stamps, grey, contrast,
black and white.

Every control edits the page's processing parameters (`catalog.imaging.processing`); the scan
itself is never changed. A change is emitted as (old parameters, new parameters) and becomes an
undoable command; the panel then shows the parameters of the page as reloaded, so it always
tells what is stored.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from catalog.imaging.processing import MAX_DESKEW

STAMP_COLOURS = ("red", "blue", "violet", "green")
TONAL = ("deskew", "drop_colours", "greyscale", "autocontrast", "binarise")
ANGLE_DELAY_MS = 500


class ProcessingPanel(QFrame):
    changed = Signal(object, object)  # old parameters, new parameters
    auto_deskew = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("processingPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.params: dict[str, Any] = {}

        self.auto = QPushButton(self.tr("Automatically"), self)
        self.auto.setObjectName("autoDeskew")
        self.auto.setToolTip(
            self.tr("Measure how the lines of text slope and turn the page to level them")
        )
        self.auto.clicked.connect(self.auto_deskew)
        self.angle = QDoubleSpinBox(self)
        self.angle.setObjectName("deskewAngle")
        self.angle.setRange(-MAX_DESKEW, MAX_DESKEW)
        self.angle.setDecimals(2)
        self.angle.setSingleStep(0.1)
        self.angle.setSuffix(" °")
        self.angle.setKeyboardTracking(False)
        self.angle.setToolTip(self.tr("Turn by this angle, clockwise (negative: anticlockwise)"))
        self._angle_timer = QTimer(self)
        self._angle_timer.setSingleShot(True)
        self._angle_timer.setInterval(ANGLE_DELAY_MS)
        self._angle_timer.timeout.connect(self._angle_changed)
        self.angle.valueChanged.connect(lambda _v: self._angle_timer.start())

        self.colours: dict[str, QCheckBox] = {}
        names = {
            "red": self.tr("red"),
            "blue": self.tr("blue"),
            "violet": self.tr("violet"),
            "green": self.tr("green"),
        }
        stamps = QHBoxLayout()
        stamps.setSpacing(8)
        for colour in STAMP_COLOURS:
            box = QCheckBox(names[colour], self)
            box.setObjectName(f"drop_{colour}")
            box.setToolTip(
                self.tr("Lift %1 stamps and ink towards the paper, so the type shows").replace(
                    "%1", names[colour]
                )
            )
            box.toggled.connect(self._colours_changed)
            stamps.addWidget(box)
            self.colours[colour] = box
        stamps.addStretch(1)

        self.greyscale = QCheckBox(self.tr("Greyscale"), self)
        self.greyscale.setObjectName("greyscale")
        self.greyscale.toggled.connect(lambda on: self._set("greyscale", True if on else None))
        self.contrast = QCheckBox(self.tr("Stretch contrast"), self)
        self.contrast.setObjectName("autocontrast")
        self.contrast.setToolTip(self.tr("Make faint type darker and yellowed paper lighter"))
        self.contrast.toggled.connect(lambda on: self._set("autocontrast", 1.0 if on else None))
        self.binarise = QComboBox(self)
        self.binarise.setObjectName("binarise")
        self.binarise.addItem(self.tr("Colours as scanned"), None)
        self.binarise.addItem(self.tr("Black and white (adaptive)"), "auto")
        self.binarise.addItem(self.tr("Black and white (one threshold)"), "otsu")
        self.binarise.setToolTip(
            self.tr(
                "Black and white helps text recognition on stained or unevenly lit pages; "
                "adaptive follows the light across the page"
            )
        )
        self.binarise.activated.connect(
            lambda index: self._set("binarise", self.binarise.itemData(index))
        )
        self.reset = QPushButton(self.tr("Original look"), self)
        self.reset.setObjectName("resetProcessing")
        self.reset.setToolTip(
            self.tr("Undo the straightening and clean-up (rotation and crop stay)")
        )
        self.reset.clicked.connect(self._reset)

        grid = QGridLayout(self)
        grid.setContentsMargins(8, 6, 8, 6)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(4)
        straighten = QHBoxLayout()
        straighten.addWidget(self.auto)
        straighten.addWidget(self.angle)
        straighten.addStretch(1)
        grid.addWidget(QLabel(self.tr("Straighten:"), self), 0, 0)
        grid.addLayout(straighten, 0, 1)
        grid.addWidget(self.binarise, 0, 2)
        grid.addWidget(QLabel(self.tr("Lift stamps:"), self), 1, 0)
        grid.addLayout(stamps, 1, 1)
        tones = QHBoxLayout()
        tones.addWidget(self.greyscale)
        tones.addWidget(self.contrast)
        grid.addLayout(tones, 1, 2)
        grid.addWidget(self.reset, 0, 3, 2, 1, Qt.AlignmentFlag.AlignVCenter)
        grid.setColumnStretch(1, 1)

    def show_params(self, params: dict[str, Any]) -> None:
        """Show a page's stored parameters (without emitting anything)."""
        self.params = dict(params)
        widgets = [self.angle, self.greyscale, self.contrast, self.binarise, *self.colours.values()]
        for widget in widgets:
            widget.blockSignals(True)
        if not self._angle_timer.isActive():  # an angle being typed is not overwritten
            self.angle.setValue(float(params.get("deskew", 0.0)))
        dropped = set(params.get("drop_colours") or ())
        for colour, box in self.colours.items():
            box.setChecked(colour in dropped or "any" in dropped)
        self.greyscale.setChecked(bool(params.get("greyscale")))
        self.contrast.setChecked("autocontrast" in params)
        binarise = params.get("binarise")
        index = self.binarise.findData(binarise if binarise in ("auto", "otsu") else None)
        self.binarise.setCurrentIndex(max(index, 0))
        for widget in widgets:
            widget.blockSignals(False)
        self.reset.setEnabled(any(key in params for key in TONAL))

    def set_editable(self, editable: bool) -> None:
        for widget in (
            self.auto,
            self.angle,
            self.greyscale,
            self.contrast,
            self.binarise,
            self.reset,
            *self.colours.values(),
        ):
            widget.setEnabled(editable)
        if editable:
            self.reset.setEnabled(any(key in self.params for key in TONAL))

    # -- changes -------------------------------------------------------------------------------

    def _set(self, key: str, value: Any) -> None:
        new = {k: v for k, v in self.params.items() if k != key}
        if value is not None:
            new[key] = value
        if new != self.params:
            self.changed.emit(dict(self.params), new)

    def _angle_changed(self) -> None:
        value = round(self.angle.value(), 2)
        self._set("deskew", value if value else None)

    def _colours_changed(self) -> None:
        chosen = [colour for colour, box in self.colours.items() if box.isChecked()]
        self._set("drop_colours", chosen or None)

    def _reset(self) -> None:
        new = {k: v for k, v in self.params.items() if k not in TONAL}
        if new != self.params:
            self.changed.emit(dict(self.params), new)
