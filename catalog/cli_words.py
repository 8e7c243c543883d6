"""The command line's own words in English, Russian and Ukrainian.

`CLI` holds what the commands print themselves (filled in with `catalog.wording.say`); its
English is exactly what `spravka` has always printed, so that with no language chosen nothing
changes. `REPORTS` holds the English summaries the catalogue's reports write (the checks, the
image import, the inbox, progress lines), which `catalog.wording.translate` recognises.
"""

from __future__ import annotations

Table = dict[str, dict[str, str]]

CLI: Table = {
    "error": {
        "en": "spravka: error: {message}",
        "ru": "spravka: ошибка: {message}",
        "uk": "spravka: помилка: {message}",
    },
    "warning": {
        "en": "spravka: warning: {message}",
        "ru": "spravka: предупреждение: {message}",
        "uk": "spravka: попередження: {message}",
    },
    "conflict": {
        "en": "spravka: conflict: {message}",
        "ru": "spravka: конфликт: {message}",
        "uk": "spravka: конфлікт: {message}",
    },
    "note": {
        "en": "spravka: note: {message}",
        "ru": "spravka: примечание: {message}",
        "uk": "spravka: примітка: {message}",
    },
    "item": {"en": "spravka: {message}", "ru": "spravka: {message}", "uk": "spravka: {message}"},
    "interrupted": {
        "en": "spravka: interrupted; work finished so far is kept",
        "ru": "spravka: прервано; уже сделанная работа сохранена",
        "uk": "spravka: перервано; уже виконану роботу збережено",
    },
    "database_damaged": {
        "en": "spravka: error: the catalogue's database is damaged ({detail}); nothing was "
        "written. Run `spravka doctor` to see the damage and the newest backup to restore.",
        "ru": "spravka: ошибка: база данных каталога повреждена ({detail}); ничего не записано. "
        "Выполните `spravka doctor`, чтобы увидеть повреждения и новейшую копию для "
        "восстановления.",
        "uk": "spravka: помилка: базу даних каталогу пошкоджено ({detail}); нічого не записано. "
        "Виконайте `spravka doctor`, щоб побачити пошкодження й найновішу копію для "
        "відновлення.",
    },
    "logged": {
        "en": "Logged in {log}",
        "ru": "Журнал записан в {log}",
        "uk": "Журнал записано в {log}",
    },
    "stopping_file": {
        "en": "\nspravka: stopping after the file in progress (Ctrl-C again to stop now)",
        "ru": "\nspravka: остановка после текущего файла (Ctrl-C ещё раз — остановить сразу)",
        "uk": "\nspravka: зупинка після поточного файлу (Ctrl-C ще раз — зупинити одразу)",
    },
    "stopping_pages": {
        "en": "\nspravka: stopping after the pages being read (Ctrl-C again to stop now)",
        "ru": "\nspravka: остановка после распознаваемых сейчас страниц (Ctrl-C ещё раз — "
        "остановить сразу)",
        "uk": "\nspravka: зупинка після сторінок, що розпізнаються зараз (Ctrl-C ще раз — "
        "зупинити одразу)",
    },
    # Asked on the terminal (--encrypt, an encrypted package or backup).
    "passphrase_prompt": {
        "en": "Passphrase: ",
        "ru": "Парольная фраза: ",
        "uk": "Парольна фраза: ",
    },
    "passphrase_again": {
        "en": "The same passphrase again: ",
        "ru": "Та же парольная фраза ещё раз: ",
        "uk": "Та сама парольна фраза ще раз: ",
    },
    "passphrase_for": {
        "en": "Passphrase for {name}: ",
        "ru": "Парольная фраза для {name}: ",
        "uk": "Парольна фраза для {name}: ",
    },
    # spravka import
    "new_document": {
        "en": "new document {id}: {title} ({pages} page(s))",
        "ru": "новый документ {id}: {title} (страниц: {pages})",
        "uk": "новий документ {id}: {title} (сторінок: {pages})",
    },
    "added_to_document": {
        "en": "added to document {id}: {title} ({pages} page(s))",
        "ru": "добавлено в документ {id}: {title} (страниц: {pages})",
        "uk": "додано до документа {id}: {title} (сторінок: {pages})",
    },
    "duplicate": {
        "en": "already in the catalogue: {name} is page {seq} of document {document}",
        "ru": "уже в каталоге: {name} — страница {seq} документа {document}",
        "uk": "уже в каталозі: {name} — сторінка {seq} документа {document}",
    },
    "more_duplicates": {
        "en": "… and {count} more duplicate page(s)",
        "ru": "… и ещё повторных страниц: {count}",
        "uk": "… і ще повторних сторінок: {count}",
    },
    # spravka import gedcom
    "more_problems": {
        "en": "… and {count} more problem(s) (--json lists them all)",
        "ru": "… и ещё проблем: {count} (--json перечисляет все)",
        "uk": "… і ще проблем: {count} (--json перелічує всі)",
    },
    # spravka ocr
    "ocr_engine": {"en": "{engine} at {path}", "ru": "{engine}: {path}", "uk": "{engine}: {path}"},
    "ocr_languages": {
        "en": "languages: {languages}",
        "ru": "языки: {languages}",
        "uk": "мови: {languages}",
    },
    "none": {"en": "none", "ru": "нет", "uk": "немає"},
    "no_languages": {"en": "no languages", "ru": "нет языков", "uk": "немає мов"},
    "tesseract_unavailable": {
        "en": "Tesseract: not available",
        "ru": "Tesseract: недоступен",
        "uk": "Tesseract: недоступний",
    },
    "ocr_nothing": {
        "en": "nothing to read: every page has text from {engine} ({languages})",
        "ru": "распознавать нечего: у каждой страницы есть текст от {engine} ({languages})",
        "uk": "розпізнавати нічого: кожна сторінка має текст від {engine} ({languages})",
    },
    "ocr_read": {
        "en": "read {read} of {pending} page(s) with {engine} ({languages}) in {seconds} s",
        "ru": "распознано страниц: {read} из {pending}, {engine} ({languages}), за {seconds} с",
        "uk": "розпізнано сторінок: {read} із {pending}, {engine} ({languages}), за {seconds} с",
    },
    "ocr_plain": {
        "en": "{count} page(s) read from the plain image, as preparing made them read worse "
        "(page {pages})",
        "ru": "страниц, распознанных по исходному изображению (подготовка ухудшала "
        "распознавание): {count} (страницы {pages})",
        "uk": "сторінок, розпізнаних за вихідним зображенням (підготовка погіршувала "
        "розпізнавання): {count} (сторінки {pages})",
    },
    "ocr_errors": {
        "en": "{count} page(s) could not be read",
        "ru": "не удалось распознать страниц: {count}",
        "uk": "не вдалося розпізнати сторінок: {count}",
    },
    "ocr_skipped": {
        "en": "{count} skipped (deleted or read by another run meanwhile)",
        "ru": "пропущено: {count} (тем временем удалены или распознаны другим запуском)",
        "uk": "пропущено: {count} (тим часом видалені або розпізнані іншим запуском)",
    },
    "ocr_stopped": {
        "en": "stopped before the end: run `spravka ocr` again to continue",
        "ru": "остановлено до конца: выполните `spravka ocr` снова, чтобы продолжить",
        "uk": "зупинено до кінця: виконайте `spravka ocr` знову, щоб продовжити",
    },
}

