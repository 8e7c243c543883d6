"""What the catalogue's everyday commands print, in English, Russian and Ukrainian.

`spravka init`, `person add|list|show`, `document list|show|link|unlink|tag`, `claim`,
`search`, `extract`, `document|claim|person private`, `backup`, `restore`, `load`, `dump`,
`scan --list`, `process`, `parse-record`. Each entry's English is exactly what the command has
always printed (`catalog.cli.common.say` fills it in); the kinds, roles and statuses inside are
named with `catalog.vocab_labels` when the language is not English.
"""

from __future__ import annotations

Table = dict[str, dict[str, str]]

CATALOGUE: Table = {
    "init_created": {
        "en": "created an empty catalogue in {folder}",
        "ru": "создан пустой каталог в {folder}",
        "uk": "створено порожній каталог у {folder}",
    },
    "init_exists": {
        "en": "a catalogue is already in {folder}; nothing changed",
        "ru": "в {folder} уже есть каталог; ничего не изменено",
        "uk": "у {folder} уже є каталог; нічого не змінено",
    },
    "wrote_json": {
        "en": "wrote {persons} person(s), {documents} document(s), {flags} flag(s) to {output}",
        "ru": "записано в {output}: людей — {persons}, документов — {documents}, отметок — {flags}",
        "uk": "записано до {output}: осіб — {persons}, документів — {documents}, "
        "позначок — {flags}",
    },
    "copy_images_needs_output": {
        "en": "--copy-images needs -o FILE.json",
        "ru": "для --copy-images нужен -o FILE.json",
        "uk": "для --copy-images потрібен -o FILE.json",
    },
    "withheld": {
        "en": "spravka: {parts} (`--living include --include-private` writes everything; "
        "private claims and notes are left out too)",
        "ru": "spravka: {parts} (`--living include --include-private` записывает всё; личные "
        "утверждения и примечания тоже не включаются)",
        "uk": "spravka: {parts} (`--living include --include-private` записує все; особисті "
        "твердження й примітки теж не включаються)",
    },
    "withheld_living_name_only": {
        "en": "{count} living person(s) written by name only",
        "ru": "живых людей, записанных только по имени: {count}",
        "uk": "живих осіб, записаних лише за ім'ям: {count}",
    },
    "withheld_living_left_out": {
        "en": "{count} living person(s) left out",
        "ru": "не включено живых людей: {count}",
        "uk": "не включено живих осіб: {count}",
    },
    "withheld_private_documents_left_out": {
        "en": "{count} private document(s) left out",
        "ru": "не включено личных документов: {count}",
        "uk": "не включено особистих документів: {count}",
    },
    "backup_written": {
        "en": "backup written: {summary}",
        "ru": "резервная копия записана: {summary}",
        "uk": "резервну копію записано: {summary}",
    },
    "restored": {
        "en": "restored: {summary}",
        "ru": "восстановлено: {summary}",
        "uk": "відновлено: {summary}",
    },
    "image_missing": {
        "en": "image {sha256} is referenced but missing; it is not in the copy",
        "ru": "изображение {sha256} упоминается, но отсутствует; в копии его нет",
        "uk": "зображення {sha256} згадується, але відсутнє; у копії його немає",
    },
    "image_damaged": {
        "en": "image {sha256} is damaged (its content changed); left out",
        "ru": "изображение {sha256} повреждено (его содержимое изменилось); не включено",
        "uk": "зображення {sha256} пошкоджене (його вміст змінився); не включено",
    },
    "no_scanners": {
        "en": "no scanners found",
        "ru": "сканеры не найдены",
        "uk": "сканерів не знайдено",
    },
    "no_processing": {
        "en": "page {page}: no processing (the original image)",
        "ru": "страница {page}: без обработки (исходное изображение)",
        "uk": "сторінка {page}: без обробки (вихідне зображення)",
    },
    "index_rebuilt": {
        "en": "search index rebuilt: {persons} persons, {claims} claims, {documents} documents, "
        "{pages} transcribed pages in {seconds} s",
        "ru": "поисковый индекс перестроен за {seconds} с: людей — {persons}, утверждений — "
        "{claims}, документов — {documents}, расшифрованных страниц — {pages}",
        "uk": "пошуковий індекс перебудовано за {seconds} с: осіб — {persons}, тверджень — "
        "{claims}, документів — {documents}, розшифрованих сторінок — {pages}",
    },
    "index_out_of_date": {
        "en": "the search index is out of date ({indexed} of {persons} persons indexed); "
        "run `spravka reindex`",
        "ru": "поисковый индекс устарел (проиндексировано людей: {indexed} из {persons}); "
        "выполните `spravka reindex`",
        "uk": "пошуковий індекс застарів (проіндексовано осіб: {indexed} із {persons}); "
        "виконайте `spravka reindex`",
    },
}

