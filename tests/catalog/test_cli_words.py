"""The command line in English, Russian and Ukrainian: how the language is chosen, the word
tables, and the same bad input reported in each language, naming the file."""

from __future__ import annotations

import string
from pathlib import Path
from types import SimpleNamespace

import pytest
from PIL import Image

from catalog import (
    cli_words,
    command_words,
    exchange_words,
    input_words,
    package_words,
    problem_words,
)
from catalog.cli import language
from catalog.cli.commands import ocr
from catalog.db import Catalog
from catalog.wording import LANGUAGES, Phrasebook, sayings, translate
from tests.support.cli import run_spravka

TABLES = {
    f"{module.__name__}.{index}": table
    for module in (
        cli_words,
        command_words,
        problem_words,
        input_words,
        exchange_words,
        package_words,
    )
    for index, table in enumerate(module.TABLES)
}

# No language chosen: the locale says nothing, SPRAVKA_LANG is unset.
NO_CHOICE = {"SPRAVKA_LANG": "", "LANGUAGE": "", "LC_ALL": "C", "LC_MESSAGES": "", "LANG": "C"}
# Each language chosen a different way: the locale, SPRAVKA_LANG, the locale's LANGUAGE list.
CHOICES = {
    "en": NO_CHOICE,
    "ru": {**NO_CHOICE, "SPRAVKA_LANG": "ru"},
    "uk": {**NO_CHOICE, "LC_ALL": "", "LANG": "uk_UA.UTF-8", "LANGUAGE": "uk:ru"},
}


def _fields(template: str) -> list[str]:
    return sorted(name for _, name, _, _ in string.Formatter().parse(template) if name)


@pytest.mark.parametrize("name", sorted(TABLES))
def test_every_entry_has_three_languages_with_the_same_fields(name: str) -> None:
    for key, words in TABLES[name].items():
        assert set(words) == set(LANGUAGES), key
        assert all(words[lang].strip() for lang in LANGUAGES), key
        assert _fields(words["en"]) == _fields(words["ru"]) == _fields(words["uk"]), key
        if words["en"] != "spravka: {message}":
            assert words["ru"] != words["en"] or words["en"].isupper(), key


def test_no_two_entries_claim_the_same_english_with_different_words() -> None:
    seen: dict[str, dict[str, str]] = {}
    recognised = [cli_words.REPORTS]
    for module in (problem_words, input_words, exchange_words, package_words):
        recognised += module.TABLES
    for table in recognised:
        for words in table.values():
            assert seen.setdefault(words["en"], words) == words, words["en"]


def test_every_key_the_command_line_says_is_found_once() -> None:
    keys = [key for table in [cli_words.CLI, *command_words.TABLES] for key in table]
    assert len(keys) == len(set(keys))
    assert set(sayings()) == set(keys)


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({}, "en"),
        ({"LANG": "C.UTF-8"}, "en"),
        ({"LANG": "ru_RU.UTF-8"}, "ru"),
        ({"LC_ALL": "uk_UA.UTF-8", "LANG": "ru_RU.UTF-8"}, "uk"),
        ({"LC_MESSAGES": "ru_UA.UTF-8", "LANG": "en_US.UTF-8"}, "ru"),
        ({"LANG": "en_US.UTF-8", "LANGUAGE": "de:uk:ru"}, "uk"),
        ({"LANG": "C", "LANGUAGE": "ru"}, "en"),  # gettext ignores LANGUAGE in the C locale
        ({"LANG": "de_DE.UTF-8"}, "en"),
        ({"SPRAVKA_LANG": "uk", "LC_ALL": "ru_RU.UTF-8"}, "uk"),
        ({"SPRAVKA_LANG": "en", "LC_ALL": "ru_RU.UTF-8"}, "en"),
        ({"SPRAVKA_LANG": "fr", "LANG": "ru_RU.UTF-8"}, "ru"),
    ],
)
def test_the_language_comes_from_spravka_lang_else_the_locale_else_english(
    environ: dict[str, str], expected: str
) -> None:
    assert language.from_environment(environ) == expected


