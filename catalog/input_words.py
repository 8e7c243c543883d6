"""Why a value given on the command line (or in a form) is refused, in English, Russian and
Ukrainian.

The `problem` of `catalog.errors.InvalidInput` as the services write it (`catalog.services.*`,
`catalog.imaging.processing`); the message reads "field: problem", and the field (`sex`,
`person`, `crop`) is the option's own name, kept as it is. As in `catalog.problem_words`, the
English is the exact sentence the code writes and `catalog.wording` says it again.
"""

from __future__ import annotations

Table = dict[str, dict[str, str]]

VALUES: Table = {
    "unknown_value": {
        "en": "unknown value {value} (one of: {allowed})",
        "ru": "неизвестное значение {value} (допустимы: {allowed})",
        "uk": "невідоме значення {value} (допустимі: {allowed})",
    },
    "expected_text": {
        "en": "expected text, got {type}",
        "ru": "ожидается текст, получено {type}",
        "uk": "очікується текст, отримано {type}",
    },
    "too_long": {
        "en": "longer than {limit} characters",
        "ru": "длиннее {limit} символов",
        "uk": "довше за {limit} символів",
    },
    "region": {
        "en": "a region is [x, y, width, height] in non-negative pixels",
        "ru": "область задаётся как [x, y, ширина, высота] в неотрицательных пикселях",
        "uk": "область задається як [x, y, ширина, висота] в невід'ємних пікселях",
    },
    "region_size": {
        "en": "a region must have a width and a height",
        "ru": "у области должны быть ширина и высота",
        "uk": "область повинна мати ширину й висоту",
    },
    "region_page": {
        "en": "a region needs the page it is on",
        "ru": "для области нужна страница, на которой она находится",
        "uk": "для області потрібна сторінка, на якій вона розташована",
    },
    "other_document_page": {
        "en": "the page belongs to another document",
        "ru": "страница принадлежит другому документу",
        "uk": "сторінка належить іншому документу",
    },
    "unknown_order": {
        "en": "unknown order {order} (name, birth, id)",
        "ru": "неизвестный порядок {order} (name, birth, id)",
        "uk": "невідомий порядок {order} (name, birth, id)",
    },
    "unknown_order_short": {
        "en": "unknown order {order} (name, birth)",
        "ru": "неизвестный порядок {order} (name, birth)",
        "uk": "невідомий порядок {order} (name, birth)",
    },
    "unknown_order_of": {
        "en": "unknown order {order} (one of: {allowed})",
        "ru": "неизвестный порядок {order} (допустимы: {allowed})",
        "uk": "невідомий порядок {order} (допустимі: {allowed})",
    },
    "unknown_ocr_state": {
        "en": "unknown OCR state {state} (one of: not_done, done, corrected)",
        "ru": "неизвестное состояние OCR {state} (допустимы: not_done, done, corrected)",
        "uk": "невідомий стан OCR {state} (допустимі: not_done, done, corrected)",
    },
    "negative": {
        "en": "offset and limit must not be negative",
        "ru": "offset и limit не могут быть отрицательными",
        "uk": "offset і limit не можуть бути від'ємними",
    },
    "rows_limit": {
        "en": "at most {limit} rows at a time",
        "ru": "не больше {limit} строк за раз",
        "uk": "не більше {limit} рядків за раз",
    },
}

