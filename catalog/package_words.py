"""What exports, backups and packages report, in English, Russian and Ukrainian.

The summaries of the exports, backups and restores (`summary()` of their reports, in parts), and
why a package is refused whole (`catalog.io.zipsafe`, `package_import`, `jsonsafe`) or needs a
passphrase (`catalog.cli.passphrase`). As in `catalog.problem_words`, the English is the exact
sentence the code writes and `catalog.wording` says it again in Russian or Ukrainian.
"""

from __future__ import annotations

Table = dict[str, dict[str, str]]

# What the exports, backups and restores wrote (their reports' `summary()`), in parts.
EXPORTS: Table = {
    "wrote": {"en": "wrote {file}", "ru": "записан файл {file}", "uk": "записано файл {file}"},
    "wrote_pages": {
        "en": "wrote {pages} page(s) to {files} file(s)",
        "ru": "записано страниц: {pages}, файлов: {files}",
        "uk": "записано сторінок: {pages}, файлів: {files}",
    },
    "wrote_csv": {
        "en": "wrote {persons} person(s), {claims} claim(s) and {documents} document(s) to {where}",
        "ru": "записано в {where}: людей — {persons}, утверждений — {claims}, документов — "
        "{documents}",
        "uk": "записано до {where}: осіб — {persons}, тверджень — {claims}, документів — "
        "{documents}",
    },
    "n_persons": {"en": "{n} person(s)", "ru": "людей: {n}", "uk": "осіб: {n}"},
    "n_families": {"en": "{n} family(ies)", "ru": "семей: {n}", "uk": "родин: {n}"},
    "n_events": {"en": "{n} event(s)", "ru": "событий: {n}", "uk": "подій: {n}"},
    "n_sources": {"en": "{n} source(s)", "ru": "источников: {n}", "uk": "джерел: {n}"},
    "n_documents": {"en": "{n} document(s)", "ru": "документов: {n}", "uk": "документів: {n}"},
    "n_claims": {"en": "{n} claim(s)", "ru": "утверждений: {n}", "uk": "тверджень: {n}"},
    "n_flags": {"en": "{n} flag(s)", "ru": "отметок: {n}", "uk": "позначок: {n}"},
    "n_images": {"en": "{n} image(s)", "ru": "изображений: {n}", "uk": "зображень: {n}"},
    "n_pages": {"en": "{n} page(s)", "ru": "страниц: {n}", "uk": "сторінок: {n}"},
    "n_page_images": {
        "en": "{n} page image(s)",
        "ru": "изображений страниц: {n}",
        "uk": "зображень сторінок: {n}",
    },
    "n_page_images_in": {
        "en": "{n} page image(s) in {folder}",
        "ru": "изображений страниц: {n} в {folder}",
        "uk": "зображень сторінок: {n} у {folder}",
    },
    "n_bytes": {"en": "{size} bytes", "ru": "{size} байт", "uk": "{size} байтів"},
    "n_words": {
        "en": "{n} word(s) searchable",
        "ru": "слов, доступных для поиска: {n}",
        "uk": "слів, доступних для пошуку: {n}",
    },
    "no_word_boxes": {
        "en": "page(s) {numbers} have no transcription with word boxes",
        "ru": "у страниц {numbers} нет расшифровки с рамками слов",
        "uk": "сторінки {numbers} не мають розшифрування з рамками слів",
    },
    "untranscribed": {
        "en": "{n} page(s) have no transcription yet",
        "ru": "страниц ещё без расшифровки: {n}",
        "uk": "сторінок ще без розшифрування: {n}",
    },
    "suggested_left_out": {
        "en": "{n} suggested claim(s) left out (not yet reviewed)",
        "ru": "не включено предложенных утверждений (ещё не проверены): {n}",
        "uk": "не включено запропонованих тверджень (ще не перевірені): {n}",
    },
    "backup_verified": {
        "en": "database and {images} image(s) ({size} bytes), verified",
        "ru": "база данных и изображения ({images}; {size} байт), проверено",
        "uk": "база даних і зображення ({images}; {size} байтів), перевірено",
    },
    "hard_linked": {
        "en": "{n} image(s) hard-linked",
        "ru": "изображений, связанных жёсткими ссылками: {n}",
        "uk": "зображень, пов'язаних жорсткими посиланнями: {n}",
    },
    "backup_missing": {
        "en": "{n} image(s) MISSING from the source",
        "ru": "изображений ОТСУТСТВУЕТ в источнике: {n}",
        "uk": "зображень ВІДСУТНЄ в джерелі: {n}",
    },
    "backup_damaged": {
        "en": "{n} image(s) DAMAGED in the source (left out)",
        "ru": "изображений ПОВРЕЖДЕНО в источнике (не включены): {n}",
        "uk": "зображень ПОШКОДЖЕНО в джерелі (не включено): {n}",
    },
}

