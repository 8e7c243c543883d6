"""Realistic names for the benchmark catalogue: Russian and Ukrainian distributions, variants.

Surnames: a head of frequent Russian, Ukrainian and other surnames drawn with Zipf-like weights,
and a long tail of rare surnames built from roots and suffixes, so that a million people carry a
few hundred thousand distinct surnames, as Memorial's lists do. Given names follow the frequencies
of people born around 1870-1920; patronymics are formed from a father's name; women get the
feminine surname. Some people are written with the spellings that search must see through:
ё/е, pre-1918 letters, doubled consonants, typos, and variants (maiden names, transliterations,
Ukrainian forms).
"""

from __future__ import annotations

import itertools
import random

import iuliia

from catalog.search.translit import transliterate


def words(text: str) -> list[str]:
    return text.split()


RUSSIAN = words(
    """
Смирнов Иванов Кузнецов Соколов Попов Лебедев Козлов Новиков Морозов Петров Волков Соловьёв
Васильев Зайцев Павлов Семёнов Голубев Виноградов Богданов Воробьёв Фёдоров Михайлов Беляев
Тарасов Белов Комаров Орлов Киселёв Макаров Андреев Ковалёв Ильин Гусев Титов Кузьмин Кудрявцев
Баранов Куликов Алексеев Степанов Яковлев Сорокин Сергеев Романов Захаров Борисов Королёв
Герасимов Пономарёв Григорьев Лазарев Медведев Ершов Никитин Соболев Рябов Поляков Цветков
Данилов Жуков Фролов Журавлёв Николаев Крылов Максимов Сидоров Осипов Белоусов Федотов Дорофеев
Егоров Матвеев Бобров Дмитриев Калинин Анисимов Петухов Антонов Тимофеев Никифоров Веселов
Филиппов Марков Большаков Суханов Миронов Ширяев Александров Коновалов Шестаков Казаков Ефимов
Денисов Громов Фомин Давыдов Мельников Щербаков Блинов Колесников Карпов Афанасьев Власов Маслов
Исаков Тихонов Аксёнов Гаврилов Родионов Котов Горбунов Кудряшов Быков Зуев Третьяков Савельев
Панов Рыбаков Суворов Абрамов Воронов Мухин Архипов Трофимов Мартынов Емельянов Горшков Чернов
Овчинников Селезнёв Панфилов Копылов Михеев Галкин Назаров Лобанов Лукин Беляков Потапов
Некрасов Хохлов Жданов Наумов Шилов Воронцов Ермаков Дроздов Игнатьев Савин Логинов Сафонов
Капустин Кириллов Моисеев Елисеев Кошелев Костин Горбачёв Орехов Ефремов Исаев Евдокимов
Калашников Кабанов Носков Юдин Кулагин Лапин Прохоров Нестеров Харитонов Агафонов Муравьёв
Ларионов Федосеев Зимин Пахомов Шубин Игнатов Филатов Крюков Рогов Кулаков Терентьев Молчанов
Владимиров Артемьев Гурьев Зиновьев Гришин Кононов Дементьев Ситников Симонов Мишин Фадеев
Комиссаров Мамонтов Носов Гуляев Шаров Устинов Вишняков Евсеев Лаврентьев Брагин Константинов
Корнилов Авдеев Зыков Бирюков Шарапов Никонов Щукин Дьячков Одинцов Сазонов Якушев Красильников
Гордеев Самойлов Князев Беспалов Уваров Шашков Бобылёв Доронин Белозёров Рожков Самсонов
Мясников Лихачёв Буров Сысоев Фомичёв Русаков Стрелков Гущин Тетерин Колобов Субботин Фокин
Блохин Селиверстов Пестов Кондратьев Силин Меркушев Лыткин Туров Зеров Гудро Злотников Доценко
Агафонов Панкин Флоренский Петровский Покровский Вознесенский Преображенский Успенский Троицкий
Архангельский Соколовский Толстой Трубецкой Оболенский Голицын Шереметев Волконский Белый Чёрный
Рыжий
"""
)