PERSONS: Table = {
    "needs_name": {
        "en": "a person needs at least a surname or a given name",
        "ru": "у человека должны быть хотя бы фамилия или имя",
        "uk": "особа повинна мати принаймні прізвище або ім'я",
    },
    "several": {
        "en": "{text} names several persons; use the catalogue id",
        "ru": "{text} подходит нескольким людям; укажите id в каталоге",
        "uk": "{text} підходить кільком особам; укажіть id у каталозі",
    },
    "variant_kind": {
        "en": "unknown name variant kind {kind}",
        "ru": "неизвестный вид варианта имени {kind}",
        "uk": "невідомий вид варіанта імені {kind}",
    },
    "own_parent": {
        "en": "a person cannot be their own parent",
        "ru": "человек не может быть сам себе родителем",
        "uk": "особа не може бути сама собі батьком чи матір'ю",
    },
    "own_spouse": {
        "en": "a person cannot be their own spouse",
        "ru": "человек не может быть сам себе супругом",
        "uk": "особа не може бути сама собі подружжям",
    },
    "own_sibling": {
        "en": "a person cannot be their own sibling",
        "ru": "человек не может быть сам себе братом или сестрой",
        "uk": "особа не може бути сама собі братом чи сестрою",
    },
    "already_ancestor": {
        "en": "person {relative} is already an ancestor of person {person}: a person cannot "
        "be their own ancestor",
        "ru": "человек {relative} уже предок человека {person}: человек не может быть "
        "собственным предком",
        "uk": "особа {relative} уже є предком особи {person}: особа не може бути власним предком",
    },
    "parent_exists": {
        "en": "this parent relationship is already recorded",
        "ru": "эта связь родителя и ребёнка уже записана",
        "uk": "цей зв'язок батьків і дитини вже записано",
    },
    "spouse_exists": {
        "en": "this spouse relationship is already recorded",
        "ru": "этот брак уже записан",
        "uk": "цей шлюб уже записано",
    },
    "sibling_exists": {
        "en": "this sibling relationship is already recorded",
        "ru": "это родство братьев и сестёр уже записано",
        "uk": "цю спорідненість братів і сестер уже записано",
    },
    "childs_child": {
        "en": "a person cannot be their child's child",
        "ru": "человек не может быть ребёнком своего ребёнка",
        "uk": "особа не може бути дитиною своєї дитини",
    },
    "marriage_only": {
        "en": "only a marriage has a beginning and an end",
        "ru": "начало и конец бывают только у брака",
        "uk": "початок і кінець бувають лише в шлюбу",
    },
    "only_suggested": {
        "en": "only a suggested relationship can be dismissed",
        "ru": "отклонить можно только предложенную связь",
        "uk": "відхилити можна лише запропонований зв'язок",
    },
    "not_persons": {
        "en": "relationship {relationship} is not person {person}'s",
        "ru": "связь {relationship} не принадлежит человеку {person}",
        "uk": "зв'язок {relationship} не належить особі {person}",
    },
    "merge_self": {
        "en": "a person cannot be merged with themself",
        "ru": "человека нельзя объединить с ним самим",
        "uk": "особу не можна об'єднати з нею самою",
    },
    "merge_cycle": {
        "en": "person {ancestor} is an ancestor of person {descendant}: merging them would "
        "make a person their own ancestor",
        "ru": "человек {ancestor} — предок человека {descendant}: после объединения человек "
        "стал бы собственным предком",
        "uk": "особа {ancestor} — предок особи {descendant}: після об'єднання особа стала б "
        "власним предком",
    },
}

