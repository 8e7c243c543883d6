"""The words of GEDCOM and package imports in English, Russian and Ukrainian.

The GEDCOM import's report lines and problems (`catalog.io.gedcom_read`, `gedcom_map`,
`gedcom_dates`, `gedcom_import`), the dates' own problems (`catalog.dates`), and what a package
or interchange import reports: its summary, its conflicts, its refusals
(`catalog.io.interchange_load`, `interchange_merge`, `package_import`). As in
`catalog.problem_words`, the English is the exact sentence the code writes and
`catalog.wording` says it again in Russian or Ukrainian.
"""

from __future__ import annotations

Table = dict[str, dict[str, str]]

GEDCOM: Table = {
    "encoding": {
        "en": "encoding: CHAR {declared}, read as {encoding}",
        "ru": "кодировка: CHAR {declared}, прочитано как {encoding}",
        "uk": "кодування: CHAR {declared}, прочитано як {encoding}",
    },
    "none": {"en": "(none)", "ru": "(нет)", "uk": "(немає)"},
    "problem_line": {
        "en": "problem: {problem}",
        "ru": "проблема: {problem}",
        "uk": "проблема: {problem}",
    },
    "not_mapped_line": {
        "en": "not mapped: {tag} ×{count} (first at line {line})",
        "ru": "не перенесено: {tag} ×{count} (впервые в строке {line})",
        "uk": "не перенесено: {tag} ×{count} (уперше в рядку {line})",
    },
    "line": {"en": "line {line}", "ru": "строка {line}", "uk": "рядок {line}"},
    "nothing_to_import": {
        "en": "nothing to import",
        "ru": "импортировать нечего",
        "uk": "імпортувати нічого",
    },
    "problems": {"en": "{count} problem(s)", "ru": "проблем: {count}", "uk": "проблем: {count}"},
    "lines_not_mapped": {
        "en": "{count} line(s) not mapped",
        "ru": "не перенесено строк: {count}",
        "uk": "не перенесено рядків: {count}",
    },
    "not_utf8": {
        "en": "the file says CHAR {declared} but is not valid UTF-8; read as {codec}",
        "ru": "в файле указано CHAR {declared}, но это не корректный UTF-8; прочитано как {codec}",
        "uk": "у файлі зазначено CHAR {declared}, але це не коректний UTF-8; прочитано як {codec}",
    },
    "ansel_cyrillic": {
        "en": "the file says CHAR ANSEL but holds Cyrillic letters in Windows-1251",
        "ru": "в файле указано CHAR ANSEL, но в нём кириллица в Windows-1251",
        "uk": "у файлі зазначено CHAR ANSEL, але в ньому кирилиця у Windows-1251",
    },
    "no_code_page": {
        "en": "CHAR {declared} does not name a code page; the letters look like {codec} and "
        "were read so",
        "ru": "CHAR {declared} не называет кодовую страницу; буквы похожи на {codec} и "
        "прочитаны так",
        "uk": "CHAR {declared} не називає кодової сторінки; літери схожі на {codec} і "
        "прочитані так",
    },
    "unknown_char": {
        "en": "unknown CHAR {declared}; read as {codec}",
        "ru": "неизвестная кодировка CHAR {declared}; прочитано как {codec}",
        "uk": "невідоме кодування CHAR {declared}; прочитано як {codec}",
    },
    "continued": {
        "en": "not a GEDCOM line; kept as part of line {line}",
        "ru": "не строка GEDCOM; сохранена как часть строки {line}",
        "uk": "не рядок GEDCOM; збережено як частину рядка {line}",
    },
    "skipped_line": {
        "en": "not a GEDCOM line, skipped: {text}",
        "ru": "не строка GEDCOM, пропущена: {text}",
        "uk": "не рядок GEDCOM, пропущено: {text}",
    },
    "record_again": {
        "en": "the record @{xref}@ appears again (first at line {line}); this one is left out",
        "ru": "запись @{xref}@ встречается снова (впервые в строке {line}); эта пропущена",
        "uk": "запис @{xref}@ трапляється знову (уперше в рядку {line}); цей пропущено",
    },
    "before_first": {
        "en": "a line before the first record, skipped",
        "ru": "строка перед первой записью, пропущена",
        "uk": "рядок перед першим записом, пропущено",
    },
    "level_jump": {
        "en": "level {level} follows level {previous}; read as level {read}",
        "ru": "уровень {level} идёт после уровня {previous}; прочитан как уровень {read}",
        "uk": "рівень {level} іде після рівня {previous}; прочитано як рівень {read}",
    },
    "no_head": {
        "en": "the file has no HEAD record: is it a GEDCOM file?",
        "ru": "в файле нет записи HEAD: это файл GEDCOM?",
        "uk": "у файлі немає запису HEAD: це файл GEDCOM?",
    },
    "not_gedcom": {
        "en": "not a GEDCOM file (no HEAD, INDI or FAM record)",
        "ru": "не файл GEDCOM (нет записей HEAD, INDI или FAM)",
        "uk": "не файл GEDCOM (немає записів HEAD, INDI чи FAM)",
    },
    "tag_not_mapped": {
        "en": "{tag} in {where} is not mapped",
        "ru": "{tag} в {where} не перенесено",
        "uk": "{tag} у {where} не перенесено",
    },
    "note_missing": {
        "en": "the note @{xref}@ does not exist",
        "ru": "заметки @{xref}@ нет",
        "uk": "нотатки @{xref}@ немає",
    },
    "media_missing": {
        "en": "the multimedia record @{xref}@ does not exist",
        "ru": "мультимедийной записи @{xref}@ нет",
        "uk": "мультимедійного запису @{xref}@ немає",
    },
    "media_no_file": {
        "en": "a multimedia link without a FILE",
        "ru": "мультимедийная ссылка без FILE",
        "uk": "мультимедійне посилання без FILE",
    },
    "media_not_found": {
        "en": "the file {path} was not found beside {name}",
        "ru": "файл {path} не найден рядом с {name}",
        "uk": "файл {path} не знайдено поруч із {name}",
    },
    "source_missing": {
        "en": "the source @{xref}@ does not exist",
        "ru": "источника @{xref}@ нет",
        "uk": "джерела @{xref}@ немає",
    },
    "date_problem": {
        "en": "date {value}: {problem}",
        "ru": "дата {value}: {problem}",
        "uk": "дата {value}: {problem}",
    },
    "indi_no_id": {
        "en": "an INDI record without an id, skipped",
        "ru": "запись INDI без идентификатора, пропущена",
        "uk": "запис INDI без ідентифікатора, пропущено",
    },
    "sour_no_id": {
        "en": "a SOUR record without an id, skipped",
        "ru": "запись SOUR без идентификатора, пропущена",
        "uk": "запис SOUR без ідентифікатора, пропущено",
    },
    "no_name": {
        "en": "person @{xref}@ has no NAME",
        "ru": "у человека @{xref}@ нет NAME",
        "uk": "особа @{xref}@ не має NAME",
    },
    "not_a_person": {
        "en": "{role} points to @{xref}@, which is not a person in the file",
        "ru": "{role} указывает на @{xref}@, но это не человек из файла",
        "uk": "{role} вказує на @{xref}@, але це не особа з файлу",
    },
    "family_refused": {
        "en": "family @{xref}@: {who} and {relative}: {problem}; not recorded",
        "ru": "семья @{xref}@: {who} и {relative}: {problem}; не записано",
        "uk": "родина @{xref}@: {who} і {relative}: {problem}; не записано",
    },
    "calendar": {
        "en": "the {calendar} calendar is not converted",
        "ru": "календарь {calendar} не пересчитывается",
        "uk": "календар {calendar} не перераховується",
    },
    "bc": {
        "en": "dates before Christ are not kept",
        "ru": "даты до нашей эры не сохраняются",
        "uk": "дати до нашої ери не зберігаються",
    },
    "unknown_month": {
        "en": "unknown month {month}",
        "ru": "неизвестный месяц {month}",
        "uk": "невідомий місяць {month}",
    },
    "day_no_month": {
        "en": "a day without a month: {text}",
        "ru": "день без месяца: {text}",
        "uk": "день без місяця: {text}",
    },
    "not_a_date": {"en": "not a date: {text}", "ru": "не дата: {text}", "uk": "не дата: {text}"},
    "day_left_out": {
        "en": "{problem}; the day is left out",
        "ru": "{problem}; день опущен",
        "uk": "{problem}; день пропущено",
    },
    "date_left_out": {
        "en": "{problem}; the date is left out",
        "ru": "{problem}; дата опущена",
        "uk": "{problem}; дату пропущено",
    },
    "empty_date": {"en": "an empty date", "ru": "пустая дата", "uk": "порожня дата"},
    "bet_no_and": {"en": "BET without AND", "ru": "BET без AND", "uk": "BET без AND"},
}

