"""Forms of one given name: church, everyday, old and Ukrainian spellings of the same name.

Archival documents write the name a person was baptised with (Евфимий, Агриппина, Иоанн), the
everyday form they lived by (Ефим, Аграфена, Иван), or the Ukrainian form (Олександр, Микола,
Ганна). The search keys already meet across spelling, ё/е, pre-1918 letters and case forms; this
small table adds the forms that differ as words. `canonical` maps a given name's key to the key of
its group's first name, so `Евфимий`, `Ефим` and `Юхим` block and compare as one name.

Groups are deliberately narrow: only forms that name the same saint or are the same name in
another language, never merely similar names (Александр and Алексей stay apart).
"""

from __future__ import annotations

from functools import lru_cache

from catalog.search.normalize import name_term

# The first form of each group is the one others map to. Keys are computed, so any case form
# or spelling of these words finds its group.
GROUPS: tuple[tuple[str, ...], ...] = (
    ("Ефим", "Евфимий", "Юхим", "Ефимий"),
    ("Аграфена", "Агриппина", "Агрепина", "Горпина"),
    ("Иван", "Иоанн", "Іван", "Ян"),
    ("Осип", "Иосиф", "Йосип", "Иосип"),
    ("Яков", "Иаков", "Яків"),
    ("Егор", "Георгий", "Юрий", "Юрій", "Єгор"),
    ("Федор", "Феодор", "Федір", "Хведір"),
    ("Фома", "Хома"),
    ("Филипп", "Пилип"),
    ("Алексей", "Алексий", "Олексій"),
    ("Александр", "Олександр"),
    ("Николай", "Микола"),
    ("Михаил", "Михайло"),
    ("Петр", "Петро"),
    ("Павел", "Павло"),
    ("Григорий", "Григорій", "Гриць"),
    ("Василий", "Василь"),
    ("Андрей", "Андрій"),
    ("Сергей", "Сергий", "Сергій"),
    ("Дмитрий", "Димитрий", "Дмитро"),
    ("Тимофей", "Тимофий", "Тимофій", "Тиміш"),
    ("Евгений", "Євген", "Евгеній"),
    ("Евдоким", "Овдоким", "Явдоким"),
    ("Захар", "Захария", "Захарий"),
    ("Илья", "Илия", "Ілля"),
    ("Кузьма", "Косма", "Козьма"),
    ("Семен", "Симеон"),
    ("Степан", "Стефан"),
    ("Гавриил", "Гаврила", "Гаврило"),
    ("Данила", "Даниил", "Данило"),
    ("Кирилл", "Кирило"),
    ("Игнат", "Игнатий", "Гнат"),
    ("Анисим", "Онисим"),
    ("Афанасий", "Опанас", "Панас"),
    ("Евстафий", "Остап", "Астафий"),
    ("Прокофий", "Прокоп", "Прокіп"),
    ("Анна", "Ганна"),
    ("Ксения", "Аксинья", "Оксана", "Ксенія"),
    ("Евдокия", "Авдотья", "Явдоха", "Євдокія"),
    ("Прасковья", "Параскева", "Параска", "Параскевия"),
    ("Пелагея", "Палагея", "Пелагія"),
    ("Акулина", "Акилина", "Килина"),
    ("Ульяна", "Иулиания", "Юлиания", "Уляна"),
    ("Агафья", "Агафия", "Гафія"),
    ("Мария", "Марья", "Марія"),
    ("Наталья", "Наталия", "Наталія"),
    ("Татьяна", "Татиана", "Тетяна"),
    ("Елена", "Олена", "Алёна"),
    ("Екатерина", "Катерина"),
    ("Елизавета", "Елисавета", "Єлизавета"),
    ("Софья", "София", "Софія"),
    ("Дарья", "Дария", "Дарія"),
    ("Марфа", "Марта"),
    ("Ирина", "Орина", "Арина"),
    ("Евфросиния", "Ефросинья", "Фрося", "Єфросинія"),
    ("Феодосия", "Федосья", "Федосія"),
    ("Анастасия", "Настасья", "Анастасія"),
)


def _table() -> dict[str, str]:
    table: dict[str, str] = {}
    for group in GROUPS:
        first = name_term(group[0])
        for name in group:
            table.setdefault(name_term(name), first)
    return table


_CANONICAL = _table()


@lru_cache(maxsize=65536)
def canonical(given_key: str) -> str:
    """The key its group is known by, for a given-name key (the key itself if in no group)."""
    return _CANONICAL.get(given_key, given_key)


_GROUP_KEYS: dict[str, tuple[str, ...]] = {}
for _key, _first in _CANONICAL.items():
    _GROUP_KEYS[_first] = (*_GROUP_KEYS.get(_first, ()), _key)


def group_keys(given_key: str) -> tuple[str, ...]:
    """Every key of the group a given-name key belongs to (itself alone if in none)."""
    return _GROUP_KEYS.get(canonical(given_key), (given_key,))


def same_name(a_key: str, b_key: str) -> bool:
    return bool(a_key) and canonical(a_key) == canonical(b_key)
