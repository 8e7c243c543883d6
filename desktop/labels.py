"""The catalogue's terms and dates as the desktop shows them, in the interface language.

A thin adapter: every term (claim and document kinds, flags, link roles, qualifiers…) has its one
home in `catalog.vocab_labels`, shared with the exports and the command line; this module picks
the current interface language. Qt's translations keep only the interface's own sentences.
Dates keep their stated precision: a year stays a year.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from catalog import vocab_labels as terms
from catalog.dates import PartialDate
from catalog.vocab import ClaimKind, DocumentKind, Qualifier
from desktop.dates_input import format_date_input

translate = QCoreApplication.translate


def language() -> str:
    """The interface language (`desktop.i18n` sets the default locale when it installs one)."""
    code = QLocale().name().split("_")[0]
    return code if code in terms.LANGUAGES else "en"


def claim_kind(kind: str) -> str:
    return terms.claim_kind(kind, language())


CLAIM_KINDS = tuple(member.value for member in ClaimKind)


def document_kind(kind: str) -> str:
    return terms.document_kind(kind, language())


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


# "other" first: the import and document dialogs offer it as the default.
DOCUMENT_KINDS = ("other", *(m.value for m in DocumentKind if m is not DocumentKind.OTHER))


def flag_kind(kind: str) -> str:
    return terms.flag_kind(kind, language())


def flag_status(status: str) -> str:
    return terms.flag_status(status, language())


def link_role(role: str) -> str:
    return terms.link_role(role, language())


def link_role_name(role: str) -> str:
    """A role as chosen for a link, seen from the document."""
    return terms.link_role_name(role, language())


def ocr_state(state: str) -> str:
    return terms.ocr_state(state, language())


def transcription_origin(origin: str) -> str:
    return terms.transcription_origin(origin, language())


def relation(key: str) -> str:
    return terms.relation(key, language())


def sex(value: str | None) -> str:
    return terms.sex(value, language())


def qualifier(value: str) -> str:
    return terms.qualifier(value, language())


def date_field(value: PartialDate | None) -> str:
    """A date as it is written and typed: 20.10.1937, 10.1937 or 1937 (see
    `desktop.dates_input.format_date_input`, which the fields read back)."""
    return format_date_input(value) if value is not None else ""


def date(value: PartialDate | None) -> str:
    """ "20.10.1937", "10.1937", "1937", with "about"/"before"/"after" as stated; a range in
    words ("between 1941 and 1943")."""
    if value is None:
        return ""
    if value.end is not None:
        return terms.range_text(value, language(), date)
    text = date_field(value)
    if value.qualifier is Qualifier.EXACT:
        return text
    return f"{qualifier(value.qualifier)} {text}"


def short_date(value: PartialDate | None) -> str:
    """Compact numeric form for tables: 20.10.1937, 10.1937, 1937 (with ~ for "about");
    a range as 1937–1938."""
    if value is None:
        return ""
    if value.end is not None:
        return f"{short_date(value.start)}–{short_date(value.end)}"
    parts = [f"{value.day:02d}" if value.day else "", f"{value.month:02d}" if value.month else ""]
    text = ".".join([p for p in parts if p] + [str(value.year)])
    prefix = {Qualifier.ABOUT: "~", Qualifier.BEFORE: "<", Qualifier.AFTER: ">"}.get(
        value.qualifier, ""
    )
    return prefix + text


def name_variant_kind(kind: str) -> str:
    return terms.name_variant_kind(kind, language())


def year(value: PartialDate | None) -> str:
    """The year alone, marked "~" when approximate, "<" or ">" when before or after."""
    if value is None:
        return ""
    if value.end is not None and value.end.year != value.year:
        return f"{value.year}–{value.end.year}"
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