PERSONS: Table = {
    "person_added": {
        "en": "added person {id}: {name}",
        "ru": "добавлен человек {id}: {name}",
        "uk": "додано особу {id}: {name}",
    },
    "span": {"en": "({span} of {total})", "ru": "({span} из {total})", "uk": "({span} із {total})"},
    "span_none": {
        "en": "(none of {total})",
        "ru": "(ничего из {total})",
        "uk": "(нічого з {total})",
    },
    "own_conclusion": {
        "en": "the researcher's own conclusion",
        "ru": "собственный вывод исследователя",
        "uk": "власний висновок дослідника",
    },
    "of_date": {"en": "of {date}", "ru": "от {date}", "uk": "від {date}"},
    "page_short": {"en": "p. {seq}", "ru": "с. {seq}", "uk": "с. {seq}"},
    "date_unknown": {"en": "date unknown", "ru": "дата неизвестна", "uk": "дата невідома"},
    "suggested_mark": {"en": " [suggested]", "ru": " [предложено]", "uk": " [запропоновано]"},
    "source": {"en": "source", "ru": "источник", "uk": "джерело"},
    "sex": {"en": "sex", "ru": "пол", "uk": "стать"},
    "male": {"en": "male", "ru": "мужской", "uk": "чоловіча"},
    "female": {"en": "female", "ru": "женский", "uk": "жіноча"},
    "born": {"en": "born", "ru": "рождение", "uk": "народження"},
    "nationality": {"en": "nationality", "ru": "национальность", "uk": "національність"},
    "occupation": {"en": "occupation", "ru": "род занятий", "uk": "рід занять"},
    "residence": {"en": "residence", "ru": "место жительства", "uk": "місце проживання"},
    "loaded_as": {"en": "loaded as", "ru": "загружен как", "uk": "завантажено як"},
    "tags": {"en": "tags", "ru": "метки", "uk": "мітки"},
    "notes": {"en": "notes", "ru": "примечания", "uk": "примітки"},
    "name_variants": {"en": "Name variants:", "ru": "Варианты имени:", "uk": "Варіанти імені:"},
    "claims_heading": {"en": "Claims:", "ru": "Утверждения:", "uk": "Твердження:"},
    "claims_none": {"en": "Claims: none", "ru": "Утверждения: нет", "uk": "Твердження: немає"},
    "documents_heading": {"en": "Documents:", "ru": "Документы:", "uk": "Документи:"},
    "linked_document": {
        "en": "  #{id} {kind} {title} {issued} ({role}, {pages} page(s))",
        "ru": "  #{id} {kind} {title} {issued} ({role}, страниц: {pages})",
        "uk": "  #{id} {kind} {title} {issued} ({role}, сторінок: {pages})",
    },
    "flags_heading": {"en": "Flags:", "ru": "Отметки:", "uk": "Позначки:"},
    "flag_line": {
        "en": "  {kind} score {score} [{status}]",
        "ru": "  {kind}, оценка {score} [{status}]",
        "uk": "  {kind}, оцінка {score} [{status}]",
    },
    "notes_private": {
        "en": "person {person}: notes private",
        "ru": "человек {person}: примечания личные",
        "uk": "особа {person}: примітки особисті",
    },
    "notes_not_private": {
        "en": "person {person}: notes not private",
        "ru": "человек {person}: примечания не личные",
        "uk": "особа {person}: примітки не особисті",
    },
    "document_private": {
        "en": "document {id}: private",
        "ru": "документ {id}: личный",
        "uk": "документ {id}: особистий",
    },
    "document_not_private": {
        "en": "document {id}: not private",
        "ru": "документ {id}: не личный",
        "uk": "документ {id}: не особистий",
    },
    "claim_private": {
        "en": "claim {id}: private",
        "ru": "утверждение {id}: личное",
        "uk": "твердження {id}: особисте",
    },
    "claim_not_private": {
        "en": "claim {id}: not private",
        "ru": "утверждение {id}: не личное",
        "uk": "твердження {id}: не особисте",
    },
    "living_marked": {
        "en": "person {person}: marked {mark}; treated as {state} in exports",
        "ru": "человек {person}: отметка «{mark}»; в экспорте считается: {state}",
        "uk": "особа {person}: позначка «{mark}»; в експорті вважається: {state}",
    },
    "living": {"en": "living", "ru": "живой", "uk": "живий"},
    "not_living": {"en": "not living", "ru": "не живой", "uk": "не живий"},
    "deceased": {"en": "deceased", "ru": "умерший", "uk": "померлий"},
    "presumed": {"en": "presumed", "ru": "по возрасту", "uk": "за віком"},
    "record_added": {
        "en": "person {person}: {count} claim(s) added from the record",
        "ru": "человек {person}: из записи добавлено утверждений: {count}",
        "uk": "особа {person}: із запису додано тверджень: {count}",
    },
    "record_unparsed": {
        "en": "spravka: {count} part(s) not understood, kept in the notes:",
        "ru": "spravka: не понято частей: {count}, они сохранены в примечаниях:",
        "uk": "spravka: не зрозуміло частин: {count}, їх збережено в примітках:",
    },
    "record_nameless": {
        "en": 'spravka: warning: the record names no one; give --name "Фамилия Имя Отчество" '
        "to make the output loadable with `spravka load`",
        "ru": "spravka: предупреждение: в записи никто не назван; укажите --name "
        '"Фамилия Имя Отчество", чтобы результат можно было загрузить командой `spravka load`',
        "uk": "spravka: попередження: у записі нікого не названо; укажіть --name "
        '"Фамилия Имя Отчество", щоб результат можна було завантажити командою `spravka load`',
    },
    "person_needs_add": {
        "en": "--person needs --add",
        "ru": "--person действует только вместе с --add",
        "uk": "--person діє лише разом з --add",
    },
}

