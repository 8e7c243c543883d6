"""The catalogue's error messages and import problems in English, Russian and Ukrainian.

Each entry's English is the exact sentence the code writes (in `catalog.errors`,
`catalog.imaging.probe`, `catalog.imaging.decoding`, `catalog.imaging.pdf`,
`catalog.imaging.formats`, `catalog.importing`, `catalog.db`); `catalog.wording` recognises it
and says it in Russian or Ukrainian. `{path}`, `{detail}` and the like are kept as they are
(file names, a library's own words); a field named `reason`, `problem`, `what` or `expected`
holds words of its own and is translated in turn. Change an English sentence in the code and
its entry here together (tests/catalog/test_cli_words.py builds the real messages).
"""

from __future__ import annotations

Table = dict[str, dict[str, str]]

# The catalogue folder and its database (catalog.errors, catalog.db).
CATALOG: Table = {
    "no_catalogue": {
        "en": "no catalogue here (create one with `spravka init`)",
        "ru": "здесь нет каталога (создайте его командой `spravka init`)",
        "uk": "тут немає каталогу (створіть його командою `spravka init`)",
    },
    "no_catalogue_doctor": {
        "en": "no catalogue here (nothing to check)",
        "ru": "здесь нет каталога (проверять нечего)",
        "uk": "тут немає каталогу (перевіряти нічого)",
    },
    "a_file": {
        "en": "this is a file, not a catalogue folder",
        "ru": "это файл, а не папка каталога",
        "uk": "це файл, а не тека каталогу",
    },
    "no_database": {
        "en": "the folder holds no {db}; it is not a catalogue",
        "ru": "в папке нет {db}; это не каталог",
        "uk": "у теці немає {db}; це не каталог",
    },
    "cannot_read_db": {
        "en": "cannot read {db}: {detail}",
        "ru": "не удаётся прочитать {db}: {detail}",
        "uk": "не вдається прочитати {db}: {detail}",
    },
    "not_sqlite": {
        "en": "{db} is not an SQLite database; nothing was changed",
        "ru": "{db} — не база данных SQLite; ничего не изменено",
        "uk": "{db} — не база даних SQLite; нічого не змінено",
    },
    "not_a_database": {
        "en": "{db} cannot be read as a database: {detail}",
        "ru": "{db} не читается как база данных: {detail}",
        "uk": "{db} не читається як база даних: {detail}",
    },
    "not_spravka": {
        "en": "{db} is an SQLite database but not a Spravka catalogue; nothing was changed",
        "ru": "{db} — база данных SQLite, но не каталог «Справки»; ничего не изменено",
        "uk": "{db} — база даних SQLite, але не каталог «Довідки»; нічого не змінено",
    },
    "not_empty": {
        "en": "the folder is not empty and holds no catalogue; choose an empty or new folder",
        "ru": "папка не пуста и не содержит каталога; выберите пустую или новую папку",
        "uk": "тека не порожня й не містить каталогу; виберіть порожню або нову теку",
    },
    "cannot_create": {
        "en": "cannot create the catalogue: {detail}",
        "ru": "не удаётся создать каталог: {detail}",
        "uk": "не вдається створити каталог: {detail}",
    },
    "read_only": {
        "en": "the catalogue cannot be written (read-only medium or permissions); "
        "nothing was changed",
        "ru": "в каталог невозможно записать (носитель только для чтения или нет прав); "
        "ничего не изменено",
        "uk": "до каталогу неможливо записати (носій лише для читання або немає прав); "
        "нічого не змінено",
    },
    "busy": {
        "en": "another program kept the catalogue busy for too long; the change was not "
        "saved, try again",
        "ru": "другая программа слишком долго занимала каталог; изменение не сохранено, "
        "попробуйте ещё раз",
        "uk": "інша програма надто довго займала каталог; зміну не збережено, спробуйте ще раз",
    },
    "too_new": {
        "en": "the catalogue has schema revision {revision}, newer than this version of "
        "Spravka knows; nothing was changed. Install a newer Spravka to open it.",
        "ru": "у каталога версия схемы {revision}, более новая, чем известна этой версии "
        "«Справки»; ничего не изменено. Установите более новую «Справку», чтобы открыть его.",
        "uk": "каталог має версію схеми {revision}, новішу, ніж відома цій версії «Довідки»; "
        "нічого не змінено. Установіть новішу «Довідку», щоб відкрити його.",
    },
    "damaged": {
        "en": "the database catalog.sqlite is damaged ({detail}); nothing will be written to "
        "it. Run `spravka doctor` for the whole report; {way_back}.",
        "ru": "база данных catalog.sqlite повреждена ({detail}); в неё ничего не будет "
        "записано. Полный отчёт даст `spravka doctor`; {way_back}.",
        "uk": "базу даних catalog.sqlite пошкоджено ({detail}); до неї нічого не буде "
        "записано. Повний звіт дасть `spravka doctor`; {way_back}.",
    },
    "damaged_backup": {
        "en": "the newest automatic backup whose database passes the check is {backup}; "
        "`spravka doctor --restore` restores it into a new folder",
        "ru": "новейшая автоматическая копия, чья база данных проходит проверку, — {backup}; "
        "`spravka doctor --restore` восстановит её в новую папку",
        "uk": "найновіша автоматична копія, чия база даних проходить перевірку, — {backup}; "
        "`spravka doctor --restore` відновить її в нову теку",
    },
    "damaged_no_backup": {
        "en": "no automatic backup passes the check; restore a backup of your own with "
        "`spravka restore`",
        "ru": "ни одна автоматическая копия не проходит проверку; восстановите собственную "
        "копию командой `spravka restore`",
        "uk": "жодна автоматична копія не проходить перевірки; відновіть власну копію "
        "командою `spravka restore`",
    },
    "storage": {
        "en": "cannot write ({detail}); nothing already saved was lost",
        "ru": "не удаётся записать ({detail}); ничего из уже сохранённого не потеряно",
        "uk": "не вдається записати ({detail}); нічого з уже збереженого не втрачено",
    },
    "not_found": {
        "en": "no {entity} with id {ident}",
        "ru": "нет записи «{entity}» с id {ident}",
        "uk": "немає запису «{entity}» з id {ident}",
    },
    "not_found_person": {
        "en": "no person with id {ident}",
        "ru": "нет человека с id {ident}",
        "uk": "немає особи з id {ident}",
    },
    "not_found_document": {
        "en": "no document with id {ident}",
        "ru": "нет документа с id {ident}",
        "uk": "немає документа з id {ident}",
    },
    "not_found_page": {
        "en": "no page with id {ident}",
        "ru": "нет страницы с id {ident}",
        "uk": "немає сторінки з id {ident}",
    },
    "not_found_claim": {
        "en": "no claim with id {ident}",
        "ru": "нет утверждения с id {ident}",
        "uk": "немає твердження з id {ident}",
    },
    "not_found_flag": {
        "en": "no flag with id {ident}",
        "ru": "нет отметки с id {ident}",
        "uk": "немає позначки з id {ident}",
    },
    "not_found_name_variant": {
        "en": "no name variant with id {ident}",
        "ru": "нет варианта имени с id {ident}",
        "uk": "немає варіанта імені з id {ident}",
    },
    "not_found_relationship": {
        "en": "no relationship with id {ident}",
        "ru": "нет родственной связи с id {ident}",
        "uk": "немає родинного зв'язку з id {ident}",
    },
    "impossible_date": {
        "en": "impossible date {text}: {problem}",
        "ru": "невозможная дата {text}: {problem}",
        "uk": "неможлива дата {text}: {problem}",
    },
    "blob": {
        "en": "blob {sha256}: {problem}",
        "ru": "файл изображения {sha256}: {problem}",
        "uk": "файл зображення {sha256}: {problem}",
    },
    "blob_missing": {
        "en": "missing from the blob store",
        "ru": "отсутствует в хранилище изображений",
        "uk": "відсутній у сховищі зображень",
    },
    "page_no_image": {
        "en": "page {page} has no image",
        "ru": "у страницы {page} нет изображения",
        "uk": "сторінка {page} не має зображення",
    },
    "problems_nothing_loaded": {
        "en": "{count} problem(s), nothing was loaded:",
        "ru": "проблем: {count}, ничего не загружено:",
        "uk": "проблем: {count}, нічого не завантажено:",
    },
    "and_more": {
        "en": "… and {count} more",
        "ru": "… и ещё {count}",
        "uk": "… і ще {count}",
    },
}

