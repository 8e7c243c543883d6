"""The dossier's family section: parents, spouses, children and siblings, and the category ЧСИР,
in the reader's language. Relatives are named, never numbered; a suggested relative is marked as
not yet confirmed."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph

from catalog.io import labels
from catalog.io.dossier.layout import p
from catalog.kinship_words import CATEGORIES, DOSSIER_WORDS, RELATIONS, say
from catalog.services.families import Family, Relative
from catalog.text.person_fields import sex_from_name

_WORDS = {
    "parents": ("father", "mother", "parent"),
    "spouses": ("husband", "wife", "spouse"),
    "children": ("son", "daughter", "child"),
    "siblings": ("brother", "sister", "sibling"),
}


def _role(relative: Relative, role: str, language: str) -> str:
    person = relative.person
    sex = person.sex or sex_from_name(person.surname, person.given_name, person.patronymic)
    male, female, either = _WORDS[role]
    return say(RELATIONS, male if sex == "m" else female if sex == "f" else either, language)


def _line(relative: Relative, role: str, language: str) -> str:
    parts = [f"{_role(relative, role, language)}: {relative.person.full_name}"]
    if relative.person.birth:
        parts.append(labels.format_date(relative.person.birth, language))
    relationship = relative.relationship
    if relationship is not None:
        if relationship.began:
            parts.append(
                say(DOSSIER_WORDS, "married", language)
                + " "
                + labels.format_date(relationship.began, language)
            )
        if relationship.ended:
            parts.append(
                say(DOSSIER_WORDS, "until", language)
                + " "
                + labels.format_date(relationship.ended, language)
            )
        if relationship.status == "suggested":
            parts.append(say(DOSSIER_WORDS, "unconfirmed", language))
        if relationship.quote:
            parts.append(f"«{relationship.quote}»")
    if relative.chsir:
        parts.append("ЧСИР" if language != "uk" else "ЧСІР")
    return ", ".join(parts)


def family_section(
    family: Family | None, language: str, st: dict[str, ParagraphStyle]
) -> list[Flowable]:
    if family is None or (family.is_empty and not family.chsir):
        return []
    out: list[Flowable] = [p(say(DOSSIER_WORDS, "family", language), st["h1"])]
    if family.chsir:
        out.append(p(say(CATEGORIES, "chsir", language), st["body"]))
    for role in ("parents", "spouses", "children", "siblings"):
        for relative in getattr(family, role):
            out.append(Paragraph(escape(_line(relative, role, language)), st["bullet"],
                                 bulletText="•"))  # fmt: skip
    return out