DOCUMENTS: Table = {
    "already_linked": {
        "en": "document {document} is already linked to person {person} as {role}; nothing changed",
        "ru": "документ {document} уже связан с человеком {person} (роль: {role}); ничего не "
        "изменено",
        "uk": "документ {document} уже пов'язаний з особою {person} (роль: {role}); нічого не "
        "змінено",
    },
    "not_linked_as": {
        "en": "document {document} is not linked to person {person} as {role}; nothing changed",
        "ru": "документ {document} не связан с человеком {person} в роли {role}; ничего не "
        "изменено",
        "uk": "документ {document} не пов'язаний з особою {person} у ролі {role}; нічого не "
        "змінено",
    },
    "not_linked": {
        "en": "document {document} is not linked to person {person}; nothing changed",
        "ru": "документ {document} не связан с человеком {person}; ничего не изменено",
        "uk": "документ {document} не пов'язаний з особою {person}; нічого не змінено",
    },
    "tag_needs_name": {
        "en": "a tag needs a name",
        "ru": "у метки должно быть название",
        "uk": "мітка повинна мати назву",
    },
    "tag_too_long": {
        "en": "a tag is at most {limit} characters long",
        "ru": "метка — не длиннее {limit} символов",
        "uk": "мітка — не довша за {limit} символів",
    },
    "already_tagged": {
        "en": "document {document} is already tagged {name}; nothing changed",
        "ru": "у документа {document} уже есть метка {name}; ничего не изменено",
        "uk": "документ {document} уже має мітку {name}; нічого не змінено",
    },
    "not_tagged": {
        "en": "document {document} is not tagged {name}; nothing changed",
        "ru": "у документа {document} нет метки {name}; ничего не изменено",
        "uk": "документ {document} не має мітки {name}; нічого не змінено",
    },
    "claim_twice": {
        "en": "claim {id} is given twice; nothing changed",
        "ru": "утверждение {id} указано дважды; ничего не изменено",
        "uk": "твердження {id} вказано двічі; нічого не змінено",
    },
    "claim_accepted_already": {
        "en": "claim {id} is already accepted, not a suggestion; nothing changed",
        "ru": "утверждение {id} уже принято, это не предложение; ничего не изменено",
        "uk": "твердження {id} уже прийнято, це не пропозиція; нічого не змінено",
    },
    "no_claim": {
        "en": "no claim given",
        "ru": "утверждение не указано",
        "uk": "твердження не вказано",
    },
}

PROCESSING: Table = {
    "crop": {
        "en": "a crop is [x, y, width, height] in pixels",
        "ru": "обрезка задаётся как [x, y, ширина, высота] в пикселях",
        "uk": "обрізання задається як [x, y, ширина, висота] в пікселях",
    },
    "colours": {
        "en": "a list of colours to drop",
        "ru": "нужен список цветов, которые убрать",
        "uk": "потрібен список кольорів, які прибрати",
    },
    "unknown_colour": {
        "en": "unknown colour {colour}; choose from {allowed}",
        "ru": "неизвестный цвет {colour}; выберите из {allowed}",
        "uk": "невідомий колір {colour}; виберіть із {allowed}",
    },
    "binarise": {
        "en": 'binarise is "auto", "otsu" or a grey level 1..254',
        "ru": "binarise — «auto», «otsu» или уровень серого 1..254",
        "uk": "binarise — «auto», «otsu» або рівень сірого 1..254",
    },
    "unknown_parameter": {
        "en": "unknown processing parameter",
        "ru": "неизвестный параметр обработки",
        "uk": "невідомий параметр обробки",
    },
    "rotation": {
        "en": "rotation is 0, 90, 180 or 270 degrees",
        "ru": "поворот — 0, 90, 180 или 270 градусов",
        "uk": "поворот — 0, 90, 180 або 270 градусів",
    },
    "deskew": {
        "en": "deskew is an angle between -45 and 45 degrees",
        "ru": "выравнивание (deskew) — угол от -45 до 45 градусов",
        "uk": "вирівнювання (deskew) — кут від -45 до 45 градусів",
    },
    "greyscale": {
        "en": "greyscale is true or false",
        "ru": "greyscale — true или false",
        "uk": "greyscale — true або false",
    },
    "autocontrast": {
        "en": "autocontrast is true or a percent 0..25",
        "ru": "autocontrast — true или процент 0..25",
        "uk": "autocontrast — true або відсоток 0..25",
    },
    "thumbnail": {
        "en": "a thumbnail is {low} to {high} pixels",
        "ru": "миниатюра — от {low} до {high} пикселей",
        "uk": "мініатюра — від {low} до {high} пікселів",
    },
}

TABLES = [VALUES, PERSONS, DOCUMENTS, PROCESSING]