# Why a file cannot become pages (catalog.imaging.probe, decoding, pdf; catalog.importing).
FILES: Table = {
    "file_not_found": {"en": "file not found", "ru": "файл не найден", "uk": "файл не знайдено"},
    "no_such_file": {
        "en": "no such file or folder",
        "ru": "нет такого файла или папки",
        "uk": "немає такого файлу чи теки",
    },
    "no_such_file_short": {
        "en": "no such file",
        "ru": "нет такого файла",
        "uk": "немає такого файлу",
    },
    "cannot_list": {
        "en": "cannot list this folder: {detail}",
        "ru": "не удаётся прочитать содержимое папки: {detail}",
        "uk": "не вдається прочитати вміст теки: {detail}",
    },
    "cannot_be_read": {
        "en": "cannot be read: {detail}",
        "ru": "не читается: {detail}",
        "uk": "не читається: {detail}",
    },
    "cannot_be_read_paren": {
        "en": "cannot be read ({detail})",
        "ru": "не читается ({detail})",
        "uk": "не читається ({detail})",
    },
    "empty": {
        "en": "the file is empty (0 bytes)",
        "ru": "файл пуст (0 байт)",
        "uk": "файл порожній (0 байтів)",
    },
    "unsupported_format": {
        "en": "unsupported image format {format}",
        "ru": "неподдерживаемый формат изображения {format}",
        "uk": "непідтримуваний формат зображення {format}",
    },
    "bomb": {
        "en": "refused as a possible decompression bomb: the image claims more pixels than "
        "{limit} (Pillow's safety limit)",
        "ru": "отклонено как возможная «бомба распаковки»: изображение заявляет больше "
        "пикселей, чем {limit} (предел безопасности Pillow)",
        "uk": "відхилено як можливу «бомбу розпакування»: зображення заявляє більше пікселів, "
        "ніж {limit} (межа безпеки Pillow)",
    },
    "bomb_size": {
        "en": "refused as a possible decompression bomb: {what} claims {width} x {height} "
        "pixels, more than {limit} (Pillow's safety limit)",
        "ru": "отклонено как возможная «бомба распаковки»: {what} заявляет {width} x {height} "
        "пикселей, больше чем {limit} (предел безопасности Pillow)",
        "uk": "відхилено як можливу «бомбу розпакування»: {what} заявляє {width} x {height} "
        "пікселів, більше ніж {limit} (межа безпеки Pillow)",
    },
    "the_image": {"en": "the image", "ru": "изображение", "uk": "зображення"},
    "not_an_image": {
        "en": "not an image file, or an image format Spravka cannot read",
        "ru": "не файл изображения или формат, который «Справка» не читает",
        "uk": "не файл зображення або формат, який «Довідка» не читає",
    },
    "permission": {"en": "permission denied", "ru": "доступ запрещён", "uk": "доступ заборонено"},
    "permission_read": {
        "en": "permission denied: Spravka may not read this file",
        "ru": "доступ запрещён: «Справке» не разрешено читать этот файл",
        "uk": "доступ заборонено: «Довідці» не дозволено читати цей файл",
    },
    "damaged_image": {
        "en": "damaged or truncated image ({detail})",
        "ru": "изображение повреждено или обрезано ({detail})",
        "uk": "зображення пошкоджене або обрізане ({detail})",
    },
    "truncated_image": {
        "en": "truncated or damaged image ({detail})",
        "ru": "изображение обрезано или повреждено ({detail})",
        "uk": "зображення обрізане або пошкоджене ({detail})",
    },
    "header_unreadable": {
        "en": "damaged or truncated image: its header cannot be read",
        "ru": "изображение повреждено или обрезано: его заголовок не читается",
        "uk": "зображення пошкоджене або обрізане: його заголовок не читається",
    },
    "frame_damaged": {
        "en": "frame {frame} of {frames} is damaged or truncated ({detail})",
        "ru": "кадр {frame} из {frames} повреждён или обрезан ({detail})",
        "uk": "кадр {frame} із {frames} пошкоджений або обрізаний ({detail})",
    },
    "dangling_link": {
        "en": "a link to a file that does not exist (it points to {target})",
        "ru": "ссылка на несуществующий файл (она указывает на {target})",
        "uk": "посилання на файл, якого не існує (воно вказує на {target})",
    },
    "not_regular": {
        "en": "not a regular file: it is {what}",
        "ru": "не обычный файл: это {what}",
        "uk": "не звичайний файл: це {what}",
    },
    "named_but": {
        "en": "named {suffix}, but the content is {what}, not {expected}",
        "ru": "имя с расширением {suffix}, но по содержимому это {what}, а не {expected}",
        "uk": "ім'я з розширенням {suffix}, але за вмістом це {what}, а не {expected}",
    },
    "not_image_or_pdf": {
        "en": "not an image or PDF: the content is {what}",
        "ru": "не изображение и не PDF: по содержимому это {what}",
        "uk": "не зображення й не PDF: за вмістом це {what}",
    },
    "heic_reason": {
        "en": "{reason}. Spravka cannot read HEIC photos: export them as JPEG (on an iPhone, "
        "Settings > Camera > Formats > Most Compatible takes JPEG photos)",
        "ru": "{reason}. «Справка» не читает фотографии HEIC: экспортируйте их в JPEG "
        "(на iPhone режим «Настройки > Камера > Форматы > Наиболее совместимый» снимает в JPEG)",
        "uk": "{reason}. «Довідка» не читає фотографії HEIC: експортуйте їх у JPEG "
        "(на iPhone режим «Параметри > Камера > Формати > Найсумісніший» знімає в JPEG)",
    },
    "named_but_note": {
        "en": "named {suffix}, but it is a {what}; imported as such",
        "ru": "имя с расширением {suffix}, но это {what}; импортировано как есть",
        "uk": "ім'я з розширенням {suffix}, але це {what}; імпортовано як є",
    },
    "location": {
        "en": "carries a location (GPS) in its metadata; exports and packages leave it out, "
        "the catalogue keeps the file as it is",
        "ru": "в метаданных есть местоположение (GPS); экспорт и пакеты его не содержат, "
        "каталог хранит файл как есть",
        "uk": "у метаданих є місцезнаходження (GPS); експорт і пакети його не містять, "
        "каталог зберігає файл як є",
    },
    "same_image": {
        "en": "{name}: the same image as page {seq} of document {document}; kept as a page "
        "of this document too",
        "ru": "{name}: то же изображение, что страница {seq} документа {document}; "
        "сохранено и как страница этого документа",
        "uk": "{name}: те саме зображення, що сторінка {seq} документа {document}; "
        "збережено й як сторінку цього документа",
    },
    "repeats": {
        "en": "the file repeats a page image (kept)",
        "ru": "в файле повторяется изображение страницы (сохранено)",
        "uk": "у файлі повторюється зображення сторінки (збережено)",
    },
    "not_recorded": {
        "en": "could not be recorded ({detail})",
        "ru": "не удалось записать в каталог ({detail})",
        "uk": "не вдалося записати до каталогу ({detail})",
    },
    "inbox_not_folder": {
        "en": "the inbox is not a folder, or cannot be opened",
        "ru": "папка входящих — не папка или не открывается",
        "uk": "тека вхідних — не тека або не відкривається",
    },
    "pdf_is": {"en": "the PDF is {reason}", "ru": "PDF {reason}", "uk": "PDF {reason}"},
    "pdf_unreadable": {
        "en": "cannot be read as a PDF ({detail})",
        "ru": "не читается как PDF ({detail})",
        "uk": "не читається як PDF ({detail})",
    },
    "pdf_unknown": {
        "en": "an unknown error in the PDF",
        "ru": "неизвестная ошибка в PDF",
        "uk": "невідома помилка в PDF",
    },
    "pdf_cannot_open": {
        "en": "the file cannot be opened",
        "ru": "файл не открывается",
        "uk": "файл не відкривається",
    },
    "pdf_structure": {
        "en": "damaged, or not a PDF at all: its structure cannot be read",
        "ru": "повреждён или вовсе не PDF: его структура не читается",
        "uk": "пошкоджений або зовсім не PDF: його структура не читається",
    },
    "pdf_password": {
        "en": "the PDF is protected by a password: open it in a PDF reader, save a copy "
        "without the password, and import that",
        "ru": "PDF защищён паролем: откройте его в программе просмотра PDF, сохраните копию "
        "без пароля и импортируйте её",
        "uk": "PDF захищено паролем: відкрийте його в програмі перегляду PDF, збережіть копію "
        "без пароля й імпортуйте її",
    },
    "pdf_security": {
        "en": "the PDF uses a security scheme PDFium does not support",
        "ru": "PDF использует схему защиты, которую PDFium не поддерживает",
        "uk": "PDF використовує схему захисту, яку PDFium не підтримує",
    },
    "pdf_page_damaged": {
        "en": "the page is damaged",
        "ru": "страница повреждена",
        "uk": "сторінку пошкоджено",
    },
    "pdf_no_pages": {
        "en": "the PDF has no pages",
        "ru": "в PDF нет страниц",
        "uk": "у PDF немає сторінок",
    },
    "pdf_dpi": {
        "en": "a PDF is rendered at {low} to {high} dpi, not {dpi}",
        "ru": "PDF отрисовывается с разрешением от {low} до {high} dpi, а не {dpi}",
        "uk": "PDF відтворюється з роздільністю від {low} до {high} dpi, а не {dpi}",
    },
    "dpi_range": {
        "en": "the PDF resolution is 50 to 1200 dpi",
        "ru": "разрешение для PDF — от 50 до 1200 dpi",
        "uk": "роздільність для PDF — від 50 до 1200 dpi",
    },
    "one_worker": {
        "en": "at least one worker",
        "ru": "нужен хотя бы один рабочий процесс",
        "uk": "потрібен принаймні один робочий процес",
    },
    "record_folder": {
        "en": "is a folder, not a text file",
        "ru": "это папка, а не текстовый файл",
        "uk": "це тека, а не текстовий файл",
    },
    "record_not_utf8": {
        "en": "is not UTF-8 text (bad byte at offset {offset}); save it as UTF-8",
        "ru": "не текст в UTF-8 (неверный байт по смещению {offset}); сохраните его в UTF-8",
        "uk": "не текст в UTF-8 (хибний байт за зміщенням {offset}); збережіть його в UTF-8",
    },
    "record_empty": {"en": "holds no text", "ru": "не содержит текста", "uk": "не містить тексту"},
    "standard_input": {
        "en": "standard input",
        "ru": "стандартный ввод",
        "uk": "стандартний ввід",
    },
}