REPORTS: Table = {
    "checked": {
        "en": "checked {persons} person(s): {findings} flag(s) raised ({created} new, "
        "{updated} refreshed, {kept} left dismissed), {removed} suggested flag(s) removed "
        "because their rule no longer fires",
        "ru": "проверено людей: {persons}; отметок: {findings} (новых: {created}, обновлено: "
        "{updated}, оставлено отклонёнными: {kept}); снято предложенных отметок, чьё правило "
        "больше не срабатывает: {removed}",
        "uk": "перевірено осіб: {persons}; позначок: {findings} (нових: {created}, оновлено: "
        "{updated}, залишено відхиленими: {kept}); знято запропонованих позначок, чиє правило "
        "більше не спрацьовує: {removed}",
    },
    "files": {
        "en": "{count} file(s): {summary}",
        "ru": "файлов: {count} — {summary}",
        "uk": "файлів: {count} — {summary}",
    },
    "imported": {
        "en": "{pages} page(s) imported into {documents} new document(s)",
        "ru": "импортировано страниц: {pages}, новых документов: {documents}",
        "uk": "імпортовано сторінок: {pages}, нових документів: {documents}",
    },
    "imported_existing": {
        "en": "{pages} page(s) imported into {documents} new document(s) (and {existing} existing)",
        "ru": "импортировано страниц: {pages}, новых документов: {documents} (и существующих: "
        "{existing})",
        "uk": "імпортовано сторінок: {pages}, нових документів: {documents} (та наявних: "
        "{existing})",
    },
    "duplicates": {
        "en": "{count} duplicate page(s) already in the catalogue",
        "ru": "повторных страниц, уже имеющихся в каталоге: {count}",
        "uk": "повторних сторінок, що вже є в каталозі: {count}",
    },
    "not_imported": {
        "en": "{count} file(s) could not be imported",
        "ru": "не удалось импортировать файлов: {count}",
        "uk": "не вдалося імпортувати файлів: {count}",
    },
    "cancelled": {
        "en": "{summary} — cancelled; work finished so far is kept",
        "ru": "{summary} — отменено; уже сделанная работа сохранена",
        "uk": "{summary} — скасовано; уже виконану роботу збережено",
    },
    "stopped_watching": {
        "en": "stopped watching; in all: {summary}",
        "ru": "наблюдение остановлено; всего: {summary}",
        "uk": "спостереження зупинено; усього: {summary}",
    },
    "imported_before": {
        "en": "{count} file(s) imported before",
        "ru": "файлов, импортированных ранее: {count}",
        "uk": "файлів, імпортованих раніше: {count}",
    },
    "still_written": {
        "en": "{count} file(s) still being written; run again to import them",
        "ru": "файлов, которые ещё записываются: {count}; запустите снова, чтобы их импортировать",
        "uk": "файлів, які ще записуються: {count}; запустіть знову, щоб їх імпортувати",
    },
    "preparing": {"en": "preparing", "ru": "подготовка", "uk": "підготовка"},
    # Progress lines (shown on a terminal only).
    "building_index": {
        "en": "building the full-text index",
        "ru": "построение полнотекстового индекса",
        "uk": "побудова повнотекстового індексу",
    },
    "progress_families": {"en": "families", "ru": "семьи", "uk": "родини"},
    "progress_persons": {"en": "persons", "ru": "люди", "uk": "особи"},
    "progress_images": {"en": "images", "ru": "изображения", "uk": "зображення"},
    "progress_pictures": {"en": "pictures", "ru": "изображения", "uk": "зображення"},
    "grouping_names": {"en": "grouping names", "ru": "группировка имён", "uk": "групування імен"},
    "misspelt": {
        "en": "looking for misspelt surnames",
        "ru": "поиск фамилий с опечатками",
        "uk": "пошук прізвищ з описками",
    },
    "scanned": {"en": "scanned", "ru": "отсканировано", "uk": "відскановано"},
    "index_rebuilt_progress": {
        "en": "search index rebuilt",
        "ru": "поисковый индекс перестроен",
        "uk": "пошуковий індекс перебудовано",
    },
    "waiting": {
        "en": "waiting for new files",
        "ru": "ожидание новых файлов",
        "uk": "очікування нових файлів",
    },
    "writing_documents": {
        "en": "writing documents",
        "ru": "запись документов",
        "uk": "запис документів",
    },
    "writing_persons": {"en": "writing persons", "ru": "запись людей", "uk": "запис осіб"},
    "image_damaged_progress": {
        "en": "image {sha256} is damaged",
        "ru": "изображение {sha256} повреждено",
        "uk": "зображення {sha256} пошкоджене",
    },
    "image_missing_progress": {
        "en": "image {sha256} is missing",
        "ru": "изображение {sha256} отсутствует",
        "uk": "зображення {sha256} відсутнє",
    },
    "indexing": {
        "en": "indexing {label}",
        "ru": "индексирование: {label}",
        "uk": "індексування: {label}",
    },
    "page_images_of": {
        "en": "page images of {title}",
        "ru": "изображения страниц документа {title}",
        "uk": "зображення сторінок документа {title}",
    },
    "checking_persons": {"en": "checking persons", "ru": "проверка людей", "uk": "перевірка осіб"},
    "reading_pages": {
        "en": "reading pages",
        "ru": "распознавание страниц",
        "uk": "розпізнавання сторінок",
    },
    "worker_stopped": {
        "en": "the OCR worker stopped unexpectedly",
        "ru": "процесс распознавания неожиданно остановился",
        "uk": "процес розпізнавання несподівано зупинився",
    },
    "too_large": {
        "en": "the image is too large to read in the memory available",
        "ru": "изображение слишком велико для доступной памяти",
        "uk": "зображення завелике для доступної пам'яті",
    },
    "its_image": {
        "en": "its image {path} {reason}",
        "ru": "изображение {path}: {reason}",
        "uk": "зображення {path}: {reason}",
    },
    "ocr_what": {
        "en": "document {document}, page {seq}",
        "ru": "документ {document}, страница {seq}",
        "uk": "документ {document}, сторінка {seq}",
    },
}

TABLES = [CLI, REPORTS]
