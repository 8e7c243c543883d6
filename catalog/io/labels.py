"""Words for the catalogue's vocabularies in Russian, Ukrainian and English, for exports.

The dossier, the GEDCOM event types and the CSV headings speak the family's language. Flag
reasons are stored by the checks as `[{"en": "...", "ru": "..."}]` (or plain strings); `reason_text`
picks the language asked for and falls back sensibly (Ukrainian → Russian → English).
"""

from __future__ import annotations

from typing import Any

from catalog.dates import PartialDate
from catalog.vocab import Qualifier

LANGUAGES = ("ru", "uk", "en")
FALLBACK = {"ru": ("ru", "en", "uk"), "uk": ("uk", "ru", "en"), "en": ("en", "ru", "uk")}

CLAIM_KINDS: dict[str, dict[str, str]] = {
    "birth": {"en": "Birth", "ru": "Рождение", "uk": "Народження"},
    "arrest": {"en": "Arrest", "ru": "Арест", "uk": "Арешт"},
    "sentence": {"en": "Sentence", "ru": "Приговор", "uk": "Вирок"},
    "execution": {"en": "Execution", "ru": "Расстрел", "uk": "Розстріл"},
    "death": {"en": "Death", "ru": "Смерть", "uk": "Смерть"},
    "burial": {"en": "Burial", "ru": "Захоронение", "uk": "Поховання"},
    "release": {"en": "Release", "ru": "Освобождение", "uk": "Звільнення"},
    "rehabilitation": {"en": "Rehabilitation", "ru": "Реабилитация", "uk": "Реабілітація"},
    "rehabilitation_refused": {
        "en": "Rehabilitation refused",
        "ru": "Отказ в реабилитации",
        "uk": "Відмова в реабілітації",
    },
    "rehabilitation_revoked": {
        "en": "Rehabilitation revoked",
        "ru": "Реабилитация отменена",
        "uk": "Реабілітацію скасовано",
    },
    "other": {"en": "Other event", "ru": "Другое событие", "uk": "Інша подія"},
}

DOCUMENT_KINDS: dict[str, dict[str, str]] = {
    "death_certificate": {
        "en": "Death certificate",
        "ru": "Свидетельство о смерти",
        "uk": "Свідоцтво про смерть",
    },
    "death_notice": {
        "en": "Death notice",
        "ru": "Извещение о смерти",
        "uk": "Повідомлення про смерть",
    },
    "rehabilitation_certificate": {
        "en": "Rehabilitation certificate",
        "ru": "Справка о реабилитации",
        "uk": "Довідка про реабілітацію",
    },
    "archival_reply": {"en": "Archival reply", "ru": "Архивная справка", "uk": "Архівна довідка"},
    "protocol_extract": {
        "en": "Extract from a protocol",
        "ru": "Выписка из протокола",
        "uk": "Витяг з протоколу",
    },
    "sentence": {"en": "Sentence", "ru": "Приговор", "uk": "Вирок"},
    "letter": {"en": "Letter", "ru": "Письмо", "uk": "Лист"},
    "photo": {"en": "Photograph", "ru": "Фотография", "uk": "Фотографія"},
    "other": {"en": "Document", "ru": "Документ", "uk": "Документ"},
}

LINK_ROLES: dict[str, dict[str, str]] = {
    "subject": {"en": "subject", "ru": "о ком документ", "uk": "про кого документ"},
    "relative": {"en": "relative", "ru": "родственник", "uk": "родич"},
    "mentioned": {"en": "mentioned", "ru": "упомянут", "uk": "згаданий"},
    "applicant": {
        "en": "applicant or recipient",
        "ru": "заявитель или получатель",
        "uk": "заявник або отримувач",
    },
}

# A claim that cites no document is the researcher's own conclusion, and says so everywhere.
CONCLUSION: dict[str, str] = {
    "en": "the researcher's own conclusion",
    "ru": "собственный вывод исследователя",
    "uk": "власний висновок дослідника",
}