# What a file's first bytes showed it to be (catalog.imaging.formats), as `{what}` above.
CONTENT: Table = {
    "html": {"en": "an HTML web page", "ru": "веб-страница HTML", "uk": "вебсторінка HTML"},
    "xml": {"en": "an XML or SVG file", "ru": "файл XML или SVG", "uk": "файл XML або SVG"},
    "empty": {"en": "an empty file", "ru": "пустой файл", "uk": "порожній файл"},
    "text": {"en": "a text file", "ru": "текстовый файл", "uk": "текстовий файл"},
    "unknown": {
        "en": "a file of unrecognised content",
        "ru": "файл с нераспознанным содержимым",
        "uk": "файл із нерозпізнаним вмістом",
    },
    "zip": {
        "en": "a ZIP archive or office document (.docx, .odt, .xlsx)",
        "ru": "архив ZIP или офисный документ (.docx, .odt, .xlsx)",
        "uk": "архів ZIP або офісний документ (.docx, .odt, .xlsx)",
    },
    "old_office": {
        "en": "an old Microsoft Office document (.doc, .xls)",
        "ru": "старый документ Microsoft Office (.doc, .xls)",
        "uk": "старий документ Microsoft Office (.doc, .xls)",
    },
    "rar": {"en": "a RAR archive", "ru": "архив RAR", "uk": "архів RAR"},
    "7z": {"en": "a 7-Zip archive", "ru": "архив 7-Zip", "uk": "архів 7-Zip"},
    "gzip": {
        "en": "a gzip-compressed file",
        "ru": "файл, сжатый gzip",
        "uk": "файл, стиснутий gzip",
    },
    "bigtiff": {
        "en": "a BigTIFF image, which Spravka cannot read",
        "ru": "изображение BigTIFF, которое «Справка» не читает",
        "uk": "зображення BigTIFF, яке «Довідка» не читає",
    },
    "rtf": {"en": "an RTF document", "ru": "документ RTF", "uk": "документ RTF"},
    "icon": {"en": "an icon file", "ru": "файл значка", "uk": "файл значка"},
    "photoshop": {
        "en": "a Photoshop document",
        "ru": "документ Photoshop",
        "uk": "документ Photoshop",
    },
    "sqlite": {"en": "an SQLite database", "ru": "база данных SQLite", "uk": "база даних SQLite"},
    "heic": {
        "en": "a HEIC/HEIF photo (the iPhone format)",
        "ru": "фотография HEIC/HEIF (формат iPhone)",
        "uk": "фотографія HEIC/HEIF (формат iPhone)",
    },
    "avif": {"en": "an AVIF image", "ru": "изображение AVIF", "uk": "зображення AVIF"},
    "video": {"en": "a video or MP4 file", "ru": "видео или файл MP4", "uk": "відео або файл MP4"},
    "a_pdf": {"en": "a PDF", "ru": "PDF", "uk": "PDF"},
    "fifo": {
        "en": "a named pipe (FIFO)",
        "ru": "именованный канал (FIFO)",
        "uk": "іменований канал (FIFO)",
    },
    "folder": {"en": "a folder", "ru": "папка", "uk": "тека"},
    "device": {"en": "a device", "ru": "устройство", "uk": "пристрій"},
    "socket": {"en": "a socket", "ru": "сокет", "uk": "сокет"},
    "special": {"en": "a special file", "ru": "особый файл", "uk": "особливий файл"},
}

