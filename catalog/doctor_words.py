"""The words of `spravka doctor`'s report in English, Russian and Ukrainian (`--lang`).

Kept apart from the checks so that a translator finds every sentence in one place. Each phrase
is a format string; `{}` fields are filled by `catalog.doctor.DoctorReport.lines`.
"""

from __future__ import annotations

Table = dict[str, dict[str, str]]

KINDS: Table = {
    "unreadable": {
        "en": "the database cannot be read",
        "ru": "базу данных невозможно прочитать",
        "uk": "базу даних неможливо прочитати",
    },
    "integrity": {
        "en": "the database is damaged",
        "ru": "база данных повреждена",
        "uk": "базу даних пошкоджено",
    },
    "foreign_key": {
        "en": "a row refers to a record that does not exist",
        "ru": "строка ссылается на несуществующую запись",
        "uk": "рядок посилається на запис, якого не існує",
    },
    "blob_damaged": {
        "en": "an image no longer matches its SHA-256 (damaged)",
        "ru": "изображение не совпадает со своей суммой SHA-256 (повреждено)",
        "uk": "зображення не збігається зі своєю сумою SHA-256 (пошкоджене)",
    },
    "blob_missing": {
        "en": "an image the database refers to is missing",
        "ru": "нет изображения, на которое ссылается база данных",
        "uk": "немає зображення, на яке посилається база даних",
    },
    "blob_orphaned": {
        "en": "an image no record refers to (harmless; left by an interrupted import)",
        "ru": "изображение, на которое не ссылается ни одна запись (безвредно; осталось от "
        "прерванного импорта)",
        "uk": "зображення, на яке не посилається жоден запис (нешкідливо; залишилося від "
        "перерваного імпорту)",
    },
    "blob_stray": {
        "en": "a stray file in the image store (harmless)",
        "ru": "посторонний файл в хранилище изображений (безвредно)",
        "uk": "сторонній файл у сховищі зображень (нешкідливо)",
    },
    "index_version": {
        "en": "the search index is of an older version (run `spravka reindex`)",
        "ru": "поисковый индекс старой версии (выполните `spravka reindex`)",
        "uk": "пошуковий індекс старої версії (виконайте `spravka reindex`)",
    },
    "index_missing": {
        "en": "records missing from the search index (run `spravka reindex`)",
        "ru": "в поисковом индексе не хватает записей (выполните `spravka reindex`)",
        "uk": "у пошуковому індексі бракує записів (виконайте `spravka reindex`)",
    },
    "index_stale": {
        "en": "page texts out of step with the search index (run `spravka reindex`)",
        "ru": "тексты страниц расходятся с поисковым индексом (выполните `spravka reindex`)",
        "uk": "тексти сторінок розходяться з пошуковим індексом (виконайте `spravka reindex`)",
    },
    "index_fts": {
        "en": "the full-text index is damaged (run `spravka reindex`)",
        "ru": "полнотекстовый индекс повреждён (выполните `spravka reindex`)",
        "uk": "повнотекстовий індекс пошкоджено (виконайте `spravka reindex`)",
    },
}

PHRASES: Table = {
    "checked": {
        "en": "{}: checked the database, {} image(s) and the search index",
        "ru": "{}: проверены база данных, изображения ({}) и поисковый индекс",
        "uk": "{}: перевірено базу даних, зображення ({}) та пошуковий індекс",
    },
    "damaged": {"en": "DAMAGED", "ru": "ПОВРЕЖДЕНО", "uk": "ПОШКОДЖЕНО"},
    "note": {"en": "note", "ru": "замечание", "uk": "примітка"},
    "intact_copy": {
        "en": "an intact copy of image {} is in {}",
        "ru": "целая копия изображения {} есть в {}",
        "uk": "ціла копія зображення {} є в {}",
    },
    "no_copy": {
        "en": "no intact copy of image {} in the automatic backups (they share the catalogue's "
        "files); import the page's original again or restore a backup copied to another disk",
        "ru": "целой копии изображения {} в автоматических копиях нет (они разделяют файлы "
        "каталога); импортируйте оригинал страницы снова или восстановите копию с другого диска",
        "uk": "цілої копії зображення {} в автоматичних копіях немає (вони спільно "
        "використовують файли каталогу); імпортуйте оригінал сторінки знову або відновіть копію "
        "з іншого диска",
    },
    "healthy": {
        "en": "The catalogue is healthy.",
        "ru": "Каталог в порядке.",
        "uk": "Каталог у порядку.",
    },
    "restored": {
        "en": "The newest automatic backup that passes the checks, {}, was restored into {}. "
        "Open that folder; the damaged catalogue was left as it is.",
        "ru": "Новейшая автоматическая копия, прошедшая проверки, {}, восстановлена в {}. "
        "Откройте эту папку; повреждённый каталог оставлен как есть.",
        "uk": "Найновішу автоматичну копію, що пройшла перевірки, {}, відновлено в {}. "
        "Відкрийте цю теку; пошкоджений каталог залишено як є.",
    },
    "way_back": {
        "en": "The way back: the newest automatic backup that passes the checks is {}. Restore "
        "it into a new folder with `spravka doctor --restore` or `spravka restore {} NEW_FOLDER`.",
        "ru": "Путь назад: новейшая автоматическая копия, прошедшая проверки, — {}. "
        "Восстановите её в новую папку: `spravka doctor --restore` или "
        "`spravka restore {} NEW_FOLDER`.",
        "uk": "Шлях назад: найновіша автоматична копія, що пройшла перевірки, — {}. "
        "Відновіть її в нову теку: `spravka doctor --restore` або "
        "`spravka restore {} NEW_FOLDER`.",
    },
    "no_backup": {
        "en": "No automatic backup passes the checks ({} tried); restore a backup of your own "
        "with `spravka restore`.",
        "ru": "Ни одна автоматическая копия не прошла проверки (проверено: {}); восстановите "
        "собственную копию командой `spravka restore`.",
        "uk": "Жодна автоматична копія не пройшла перевірок (перевірено: {}); відновіть власну "
        "копію командою `spravka restore`.",
    },
    "reindex": {
        "en": "Run `spravka reindex` to rebuild the search index.",
        "ru": "Выполните `spravka reindex`, чтобы перестроить поисковый индекс.",
        "uk": "Виконайте `spravka reindex`, щоб перебудувати пошуковий індекс.",
    },
}


def kind_words(kind: str, language: str = "en") -> str:
    words = KINDS.get(kind)
    return words.get(language, words["en"]) if words else kind


def phrase(key: str, language: str = "en") -> str:
    words = PHRASES[key]
    return words.get(language, words["en"])