DOCUMENTS: Table = {
    "no_title": {"en": "(no title)", "ru": "(без названия)", "uk": "(без назви)"},
    "linked_to_no_one_paren": {
        "en": "(linked to no one)",
        "ru": "(ни с кем не связан)",
        "uk": "(ні з ким не пов'язаний)",
    },
    "pages_ocr": {
        "en": "[{pages} p., OCR {state}]",
        "ru": "[{pages} с., OCR: {state}]",
        "uk": "[{pages} с., OCR: {state}]",
    },
    "documents_span": {
        "en": "({span} of {total}; {unlinked} document(s) linked to no one)",
        "ru": "({span} из {total}; документов, ни с кем не связанных: {unlinked})",
        "uk": "({span} із {total}; документів, ні з ким не пов'язаних: {unlinked})",
    },
    "documents_span_none": {
        "en": "(none of {total}; {unlinked} document(s) linked to no one)",
        "ru": "(ничего из {total}; документов, ни с кем не связанных: {unlinked})",
        "uk": "(нічого з {total}; документів, ні з ким не пов'язаних: {unlinked})",
    },
    "document_heading": {
        "en": "document {id}: {title}",
        "ru": "документ {id}: {title}",
        "uk": "документ {id}: {title}",
    },
    "kind": {"en": "kind", "ru": "вид", "uk": "вид"},
    "issuer": {"en": "issuer", "ru": "кем выдан", "uk": "ким видано"},
    "issued": {"en": "issued", "ru": "дата выдачи", "uk": "дата видачі"},
    "act_record": {"en": "act record", "ru": "актовая запись", "uk": "актовий запис"},
    "archive_reference": {"en": "archive reference", "ru": "архивный шифр", "uk": "архівний шифр"},
    "pages_count": {
        "en": "  pages: {count}",
        "ru": "  страниц: {count}",
        "uk": "  сторінок: {count}",
    },
    "persons_heading": {"en": "  persons:", "ru": "  люди:", "uk": "  особи:"},
    "persons_none": {
        "en": "  persons: linked to no one",
        "ru": "  люди: ни с кем не связан",
        "uk": "  особи: ні з ким не пов'язаний",
    },
    "document_linked": {
        "en": "document {document} linked to person {person} as {role}",
        "ru": "документ {document} связан с человеком {person}, роль: {role}",
        "uk": "документ {document} пов'язано з особою {person}, роль: {role}",
    },
    "document_unlinked": {
        "en": "document {document} no longer linked to person {person} ({roles})",
        "ru": "документ {document} больше не связан с человеком {person} ({roles})",
        "uk": "документ {document} більше не пов'язаний з особою {person} ({roles})",
    },
    "tag_removed": {
        "en": "document {document}: tag «{name}» removed",
        "ru": "документ {document}: метка «{name}» снята",
        "uk": "документ {document}: мітку «{name}» знято",
    },
    "tagged": {
        "en": "document {document} tagged «{name}»",
        "ru": "документу {document} присвоена метка «{name}»",
        "uk": "документу {document} надано мітку «{name}»",
    },
    "claim_heading": {"en": "claim {id}:", "ru": "утверждение {id}:", "uk": "твердження {id}:"},
    "claims_count": {
        "en": "({count} claim(s))",
        "ru": "(утверждений: {count})",
        "uk": "(тверджень: {count})",
    },
    "claim_accepted": {
        "en": "claim {id} accepted",
        "ru": "утверждение {id} принято",
        "uk": "твердження {id} прийнято",
    },
    "claim_same": {
        "en": "claim {id} is the same as claim {same}, already recorded; nothing added",
        "ru": "утверждение {id} совпадает с уже записанным утверждением {same}; ничего не "
        "добавлено",
        "uk": "твердження {id} збігається з уже записаним твердженням {same}; нічого не додано",
    },
    "claim_rejected": {
        "en": "claim {id} rejected",
        "ru": "утверждение {id} отклонено",
        "uk": "твердження {id} відхилено",
    },
}

