"""The dossier's words in Russian, Ukrainian and English.

Written for a family, not for a researcher: plain sentences, no codes. The terms (kinds, "article",
"issued"…) come from their one home, `catalog.vocab_labels`; this table keeps the dossier's own
sentences. The explanation of
instruction 108ss follows the domain brief (`old.memo.ru/memory/preface/3265c-62.htm`).
"""

from __future__ import annotations

from catalog.vocab_labels import (
    CLAIM_KINDS,
    DOCUMENT_KINDS,
    TRANSCRIPTION_ORIGINS,
    WORDS,
    Table,
    capital,
)


def _term(table: Table, key: str, capitalised: bool = False) -> dict[str, str]:
    """A domain term from its one home (`catalog.vocab_labels`), as a heading writes it."""
    entry = table[key]
    return {lang: capital(text) if capitalised else text for lang, text in entry.items()}


TEXT: dict[str, dict[str, str]] = {
    "dossier": {"ru": "Досье", "uk": "Досьє", "en": "Dossier"},
    "other_spellings": {
        "ru": "Другие написания имени",
        "uk": "Інші написання імені",
        "en": "Other spellings of the name",
    },
    "born": {"ru": "Рождение", "uk": "Народження", "en": "Born"},
    "nationality": {"ru": "Национальность", "uk": "Національність", "en": "Nationality"},
    "occupation": {"ru": "Род занятий", "uk": "Рід занять", "en": "Occupation"},
    "residence": {"ru": "Место жительства", "uk": "Місце проживання", "en": "Residence"},
    "photo_caption": _term(DOCUMENT_KINDS, "photo"),
    "record_vs_archive": {
        "ru": "Что сообщили семье и что показывает архив",
        "uk": "Що повідомили родині і що показує архів",
        "en": "What the family was told, and what the archive shows",
    },
    "told": {
        "ru": "Что сообщили семье",
        "uk": "Що повідомили родині",
        "en": "What the family was told",
    },
    "archive_shows": {
        "ru": "Что показывают архивные документы",
        "uk": "Що показують архівні документи",
        "en": "What the archival documents show",
    },
    "died": {"ru": "Умер", "uk": "Помер", "en": "Died"},
    "died_f": {"ru": "Умерла", "uk": "Померла", "en": "Died"},
    "shot": {"ru": "Расстрелян", "uk": "Розстріляний", "en": "Shot"},
    "shot_f": {"ru": "Расстреляна", "uk": "Розстріляна", "en": "Shot"},
    "cause": _term(WORDS, "cause", capitalised=True),
    "place": _term(WORDS, "place", capitalised=True),
    "sentenced": _term(CLAIM_KINDS, "sentence"),
    "body": {"ru": "Орган", "uk": "Орган", "en": "By"},
    "article": _term(WORDS, "article", capitalised=True),
    "basis": _term(WORDS, "basis", capitalised=True),
    "explain_108": {
        "ru": "С 1955 по 1962 год по указанию КГБ № 108сс родственникам людей, расстрелянных "
        "в 1937–1938 годах, сообщали, что те умерли «в местах заключения» — в пределах десяти "
        "лет после ареста и от вымышленных болезней. Такие даты попадали в свидетельства о "
        "смерти и потом переписывались в повторные свидетельства. Настоящие даты расстрела "
        "сохранились в архивных делах.",
        "uk": "З 1955 по 1962 рік за вказівкою КДБ № 108сс родичам людей, розстріляних у "
        "1937–1938 роках, повідомляли, що ті померли «в місцях ув'язнення» — у межах десяти "
        "років після арешту і від вигаданих хвороб. Такі дати потрапляли до свідоцтв про смерть "
        "і згодом переписувалися в повторні свідоцтва. Справжні дати розстрілу збереглися в "
        "архівних справах.",
        "en": "From 1955 to 1962, under KGB instruction No. 108ss, the families of people shot "
        "in 1937–1938 were told that they had died \u201cin places of detention\u201d within ten "
        "years of their arrest, of invented illnesses. Those dates went into death certificates "
        "and were later copied into repeat certificates. The real dates of execution survive in "
        "the archival case files.",
    },
    "why_flagged": {
        "ru": "Почему эта дата вызывает сомнение",
        "uk": "Чому ця дата викликає сумнів",
        "en": "Why this date is in doubt",
    },
    "suggested_note": {
        "ru": "Это вывод программы по документам; исследователь его ещё не подтвердил.",
        "uk": "Це висновок програми за документами; дослідник його ще не підтвердив.",
        "en": "This is the program's reading of the documents; a researcher has not yet "
        "confirmed it.",
    },
    "confirmed_note": {
        "ru": "Исследователь подтвердил этот вывод.",
        "uk": "Дослідник підтвердив цей висновок.",
        "en": "A researcher has confirmed this finding.",
    },
    "possibly_false": {
        "ru": "дата, возможно, вымышлена",
        "uk": "дата, можливо, вигадана",
        "en": "this date may be invented",
    },
    "timeline": {"ru": "Хронология", "uk": "Хронологія", "en": "Timeline"},
    "timeline_intro": {
        "ru": "Каждая строка — то, что утверждает один документ. Документы могут противоречить "
        "друг другу; здесь ничего не исправлено и не объединено.",
        "uk": "Кожен рядок — те, що стверджує один документ. Документи можуть суперечити один "
        "одному; тут нічого не виправлено і не об'єднано.",
        "en": "Each line is what one document states. Documents may contradict each other; "
        "nothing here has been corrected or merged.",
    },
    "date": {"ru": "Дата", "uk": "Дата", "en": "Date"},
    "event": {"ru": "Событие", "uk": "Подія", "en": "Event"},
    "details": {"ru": "Подробности", "uk": "Подробиці", "en": "Details"},
    "source": _term(WORDS, "source", capitalised=True),
    "no_date": {"ru": "дата неизвестна", "uk": "дата невідома", "en": "date unknown"},
    "conclusion": _term(WORDS, "researcher_conclusion"),
    "page_short": _term(WORDS, "page_abbr"),
    "findings": {"ru": "Замечания", "uk": "Зауваження", "en": "Findings"},
    "documents": {"ru": "Документы", "uk": "Документи", "en": "Documents"},
    "issued": _term(WORDS, "issued"),
    "act_record": _term(WORDS, "act_record"),
    "archive_ref": _term(WORDS, "archive_ref"),
    "pages_count": {"ru": "страниц", "uk": "сторінок", "en": "pages"},
    "page_images": {
        "ru": "Страницы документов",
        "uk": "Сторінки документів",
        "en": "The documents' pages",
    },
    "page_of": {
        "ru": "страница {n} из {total}",
        "uk": "сторінка {n} з {total}",
        "en": "page {n} of {total}",
    },
    "transcription": {"ru": "Расшифровка", "uk": "Розшифровка", "en": "Transcription"},
    "by_machine": {
        "ru": "распознано автоматически, не проверено человеком",
        "uk": "розпізнано автоматично, не перевірено людиною",
        "en": "read by OCR, not yet checked by a person",
    },
    "by_person": {
        "ru": "проверено человеком",
        "uk": "перевірено людиною",
        "en": "checked by a person",
    },
    "imported": _term(TRANSCRIPTION_ORIGINS, "imported"),
    "no_transcription": {
        "ru": "Текст этой страницы ещё не расшифрован.",
        "uk": "Текст цієї сторінки ще не розшифровано.",
        "en": "This page has not been transcribed yet.",
    },
    "highlight_note": {
        "ru": "Рамкой отмечены места, на которые ссылается хронология.",
        "uk": "Рамкою позначено місця, на які посилається хронологія.",
        "en": "Frames mark the passages the timeline cites.",
    },
    "footer": {
        "ru": "Составлено в программе «Справка» {date}",
        "uk": "Складено в програмі «Справка» {date}",
        "en": "Prepared with Spravka on {date}",
    },
    "page_footer": {
        "ru": "стр. {n} из {total}",
        "uk": "стор. {n} з {total}",
        "en": "page {n} of {total}",
    },
    "notes": {"ru": "Примечания", "uk": "Примітки", "en": "Notes"},
}


def t(key: str, language: str, **values: object) -> str:
    entry = TEXT[key]
    text = entry.get(language) or entry.get("en") or ""
    return text.format(**values) if values else text
