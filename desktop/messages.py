"""The catalogue's typed errors turned into messages a person can act on, in their language.

The core raises exceptions carrying data (the folder, the field, the record); only here are they
put into words for the GUI. Anything unexpected still gets a readable message, never a traceback.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from catalog.errors import (
    BlobError,
    CatalogBusy,
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


def describe(exc: BaseException) -> str:
    """A translated, self-contained sentence (or two) about what went wrong."""
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
