"""The catalogue's typed errors turned into messages a person can act on, in their language.

The core raises exceptions carrying data (the folder, the field, the record); only here are they
put into words for the GUI. Anything unexpected still gets a readable message, never a traceback.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from catalog.errors import (
    BlobError,
    CatalogBusy,
    CatalogDamaged,
    CatalogError,
    CatalogMissing,
    CatalogReadOnly,
    CatalogTooNew,
    InterchangeErrors,
    InvalidDate,
    InvalidInput,
    NotACatalog,
    NotFound,
    SpravkaError,
)

translate = QCoreApplication.translate


def _entity(name: str) -> str:
    return {
        "person": translate("Messages", "person"),
        "claim": translate("Messages", "claim"),
        "document": translate("Messages", "document"),
        "page": translate("Messages", "page"),
        "flag": translate("Messages", "flag"),
        "name variant": translate("Messages", "name variant"),
    }.get(name, name)


def _field(name: str) -> str:
    return {
        "name": translate("Messages", "name"),
        "surname": translate("Messages", "surname"),
        "given_name": translate("Messages", "given name"),
        "birth": translate("Messages", "date of birth"),
        "date": translate("Messages", "date"),
        "region": translate("Messages", "region on the page"),
        "kind": translate("Messages", "kind"),
        "uid": translate("Messages", "identifier"),
        "crop": translate("Messages", "crop"),
        "rotation": translate("Messages", "rotation"),
    }.get(name, name)


def _described_elsewhere(exc: BaseException) -> str | None:
    """Errors of the optional parts (scanning, OCR, exports, backups), imported only here, when
    there is an error to describe, so that starting the program never loads them."""
    from catalog.io.backup import BackupError
    from catalog.io.encryption import EncryptionError
    from catalog.io.files import ExportError
    from catalog.io.fonts import FontsMissing
    from catalog.io.zipsafe import PackageRefused
    from catalog.ocr.tesseract import TesseractUnavailable
    from catalog.scanning import NoScanner, SaneUnavailable, ScanFailed

    if isinstance(exc, SaneUnavailable):
        return translate(
            "Messages",
            "Scanning needs SANE, which is not installed here. On Debian or Ubuntu install the "
            "package sane-utils (sudo apt install sane-utils); on macOS, sane-backends from "
            "Homebrew. Where SANE is not available, scan with the scanner's own program into a "
            "folder and import that folder.",
        )
    if isinstance(exc, NoScanner):
        return translate(
            "Messages",
            "No scanner was found. Check that it is connected and switched on, then look for "
            "scanners again.",
        )
    if isinstance(exc, ScanFailed):
        return (
            translate("Messages", "The scanner %1 reported a problem: %2")
            .replace("%1", exc.device)
            .replace("%2", exc.problem)
        )
    if isinstance(exc, TesseractUnavailable):
        return tesseract_problem(exc.problem, exc.packages)
    if isinstance(exc, EncryptionError):
        return encryption_problem(exc)
    if isinstance(exc, BackupError):
        return (
            translate("Messages", "The backup %1 cannot be used: %2")
            .replace("%1", exc.path)
            .replace("%2", exc.problem)
        )
    if isinstance(exc, PackageRefused):
        return (
            translate("Messages", "The package %1 was refused; nothing was changed: %2")
            .replace("%1", exc.file)
            .replace("%2", exc.problem)
        )
    if isinstance(exc, ExportError):
        return (
            translate("Messages", "%1 could not be written: %2")
            .replace("%1", exc.path)
            .replace("%2", exc.problem)
        )
    if isinstance(exc, FontsMissing):
        return (
            translate(
                "Messages",
                "The font file %1 is missing from %2, so the PDF cannot be made. "
                "Reinstall Spravka.",
            )
            .replace("%1", exc.name)
            .replace("%2", str(exc.folder))
        )
    return None


def encryption_problem(exc: Any) -> str:
    """An encrypted file that could not be opened or written, by its reason; nothing changed."""
    reasons = {
        "empty_passphrase": translate("Messages", "%1: the passphrase is empty."),
        "wrong_passphrase": translate(
            "Messages", "%1: the passphrase is wrong (or the file was altered)."
        ),
        "damaged": translate("Messages", "%1 is truncated or was altered after it was encrypted."),
        "not_encrypted": translate(
            "Messages", "%1 is not encrypted, but an encrypted file was expected."
        ),
        "encrypted": translate("Messages", "%1 is encrypted: its passphrase is needed."),
        "armored": translate(
            "Messages", "%1 is an armoured (text) age file; decrypt it with the age tool first."
        ),
        "not_age": translate("Messages", "%1 is not an encrypted Spravka file."),
    }
    text = reasons.get(str(exc.reason))
    if text is None:
        return (
            translate("Messages", "%1 cannot be read: %2")
            .replace("%1", exc.file)
            .replace("%2", exc.problem)
        )
    return text.replace("%1", exc.file) + " " + translate("Messages", "Nothing was changed.")


def tesseract_problem(problem: str, packages: tuple[str, ...] = ()) -> str:
    """Why text recognition cannot run, and what to install, in the interface language."""
    install = " ".join(packages)
    if "not installed" in problem:
        text = translate(
            "Messages",
            "Text recognition needs the Tesseract program, which is not installed. On Debian "
            "or Ubuntu: sudo apt install tesseract-ocr tesseract-ocr-rus tesseract-ocr-ukr. "
            "Everything else in Spravka works without it.",
        )
    elif "too old" in problem:
        text = translate(
            "Messages",
            "The installed Tesseract is too old for Spravka (4.1 or newer is needed). Install a "
            "newer tesseract-ocr package. Everything else in Spravka works without it.",
        )
    elif "no language data" in problem:
        text = translate(
            "Messages",
            "Tesseract has no data for the chosen language. Install the package(s) %1 (on "
            "Debian or Ubuntu: sudo apt install %1), or choose another language.",
        ).replace("%1", install)
    else:
        text = translate(
            "Messages",
            "Tesseract cannot be run here. Reinstall the package tesseract-ocr. Everything "
            "else in Spravka works without it.",
        )
    return text + "\n\n" + translate("Messages", "Details: %1").replace("%1", problem)


def describe(exc: BaseException) -> str:
    """A translated, self-contained sentence (or two) about what went wrong."""
    if isinstance(exc, SpravkaError):
        elsewhere = _described_elsewhere(exc)
        if elsewhere is not None:
            return elsewhere
    if isinstance(exc, CatalogMissing):
        return translate("Messages", "There is no catalogue in the folder %1.").replace(
            "%1", str(exc.folder)
        )
    if isinstance(exc, NotACatalog):
        return translate(
            "Messages",
            "The folder %1 is not a Spravka catalogue, or it holds other files. "
            "Nothing in it was changed. Choose an empty folder or an existing catalogue.",
        ).replace("%1", str(exc.folder))
    if isinstance(exc, CatalogTooNew):
        return translate(
            "Messages",
            "The catalogue %1 was written by a newer version of Spravka. Nothing was changed; "
            "install the newer version to open it.",
        ).replace("%1", str(exc.folder))
    if isinstance(exc, CatalogDamaged):
        text = translate(
            "Messages",
            "The database of the catalogue %1 is damaged; nothing was written to it. "
            "Help ▸ Check the catalogue's integrity (or `spravka doctor`) shows the damage.",
        ).replace("%1", str(exc.folder))
        if exc.backup is not None:
            text += " " + translate(
                "Messages",
                "The newest automatic backup that passes the check is %1; `spravka doctor "
                "--restore` restores it into a new folder.",
            ).replace("%1", str(exc.backup))
        return text
    if isinstance(exc, CatalogReadOnly):
        return translate(
            "Messages",
            "The catalogue %1 cannot be written (read-only disk or no permission). "
            "The change was not saved.",
        ).replace("%1", str(exc.folder))
    if isinstance(exc, CatalogBusy):
        return translate(
            "Messages",
            "Another program kept the catalogue %1 busy for too long. The change was not "
            "saved; please try again.",
        ).replace("%1", str(exc.folder))
    if isinstance(exc, CatalogError):
        return (
            translate("Messages", "Problem with the catalogue %1: %2")
            .replace("%1", str(exc.folder))
            .replace("%2", exc.problem)
        )
    if isinstance(exc, NotFound):
        return translate(
            "Messages", "The %1 was not found; it may have been deleted meanwhile."
        ).replace("%1", _entity(exc.entity))
    if isinstance(exc, InvalidDate):
        return translate("Messages", "“%1” is not a possible date.").replace("%1", exc.text)
    if isinstance(exc, InvalidInput):
        return (
            translate("Messages", "The %1 is not acceptable: %2")
            .replace("%1", _field(exc.field))
            .replace("%2", exc.problem)
        )
    if isinstance(exc, InterchangeErrors):
        return (
            translate("Messages", "The file %1 has %2 problem(s); nothing was loaded.\n%3")
            .replace("%1", exc.file)
            .replace("%2", str(len(exc.errors)))
            .replace("%3", "\n".join(str(e) for e in exc.errors[:10]))
        )
    if isinstance(exc, BlobError):
        return translate(
            "Messages", "The image of this page is missing from the catalogue or damaged (%1)."
        ).replace("%1", exc.sha256[:12])
    if isinstance(exc, SpravkaError):
        return str(exc)
    if isinstance(exc, OSError):
        return (
            translate("Messages", "The file %1 could not be read or written: %2")
            .replace("%1", str(exc.filename or ""))
            .replace("%2", exc.strerror or str(exc))
        )
    return translate("Messages", "Unexpected error: %1").replace(
        "%1", f"{type(exc).__name__}: {exc}"
    )


def show_error(parent: QWidget | None, exc: BaseException, title: str | None = None) -> None:
    QMessageBox.warning(parent, title or translate("Messages", "Spravka"), describe(exc))