UKRAINIAN = words(
    """
Шевченко Коваленко Бондаренко Ткаченко Кравченко Олейник Шевчук Полищук Коваль Бойко Ткачук
Мельник Лысенко Руденко Марченко Савченко Петренко Клименко Павленко Левченко Харченко Кравчук
Мельниченко Кузьменко Пономаренко Сидоренко Гончаренко Романенко Карпенко Литвиненко Гаврилюк
Кравец Мороз Ковальчук Онищенко Тимошенко Дяченко Костенко Васильченко Приходько Ярошенко
Зинченко Федоренко Бондарь Гончар Лукьяненко Демченко Назаренко Захарченко Швец Курбас Хвылевой
Зеров Семенко Филиппович Драй-Хмара Косинка Влызько Пидмогильный Слисаренко
"""
)

OTHER = words(
    """
Гросингер Гроссингер Розенберг Гольдман Шварц Кац Левин Фишер Шнейдер Вайнштейн Рабинович Каплан
Фридман Гинзбург Лившиц Эпштейн Кляйн Мюллер Шмидт Вагнер Беккер Гофман Ковальский Вишневский
Левандовский Зелинский Новак Каминский Ахметов Хабибуллин Сафин Гарипов Абдуллаев Алиев Мамедов
Гасанов Багиров Петросян Саркисян Джугашвили Гогуа Церетели Лацис Озолс Янсонс Ваккер Штейнгардт
Тухачевский Якир Уборевич Эйдеман Корк Путна Фельдман Примаков
"""
)

ROOTS = words(
    """
бел бер бор брат бук вар вед вер вол вор гай гал гор грач гуд гуль дар дед дол дуб ел жар жук
зав зел зим злат ив кал кам кар кит клен кол кор кос крот куз кур лап лес лип лом луг лук маз
мал мар мед мел мир мох нос ор пал пан пер пес пет плот пол пуш рад реп рог рус сав сед сер сив
сок сол сор стар суд тал тер тих топ тур уг хмел хол цар чер чиж шаб шап шил шир щег юр яс
"""
)
SYLLABLES = words(
    """
ба ва га да же за ки ко ла ле ли мо на ни ор по ра ре ро са се ст ти ту фе ха че ша шу
"""
)
SUFFIXES = [
    ("ов", 30), ("ев", 12), ("ин", 14), ("ский", 8), ("енко", 8), ("ук", 5), ("чук", 3),
    ("ович", 3), ("ич", 3), ("ак", 2), ("ко", 3), ("ец", 2), ("ников", 4), ("цкий", 3),
]  # fmt: skip

MALE = [
    ("Иван", 120), ("Василий", 80), ("Николай", 75), ("Михаил", 70), ("Пётр", 65),
    ("Александр", 60), ("Фёдор", 50), ("Алексей", 45), ("Григорий", 40), ("Степан", 35),
    ("Сергей", 35), ("Дмитрий", 30), ("Яков", 25), ("Андрей", 30), ("Павел", 28), ("Егор", 15),
    ("Семён", 22), ("Илья", 15), ("Тимофей", 10), ("Никита", 10), ("Кузьма", 10),
    ("Афанасий", 10), ("Прокопий", 6), ("Константин", 15), ("Владимир", 15), ("Георгий", 10),
    ("Матвей", 10), ("Максим", 10), ("Леонид", 8), ("Борис", 10), ("Гавриил", 5), ("Осип", 6),
    ("Антон", 10), ("Роман", 8), ("Лев", 6), ("Абрам", 5), ("Исаак", 3), ("Ефим", 6),
    ("Трофим", 6), ("Макар", 5), ("Евгений", 8), ("Виктор", 6), ("Аркадий", 4), ("Захар", 6),
    ("Игнат", 5), ("Арсений", 4), ("Савва", 3), ("Фома", 3), ("Лука", 3), ("Евдоким", 3),
]  # fmt: skip
FEMALE = [
    ("Мария", 120), ("Анна", 90), ("Евдокия", 40), ("Прасковья", 35), ("Екатерина", 40),
    ("Александра", 30), ("Татьяна", 30), ("Ксения", 20), ("Елена", 25), ("Ольга", 25),
    ("Пелагея", 20), ("Агафья", 15), ("Анастасия", 25), ("Матрёна", 20), ("Варвара", 15),
    ("Фёкла", 8), ("Наталья", 20), ("Надежда", 15), ("Вера", 15), ("Любовь", 12),
    ("Софья", 12), ("Ирина", 10), ("Акулина", 8), ("Дарья", 15), ("Евгения", 6), ("Лидия", 8),
    ("Зинаида", 8), ("Антонина", 10), ("Клавдия", 10), ("Юлия", 5), ("Ия", 1), ("Яна", 1),
]  # fmt: skip
UKRAINIAN_GIVEN = {
    "Николай": "Микола", "Пётр": "Петро", "Александр": "Олександр", "Василий": "Василь",
    "Григорий": "Григорій", "Михаил": "Михайло", "Андрей": "Андрій", "Фёдор": "Федір",
    "Мария": "Марія", "Анна": "Ганна", "Елена": "Олена", "Екатерина": "Катерина",
}  # fmt: skip