def test_english_and_unknown_messages_are_returned_untouched() -> None:
    book = Phrasebook([cli_words.REPORTS, *problem_words.TABLES, *exchange_words.TABLES])
    message = "/x/a.pdf: the PDF has no pages"
    assert book.translate(message, "en") is message
    assert book.translate("/x/a.pdf: something nobody wrote", "ru") == (
        "/x/a.pdf: something nobody wrote"
    )
    assert book.translate(message, "uk") == "/x/a.pdf: у PDF немає сторінок"


def test_the_ocr_summary_is_the_same_english_and_says_it_in_russian_and_ukrainian() -> None:
    report = SimpleNamespace(
        pending=5,
        read=[1, 2, 3],
        engine="tesseract 5.3.0",
        seconds=12.4,
        plain=[7, 9],
        errors=[(4, "x")],
        skipped=1,
        cancelled=True,
    )
    try:
        language.set_current("en")
        assert ocr._summary(report, "rus+ukr") == (
            "read 3 of 5 page(s) with tesseract 5.3.0 (rus+ukr) in 12 s; 2 page(s) read from "
            "the plain image, as preparing made them read worse (page 7, 9); 1 page(s) could "
            "not be read; 1 skipped (deleted or read by another run meanwhile); stopped before "
            "the end: run `spravka ocr` again to continue"
        )
        language.set_current("ru")
        russian = ocr._summary(report, "rus+ukr")
        language.set_current("uk")
        ukrainian = ocr._summary(report, "rus+ukr")
    finally:
        language.set_current(None)
    assert russian.startswith("распознано страниц: 3 из 5, tesseract 5.3.0 (rus+ukr), за 12 с")
    assert "(страницы 7, 9)" in russian and "`spravka ocr` снова" in russian
    assert ukrainian.startswith("розпізнано сторінок: 3 із 5")
    assert "не вдалося розпізнати сторінок: 1" in ukrainian