# The problems of a date itself (catalog.dates.InvalidDate), met in GEDCOM and JSON files.
DATES: Table = {
    "year_range": {
        "en": "year must be between {low} and {high}",
        "ru": "год должен быть от {low} до {high}",
        "uk": "рік має бути від {low} до {high}",
    },
    "day_needs_month": {
        "en": "a day needs a month",
        "ru": "у дня должен быть месяц",
        "uk": "день потребує місяця",
    },
    "no_month": {
        "en": "there is no month {month}",
        "ru": "месяца {month} не существует",
        "uk": "місяця {month} не існує",
    },
    "month_days": {
        "en": "month {month} of {year} has {days} days",
        "ru": "в месяце {month} года {year} дней: {days}",
        "uk": "у місяці {month} року {year} днів: {days}",
    },
    "range_backwards": {
        "en": "the range ends before it begins",
        "ru": "промежуток кончается раньше, чем начинается",
        "uk": "проміжок закінчується раніше, ніж починається",
    },
    "iso_expected": {
        "en": 'expected "YYYY", "YYYY-MM" or "YYYY-MM-DD"',
        "ru": "ожидается «ГГГГ», «ГГГГ-ММ» или «ГГГГ-ММ-ДД»",
        "uk": "очікується «РРРР», «РРРР-ММ» або «РРРР-ММ-ДД»",
    },
}

