"""Encrypted packages and backups from the File menu: the passphrase dialogs, their strength hint,
and a wrong passphrase reported in words with nothing changed."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QFileDialog

from catalog.io.encryption import AGE_MAGIC
from desktop.dialogs import passphrase as passphrases
from desktop.dialogs.passphrase import NewPassphraseDialog, OpenPassphraseDialog

GOOD = "ключ от сундука, 1937 — correct horse"


def finish(qtbot, task):  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(task.job.finished, timeout=60_000):
        pass
    return task


def test_the_new_passphrase_dialog_asks_twice_and_hints_at_strength(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = NewPassphraseDialog(None, "Export", encrypt=True)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    assert dialog.first.accessibleName() and dialog.second.accessibleName()
    dialog.first.setText("abc")
    assert "short" in dialog.hint.text() and not ok.isEnabled()
    dialog.first.setText("password")
    dialog.second.setText("password")
    assert "Weak" in dialog.hint.text() and ok.isEnabled()
    dialog.first.setText(GOOD)
    assert "differ" in dialog.hint.text() and not ok.isEnabled()
    dialog.second.setText(GOOD)
    assert dialog.hint.text() == "Strong." and ok.isEnabled()
    assert dialog.passphrase() == GOOD
    dialog.encrypt.setChecked(False)
    assert ok.isEnabled() and dialog.passphrase() is None and not dialog.first.isEnabled()


def test_the_open_passphrase_dialog_needs_a_passphrase(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = OpenPassphraseDialog(None, "family.age")
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    dialog.field.setText("x")
    assert ok.isEnabled() and dialog.passphrase() == "x"


def test_an_encrypted_package_round_trip_and_a_wrong_passphrase(
    qtbot, window, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    package = tmp_path / "exchange.age"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(package), ""))
    monkeypatch.setattr(passphrases, "ask_new_passphrase", lambda *a, **k: (True, GOOD))
    window.files.package_export_action.trigger()
    task = finish(qtbot, window.files.tasks[-1])
    assert task.error is None and package.read_bytes().startswith(AGE_MAGIC)

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(package), ""))
    monkeypatch.setattr(passphrases, "ask_passphrase", lambda *a, **k: "not it")
    window.files.package_import_action.trigger()
    task = finish(qtbot, window.files.tasks[-1])
    assert task.error is not None
    assert "passphrase is wrong" in task.message.text() and "Nothing was changed" in (
        task.message.text()
    )

    monkeypatch.setattr(passphrases, "ask_passphrase", lambda *a, **k: GOOD)
    window.files.package_import_action.trigger()
    task = finish(qtbot, window.files.tasks[-1])
    assert task.error is None and sum(task.result.merged.values()) > 0


def test_an_encrypted_backup_and_its_restore(qtbot, window, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "out").mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path / "out"))
    monkeypatch.setattr(passphrases, "ask_new_passphrase", lambda *a, **k: (True, GOOD))
    window.files.backup_action.trigger()
    task = finish(qtbot, window.files.tasks[-1])
    assert task.error is None
    (made,) = list((tmp_path / "out").iterdir())
    assert made.suffix == ".age" and made.read_bytes().startswith(AGE_MAGIC)

    (tmp_path / "restored").mkdir()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(made), ""))
    monkeypatch.setattr(passphrases, "ask_passphrase", lambda *a, **k: GOOD)
    monkeypatch.setattr(
        QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path / "restored")
    )
    monkeypatch.setattr(window.files, "_offer_open", lambda folder: None)
    window.files.restore_encrypted_action.trigger()
    task = finish(qtbot, window.files.tasks[-1])
    assert task.error is None and (tmp_path / "restored" / "catalog.sqlite").is_file()
