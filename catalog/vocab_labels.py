"""The catalogue's words in English, Russian and Ukrainian: the one home of every domain term.

`catalog.vocab` holds the identifiers stored in the database ("execution", "archival_reply");
this module holds what a person reads for each of them, in three languages. The exports (dossier,
GEDCOM, CSV), the command line and the desktop all read these tables, so a term is translated
once and "exile" or "relative" is added in one place. The desktop picks the interface language
(`desktop.labels`); the exports take the language the user asked for.

A missing translation falls back sensibly (Ukrainian → Russian → English).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from catalog.dates import PartialDate

Table = dict[str, dict[str, str]]

LANGUAGES = ("ru", "uk", "en")
FALLBACK = {"ru": ("ru", "en", "uk"), "uk": ("uk", "ru", "en"), "en": ("en", "ru", "uk")}

CLAIM_KINDS: Table = {
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
    "exile": {"en": "Exile", "ru": "Ссылка", "uk": "Заслання"},
    "deportation": {"en": "Deportation", "ru": "Высылка", "uk": "Виселення"},
    "special_settlement": {
        "en": "Special settlement",
        "ru": "Спецпоселение",
        "uk": "Спецпоселення",
    },
    "labour_army": {"en": "Labour army", "ru": "Трудармия", "uk": "Трудармія"},
}

DOCUMENT_KINDS: Table = {
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
        "uk": "Витяг із протоколу",
    },
    "sentence": {"en": "Sentence", "ru": "Приговор", "uk": "Вирок"},
    "letter": {"en": "Letter", "ru": "Письмо", "uk": "Лист"},
    "photo": {"en": "Photograph", "ru": "Фотография", "uk": "Фотографія"},
    "other": {"en": "Document", "ru": "Документ", "uk": "Документ"},
}

FLAG_KINDS: Table = {
    "likely_falsified_death": {
        "en": "Possibly invented death date (instruction 108ss)",
        "ru": "Дата смерти, возможно, вымышлена (указание 108сс)",
        "uk": "Дата смерті, можливо, вигадана (вказівка 108сс)",
    },
    "conflicting_dates": {
        "en": "Documents give different dates",
        "ru": "Документы называют разные даты",
        "uk": "Документи називають різні дати",
    },
    "cover_formula": {
        "en": "Cover formula instead of the real sentence",
        "ru": "Формула прикрытия вместо настоящего приговора",
        "uk": "Формула прикриття замість справжнього вироку",
    },
    "rehabilitation_revoked": {
        "en": "Rehabilitation revoked",
        "ru": "Реабилитация отменена",
        "uk": "Реабілітацію скасовано",
    },
    "family_member_of_traitor": {
        "en": "Family member of a traitor to the Motherland (ЧСИР): the relative's case",
        "ru": "Член семьи изменника Родины (ЧСИР): дело родственника",
        "uk": "Член родини зрадника Батьківщини (ЧСІР): справа родича",
    },
}

FLAG_STATUSES: Table = {
    "suggested": {"en": "to review", "ru": "требует проверки", "uk": "потребує перевірки"},
    "confirmed": {"en": "confirmed", "ru": "подтверждено", "uk": "підтверджено"},
    "dismissed": {"en": "dismissed", "ru": "отклонено", "uk": "відхилено"},
}

LINK_ROLES: Table = {
    "subject": {"en": "about this person", "ru": "об этом человеке", "uk": "про цю особу"},
    "relative": {"en": "about a relative", "ru": "о родственнике", "uk": "про родича"},
    "mentioned": {
        "en": "mentions this person",
        "ru": "упоминает этого человека",
        "uk": "згадує цю особу",
    },
    "applicant": {
        "en": "asked for or received it",
        "ru": "запросил или получил его",
        "uk": "запитав або отримав його",
    },
}

# A role as it is chosen for a link, seen from the document (the picker, the CLI's output).
LINK_ROLE_NAMES: Table = {
    "subject": {"en": "subject", "ru": "о ком документ", "uk": "про кого документ"},
    "relative": {"en": "relative", "ru": "родственник", "uk": "родич"},
    "mentioned": {"en": "mentioned", "ru": "упомянут", "uk": "згаданий"},
    "applicant": {
        "en": "applicant or recipient",
        "ru": "заявитель или получатель",
        "uk": "заявник або отримувач",
    },
}

# Whether a document's pages have text (catalog.services.document_list).
OCR_STATES: Table = {
    "none": {"en": "no pages", "ru": "нет страниц", "uk": "немає сторінок"},
    "not_done": {"en": "not read yet", "ru": "не распознан", "uk": "не розпізнано"},
    "done": {"en": "read", "ru": "распознан", "uk": "розпізнано"},
    "corrected": {"en": "corrected", "ru": "исправлен", "uk": "виправлено"},
}

TRANSCRIPTION_ORIGINS: Table = {
    "engine": {"en": "recognised text", "ru": "распознанный текст", "uk": "розпізнаний текст"},
    "human": {"en": "corrected by hand", "ru": "исправлено вручную", "uk": "виправлено вручну"},
    "imported": {
        "en": "imported text",
        "ru": "импортированный текст",
        "uk": "імпортований текст",
    },
}

SEXES: Table = {
    "m": {"en": "male", "ru": "мужской", "uk": "чоловіча"},
    "f": {"en": "female", "ru": "женский", "uk": "жіноча"},
}

# The words that qualify a date: "about 1894", "около 1894 г.", "близько 1894 р.".
QUALIFIERS: Table = {
    "exact": {"en": "exactly", "ru": "точно", "uk": "точно"},
    "about": {"en": "about", "ru": "около", "uk": "близько"},
    "before": {"en": "before", "ru": "до", "uk": "до"},
    "after": {"en": "after", "ru": "после", "uk": "після"},
    "between": {"en": "between", "ru": "между", "uk": "між"},
    "period": {"en": "from … to", "ru": "с … по", "uk": "з … по"},
}

# Ranges: "between 1937 and 1938", "между 1937 и 1938", "з 1941 по 1946"; seasons and decades
# (catalog.dates: a range of their shape has a `form`).
RANGE_PHRASES: Table = {
    "between": {"en": "between {a} and {b}", "ru": "между {a} и {b}", "uk": "між {a} і {b}"},
    "period": {"en": "from {a} to {b}", "ru": "с {a} по {b}", "uk": "з {a} по {b}"},
    "decade": {"en": "the {year}s", "ru": "{year}-е годы", "uk": "{year}-ті роки"},
    "spring": {"en": "spring {year}", "ru": "весна {year}", "uk": "весна {year}"},
    "summer": {"en": "summer {year}", "ru": "лето {year}", "uk": "літо {year}"},
    "autumn": {"en": "autumn {year}", "ru": "осень {year}", "uk": "осінь {year}"},
    "winter": {"en": "winter {year}", "ru": "зима {year}", "uk": "зима {year}"},
}

NAME_VARIANT_KINDS: Table = {
    "spelling": {"en": "spelling", "ru": "написание", "uk": "написання"},
    "maiden": {"en": "maiden name", "ru": "девичья фамилия", "uk": "дівоче прізвище"},
    "transliteration": {
        "en": "transliteration",
        "ru": "транслитерация",
        "uk": "транслітерація",
    },
    "other": {"en": "other form", "ru": "другая форма", "uk": "інша форма"},
}

# Claim kinds as running text names them ("claim 12 (death, …)", "утверждение 12 (смерть, …)").
CLAIM_KIND_NOUNS: Table = {
    "birth": {"en": "birth", "ru": "рождение", "uk": "народження"},
    "arrest": {"en": "arrest", "ru": "арест", "uk": "арешт"},
    "sentence": {"en": "sentence", "ru": "приговор", "uk": "вирок"},
    "execution": {"en": "execution", "ru": "расстрел", "uk": "розстріл"},
    "death": {"en": "death", "ru": "смерть", "uk": "смерть"},
    "burial": {"en": "burial", "ru": "захоронение", "uk": "поховання"},
    "release": {"en": "release", "ru": "освобождение", "uk": "звільнення"},
    "rehabilitation": {"en": "rehabilitation", "ru": "реабилитация", "uk": "реабілітація"},
    "rehabilitation_refused": {
        "en": "rehabilitation refused",
        "ru": "отказ в реабилитации",
        "uk": "відмова в реабілітації",
    },
    "rehabilitation_revoked": {
        "en": "rehabilitation revoked",
        "ru": "отмена реабилитации",
        "uk": "скасування реабілітації",
    },
    "other": {"en": "other", "ru": "сведения", "uk": "відомості"},
    "exile": {"en": "exile", "ru": "ссылка", "uk": "заслання"},
    "deportation": {"en": "deportation", "ru": "высылка", "uk": "виселення"},
    "special_settlement": {
        "en": "special settlement",
        "ru": "спецпоселение",
        "uk": "спецпоселення",
    },
    "labour_army": {"en": "labour army", "ru": "трудармия", "uk": "трудармія"},
}

# The short names `spravka check` gives the kinds of flag (its `label`, `label_ru`, `label_uk`),
# and with which the falsified-death reason begins.
FLAG_LABELS: Table = {
    "likely_falsified_death": {
        "en": "possibly fabricated (108ss)",
        "ru": "возможно вымышлено (108сс)",
        "uk": "можливо вигадано (108сс)",
    },
    "conflicting_dates": {
        "en": "conflicting dates",
        "ru": "противоречивые даты",
        "uk": "суперечливі дати",
    },
    "cover_formula": {
        "en": "cover formula «without the right of correspondence»",
        "ru": "формула «без права переписки»",
        "uk": "формула «без права листування»",
    },
    "rehabilitation_revoked": {
        "en": "rehabilitation revoked",
        "ru": "реабилитация отменена",
        "uk": "реабілітацію скасовано",
    },
    "family_member_of_traitor": {
        "en": "family member of a traitor (ЧСИР)",
        "ru": "член семьи изменника Родины (ЧСИР)",
        "uk": "член родини зрадника (ЧСІР)",
    },
}

# Kinship, as a family section, a CLI listing or a GEDCOM note names a relative.
RELATIONS: Table = {
    "parent": {"en": "Parent", "ru": "Родитель", "uk": "Батько або мати"},
    "father": {"en": "Father", "ru": "Отец", "uk": "Батько"},
    "mother": {"en": "Mother", "ru": "Мать", "uk": "Мати"},
    "child": {"en": "Child", "ru": "Ребёнок", "uk": "Дитина"},
    "son": {"en": "Son", "ru": "Сын", "uk": "Син"},
    "daughter": {"en": "Daughter", "ru": "Дочь", "uk": "Донька"},
    "spouse": {"en": "Spouse", "ru": "Супруг(а)", "uk": "Чоловік або дружина"},
    "husband": {"en": "Husband", "ru": "Муж", "uk": "Чоловік"},
    "wife": {"en": "Wife", "ru": "Жена", "uk": "Дружина"},
    "sibling": {"en": "Sibling", "ru": "Брат или сестра", "uk": "Брат або сестра"},
    "brother": {"en": "Brother", "ru": "Брат", "uk": "Брат"},
    "sister": {"en": "Sister", "ru": "Сестра", "uk": "Сестра"},
}

KIN_CATEGORIES: Table = {
    "chsir": {
        "en": "Family member of a traitor to the Motherland (ЧСИР)",
        "ru": "Член семьи изменника Родины (ЧСИР)",
        "uk": "Член родини зрадника Батьківщини (ЧСІР)",
    },
}

# Words of the domain that are not vocabularies but recur in every export (the dossier's facts,
# GEDCOM notes): written lower-case; a heading or a note capitalises them (`capital`).
WORDS: Table = {
    "article": {"en": "article", "ru": "статья", "uk": "стаття"},
    "basis": {"en": "basis", "ru": "основание", "uk": "підстава"},
    "issued": {"en": "issued", "ru": "выдан", "uk": "видано"},
    "act_record": {"en": "act record", "ru": "запись акта", "uk": "актовий запис"},
    "archive_ref": {"en": "archive reference", "ru": "архивный шифр", "uk": "архівний шифр"},
    "kind": {"en": "kind", "ru": "вид", "uk": "вид"},
    "cause": {"en": "cause of death", "ru": "причина смерти", "uk": "причина смерті"},
    "place": {"en": "place", "ru": "место", "uk": "місце"},
    "source": {"en": "source", "ru": "источник", "uk": "джерело"},
    "region": {"en": "region", "ru": "область", "uk": "ділянка"},
    "page_abbr": {"en": "p.", "ru": "стр.", "uk": "стор."},
    "likelihood": {"en": "likelihood", "ru": "вероятность", "uk": "ймовірність"},
    "person": {"en": "person", "ru": "человек", "uk": "особа"},
    "flag": {"en": "flag", "ru": "отметка", "uk": "позначка"},
    "rule": {"en": "rule", "ru": "правило", "uk": "правило"},
    "no_name": {"en": "(no name)", "ru": "(без имени)", "uk": "(без імені)"},
    "researcher_conclusion": {
        "en": "researcher's conclusion",
        "ru": "вывод исследователя",
        "uk": "висновок дослідника",
    },
}

# Months as a date writes them: "20 октября" (genitive) and "октябрь 1937" (nominative).
MONTHS_GENITIVE = {
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
    "uk": "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня",
    "en": "January February March April May June July August September October November December",
}
MONTHS_NOMINATIVE = {
    "ru": "январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь",
    "uk": "січень лютий березень квітень травень червень липень серпень вересень жовтень "
    "листопад грудень",
    "en": MONTHS_GENITIVE["en"],
}
# The year's abbreviation after a date: "1937 г.", "1937 р.".
YEAR_SUFFIX = {"ru": " г.", "uk": " р.", "en": ""}


def range_text(
    date: PartialDate, language: str, point: Callable[[PartialDate], str], year_suffix: str = ""
) -> str:
    """A range in words, its two points written by `point`: "between 1941 and 1943",
    "весна 1938 г." (`year_suffix` is the year's abbreviation where the caller writes one)."""
    assert date.end is not None
    form = date.form
    if form == "decade":
        return pick(RANGE_PHRASES, "decade", language).format(year=date.year)
    if form:
        year = f"{date.end.year}{year_suffix}"
        return pick(RANGE_PHRASES, form, language).format(year=year)
    key = "period" if date.qualifier == "period" else "between"
    return pick(RANGE_PHRASES, key, language).format(a=point(date.start), b=point(date.end))


def language_or_default(language: str) -> str:
    return language if language in LANGUAGES else "en"


def pick(table: Table, key: str, language: str) -> str:
    """The entry `key` of `table` in `language`, else the nearest language that has it."""
    entry = table.get(key)
    if entry is None:
        return key.replace("_", " ")
    for lang in FALLBACK.get(language, FALLBACK["en"]):
        if entry.get(lang):
            return entry[lang]
    return key


def capital(text: str) -> str:
    """First letter upper-case, the rest as written ("архивный шифр" → "Архивный шифр")."""
    return text[:1].upper() + text[1:]


def claim_kind(kind: str, language: str) -> str:
    return pick(CLAIM_KINDS, kind, language)


def document_kind(kind: str, language: str) -> str:
    return pick(DOCUMENT_KINDS, kind, language)


def flag_kind(kind: str, language: str) -> str:
    return pick(FLAG_KINDS, kind, language)


def flag_status(status: str, language: str) -> str:
    return pick(FLAG_STATUSES, status, language)


def link_role(role: str, language: str) -> str:
    return pick(LINK_ROLES, role, language)


def link_role_name(role: str, language: str) -> str:
    return pick(LINK_ROLE_NAMES, role, language)


def ocr_state(state: str, language: str) -> str:
    return pick(OCR_STATES, state, language)


def transcription_origin(origin: str, language: str) -> str:
    return pick(TRANSCRIPTION_ORIGINS, origin, language)


def sex(value: str | None, language: str) -> str:
    return pick(SEXES, value, language) if value in SEXES else ""


def qualifier(value: str, language: str) -> str:
    return pick(QUALIFIERS, value, language)


def name_variant_kind(kind: str, language: str) -> str:
    return pick(NAME_VARIANT_KINDS, kind, language)


def relation(key: str, language: str) -> str:
    return pick(RELATIONS, key, language)


def word(key: str, language: str) -> str:
    return pick(WORDS, key, language)


def flag_label(kind: str, language: str) -> str:
    return pick(FLAG_LABELS, kind, language)


def percent(score: float, language: str) -> str:
    """A score as a reader expects it: "92%" in English, "92 %" (a no-break space) in ru/uk."""
    value = round(score * 100)
    return f"{value}%" if language_or_default(language) == "en" else f"{value}\u00a0%"


def likelihood(score: float, language: str) -> str:
    """ "likelihood 92%", «вероятность 92 %», «ймовірність 92 %»."""
    return f"{word('likelihood', language)} {percent(score, language)}"