FLAG_KINDS: dict[str, dict[str, str]] = {
    "likely_falsified_death": {
        "en": "The death date may be falsified (instruction 108ss)",
        "ru": "Дата смерти, возможно, вымышлена (указание 108сс)",
        "uk": "Дата смерті, можливо, вигадана (вказівка 108сс)",
    },
    "conflicting_dates": {
        "en": "Documents give different dates",
        "ru": "Документы называют разные даты",
        "uk": "Документи називають різні дати",
    },
    "cover_formula": {
        "en": "A cover formula instead of the real sentence",
        "ru": "Формула прикрытия вместо настоящего приговора",
        "uk": "Формула прикриття замість справжнього вироку",
    },
    "rehabilitation_revoked": {
        "en": "The rehabilitation was revoked",
        "ru": "Реабилитация отменена",
        "uk": "Реабілітацію скасовано",
    },
}

_MONTHS_GENITIVE = {
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
    "uk": "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня",
    "en": "January February March April May June July August September October November December",
}
_MONTHS_NOMINATIVE = {
    "ru": "январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь",
    "uk": "січень лютий березень квітень травень червень липень серпень вересень жовтень "
    "листопад грудень",
    "en": _MONTHS_GENITIVE["en"],
}
_QUALIFIERS = {
    "ru": {"about": "около ", "before": "до ", "after": "после "},
    "uk": {"about": "близько ", "before": "до ", "after": "після "},
    "en": {"about": "about ", "before": "before ", "after": "after "},
}
_YEAR = {"ru": " г.", "uk": " р.", "en": ""}


def pick(table: dict[str, dict[str, str]], key: str, language: str) -> str:
    entry = table.get(key)
    if entry is None:
        return key.replace("_", " ")
    for lang in FALLBACK.get(language, FALLBACK["en"]):
        if entry.get(lang):
            return entry[lang]
    return key


def claim_kind(kind: str, language: str) -> str:
    return pick(CLAIM_KINDS, kind, language)


def document_kind(kind: str, language: str) -> str:
    return pick(DOCUMENT_KINDS, kind, language)


def link_role(role: str, language: str) -> str:
    return pick(LINK_ROLES, role, language)


def conclusion(language: str) -> str:
    return pick({"conclusion": CONCLUSION}, "conclusion", language)


def flag_kind(kind: str, language: str) -> str:
    return pick(FLAG_KINDS, kind, language)


def reason_text(reason: Any, language: str) -> str:
    """A flag reason in the language asked for, else the nearest one stored."""
    if isinstance(reason, str):
        return reason
    if isinstance(reason, dict):
        for lang in FALLBACK.get(language, FALLBACK["en"]):
            value = reason.get(lang)
            if isinstance(value, str) and value.strip():
                return value
        for value in reason.values():
            if isinstance(value, str) and value.strip():
                return value
    return str(reason)


def format_date(date: PartialDate | None, language: str) -> str:
    """`20 октября 1937 г.`, `октябрь 1937 г.`, `около 1894 г.`; English `20 October 1937`."""
    if date is None:
        return ""
    language = language if language in LANGUAGES else "en"
    year = f"{date.year}{_YEAR[language]}"
    if date.day is not None and date.month is not None:
        month = _MONTHS_GENITIVE[language].split()[date.month - 1]
        text = f"{date.day} {month} {year}"
    elif date.month is not None:
        # "около марта", "до марта": a qualified month takes the genitive in Russian/Ukrainian.
        months = _MONTHS_NOMINATIVE if date.qualifier == Qualifier.EXACT else _MONTHS_GENITIVE
        text = f"{months[language].split()[date.month - 1]} {year}"
    else:
        text = year
    prefix = "" if date.qualifier == Qualifier.EXACT else _QUALIFIERS[language][date.qualifier]
    return prefix + text


def chronological_key(date: PartialDate | None) -> tuple[int, str]:
    """Orders events as a reader expects: "after 1937" comes after 20 October 1937."""
    if date is None:
        return (1, "")
    day = date.latest() if date.qualifier == Qualifier.AFTER else date.earliest()
    return (0, day.isoformat())
