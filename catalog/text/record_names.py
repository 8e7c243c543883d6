"""The names and title a parsed record gives its person and its document, as plain strings.

Shared by the interchange form of a record (`catalog.io.record_interchange`) and by storing it
(`catalog.services.records`), so that both read a record's name the same way.
"""

from __future__ import annotations

from catalog.text.record_model import ParsedRecord

TITLES = {
    "memorial": "Запись базы «Жертвы политического террора в СССР»",
    "book": "Запись Книги памяти",
    "openlist": "Запись «Открытого списка»",
}
NAME_PARTS = ("surname", "given_name", "patronymic")


def split_name(name: str) -> tuple[str, str, str]:
    """«Фамилия Имя Отчество» into its parts; extra words stay with the patronymic."""
    parts = name.split()
    if len(parts) > 3:
        parts = [*parts[:2], " ".join(parts[2:])]
    parts += [""] * (3 - len(parts))
    return parts[0], parts[1], parts[2]


def record_name(parsed: ParsedRecord, name: str | None) -> tuple[str, str, str]:
    """The name given (when given), else the one the record holds."""
    if name and name.strip():
        return split_name(name.strip())
    return parsed.surname, parsed.given_name, parsed.patronymic


def record_title(parsed: ParsedRecord, title: str | None) -> str:
    return title or TITLES.get(parsed.form, TITLES["memorial"])


def name_variants(parsed: ParsedRecord, name: tuple[str, str, str]) -> list[dict[str, str]]:
    """«варианты фамилии: Моор» as whole names: the variant part with the other parts kept."""
    found = []
    for part, value in parsed.variants:
        variant = dict(zip(NAME_PARTS, name, strict=True))
        variant[part] = value
        found.append({key: text for key, text in variant.items() if text})
    return found