# "a JPEG image" and the bare "JPEG image" of the image kinds, one entry each.
for _name in ("JPEG", "PNG", "TIFF", "GIF", "BMP", "JPEG 2000", "WebP", "PNM"):
    CONTENT[f"a_{_name}"] = {
        "en": f"a {_name} image",
        "ru": f"изображение {_name}",
        "uk": f"зображення {_name}",
    }
    CONTENT[f"bare_{_name}"] = {
        "en": f"{_name} image",
        "ru": f"изображение {_name}",
        "uk": f"зображення {_name}",
    }
del _name

# Scanners, OCR, the import's workers, the PDF fonts (catalog.scanning, catalog.ocr,
# catalog.importing.pool, catalog.io.fonts).
TOOLS: Table = {
    "no_sane": {
        "en": "scanning needs SANE, and its `scanimage` program was not found. On Debian or "
        "Ubuntu install it with `sudo apt install sane-utils`; on macOS with "
        "`brew install sane-backends`. Where SANE is not available (Windows), scan with the "
        "scanner's own software into a folder and import it, or watch that folder with "
        "`spravka inbox FOLDER --watch`",
        "ru": "для сканирования нужен SANE, а его программа `scanimage` не найдена. В Debian или "
        "Ubuntu установите её командой `sudo apt install sane-utils`, в macOS — "
        "`brew install sane-backends`. Где SANE нет (Windows), сканируйте программой самого "
        "сканера в папку и импортируйте её или следите за этой папкой командой "
        "`spravka inbox FOLDER --watch`",
        "uk": "для сканування потрібен SANE, а його програму `scanimage` не знайдено. У Debian "
        "чи Ubuntu установіть її командою `sudo apt install sane-utils`, у macOS — "
        "`brew install sane-backends`. Де SANE немає (Windows), скануйте програмою самого "
        "сканера в теку й імпортуйте її або стежте за цією текою командою "
        "`spravka inbox FOLDER --watch`",
    },
    "no_scanner": {
        "en": "no scanner found. Check that it is connected and switched on, and that SANE "
        "knows it (`scanimage -L` lists the scanners SANE can see)",
        "ru": "сканер не найден. Проверьте, что он подключён и включён и что SANE его знает "
        "(`scanimage -L` перечисляет сканеры, которые видит SANE)",
        "uk": "сканер не знайдено. Перевірте, що його під'єднано й увімкнено і що SANE його "
        "знає (`scanimage -L` перелічує сканери, які бачить SANE)",
    },
    "scanner": {"en": "scanner {device}", "ru": "сканер {device}", "uk": "сканер {device}"},
    "sane_timeout": {
        "en": "SANE did not answer within {seconds} seconds",
        "ru": "SANE не ответил за {seconds} с",
        "uk": "SANE не відповів за {seconds} с",
    },
    "scanimage_fails": {
        "en": "the `scanimage` program cannot be run: {detail}",
        "ru": "программа `scanimage` не запускается: {detail}",
        "uk": "програма `scanimage` не запускається: {detail}",
    },
    "resolution": {
        "en": "a resolution of {dpi} dpi is not possible",
        "ru": "разрешение {dpi} dpi невозможно",
        "uk": "роздільність {dpi} dpi неможлива",
    },
    "no_image_sent": {
        "en": "the scanner sent no image",
        "ru": "сканер не прислал изображения",
        "uk": "сканер не надіслав зображення",
    },
    "no_mode": {
        "en": "the scanner has no mode {mode}; it offers {offered}",
        "ru": "у сканера нет режима {mode}; он предлагает {offered}",
        "uk": "сканер не має режиму {mode}; він пропонує {offered}",
    },
    "stopped_responding": {
        "en": "the scanner stopped responding",
        "ru": "сканер перестал отвечать",
        "uk": "сканер перестав відповідати",
    },
    "ocr_failed": {
        "en": "OCR failed: {detail}",
        "ru": "распознавание не удалось: {detail}",
        "uk": "розпізнавання не вдалося: {detail}",
    },
    "workers_failed": {
        "en": "the import's worker processes stop as soon as they start, so no file could be "
        "prepared; nothing was imported from the files in question. Try again with one worker "
        "(--jobs 1)",
        "ru": "рабочие процессы импорта останавливаются сразу после запуска, поэтому ни один "
        "файл не удалось подготовить; из этих файлов ничего не импортировано. Попробуйте ещё "
        "раз с одним процессом (--jobs 1)",
        "uk": "робочі процеси імпорту зупиняються одразу після запуску, тому жоден файл не "
        "вдалося підготувати; із цих файлів нічого не імпортовано. Спробуйте ще раз з одним "
        "процесом (--jobs 1)",
    },
    "font_missing": {
        "en": "the font file {name} is missing; the PDF cannot be made (reinstall Spravka, or "
        "point $SPRAVKA_FONTS at a folder holding it)",
        "ru": "нет файла шрифта {name}; PDF создать невозможно (переустановите «Справку» или "
        "укажите в $SPRAVKA_FONTS папку, где он есть)",
        "uk": "немає файлу шрифту {name}; PDF створити неможливо (перевстановіть «Довідку» або "
        "вкажіть у $SPRAVKA_FONTS теку, де він є)",
    },
}

TABLES = [CATALOG, FILES, CONTENT, TOOLS]
