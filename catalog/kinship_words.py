"""Words of kinship, duplicates and uncertain dates in English, Russian and Ukrainian.

The CLI, the exports and the checks' reasons speak these; the desktop application has its own
Qt translations. Each table maps a code to {"en": …, "ru": …, "uk": …}; `say` picks a language
(falling back to English) and fills in `{placeholders}`.
"""

from __future__ import annotations

from typing import Any

from catalog import vocab_labels as terms

LANGUAGES = ("en", "ru", "uk")

# The relation words and the ЧСИР category are terms: their one home is the vocabulary.
RELATIONS = terms.RELATIONS
CATEGORIES = terms.KIN_CATEGORIES

# The dossier's family section.
DOSSIER_WORDS: dict[str, dict[str, str]] = {
    "family": {"en": "Family", "ru": "Семья", "uk": "Родина"},
    "married": {"en": "married", "ru": "брак с", "uk": "шлюб з"},
    "until": {"en": "ended", "ru": "прекращён", "uk": "припинено"},
    "unconfirmed": {
        "en": "not yet confirmed",
        "ru": "ещё не подтверждено",
        "uk": "ще не підтверджено",
    },
}

# Reasons the duplicate finder gives for a pair.
DUPLICATE_REASONS: dict[str, dict[str, str]] = {
    "same_name": {
        "en": "the same name: {name}",
        "ru": "то же имя: {name}",
        "uk": "те саме ім'я: {name}",
    },
    "spelling": {
        "en": "the same name in another spelling: {a} / {b}",
        "ru": "то же имя в другом написании: {a} / {b}",
        "uk": "те саме ім'я в іншому написанні: {a} / {b}",
    },
    "transliteration": {
        "en": "a transliteration of the same name: {a} / {b}",
        "ru": "транслитерация того же имени: {a} / {b}",
        "uk": "транслітерація того самого імені: {a} / {b}",
    },
    "similar_surname": {
        "en": "surnames a letter apart, as a misprint or a misreading makes them: {a} / {b}",
        "ru": "фамилии различаются одной буквой, как при опечатке или ошибке чтения: {a} / {b}",
        "uk": "прізвища різняться однією літерою, як при описці чи помилці читання: {a} / {b}",
    },
    "name_forms": {
        "en": "{a} and {b} are forms of one given name",
        "ru": "{a} и {b} — формы одного имени",
        "uk": "{a} і {b} — форми одного імені",
    },
    "initials": {
        "en": "the initials agree: {a} / {b}",
        "ru": "инициалы совпадают: {a} / {b}",
        "uk": "ініціали збігаються: {a} / {b}",
    },
    "same_birth_date": {
        "en": "born the same day: {date}",
        "ru": "родились в один день: {date}",
        "uk": "народилися в один день: {date}",
    },
    "same_birth_year": {
        "en": "born the same year: {year}",
        "ru": "родились в одном году: {year}",
        "uk": "народилися в одному році: {year}",
    },
    "birth_overlaps": {
        "en": "birth dates that can agree: {a} / {b}",
        "ru": "даты рождения могут совпадать: {a} / {b}",
        "uk": "дати народження можуть збігатися: {a} / {b}",
    },
    "one_birth_unknown": {
        "en": "the birth of one of them is not known",
        "ru": "дата рождения одного из них неизвестна",
        "uk": "дата народження одного з них невідома",
    },
    "same_birthplace": {
        "en": "the same place of birth: {place}",
        "ru": "то же место рождения: {place}",
        "uk": "те саме місце народження: {place}",
    },
    "other_birthplace": {
        "en": "different places of birth: {a} / {b}",
        "ru": "разные места рождения: {a} / {b}",
        "uk": "різні місця народження: {a} / {b}",
    },
    "shared_document": {
        "en": "both in the document «{title}»",
        "ru": "оба в документе «{title}»",
        "uk": "обидва в документі «{title}»",
    },
    "same_event": {
        "en": "the same {kind} date: {date}",
        "ru": "та же дата ({kind}): {date}",
        "uk": "та сама дата ({kind}): {date}",
    },
    "other_patronymic": {
        "en": "different patronymics: {a} / {b}",
        "ru": "разные отчества: {a} / {b}",
        "uk": "різні по батькові: {a} / {b}",
    },
}

# Why a merge was refused, and what it did that a person should know.
MERGE_WORDS: dict[str, dict[str, str]] = {
    "self": {
        "en": "a person cannot be merged with themself",
        "ru": "нельзя объединить человека с самим собой",
        "uk": "не можна об'єднати особу з нею самою",
    },
    "cycle": {
        "en": "{a} is an ancestor of {b}: merging them would make a person their own ancestor",
        "ru": "{a} — предок {b}: объединение сделало бы человека собственным предком",
        "uk": "{a} — предок {b}: об'єднання зробило б особу власним предком",
    },
    "merged": {
        "en": "merged person {other} into {keep}",
        "ru": "запись {other} объединена с {keep}",
        "uk": "запис {other} об'єднано з {keep}",
    },
}


def say(table: dict[str, dict[str, str]], code: str, language: str, **values: Any) -> str:
    """The text of `code` in `language` (English if missing), with its values filled in."""
    entry = table.get(code)
    if entry is None:
        return code.replace("_", " ")
    text = entry.get(language) or entry["en"]
    return text.format(**values)