# Why a package is refused whole (catalog.io.zipsafe, package_import, jsonsafe).
PACKAGES: Table = {
    "refused": {
        "en": "refused, nothing was changed: {problem}",
        "ru": "отклонено, ничего не изменено: {problem}",
        "uk": "відхилено, нічого не змінено: {problem}",
    },
    "too_many_entries": {
        "en": "it holds {count} entries, more than {limit}",
        "ru": "в нём записей: {count}, больше предела {limit}",
        "uk": "у ньому записів: {count}, більше за межу {limit}",
    },
    "entry_symlink": {
        "en": "the entry {entry} is a symbolic link",
        "ru": "запись {entry} — символическая ссылка",
        "uk": "запис {entry} — символічне посилання",
    },
    "entry_encrypted": {
        "en": "the entry {entry} is encrypted",
        "ru": "запись {entry} зашифрована",
        "uk": "запис {entry} зашифровано",
    },
    "entry_twice": {
        "en": "the entry {entry} appears more than once",
        "ru": "запись {entry} встречается больше одного раза",
        "uk": "запис {entry} трапляється більше ніж один раз",
    },
    "entry_compression": {
        "en": "the entry {entry} uses a compression Spravka does not read",
        "ru": "запись {entry} использует сжатие, которое «Справка» не читает",
        "uk": "запис {entry} використовує стиснення, яке «Довідка» не читає",
    },
    "entry_too_large": {
        "en": "the entry {entry} is too large",
        "ru": "запись {entry} слишком велика",
        "uk": "запис {entry} завеликий",
    },
    "contents_too_large": {
        "en": "its contents are larger than the limit for a package",
        "ru": "его содержимое больше предела для пакета",
        "uk": "його вміст більший за межу для пакета",
    },
    "file_and_folder": {
        "en": "the entry {entry} is a file and also the folder of {other}",
        "ru": "запись {entry} — файл и одновременно папка для {other}",
        "uk": "запис {entry} — файл і водночас тека для {other}",
    },
    "larger_than_header": {
        "en": "the entry {entry} is larger than its header says",
        "ru": "запись {entry} больше, чем указано в её заголовке",
        "uk": "запис {entry} більший, ніж зазначено в його заголовку",
    },
    "expands_total": {
        "en": "its contents expand to more than {cap} bytes (the limit for a package of this "
        "size: {ratio} times its size, at most {most}; a zip bomb?)",
        "ru": "его содержимое распаковывается больше чем в {cap} байт (предел для пакета такого "
        "размера: в {ratio} раз больше его размера, не более {most}; zip-бомба?)",
        "uk": "його вміст розпаковується більш ніж у {cap} байтів (межа для пакета такого "
        "розміру: у {ratio} разів більше за його розмір, не більше {most}; zip-бомба?)",
    },
    "expands_entry": {
        "en": "the entry {entry} expands more than {ratio} times (a zip bomb?)",
        "ru": "запись {entry} распаковывается больше чем в {ratio} раз (zip-бомба?)",
        "uk": "запис {entry} розпаковується більш ніж у {ratio} разів (zip-бомба?)",
    },
    "entry_damaged": {
        "en": "the entry {entry} is damaged or truncated ({detail})",
        "ru": "запись {entry} повреждена или обрезана ({detail})",
        "uk": "запис {entry} пошкоджений або обрізаний ({detail})",
    },
    "entry_unreadable": {
        "en": "the entry {entry} cannot be read ({detail})",
        "ru": "запись {entry} не читается ({detail})",
        "uk": "запис {entry} не читається ({detail})",
    },
    "entry_unpack": {
        "en": "the entry {entry} cannot be unpacked ({detail})",
        "ru": "запись {entry} не распаковывается ({detail})",
        "uk": "запис {entry} не розпаковується ({detail})",
    },
    "not_zip": {
        "en": "not a complete zip file: it is truncated or damaged ({detail})",
        "ru": "не целый zip-файл: он обрезан или повреждён ({detail})",
        "uk": "не цілий zip-файл: його обрізано або пошкоджено ({detail})",
    },
    "not_json": {
        "en": "{name} is not valid JSON ({detail})",
        "ru": "{name} — не корректный JSON ({detail})",
        "uk": "{name} — не коректний JSON ({detail})",
    },
    "json_refused": {
        "en": "{name} is refused: {problem}",
        "ru": "{name} отклонён: {problem}",
        "uk": "{name} відхилено: {problem}",
    },
    "no_version": {
        "en": "{name} has no valid format version",
        "ru": "в {name} нет корректной версии формата",
        "uk": "у {name} немає коректної версії формату",
    },
    "newer_package": {
        "en": "the package is format version {version}, made by a newer Spravka; this version "
        "reads version {known}. Install a newer Spravka to import it.",
        "ru": "пакет формата версии {version}, созданный более новой «Справкой»; эта версия "
        "читает версию {known}. Установите более новую «Справку», чтобы импортировать его.",
        "uk": "пакет формату версії {version}, створений новішою «Довідкою»; ця версія читає "
        "версію {known}. Установіть новішу «Довідку», щоб імпортувати його.",
    },
    "no_file_list": {
        "en": "{name} does not list the package's files",
        "ru": "{name} не перечисляет файлы пакета",
        "uk": "{name} не перелічує файлів пакета",
    },
    "entry_not_object": {
        "en": "{name} has a file entry that is not an object",
        "ru": "в {name} есть запись о файле, которая не является объектом",
        "uk": "у {name} є запис про файл, який не є об'єктом",
    },
    "unsafe_path": {
        "en": "{name} lists an unsafe path {path}",
        "ru": "{name} содержит небезопасный путь {path}",
        "uk": "{name} містить небезпечний шлях {path}",
    },
    "no_valid_size": {
        "en": "{name} gives no valid size for {path}",
        "ru": "{name} не даёт корректного размера для {path}",
        "uk": "{name} не дає коректного розміру для {path}",
    },
    "no_valid_sha": {
        "en": "{name} gives no valid SHA-256 for {path}",
        "ru": "{name} не даёт корректной суммы SHA-256 для {path}",
        "uk": "{name} не дає коректної суми SHA-256 для {path}",
    },
    "listed_twice": {
        "en": "{name} lists {path} twice",
        "ru": "{name} перечисляет {path} дважды",
        "uk": "{name} перелічує {path} двічі",
    },
    "image_not_in_package": {
        "en": "{name} names the image {image}, which is not in the package",
        "ru": "{name} называет изображение {image}, которого нет в пакете",
        "uk": "{name} називає зображення {image}, якого немає в пакеті",
    },
    "no_room": {
        "en": "its files need {need} bytes and the catalogue's disk has {free} free",
        "ru": "его файлам нужно {need} байт, а на диске каталога свободно {free}",
        "uk": "його файлам потрібно {need} байтів, а на диску каталогу вільно {free}",
    },
    "cannot_unpack_into": {
        "en": "cannot unpack into {folder}: {detail}",
        "ru": "не удаётся распаковать в {folder}: {detail}",
        "uk": "не вдається розпакувати в {folder}: {detail}",
    },
    "long_string": {
        "en": "it holds a string longer than {limit} characters (from byte {offset}), "
        "Spravka's limit",
        "ru": "в нём строка длиннее {limit} символов (с байта {offset}) — предел «Справки»",
        "uk": "у ньому рядок, довший за {limit} символів (з байта {offset}), — межа «Довідки»",
    },
    "too_deep": {
        "en": "it is nested deeper than {limit} levels",
        "ru": "его вложенность глубже {limit} уровней",
        "uk": "його вкладеність глибша за {limit} рівнів",
    },
    "long_number": {
        "en": "it holds a number that is too long ({detail})",
        "ru": "в нём слишком длинное число ({detail})",
        "uk": "у ньому задовге число ({detail})",
    },
    "encrypt_needs_passphrase": {
        "en": "--encrypt needs a passphrase: run in a terminal to be asked, or give "
        "--passphrase-file FILE",
        "ru": "для --encrypt нужна парольная фраза: запустите в терминале, чтобы её ввести, "
        "или укажите --passphrase-file FILE",
        "uk": "для --encrypt потрібна парольна фраза: запустіть у терміналі, щоб її ввести, "
        "або вкажіть --passphrase-file FILE",
    },
    "passphrases_differ": {
        "en": "the two passphrases differ; nothing was written",
        "ru": "две парольные фразы различаются; ничего не записано",
        "uk": "дві парольні фрази різняться; нічого не записано",
    },
    "weak_passphrase": {
        "en": "spravka: warning: this passphrase is easy to guess; a longer one (five or six "
        "words) protects the file far better",
        "ru": "spravka: предупреждение: эту парольную фразу легко угадать; более длинная (пять "
        "или шесть слов) защищает файл гораздо лучше",
        "uk": "spravka: попередження: цю парольну фразу легко вгадати; довша (п'ять або шість "
        "слів) захищає файл набагато краще",
    },
    "encrypted_needs_passphrase": {
        "en": "the file is encrypted: run in a terminal to be asked for its passphrase, or "
        "give --passphrase-file FILE; nothing was changed",
        "ru": "файл зашифрован: запустите в терминале, чтобы ввести его парольную фразу, или "
        "укажите --passphrase-file FILE; ничего не изменено",
        "uk": "файл зашифровано: запустіть у терміналі, щоб ввести його парольну фразу, або "
        "вкажіть --passphrase-file FILE; нічого не змінено",
    },
    "for_encrypt": {
        "en": "--passphrase-file is for --encrypt",
        "ru": "--passphrase-file используется только с --encrypt",
        "uk": "--passphrase-file використовується лише з --encrypt",
    },
}