# What an interchange file or package brought (catalog.io.interchange_load, package_import).
EXCHANGE: Table = {
    "person_label": {"en": "person {local}", "ru": "человек {local}", "uk": "особа {local}"},
    "document_label": {
        "en": "document {local}",
        "ru": "документ {local}",
        "uk": "документ {local}",
    },
    "claim_label": {"en": "claim {local}", "ru": "утверждение {local}", "uk": "твердження {local}"},
    "page_label": {"en": "page {local}", "ru": "страница {local}", "uk": "сторінка {local}"},
    "added_person": {
        "en": "{n} person(s) added",
        "ru": "добавлено людей: {n}",
        "uk": "додано осіб: {n}",
    },
    "added_document": {
        "en": "{n} document(s) added",
        "ru": "добавлено документов: {n}",
        "uk": "додано документів: {n}",
    },
    "added_claim": {
        "en": "{n} claim(s) added",
        "ru": "добавлено утверждений: {n}",
        "uk": "додано тверджень: {n}",
    },
    "added_page": {
        "en": "{n} page(s) added",
        "ru": "добавлено страниц: {n}",
        "uk": "додано сторінок: {n}",
    },
    "added_flag": {
        "en": "{n} flag(s) added",
        "ru": "добавлено отметок: {n}",
        "uk": "додано позначок: {n}",
    },
    "added_relationship": {
        "en": "{n} relationship(s) added",
        "ru": "добавлено родственных связей: {n}",
        "uk": "додано родинних зв'язків: {n}",
    },
    "added_transcription": {
        "en": "{n} transcription(s) added",
        "ru": "добавлено расшифровок: {n}",
        "uk": "додано розшифрувань: {n}",
    },
    "present_person": {
        "en": "{n} person(s) already present",
        "ru": "людей уже в каталоге: {n}",
        "uk": "осіб уже в каталозі: {n}",
    },
    "present_document": {
        "en": "{n} document(s) already present",
        "ru": "документов уже в каталоге: {n}",
        "uk": "документів уже в каталозі: {n}",
    },
    "present_claim": {
        "en": "{n} claim(s) already present",
        "ru": "утверждений уже в каталоге: {n}",
        "uk": "тверджень уже в каталозі: {n}",
    },
    "present_page": {
        "en": "{n} page(s) already present",
        "ru": "страниц уже в каталоге: {n}",
        "uk": "сторінок уже в каталозі: {n}",
    },
    "present_flag": {
        "en": "{n} flag(s) already present",
        "ru": "отметок уже в каталоге: {n}",
        "uk": "позначок уже в каталозі: {n}",
    },
    "present_relationship": {
        "en": "{n} relationship(s) already present",
        "ru": "родственных связей уже в каталоге: {n}",
        "uk": "родинних зв'язків уже в каталозі: {n}",
    },
    "present_picture": {
        "en": "{n} picture(s) already present",
        "ru": "изображений уже в каталоге: {n}",
        "uk": "зображень уже в каталозі: {n}",
    },
    "conflicts_kept": {
        "en": "{n} conflict(s) kept as in the catalogue",
        "ru": "конфликтов: {n} (оставлено как в каталоге)",
        "uk": "конфліктів: {n} (залишено як у каталозі)",
    },
    "nothing_new": {"en": "nothing new", "ru": "ничего нового", "uk": "нічого нового"},
    "nothing_to_load": {
        "en": "nothing to load",
        "ru": "загружать нечего",
        "uk": "завантажувати нічого",
    },
    "differs": {
        "en": "{key} is {mine} in the catalogue, {theirs} in the file; kept the catalogue's",
        "ru": "{key}: в каталоге {mine}, в файле {theirs}; оставлено значение каталога",
        "uk": "{key}: у каталозі {mine}, у файлі {theirs}; залишено значення каталогу",
    },
    "differs_extra": {
        "en": "{key} is {mine} in the catalogue, {theirs} in the file; kept the catalogue's, "
        "the file's is under {where}",
        "ru": "{key}: в каталоге {mine}, в файле {theirs}; оставлено значение каталога, "
        "значение файла сохранено в {where}",
        "uk": "{key}: у каталозі {mine}, у файлі {theirs}; залишено значення каталогу, "
        "значення файлу збережено в {where}",
    },
    "differs_part": {
        "en": "{key} is {mine} in the catalogue, {theirs} in the file",
        "ru": "{key}: в каталоге {mine}, в файле {theirs}",
        "uk": "{key}: у каталозі {mine}, у файлі {theirs}",
    },
    "claim_beside": {
        "en": "the catalogue's claim kept, the file's added beside it as claim {id}",
        "ru": "утверждение каталога оставлено, утверждение файла добавлено рядом как "
        "утверждение {id}",
        "uk": "твердження каталогу залишено, твердження файлу додано поруч як твердження {id}",
    },
    "claim_elsewhere": {
        "en": "already in the catalogue for another person; left there",
        "ru": "уже есть в каталоге у другого человека; оставлено там",
        "uk": "уже є в каталозі в іншої особи; залишено там",
    },
    "flag_differs": {
        "en": "flag {kind} of person {person}: {mine} in the catalogue, {theirs} in the file; "
        "kept the catalogue's",
        "ru": "отметка {kind} человека {person}: в каталоге {mine}, в файле {theirs}; "
        "оставлено значение каталога",
        "uk": "позначка {kind} особи {person}: у каталозі {mine}, у файлі {theirs}; "
        "залишено значення каталогу",
    },
    "transcription_differs": {
        "en": "the file's transcription differs from the catalogue's current one; the file's "
        "is kept as version {versions} in the page's history, the catalogue's text (version "
        "{version}, {origin}) stays current",
        "ru": "расшифровка из файла отличается от текущей в каталоге; расшифровка файла "
        "сохранена как версия {versions} в истории страницы, текст каталога (версия "
        "{version}, {origin}) остаётся текущим",
        "uk": "розшифрування з файлу відрізняється від поточного в каталозі; розшифрування "
        "файлу збережено як версію {versions} в історії сторінки, текст каталогу (версія "
        "{version}, {origin}) залишається поточним",
    },
    "unknown_key": {
        "en": "unknown key, kept with the record but not interpreted",
        "ru": "неизвестный ключ, сохранён с записью, но не истолкован",
        "uk": "невідомий ключ, збережено із записом, але не витлумачено",
    },
    "no_package_format": {
        "en": "not a Spravka package ({manifest} has no package format)",
        "ru": "не пакет «Справки» (в {manifest} не указан формат пакета)",
        "uk": "не пакет «Довідки» (у {manifest} не зазначено формату пакета)",
    },
    "not_in_package": {
        "en": "{name} is in the manifest but not in the package",
        "ru": "{name} есть в описи, но нет в пакете",
        "uk": "{name} є в описі, але немає в пакеті",
    },
    "not_in_manifest": {
        "en": "{name} is in the package but not in its manifest",
        "ru": "{name} есть в пакете, но нет в его описи",
        "uk": "{name} є в пакеті, але немає в його описі",
    },
    "size_differs": {
        "en": "{name} has {actual} bytes, the manifest says {size}",
        "ru": "в {name} байт: {actual}, а в описи указано {size}",
        "uk": "у {name} байтів: {actual}, а в описі зазначено {size}",
    },
    "sha_differs": {
        "en": "{name} does not match its SHA-256 in the manifest (changed or damaged)",
        "ru": "{name} не совпадает со своей суммой SHA-256 из описи (изменён или повреждён)",
        "uk": "{name} не збігається зі своєю сумою SHA-256 з опису (змінений або пошкоджений)",
    },
    "no_manifest": {
        "en": "the package has no {manifest}",
        "ru": "в пакете нет {manifest}",
        "uk": "у пакеті немає {manifest}",
    },
    "no_catalog_json": {
        "en": "the package holds no {name}",
        "ru": "в пакете нет {name}",
        "uk": "у пакеті немає {name}",
    },
    "json_problems": {
        "en": "{name} has {count} problem(s):",
        "ru": "в {name} проблем: {count}:",
        "uk": "у {name} проблем: {count}:",
    },
    "verifying": {"en": "verifying {name}", "ru": "проверка {name}", "uk": "перевірка {name}"},
}

TABLES = [GEDCOM, DATES, EXCHANGE]