PATRONYMIC_SPECIAL = {
    "Илья": ("Ильич", "Ильинична"), "Кузьма": ("Кузьмич", "Кузьминична"),
    "Никита": ("Никитич", "Никитична"), "Фома": ("Фомич", "Фоминична"),
    "Лука": ("Лукич", "Лукинична"), "Савва": ("Саввич", "Саввична"),
    "Яков": ("Яковлевич", "Яковлевна"), "Павел": ("Павлович", "Павловна"),
    "Гавриил": ("Гаврилович", "Гавриловна"),
    "Лев": ("Львович", "Львовна"), "Пётр": ("Петрович", "Петровна"),
    "Семён": ("Семёнович", "Семёновна"), "Фёдор": ("Фёдорович", "Фёдоровна"),
}  # fmt: skip

PRE1918_ROOTS = {"Бел": "Бѣл", "Сер": "Сѣр", "Лес": "Лѣс", "Мел": "Мѣл", "Дед": "Дѣд"}


def patronymic(father: str, female: bool) -> str:
    if father in PATRONYMIC_SPECIAL:
        return PATRONYMIC_SPECIAL[father][1 if female else 0]
    if father == "Михаил":
        return father[:-2] + "йл" + ("овна" if female else "ович")
    if father.endswith(("ий", "ей", "ай")):
        stem = father[:-1]
        stem = stem[:-1] + "ь" if father.endswith("ий") else stem
        return stem + ("евна" if female else "евич")
    if father.endswith("а"):
        return father[:-1] + ("ична" if female else "ич")
    return father + ("овна" if female else "ович")


def feminine(surname: str) -> str:
    for masculine, fem in (
        ("ский", "ская"), ("цкий", "цкая"), ("ой", "ая"), ("ый", "ая"), ("ий", "яя"),
        ("ов", "ова"), ("ёв", "ёва"), ("ев", "ева"), ("ин", "ина"), ("ын", "ына"),
    ):  # fmt: skip
        if surname.endswith(masculine):
            return surname[: -len(masculine)] + fem
    return surname