# Backups, encrypted files and export targets that cannot be written or read
# (catalog.io.backup, sealed, encryption, files), and Tesseract missing (catalog.ocr).
FILES: Table = {
    "nothing_changed": {
        "en": "nothing was changed",
        "ru": "ничего не изменено",
        "uk": "нічого не змінено",
    },
    "problem_nothing_changed": {
        "en": "{problem}; nothing was changed",
        "ru": "{problem}; ничего не изменено",
        "uk": "{problem}; нічого не змінено",
    },
    "exists_backup": {
        "en": "already exists and is not empty; backup never overwrites",
        "ru": "уже существует и не пуст; резервное копирование ничего не перезаписывает",
        "uk": "уже існує й не порожній; резервне копіювання нічого не перезаписує",
    },
    "exists_restore": {
        "en": "already exists and is not empty; restore never overwrites",
        "ru": "уже существует и не пуст; восстановление ничего не перезаписывает",
        "uk": "уже існує й не порожній; відновлення нічого не перезаписує",
    },
    "exists_sealed": {
        "en": "already exists; a backup never overwrites",
        "ru": "уже существует; резервная копия ничего не перезаписывает",
        "uk": "уже існує; резервна копія нічого не перезаписує",
    },
    "no_folder": {
        "en": "the folder {folder} does not exist",
        "ru": "папки {folder} не существует",
        "uk": "теки {folder} не існує",
    },
    "db_unreadable": {
        "en": "the database cannot be read ({detail})",
        "ru": "база данных не читается ({detail})",
        "uk": "база даних не читається ({detail})",
    },
    "integrity_failed": {
        "en": "the database failed its integrity check: {detail}",
        "ru": "база данных не прошла проверку целостности: {detail}",
        "uk": "база даних не пройшла перевірки цілісності: {detail}",
    },
    "no_backup_here": {
        "en": "no backup here (not a folder)",
        "ru": "здесь нет резервной копии (это не папка)",
        "uk": "тут немає резервної копії (це не тека)",
    },
    "not_a_backup": {
        "en": "not a Spravka backup (no {name})",
        "ru": "не резервная копия «Справки» (нет {name})",
        "uk": "не резервна копія «Довідки» (немає {name})",
    },
    "info_unreadable": {
        "en": "{name} cannot be read ({detail})",
        "ru": "{name} не читается ({detail})",
        "uk": "{name} не читається ({detail})",
    },
    "other_format": {
        "en": "not a Spravka backup ({name} has another format)",
        "ru": "не резервная копия «Справки» (у {name} другой формат)",
        "uk": "не резервна копія «Довідки» ({name} має інший формат)",
    },
    "newer_backup": {
        "en": "the backup is format version {version}, made by a newer Spravka",
        "ru": "резервная копия формата версии {version}, созданная более новой «Справкой»",
        "uk": "резервна копія формату версії {version}, створена новішою «Довідкою»",
    },
    "backup_no_db": {
        "en": "the backup has no {name}",
        "ru": "в резервной копии нет {name}",
        "uk": "у резервній копії немає {name}",
    },
    "keep_one": {
        "en": "keep at least one automatic backup",
        "ru": "храните хотя бы одну автоматическую копию",
        "uk": "зберігайте принаймні одну автоматичну копію",
    },
    "package_encrypted": {
        "en": "the package is encrypted: a passphrase is needed",
        "ru": "пакет зашифрован: нужна парольная фраза",
        "uk": "пакет зашифровано: потрібна парольна фраза",
    },
    "package_plain": {
        "en": "the package is not encrypted, but a passphrase was given; import it without one",
        "ru": "пакет не зашифрован, но парольная фраза указана; импортируйте его без неё",
        "uk": "пакет не зашифровано, але парольну фразу вказано; імпортуйте його без неї",
    },
    "backup_encrypted": {
        "en": "the backup is encrypted: a passphrase is needed",
        "ru": "резервная копия зашифрована: нужна парольная фраза",
        "uk": "резервну копію зашифровано: потрібна парольна фраза",
    },
    "backup_plain": {
        "en": "the backup is not encrypted, but a passphrase was given; restore it without one",
        "ru": "резервная копия не зашифрована, но парольная фраза указана; восстановите её без неё",
        "uk": "резервну копію не зашифровано, але парольну фразу вказано; відновіть її без неї",
    },
    "unexpected_entry": {
        "en": "the encrypted backup holds an unexpected entry {name}",
        "ru": "в зашифрованной резервной копии неожиданная запись {name}",
        "uk": "у зашифрованій резервній копії неочікуваний запис {name}",
    },
    "not_a_backup_inside": {
        "en": "it decrypts, but what it holds is not a Spravka backup ({detail})",
        "ru": "он расшифровывается, но внутри не резервная копия «Справки» ({detail})",
        "uk": "він розшифровується, але всередині не резервна копія «Довідки» ({detail})",
    },
    "passphrase_empty": {
        "en": "the passphrase is empty",
        "ru": "парольная фраза пуста",
        "uk": "парольна фраза порожня",
    },
    "passphrase_file_unreadable": {
        "en": "the passphrase file cannot be read ({detail})",
        "ru": "файл с парольной фразой не читается ({detail})",
        "uk": "файл із парольною фразою не читається ({detail})",
    },
    "passphrase_file_long": {
        "en": "this is too long for a passphrase file",
        "ru": "это слишком длинно для файла с парольной фразой",
        "uk": "це задовго для файлу з парольною фразою",
    },
    "passphrase_file_not_utf8": {
        "en": "the passphrase file is not UTF-8 text",
        "ru": "файл с парольной фразой — не текст в UTF-8",
        "uk": "файл із парольною фразою — не текст в UTF-8",
    },
    "cannot_encrypt": {
        "en": "cannot encrypt ({detail})",
        "ru": "не удаётся зашифровать ({detail})",
        "uk": "не вдається зашифрувати ({detail})",
    },
    "armoured": {
        "en": "this is an armoured (text) age file; decrypt it with `age -d` first, or encrypt "
        "without --armor",
        "ru": "это текстовый (armoured) файл age; сначала расшифруйте его `age -d` или "
        "шифруйте без --armor",
        "uk": "це текстовий (armoured) файл age; спершу розшифруйте його `age -d` або "
        "шифруйте без --armor",
    },
    "plain_zip": {
        "en": "the file is not encrypted (it is a plain zip file)",
        "ru": "файл не зашифрован (это обычный zip-файл)",
        "uk": "файл не зашифровано (це звичайний zip-файл)",
    },
    "not_age": {
        "en": "the file is not an age-encrypted file",
        "ru": "файл не зашифрован age",
        "uk": "файл не зашифровано age",
    },
    "wrong_passphrase": {
        "en": "the passphrase is wrong (or the file's header was altered)",
        "ru": "парольная фраза неверна (или заголовок файла изменён)",
        "uk": "парольна фраза хибна (або заголовок файлу змінено)",
    },
    "altered": {
        "en": "the encrypted file is truncated or was altered after it was encrypted ({detail})",
        "ru": "зашифрованный файл обрезан или изменён после шифрования ({detail})",
        "uk": "зашифрований файл обрізано або змінено після шифрування ({detail})",
    },
    "too_slow_about": {
        "en": "the file was encrypted on a much faster computer: opening it here would take "
        "about {seconds} seconds; open it on a faster computer (the file itself is not damaged)",
        "ru": "файл зашифрован на гораздо более быстром компьютере: открыть его здесь заняло бы "
        "около {seconds} с; откройте его на более быстром компьютере (сам файл не повреждён)",
        "uk": "файл зашифровано на значно швидшому комп'ютері: відкрити його тут забрало б "
        "близько {seconds} с; відкрийте його на швидшому комп'ютері (сам файл не пошкоджено)",
    },
    "too_slow": {
        "en": "the file was encrypted on a much faster computer: opening it here would take "
        "too long; open it on a faster computer (the file itself is not damaged)",
        "ru": "файл зашифрован на гораздо более быстром компьютере: открыть его здесь заняло бы "
        "слишком много времени; откройте его на более быстром компьютере (сам файл не "
        "повреждён)",
        "uk": "файл зашифровано на значно швидшому комп'ютері: відкрити його тут забрало б "
        "надто багато часу; відкрийте його на швидшому комп'ютері (сам файл не пошкоджено)",
    },
    "cannot_write_here": {
        "en": "cannot write here: {detail}",
        "ru": "сюда невозможно записать: {detail}",
        "uk": "сюди неможливо записати: {detail}",
    },
    "export_failed": {
        "en": "the export failed ({detail}); nothing was written",
        "ru": "экспорт не удался ({detail}); ничего не записано",
        "uk": "експорт не вдався ({detail}); нічого не записано",
    },
    "folder_needed": {
        "en": "this is a file; a folder is needed for the export",
        "ru": "это файл; для экспорта нужна папка",
        "uk": "це файл; для експорту потрібна тека",
    },
    "cannot_create_folder": {
        "en": "cannot create the folder: {detail}",
        "ru": "не удаётся создать папку: {detail}",
        "uk": "не вдається створити теку: {detail}",
    },
    "no_language_data": {
        "en": "Tesseract at {path} has no language data for {names} (it has: {have}). "
        "Install the package {packages}.",
        "ru": "у Tesseract в {path} нет языковых данных для {names} (есть: {have}). "
        "Установите пакет {packages}.",
        "uk": "Tesseract у {path} не має мовних даних для {names} (є: {have}). "
        "Установіть пакет {packages}.",
    },
    "no_languages_data": {
        "en": "Tesseract at {path} has no language data for {names} (it has: {have}). "
        "Install the packages {packages}.",
        "ru": "у Tesseract в {path} нет языковых данных для {names} (есть: {have}). "
        "Установите пакеты {packages}.",
        "uk": "Tesseract у {path} не має мовних даних для {names} (є: {have}). "
        "Установіть пакети {packages}.",
    },
    "tesseract_not_started": {
        "en": "Tesseract at {path} could not be started; install the package tesseract-ocr",
        "ru": "Tesseract в {path} не запускается; установите пакет tesseract-ocr",
        "uk": "Tesseract у {path} не запускається; установіть пакет tesseract-ocr",
    },
    "tesseract_timeout": {
        "en": "Tesseract took longer than {seconds} s",
        "ru": "Tesseract работал дольше {seconds} с",
        "uk": "Tesseract працював довше за {seconds} с",
    },
}

TABLES = [EXPORTS, PACKAGES, FILES]
