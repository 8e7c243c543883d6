"""Asking for passphrases: a new one (typed twice, with a strength hint) to encrypt a package or a
backup, and an existing one to open an encrypted file.

The passphrase stays in the dialog's fields and the returned string; it is never stored in the
settings or shown. The strength hint comes from `catalog.io.encryption.strength`.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from catalog.io.encryption import Strength, strength


def _password_field(parent: QWidget, name: str, accessible: str) -> QLineEdit:
    field = QLineEdit(parent)
    field.setObjectName(name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(accessible)
    return field


class NewPassphraseDialog(QDialog):
    """Encrypt or not; when encrypting, the passphrase twice. `passphrase()` after exec()."""

    def __init__(self, parent: QWidget | None, title: str, *, encrypt: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("newPassphraseDialog")
        self.setWindowTitle(title)
        self.setMinimumWidth(440)

        self.encrypt = QCheckBox(self.tr("&Encrypt with a passphrase"), self)
        self.encrypt.setObjectName("encryptCheck")
        self.encrypt.setChecked(encrypt)
        self.encrypt.setToolTip(
            self.tr(
                "Whoever gets an unencrypted file can read every name, note and page in it. "
                "Encrypted, it opens only with the passphrase (in Spravka, or with the age tool)."
            )
        )
        self.first = _password_field(self, "passphraseField", self.tr("Passphrase"))
        self.second = _password_field(self, "passphraseAgainField", self.tr("Passphrase again"))
        self.hint = QLabel(self)
        self.hint.setObjectName("passphraseStrength")
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.setWordWrap(True)
        self.hint.setAccessibleName(self.tr("Passphrase strength"))
        self.advice = QLabel(
            self.tr(
                "Tell the passphrase to the receiver another way than the file travels (by "
                "phone, in person). A forgotten passphrase cannot be recovered."
            ),
            self,
        )
        self.advice.setTextFormat(Qt.TextFormat.PlainText)
        self.advice.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("&Passphrase:"), self.first)
        form.addRow(self.tr("&Again:"), self.second)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.encrypt)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.advice)
        layout.addWidget(self.buttons)

        for signal in (self.encrypt.toggled, self.first.textChanged, self.second.textChanged):
            signal.connect(self._update)
        self._update()

    def strength_text(self, value: Strength) -> str:
        return {
            Strength.EMPTY: self.tr(
                "Type a passphrase: several words only you would put together."
            ),
            Strength.TOO_SHORT: self.tr(
                "Too short: at least 8 characters; five or six words are better."
            ),
            Strength.WEAK: self.tr("Weak: easy to guess. Add more words."),
            Strength.FAIR: self.tr("Fair. A few more words make it strong."),
            Strength.STRONG: self.tr("Strong."),
        }[value]

    def _update(self) -> None:
        on = self.encrypt.isChecked()
        for widget in (self.first, self.second, self.hint, self.advice):
            widget.setEnabled(on)
        text = self.first.text()
        value = strength(text)
        message = self.strength_text(value)
        if value >= Strength.TOO_SHORT and self.second.text() and self.second.text() != text:
            message += " " + self.tr("The two passphrases differ.")
        self.hint.setText(message if on else "")
        ready = not on or (value > Strength.TOO_SHORT and self.second.text() == text)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ready)

    def passphrase(self) -> str | None:
        """The new passphrase, or None when the file is not to be encrypted."""
        return self.first.text() if self.encrypt.isChecked() else None


class OpenPassphraseDialog(QDialog):
    """The passphrase of an encrypted file, asked once."""

    def __init__(self, parent: QWidget | None, file_name: str) -> None:
        super().__init__(parent)
        self.setObjectName("openPassphraseDialog")
        self.setWindowTitle(self.tr("Encrypted file"))
        label = QLabel(
            self.tr("%1 is encrypted. Type its passphrase:").replace("%1", file_name), self
        )
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        self.field = _password_field(self, "openPassphraseField", self.tr("Passphrase"))
        label.setBuddy(self.field)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.field)
        layout.addWidget(self.buttons)
        self.field.textChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.field.text()))

    def passphrase(self) -> str:
        return self.field.text()


def ask_new_passphrase(
    parent: QWidget | None, title: str, *, encrypt: bool = True
) -> tuple[bool, str | None]:
    """(go on, passphrase or None for unencrypted); (False, None) when cancelled."""
    dialog = NewPassphraseDialog(parent, title, encrypt=encrypt)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False, None
        return True, dialog.passphrase()
    finally:
        dialog.deleteLater()


def ask_passphrase(parent: QWidget | None, file_name: str) -> str | None:
    """The passphrase of an encrypted file, or None when cancelled."""
    dialog = OpenPassphraseDialog(parent, file_name)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.passphrase()
    finally:
        dialog.deleteLater()
