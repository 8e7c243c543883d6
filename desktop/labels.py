"""Translated names for the catalogue's vocabularies and dates, for display only.

The catalogue stores closed vocabularies as English identifiers ("execution", "archival_reply");
a person sees them in their language. Dates keep their stated precision: a year stays a year.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from catalog.dates import PartialDate, Precision
from catalog.vocab import Qualifier

translate = QCoreApplication.translate


def claim_kind(kind: str) -> str:
    return {
        "birth": translate("Labels", "Birth"),
        "arrest": translate("Labels", "Arrest"),
        "sentence": translate("Labels", "Sentence"),
        "execution": translate("Labels", "Execution"),
        "death": translate("Labels", "Death"),
        "burial": translate("Labels", "Burial"),
        "release": translate("Labels", "Release"),
        "rehabilitation": translate("Labels", "Rehabilitation"),
        "rehabilitation_refused": translate("Labels", "Rehabilitation refused"),
        "rehabilitation_revoked": translate("Labels", "Rehabilitation revoked"),
        "other": translate("Labels", "Other event"),
    }.get(kind, kind)


CLAIM_KINDS = (
    "birth",
    "arrest",
    "sentence",
    "execution",
    "death",
    "burial",
    "release",
    "rehabilitation",
    "rehabilitation_refused",
    "rehabilitation_revoked",
    "other",
)


def document_kind(kind: str) -> str:
    return {
        "death_certificate": translate("Labels", "Death certificate"),
        "death_notice": translate("Labels", "Death notice"),
        "rehabilitation_certificate": translate("Labels", "Rehabilitation certificate"),
        "archival_reply": translate("Labels", "Archival reply"),
        "protocol_extract": translate("Labels", "Protocol extract"),
        "sentence": translate("Labels", "Sentence"),
        "letter": translate("Labels", "Letter"),
        "photo": translate("Labels", "Photograph"),
        "other": translate("Labels", "Document"),
    }.get(kind, kind)


def document_name(kind: str, title: str = "", issuer: str = "", number: int | None = None) -> str:
    """What to call a document: its kind; for a document of no particular kind, its title (cut
    short), who issued it, or its number, never the bare word "Document"."""
    if kind != "other":
        return document_kind(kind)
    title = " ".join(title.split())
    if title:
        return title if len(title) <= 40 else title[:39].rstrip() + "…"
    if issuer:
        return translate("Labels", "Document from %1").replace("%1", " ".join(issuer.split()))
    if number is not None:
        return translate("Labels", "Document no. %1").replace("%1", str(number))
    return document_kind(kind)


DOCUMENT_KINDS = (
    "other",
    "death_certificate",
    "death_notice",
    "rehabilitation_certificate",
    "archival_reply",
    "protocol_extract",
    "sentence",
    "letter",
    "photo",
)


def flag_kind(kind: str) -> str:
    return {
        "likely_falsified_death": translate(
            "Labels", "Possibly invented death date (instruction 108ss)"
        ),
        "conflicting_dates": translate("Labels", "Documents give different dates"),
        "cover_formula": translate("Labels", "Cover formula instead of the real sentence"),
        "rehabilitation_revoked": translate("Labels", "Rehabilitation revoked"),
    }.get(kind, kind.replace("_", " "))


def flag_status(status: str) -> str:
    return {
        "suggested": translate("Labels", "to review"),
        "confirmed": translate("Labels", "confirmed"),
        "dismissed": translate("Labels", "dismissed"),
    }.get(status, status)


def link_role(role: str) -> str:
    return {
        "subject": translate("Labels", "about this person"),
        "relative": translate("Labels", "about a relative"),
        "mentioned": translate("Labels", "mentions this person"),
    }.get(role, role)


def transcription_origin(origin: str) -> str:
    return {
        "engine": translate("Labels", "recognised text"),
        "human": translate("Labels", "corrected by hand"),
        "imported": translate("Labels", "imported text"),
    }.get(origin, origin)


def sex(value: str | None) -> str:
    return {"m": translate("Labels", "male"), "f": translate("Labels", "female")}.get(
        value or "", ""
    )


def qualifier(value: str) -> str:
    return {
        "exact": translate("Labels", "exactly"),
        "about": translate("Labels", "about"),
        "before": translate("Labels", "before"),
        "after": translate("Labels", "after"),
    }.get(value, value)


def date_field(value: PartialDate | None) -> str:
    """A date as it is written and typed: 20.10.1937, 10.1937 or 1937.

    One form in every language: day, month and year with dots, as Soviet and post-Soviet
    documents write them (and as ru/uk locales do); unambiguous for an English reader too, since
    the year comes last in four digits and the form is the same wherever the date appears. The
    fields accept it and ISO (1937-10-20) alike (`desktop.dates_input.parse_date_input`).
    """
    if value is None:
        return ""
    if value.precision is Precision.DAY:
        return f"{value.day:02d}.{value.month:02d}.{value.year}"
    if value.precision is Precision.MONTH:
        return f"{value.month:02d}.{value.year}"
    return str(value.year)


def date(value: PartialDate | None) -> str:
    """ "20.10.1937", "10.1937", "1937", with "about"/"before"/"after" as stated."""
    if value is None:
        return ""
    text = date_field(value)
    if value.qualifier is Qualifier.ABOUT:
        return translate("Labels", "about %1").replace("%1", text)
    if value.qualifier is Qualifier.BEFORE:
        return translate("Labels", "before %1").replace("%1", text)
    if value.qualifier is Qualifier.AFTER:
        return translate("Labels", "after %1").replace("%1", text)
    return text


def short_date(value: PartialDate | None) -> str:
    """Compact numeric form for tables: 20.10.1937, 10.1937, 1937 (with ~ for "about")."""
    if value is None:
        return ""
    parts = [f"{value.day:02d}" if value.day else "", f"{value.month:02d}" if value.month else ""]
    text = ".".join([p for p in parts if p] + [str(value.year)])
    prefix = {Qualifier.ABOUT: "~", Qualifier.BEFORE: "<", Qualifier.AFTER: ">"}.get(
        value.qualifier, ""
    )
    return prefix + text


def name_variant_kind(kind: str) -> str:
    return {
        "spelling": translate("Labels", "spelling"),
        "maiden": translate("Labels", "maiden name"),
        "transliteration": translate("Labels", "transliteration"),
        "other": translate("Labels", "other form"),
    }.get(kind, kind)


def year(value: PartialDate | None) -> str:
    """The year alone, marked "~" when approximate, "<" or ">" when before or after."""
    if value is None:
        return ""
    prefix = {Qualifier.ABOUT: "~", Qualifier.BEFORE: "<", Qualifier.AFTER: ">"}.get(
        value.qualifier, ""
    )
    return f"{prefix}{value.year}"


def folder(path: object) -> str:
    """A folder as a person reads it: the home folder shown as "~"."""
    from pathlib import Path

    text = str(path)
    home = str(Path.home())
    if home not in ("", "/") and (text == home or text.startswith(home + "/")):
        return "~" + text[len(home) :]
    return text