class NameMaker:
    """Draws names; deterministic for a seed."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        # The Russian list is in order of frequency; Ukrainian surnames are interleaved (one in
        # four), the others follow.
        head: list[tuple[str, str]] = []
        ukrainian = iter(UKRAINIAN)
        for k, surname in enumerate(RUSSIAN):
            head.append((surname, "ru"))
            if k % 3 == 2:
                head += [(s, "uk") for s in itertools.islice(ukrainian, 1)]
        head += [(s, "uk") for s in ukrainian] + [(s, "other") for s in OTHER]
        self.head = head
        # Zipf-like weights: the k-th surname is about 1/k^0.9 as frequent as the first.
        self.head_weights = [1 / (k + 1) ** 0.9 for k in range(len(head))]
        self.male = [n for n, _ in MALE]
        self.male_w = [w for _, w in MALE]
        self.female = [n for n, _ in FEMALE]
        self.female_w = [w for _, w in FEMALE]

    def _rare_surname(self) -> tuple[str, str]:
        rng = self.rng
        root = rng.choice(ROOTS) + "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(0, 2)))
        suffix = rng.choices([s for s, _ in SUFFIXES], [w for _, w in SUFFIXES])[0]
        if root[-1] in "аеиоуя" and suffix[0] in "аеиоуя":
            root = root[:-1]
        origin = "uk" if suffix in ("енко", "ук", "чук", "ко", "ец") else "ru"
        return root.capitalize() + suffix, origin

    def surname(self) -> tuple[str, str]:
        if self.rng.random() < 0.55:
            return self.rng.choices(self.head, self.head_weights)[0]
        return self._rare_surname()

    def person(self) -> dict[str, str]:
        rng = self.rng
        female = rng.random() < 0.2
        surname, origin = self.surname()
        if female:
            surname = feminine(surname)
        given = rng.choices(*(self.female, self.female_w) if female else (self.male, self.male_w))[
            0
        ]
        father = rng.choices(self.male, self.male_w)[0]
        if origin == "uk" and rng.random() < 0.3:
            given = UKRAINIAN_GIVEN.get(given, given)
        return {
            "surname": surname,
            "given_name": given,
            "patronymic": patronymic(father, female),
            "sex": "f" if female else "m",
            "origin": origin,
        }

    # -- spellings an archive may use ----------------------------------------------------------

    def respell(self, word: str) -> str:
        """Another way the same word is written: ё/е, pre-1918, a doubled consonant, a typo."""
        rng = self.rng
        choice = rng.random()
        if "ё" in word and choice < 0.5:
            return word.replace("ё", "е")
        if choice < 0.3 and word[-1] in "бвгджзклмнпрстфхцчшщ":
            respelled = word + "ъ"
            for modern, old in PRE1918_ROOTS.items():
                if respelled.startswith(modern):
                    respelled = old + respelled[len(modern) :]
            return respelled
        if choice < 0.6:
            for i in range(1, len(word) - 1):
                ch = word[i]
                if ch in "сснлпмфт" and word[i + 1] in "аеиоуыя":
                    return (
                        word[:i] + ch + word[i:] if word[i - 1] != ch else word[:i] + word[i + 1 :]
                    )
        if len(word) > 4:
            i = rng.randrange(1, len(word) - 1)
            return word[:i] + word[i + 1 :]  # a dropped letter, as in «Гриорьевич»
        return word

    def variants(self, person: dict[str, str]) -> list[dict[str, str]]:
        rng = self.rng
        out: list[dict[str, str]] = []
        kind = rng.random()
        if kind < 0.45:
            out.append(
                {
                    "surname": self.respell(person["surname"]),
                    "given_name": person["given_name"],
                    "patronymic": person["patronymic"],
                    "script": "Cyrl",
                    "scheme": "",
                    "kind": "spelling",
                }
            )
        elif kind < 0.75:
            scheme = rng.choice([iuliia.ICAO_DOC_9303, iuliia.BGN_PCGN, iuliia.GOST_779])
            out.append(
                {
                    "surname": transliterate(scheme, person["surname"]),
                    "given_name": transliterate(scheme, person["given_name"]),
                    "patronymic": transliterate(scheme, person["patronymic"]),
                    "script": "Latn",
                    "scheme": {"icao_doc_9303": "icao", "bgn_pcgn": "bgn_pcgn"}.get(
                        scheme.name, "iso9"
                    ),
                    "kind": "transliteration",
                }
            )
        elif person["sex"] == "f":
            maiden, _ = self.surname()
            out.append(
                {
                    "surname": feminine(maiden),
                    "given_name": person["given_name"],
                    "patronymic": person["patronymic"],
                    "script": "Cyrl",
                    "scheme": "",
                    "kind": "maiden",
                }
            )
        else:
            out.append(
                {
                    "surname": person["surname"],
                    "given_name": UKRAINIAN_GIVEN.get(person["given_name"], person["given_name"]),
                    "patronymic": self.respell(person["patronymic"]),
                    "script": "Cyrl",
                    "scheme": "",
                    "kind": "spelling",
                }
            )
        return out