@pytest.fixture
def bad_files(tmp_path: Path) -> dict[str, Path]:
    text = tmp_path / "справка.pdf"
    text.write_text("not a PDF at all\n", encoding="utf-8")
    whole = tmp_path / "whole.jpg"
    Image.new("RGB", (400, 300), "white").save(whole, quality=90)
    truncated = tmp_path / "обрезан.jpg"
    data = whole.read_bytes()
    truncated.write_bytes(data[: len(data) // 2])
    whole.unlink()
    tree = tmp_path / "дерево.ged"
    tree.write_bytes(
        "0 HEAD\n1 CHAR UTF-8\n0 @I1@ INDI\n1 NAME Иван /Петров/\n1 BIRT\n2 DATE 31 FEB 1900\n"
        "это не строка\n0 TRLR\n".encode("cp1251")
    )
    return {"pdf": text, "jpg": truncated, "ged": tree}


IMPORT_PROBLEMS = {
    "en": (
        "named .pdf, but the content is a text file, not a PDF",
        "truncated or damaged image (",
        "0 page(s) imported into 0 new document(s)",
    ),
    "ru": (
        "имя с расширением .pdf, но по содержимому это текстовый файл, а не PDF",
        "изображение обрезано или повреждено (",
        "не удалось импортировать файлов: 2",
    ),
    "uk": (
        "ім'я з розширенням .pdf, але за вмістом це текстовий файл, а не PDF",
        "зображення обрізане або пошкоджене (",
        "не вдалося імпортувати файлів: 2",
    ),
}

GEDCOM_PROBLEMS = {
    "en": (
        "encoding: CHAR UTF-8, read as cp1251",
        "problem: line 4: the file says CHAR UTF-8 but is not valid UTF-8; read as Windows-1251",
        "problem: line 7: not a GEDCOM line, skipped: 'это не строка'",
        "problem: line 6: date '31 FEB 1900': 31 FEB 1900: month 2 of 1900 has 28 days; the "
        "day is left out",
    ),
    "ru": (
        "кодировка: CHAR UTF-8, прочитано как cp1251",
        "проблема: строка 4: в файле указано CHAR UTF-8, но это не корректный UTF-8; прочитано "
        "как Windows-1251",
        "проблема: строка 7: не строка GEDCOM, пропущена: 'это не строка'",
        "проблема: строка 6: дата '31 FEB 1900': 31 FEB 1900: в месяце 2 года 1900 дней: 28; "
        "день опущен",
    ),
    "uk": (
        "кодування: CHAR UTF-8, прочитано як cp1251",
        "проблема: рядок 4: у файлі зазначено CHAR UTF-8, але це не коректний UTF-8; прочитано "
        "як Windows-1251",
        "проблема: рядок 7: не рядок GEDCOM, пропущено: 'это не строка'",
        "проблема: рядок 6: дата '31 FEB 1900': 31 FEB 1900: у місяці 2 року 1900 днів: 28; "
        "день пропущено",
    ),
}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_same_bad_files_are_reported_in_each_language_naming_the_file(
    lang: str, bad_files: dict[str, Path], tmp_path: Path
) -> None:
    catalog = tmp_path / "catalog"
    assert run_spravka("init", catalog=catalog).returncode == 0
    env = CHOICES[lang]
    imported = run_spravka(
        "import", bad_files["pdf"], bad_files["jpg"], "--jobs", "1", catalog=catalog, env=env
    )
    assert imported.returncode == 1
    not_a_pdf, truncated, summary = IMPORT_PROBLEMS[lang]
    assert f"spravka: {bad_files['pdf']}: {not_a_pdf}\n" in imported.stderr
    assert f"spravka: {bad_files['jpg']}: {truncated}" in imported.stderr
    assert summary in imported.stdout

    tree = run_spravka("import", "gedcom", bad_files["ged"], catalog=catalog, env=env)
    assert tree.returncode == 0, tree.stderr
    lines = tree.stdout.splitlines()
    for line in GEDCOM_PROBLEMS[lang]:
        assert line in lines
    assert lines[-1].startswith(f"{bad_files['ged']}: ")

    missing = run_spravka("person", "list", catalog=tmp_path / "nowhere", env=env)
    assert missing.returncode == 1
    expected = {
        "en": "spravka: error: {}: no catalogue here (create one with `spravka init`)\n",
        "ru": "spravka: ошибка: {}: здесь нет каталога (создайте его командой `spravka init`)\n",
        "uk": "spravka: помилка: {}: тут немає каталогу (створіть його командою `spravka init`)\n",
    }[lang]
    assert missing.stderr == expected.format(tmp_path / "nowhere")


def test_with_no_language_chosen_the_output_is_the_english_it_always_was(
    bad_files: dict[str, Path], tmp_path: Path
) -> None:
    catalog = tmp_path / "catalog"
    run_spravka("init", catalog=catalog)
    imported = run_spravka("import", bad_files["pdf"], catalog=catalog, env=NO_CHOICE)
    assert imported.stdout == (
        "1 file(s): 0 page(s) imported into 0 new document(s); 0 duplicate page(s) already in "
        "the catalogue; 1 file(s) could not be imported\n"
    )
    assert imported.stderr == (
        f"spravka: {bad_files['pdf']}: named .pdf, but the content is a text file, not a PDF\n"
    )
    checked = run_spravka("check", catalog=catalog, env=NO_CHOICE)
    assert checked.stdout == (
        "checked 0 person(s): 0 flag(s) raised (0 new, 0 refreshed, 0 left dismissed), 0 "
        "suggested flag(s) removed because their rule no longer fires\n"
    )


def test_a_commands_own_lang_wins_over_the_environment(tmp_path: Path) -> None:
    catalog = tmp_path / "catalog"
    run_spravka("init", catalog=catalog)
    russian = run_spravka("check", catalog=catalog, env={"SPRAVKA_LANG": "ru"})
    assert russian.stdout.startswith("проверено людей: 0; отметок: 0 (новых: 0")
    ukrainian = run_spravka("check", "--lang", "uk", catalog=catalog, env={"SPRAVKA_LANG": "ru"})
    assert ukrainian.stdout.startswith("перевірено осіб: 0; позначок: 0 (нових: 0")
    english = run_spravka("check", "--lang", "en", catalog=catalog, env={"LANG": "ru_RU.UTF-8"})
    assert english.stdout.startswith("checked 0 person(s)")


def test_messages_built_by_the_catalogue_are_recognised() -> None:
    from catalog.errors import CatalogDamaged, NotFound, StorageError
    from catalog.imaging.formats import not_a_page_reason, sniff

    damaged = CatalogDamaged(Path("/c"), ["page 3 is broken"], None)
    russian = translate(str(damaged), "ru")
    assert russian.startswith("/c: база данных catalog.sqlite повреждена (page 3 is broken)")
    assert "ни одна автоматическая копия не проходит проверку" in russian
    assert translate(str(NotFound("document", 12)), "uk") == "немає документа з id 12"
    storage = StorageError("/out/x.pdf", OSError(28, "No space left on device"))
    assert translate(str(storage), "ru") == (
        "/out/x.pdf: не удаётся записать (No space left on device); ничего из уже сохранённого "
        "не потеряно"
    )
    heic = not_a_page_reason("IMG_1.HEIC", sniff(b"\x00\x00\x00\x18ftypheic" + b"\x00" * 40))
    assert translate(heic, "uk").startswith("не зображення й не PDF: за вмістом це фотографія")
    assert "експортуйте їх у JPEG" in translate(heic, "uk")


def test_everyday_commands_and_a_commands_lang_default_follow_the_environment(
    tmp_path: Path,
) -> None:
    catalog = tmp_path / "catalog"
    uk = {"SPRAVKA_LANG": "uk"}
    ru = {"SPRAVKA_LANG": "ru"}
    created = run_spravka("init", catalog=catalog, env=uk)
    assert created.stdout == f"створено порожній каталог у {catalog}\n"
    added = run_spravka(
        "person",
        "add",
        "Карпенко",
        "Пётр",
        "--sex",
        "m",
        "--birth",
        "1894",
        catalog=catalog,
        env=ru,
    )
    assert added.stdout.startswith("добавлен человек 1: Карпенко Пётр")
    shown = run_spravka("person", "show", "1", catalog=catalog, env=ru)
    assert "  пол: мужской\n" in shown.stdout and "  рождение: 1894\n" in shown.stdout
    assert "Утверждения: нет\n" in shown.stdout
    english = run_spravka("person", "show", "1", catalog=catalog, env=NO_CHOICE)
    assert "  sex: male\n" in english.stdout and "Claims: none\n" in english.stdout
    # `doctor --lang` had "en" as its default; now an unset --lang follows the environment.
    assert "Каталог у порядку." in run_spravka("doctor", catalog=catalog, env=uk).stdout
    assert "The catalogue is healthy." in run_spravka("doctor", catalog=catalog).stdout
    family = run_spravka("person", "family", "1", catalog=catalog, env=uk)
    assert family.stdout.endswith("  родичів не записано\n")
    listed = run_spravka("document", "list", catalog=catalog, env=uk)
    assert listed.stdout == "(нічого з 0; документів, ні з ким не пов'язаних: 0)\n"


def test_a_refused_package_and_export_summaries_are_said_in_each_language() -> None:
    from catalog.io.zipsafe import PackageRefused

    refused = str(PackageRefused("/p/in.zip", "the entry 'a/../b' is a symbolic link"))
    assert translate(refused, "en") == refused
    assert translate(refused, "ru") == (
        "/p/in.zip: отклонено, ничего не изменено: запись 'a/../b' — символическая ссылка"
    )
    assert translate(refused, "uk") == (
        "/p/in.zip: відхилено, нічого не змінено: запис 'a/../b' — символічне посилання"
    )
    summary = (
        "wrote /o/tree.ged: 3 person(s), 1 family(ies), 5 event(s), 2 source(s); "
        "1 suggested claim(s) left out (not yet reviewed)"
    )
    assert translate(summary, "ru") == (
        "записан файл /o/tree.ged: людей: 3, семей: 1, событий: 5, источников: 2; "
        "не включено предложенных утверждений (ещё не проверены): 1"
    )
    assert translate(summary, "uk").startswith("записано файл /o/tree.ged: осіб: 3, родин: 1")


def test_refused_values_from_the_services_are_said_in_each_language(catalog: Catalog) -> None:
    from catalog.errors import InvalidInput
    from catalog.services.families import RelationshipFields, add_relationship
    from catalog.services.persons import PersonFields, add_person

    with pytest.raises(InvalidInput) as nameless:
        add_person(catalog, PersonFields())
    assert translate(str(nameless.value), "en") == str(nameless.value)
    assert translate(str(nameless.value), "ru").endswith(
        ": у человека должны быть хотя бы фамилия или имя"
    )
    person = add_person(catalog, PersonFields(surname="Карпенко")).id
    with pytest.raises(InvalidInput) as own:
        add_relationship(catalog, person, person, RelationshipFields(kind="parent"))
    assert translate(str(own.value), "uk") == (
        "relative: особа не може бути сама собі батьком чи матір'ю"
    )


def test_a_restore_from_nowhere_is_refused_in_the_chosen_language(tmp_path: Path) -> None:
    nowhere, target = tmp_path / "нет", tmp_path / "new"
    english = run_spravka("restore", nowhere, target, env=NO_CHOICE)
    assert english.stderr == f"spravka: error: {nowhere}: no backup here (not a folder)\n"
    russian = run_spravka("restore", nowhere, target, env={"SPRAVKA_LANG": "ru"})
    assert russian.stderr == (
        f"spravka: ошибка: {nowhere}: здесь нет резервной копии (это не папка)\n"
    )
    assert english.returncode == russian.returncode == 1 and not target.exists()


def test_every_key_the_commands_say_is_in_the_tables() -> None:
    """A key missing from the tables would fail only when its line is printed."""
    import re

    root = Path(__file__).resolve().parents[2] / "catalog" / "cli"
    used = {
        key
        for path in root.rglob("*.py")
        for key in re.findall(
            r"\b(?:say|said)\(\s*[\"']([a-z_]+)[\"']", path.read_text(encoding="utf-8")
        )
    }
    assert len(used) > 60
    assert used <= set(sayings()), used - set(sayings())
    # The keys put together at run time.
    assert {f"{s}_added" for s in ("accepted", "suggested")} <= set(sayings())
    assert {f"status_{s}" for s in ("accepted", "suggested")} <= set(sayings())
    assert {"living", "deceased", "presumed", "not_living", "male", "female"} <= set(sayings())
    for what in ("document", "claim"):
        assert {f"{what}_private", f"{what}_not_private"} <= set(sayings())
    for key in ("living_name_only", "living_left_out", "private_documents_left_out"):
        assert f"withheld_{key}" in sayings()
    labels = {"sex", "born", "nationality", "occupation", "residence", "loaded_as", "tags"}
    labels |= {"notes", "kind", "issuer", "issued", "act_record", "archive_reference"}
    assert labels <= set(sayings())


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "spravka: error: {}: is not UTF-8 text (bad byte at offset 0); save it as UTF-8\n"),
        (
            "ru",
            "spravka: ошибка: {}: не текст в UTF-8 (неверный байт по смещению 0); сохраните "
            "его в UTF-8\n",
        ),
        (
            "uk",
            "spravka: помилка: {}: не текст в UTF-8 (хибний байт за зміщенням 0); збережіть "
            "його в UTF-8\n",
        ),
    ],
)
def test_a_windows_1251_record_file_is_refused_in_each_language(
    lang: str, expected: str, tmp_path: Path
) -> None:
    record = tmp_path / "запись.txt"
    record.write_bytes("Родился в 1896 г.".encode("cp1251"))
    result = run_spravka("parse-record", record, env=CHOICES[lang])
    assert result.returncode == 1 and result.stdout == ""
    assert result.stderr == expected.format(record)


def test_scanner_and_worker_errors_are_said_in_each_language() -> None:
    from catalog.importing.pool import WorkersFailed
    from catalog.scanning.sane import NoScanner, SaneUnavailable, ScanFailed

    failed = str(ScanFailed("genesys:libusb:001:004", "the scanner sent no image"))
    assert translate(failed, "ru") == "сканер genesys:libusb:001:004: сканер не прислал изображения"
    for error in (SaneUnavailable(), NoScanner(), WorkersFailed()):
        for lang in ("ru", "uk"):
            said = translate(str(error), lang)
            assert said != str(error) and not said.isascii(), (lang, str(error))