SEARCH: Table = {
    "nothing_found": {"en": "nothing found", "ru": "ничего не найдено", "uk": "нічого не знайдено"},
    "persons_found": {"en": "Persons:", "ru": "Люди:", "uk": "Особи:"},
    "pages_found": {"en": "Pages:", "ru": "Страницы:", "uk": "Сторінки:"},
    "notes_found": {"en": "Notes:", "ru": "Примечания:", "uk": "Примітки:"},
    "born_short": {"en": "  b. {date}", "ru": "  род. {date}", "uk": "  нар. {date}"},
    "matched_as": {"en": "  (as {name})", "ru": "  (как {name})", "uk": "  (як {name})"},
    "in_document": {"en": "document {id}", "ru": "документ {id}", "uk": "документ {id}"},
    "in_page": {"en": ", p. {seq}", "ru": ", с. {seq}", "uk": ", с. {seq}"},
    "note_of": {"en": "person {id}", "ru": "человек {id}", "uk": "особа {id}"},
    "truncated": {
        "en": "(more matched than were ranked; add words to narrow the search)",
        "ru": "(совпадений больше, чем показано; добавьте слова, чтобы сузить поиск)",
        "uk": "(збігів більше, ніж показано; додайте слова, щоб звузити пошук)",
    },
}

