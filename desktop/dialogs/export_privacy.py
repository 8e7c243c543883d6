"""Before an export: what to do with living people, and whether private items go too.

The choices are those of `spravka export … --living include|name-only|exclude
[--include-private]` (`catalog.io.privacy`); the default, names only, is preselected every time.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from catalog.io.privacy import ExportPolicy, Living


class ExportPrivacyDialog(QDialog):
    def __init__(self, parent: QWidget | None, title: str, *, private_option: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("exportPrivacyDialog")
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        box = QGroupBox(self.tr("Living people"), self)
        explanation = QLabel(
            self.tr(
                "A person born less than 100 years ago with no death, execution or burial in "
                "the catalogue is presumed living (or marked so by hand)."
            ),
            box,
        )
        explanation.setTextFormat(Qt.TextFormat.PlainText)
        explanation.setWordWrap(True)
        self.choices = QButtonGroup(self)
        self.buttons: dict[Living, QRadioButton] = {}
        box_layout = QVBoxLayout(box)
        box_layout.addWidget(explanation)
        for living, text in (
            (Living.NAME_ONLY, self.tr("&Names only: no dates, places, notes or documents")),
            (Living.EXCLUDE, self.tr("&Leave them out")),
            (Living.INCLUDE, self.tr("&Everything, as in the catalogue")),
        ):
            button = QRadioButton(text, box)
            button.setObjectName(f"living-{living.value}")
            self.choices.addButton(button)
            self.buttons[living] = button
            box_layout.addWidget(button)
        self.buttons[Living.NAME_ONLY].setChecked(True)
        self.include_private = QCheckBox(
            self.tr("Include &private notes, claims and documents"), self
        )
        self.include_private.setObjectName("includePrivate")
        self.include_private.setVisible(private_option)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(box)
        layout.addWidget(self.include_private)
        layout.addWidget(buttons)

    def policy(self) -> ExportPolicy:
        living = next(value for value, button in self.buttons.items() if button.isChecked())
        return ExportPolicy(living, include_private=self.include_private.isChecked())


def ask_export_policy(
    parent: QWidget | None, title: str, *, private_option: bool = True
) -> ExportPolicy | None:
    """The chosen policy, or None when cancelled."""
    dialog = ExportPrivacyDialog(parent, title, private_option=private_option)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.policy()
    finally:
        dialog.deleteLater()