EXTRACT: Table = {
    "already_about": {
        "en": "document {document} is about person {person} already",
        "ru": "документ {document} уже связан с человеком {person}",
        "uk": "документ {document} уже пов'язаний з особою {person}",
    },
    "names_nobody": {
        "en": "spravka: document {document}: its text names nobody; nothing linked",
        "ru": "spravka: документ {document}: в его тексте никто не назван; ничего не связано",
        "uk": "spravka: документ {document}: у його тексті нікого не названо; нічого не пов'язано",
    },
    "tied": {
        "en": "spravka: document {document} names «{name}»: {count} persons match equally "
        "well; nothing linked. Link one with `spravka document link {document} PERSON`:",
        "ru": "spravka: документ {document} называет «{name}»: одинаково подходят люди "
        "({count}); ничего не связано. Свяжите одного командой "
        "`spravka document link {document} PERSON`:",
        "uk": "spravka: документ {document} називає «{name}»: однаково підходять особи "
        "({count}); нічого не пов'язано. Пов'яжіть одну командою "
        "`spravka document link {document} PERSON`:",
    },
    "tied_person": {
        "en": "  person {id}: {name} — {reasons}",
        "ru": "  человек {id}: {name} — {reasons}",
        "uk": "  особа {id}: {name} — {reasons}",
    },
    "linked_to": {
        "en": "document {document} linked to person {person} ({name}): {reasons}",
        "ru": "документ {document} связан с человеком {person} ({name}): {reasons}",
        "uk": "документ {document} пов'язано з особою {person} ({name}): {reasons}",
    },
    "linked_new": {
        "en": "document {document} linked to a new person {person} ({name}), made from the "
        "name in the text",
        "ru": "документ {document} связан с новым человеком {person} ({name}), созданным по "
        "имени из текста",
        "uk": "документ {document} пов'язано з новою особою {person} ({name}), створеною за "
        "ім'ям із тексту",
    },
    "claim_made": {
        "en": "claim {id}: {kind}{date} ({status}) «{quote}»",
        "ru": "утверждение {id}: {kind}{date} ({status}) «{quote}»",
        "uk": "твердження {id}: {kind}{date} ({status}) «{quote}»",
    },
    "claim_known": {
        "en": "{kind}{date}: already recorded as claim {same}; not added",
        "ru": "{kind}{date}: уже записано как утверждение {same}; не добавлено",
        "uk": "{kind}{date}: уже записано як твердження {same}; не додано",
    },
    "status_accepted": {"en": "accepted", "ru": "принято", "uk": "прийнято"},
    "status_suggested": {"en": "suggested", "ru": "предложено", "uk": "запропоновано"},
    "accepted_added": {
        "en": "{count} accepted claim(s) added",
        "ru": "добавлено принятых утверждений: {count}",
        "uk": "додано прийнятих тверджень: {count}",
    },
    "suggested_added": {
        "en": "{count} suggested claim(s) added",
        "ru": "добавлено предложенных утверждений: {count}",
        "uk": "додано запропонованих тверджень: {count}",
    },
    "filled_in": {
        "en": "document {document}: filled in from its text: {fields}",
        "ru": "документ {document}: заполнено по его тексту: {fields}",
        "uk": "документ {document}: заповнено за його текстом: {fields}",
    },
    "checks_rerun": {
        "en": "checks re-run: {count} flag(s) for this person (see `spravka check`)",
        "ru": "проверки выполнены заново: отметок у этого человека: {count} (см. `spravka check`)",
        "uk": "перевірки виконано знову: позначок у цієї особи: {count} (див. `spravka check`)",
    },
}

# `person family / relate / unrelate / duplicates / merge` (the kinship words themselves are in
# catalog.kinship_words).
FAMILY: Table = {
    "no_relatives": {
        "en": "  no relatives recorded",
        "ru": "  родственники не записаны",
        "uk": "  родичів не записано",
    },
    "relationship_added": {
        "en": "added relationship {id}: {person} {kind} {relative}",
        "ru": "добавлена родственная связь {id}: {person} {kind} {relative}",
        "uk": "додано родинний зв'язок {id}: {person} {kind} {relative}",
    },
    "relationship_removed": {
        "en": "removed relationship {id}",
        "ru": "родственная связь {id} удалена",
        "uk": "родинний зв'язок {id} видалено",
    },
    "pairs_compared": {
        "en": "({pairs} pair(s) of {candidates} compared)",
        "ru": "(пар: {pairs}; сравнено: {candidates})",
        "uk": "(пар: {pairs}; порівняно: {candidates})",
    },
    "merge_kept": {
        "en": "  {name}: kept {kept}, the other record said {theirs}",
        "ru": "  {name}: оставлено {kept}, в другой записи было {theirs}",
        "uk": "  {name}: залишено {kept}, в іншому записі було {theirs}",
    },
}

TABLES = [CATALOGUE, PERSONS, DOCUMENTS, SEARCH, EXTRACT, FAMILY]
