"""Encrypted packages and backups: round trips, the `age` tool both ways, and every refusal."""

from __future__ import annotations

import io
import os
import re
import shutil
import tarfile
import zipfile
from pathlib import Path

import pytest

from catalog.cli.main import main
from catalog.db import Catalog
from catalog.io.backup import BackupError, backup
from catalog.io.encryption import (
    AGE_MAGIC,
    EncryptionError,
    Reason,
    Strength,
    read_passphrase_file,
    strength,
)
from catalog.io.interchange_dump import dump_catalog
from catalog.io.package_export import export_package
from catalog.io.sealed import (
    encrypted_backup,
    export_encrypted_package,
    import_any_package,
    restore_any,
)
from catalog.io.zipsafe import PackageRefused
from tests.io import family
from tests.privacy.agetool import age_decrypt, age_encrypt
from tests.privacy.conftest import PASSPHRASE

Family = tuple[Catalog, dict[str, int]]


def dump_text(catalog: Catalog) -> str:
    out = io.StringIO()
    dump_catalog(catalog, out, base_dir=catalog.folder)
    return out.getvalue()


def files_under(folder: Path) -> set[str]:
    return {
        str(Path(root, name).relative_to(folder))
        for root, dirs, names in os.walk(folder)
        for name in [*names, *dirs]
    }


def persons_of(catalog: Catalog) -> set[str]:
    text = dump_text(catalog)
    return {name for name in ("Карпенко", "Пётр") if name in text}


def test_encrypted_package_round_trip_writes_nothing_plain(
    family_catalog: Family, other: Catalog, tmp_path: Path
) -> None:
    catalog, _ids = family_catalog
    before = files_under(tmp_path)
    out = tmp_path / "family.age"
    report = export_encrypted_package(catalog, out, PASSPHRASE)
    assert report.persons >= 1 and report.images == 3
    # The only new file is the encrypted package: no plain zip was written on the way.
    assert files_under(tmp_path) - before == {"family.age"}
    sealed = out.read_bytes()
    assert sealed.startswith(AGE_MAGIC)
    assert b"PK\x03\x04" not in sealed and "Карпенко".encode() not in sealed

    imported = import_any_package(other, out, PASSPHRASE)
    assert imported.file == out and imported.created.get("person")
    plain = tmp_path / "plain.zip"
    export_package(catalog, plain)
    with Catalog.create(tmp_path / "third") as third:
        import_any_package(third, plain)
        assert dump_text(third).replace(str(third.folder), "") == dump_text(other).replace(
            str(other.folder), ""
        )
    # The decrypted zip and its unpacked files are gone from the cache.
    assert not any((other.folder / "cache").glob("decrypted-*"))
    assert not any((other.folder / "cache").glob("package-*"))


def test_encrypted_backup_round_trip(family_catalog: Family, tmp_path: Path) -> None:
    catalog, _ids = family_catalog
    out = tmp_path / "backup.age"
    report = encrypted_backup(catalog, out, PASSPHRASE)
    assert report.complete and report.images == 3 and report.folder == out
    assert out.read_bytes().startswith(AGE_MAGIC)
    assert not any((catalog.folder / "cache").glob("backup-*"))
    restored = restore_any(out, tmp_path / "restored", PASSPHRASE)
    assert restored.complete and restored.images == 3
    with Catalog.open(tmp_path / "restored") as copy:
        assert dump_text(copy).replace(str(copy.folder), "") == dump_text(catalog).replace(
            str(catalog.folder), ""
        )
        assert copy.uid == catalog.uid
    assert not [name for name in os.listdir(tmp_path) if name.endswith(".decrypted")]


def test_the_age_tool_opens_what_spravka_encrypts(family_catalog: Family, tmp_path: Path) -> None:
    catalog, _ids = family_catalog
    export_encrypted_package(catalog, tmp_path / "family.age", PASSPHRASE)
    code, output = age_decrypt(tmp_path / "family.age", tmp_path / "family.zip", PASSPHRASE)
    assert code == 0, output
    with zipfile.ZipFile(tmp_path / "family.zip") as archive:
        names = archive.namelist()
        assert "manifest.json" in names and "catalog.json" in names
        assert "Карпенко" in archive.read("catalog.json").decode("utf-8")

    encrypted_backup(catalog, tmp_path / "backup.age", PASSPHRASE)
    code, output = age_decrypt(tmp_path / "backup.age", tmp_path / "backup.tar", PASSPHRASE)
    assert code == 0, output
    with tarfile.open(tmp_path / "backup.tar") as archive:
        names = archive.getnames()
    assert "spravka-backup/backup.json" in names and "spravka-backup/catalog.sqlite" in names


def test_spravka_reads_what_the_age_tool_encrypts(
    family_catalog: Family, other: Catalog, tmp_path: Path
) -> None:
    catalog, _ids = family_catalog
    export_package(catalog, tmp_path / "family.zip")
    age_encrypt(tmp_path / "family.zip", tmp_path / "family.zip.age", PASSPHRASE)
    report = import_any_package(other, tmp_path / "family.zip.age", PASSPHRASE)
    assert report.created.get("person") and persons_of(other) == {"Карпенко", "Пётр"}

    backup(catalog, tmp_path / "folder", link=False)
    with tarfile.open(tmp_path / "backup.tar", "w") as archive:
        archive.add(tmp_path / "folder", arcname="spravka-backup")
    age_encrypt(tmp_path / "backup.tar", tmp_path / "backup.tar.age", PASSPHRASE)
    restore_any(tmp_path / "backup.tar.age", tmp_path / "restored", PASSPHRASE)
    with Catalog.open(tmp_path / "restored") as copy:
        assert copy.uid == catalog.uid


# Encrypting costs seconds by design (age tunes scrypt to about a second on a fast machine, more
# on a slow one): the tests of what is refused share one encrypted package and one encrypted
# backup of the family, made once for this module, each test spoiling its own copy.


@pytest.fixture(scope="module")
def sealed_once(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("sealed")
    with Catalog.create(folder / "catalog") as catalog:
        family.build(catalog, folder / "source")
        export_encrypted_package(catalog, folder / "family.age", PASSPHRASE)
        encrypted_backup(catalog, folder / "backup.age", PASSPHRASE)
    return {"package": folder / "family.age", "backup": folder / "backup.age"}


@pytest.fixture
def sealed_package(sealed_once: dict[str, Path], tmp_path: Path) -> Path:
    return Path(shutil.copy(sealed_once["package"], tmp_path / "family.age"))


def _truncated(path: Path) -> tuple[Path, str | None]:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) - 5000])
    return path, PASSPHRASE


def _altered(path: Path) -> tuple[Path, str | None]:
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))
    return path, PASSPHRASE


def _plain_with_passphrase(path: Path) -> tuple[Path, str | None]:
    plain = path.with_suffix(".zip")
    with zipfile.ZipFile(plain, "w") as archive:
        archive.writestr("manifest.json", "{}")
    return plain, PASSPHRASE


def _needs_more_work_than_this_computer_allows(path: Path) -> tuple[Path, str | None]:
    """As a file encrypted on a computer far faster than this one: its scrypt work factor
    (2^40) beyond what age agrees to spend here."""
    data = path.read_bytes()
    path.write_bytes(re.sub(rb"(-> scrypt \S+ )\d+", rb"\g<1>40", data, count=1))
    return path, PASSPHRASE


CASES = {
    "wrong passphrase": (lambda p: (p, "not the passphrase"), Reason.WRONG_PASSPHRASE),
    "empty passphrase": (lambda p: (p, ""), Reason.EMPTY_PASSPHRASE),
    "truncated": (_truncated, Reason.DAMAGED),
    "altered": (_altered, Reason.DAMAGED),
    "plain zip where encrypted expected": (_plain_with_passphrase, Reason.NOT_ENCRYPTED),
    "encrypted where plain expected": (lambda p: (p, None), Reason.ENCRYPTED),
    "encrypted on a far faster computer": (
        _needs_more_work_than_this_computer_allows,
        Reason.TOO_SLOW_HERE,
    ),
}


@pytest.mark.parametrize("case", CASES, ids=list(CASES))
def test_bad_encrypted_packages_are_refused_and_change_nothing(
    case: str, sealed_package: Path, other: Catalog, tmp_path: Path
) -> None:
    make, reason = CASES[case]
    file, passphrase = make(sealed_package)
    before_dump = dump_text(other)
    before_files = files_under(tmp_path)
    with pytest.raises(EncryptionError) as refused:
        import_any_package(other, file, passphrase)
    assert refused.value.reason is reason
    assert str(file) in str(refused.value) and "nothing was changed" in str(refused.value)
    if reason is Reason.TOO_SLOW_HERE:  # a sound file must not be called damaged
        assert "not damaged" in str(refused.value) and "seconds" in str(refused.value)
    # Not a single file was created (no plain zip, no unpacked JSON); the catalogue is unchanged.
    assert files_under(tmp_path) - before_files == set()
    assert dump_text(other) == before_dump


def test_a_package_that_decrypts_to_something_else_is_refused(
    other: Catalog, tmp_path: Path
) -> None:
    (tmp_path / "notes.txt").write_text("just some text", "utf-8")
    age_encrypt(tmp_path / "notes.txt", tmp_path / "notes.age", PASSPHRASE)
    with pytest.raises(PackageRefused, match="not a Spravka package"):
        import_any_package(other, tmp_path / "notes.age", PASSPHRASE)


@pytest.mark.parametrize("case", ["wrong passphrase", "truncated", "altered"])
def test_bad_encrypted_backups_restore_nothing(
    case: str, sealed_once: dict[str, Path], tmp_path: Path
) -> None:
    out = Path(shutil.copy(sealed_once["backup"], tmp_path / "backup.age"))
    file, passphrase = CASES[case][0](out)
    before = files_under(tmp_path)
    with pytest.raises(EncryptionError, match="nothing was changed"):
        restore_any(file, tmp_path / "restored", passphrase)
    assert files_under(tmp_path) - before == set()


def test_a_backup_refuses_to_overwrite_and_folders_are_not_encrypted(
    family_catalog: Family, tmp_path: Path
) -> None:
    catalog, _ids = family_catalog
    (tmp_path / "exists.age").write_bytes(b"x")
    with pytest.raises(BackupError, match="never overwrites"):
        encrypted_backup(catalog, tmp_path / "exists.age", PASSPHRASE)
    backup(catalog, tmp_path / "folder", link=False)
    with pytest.raises(EncryptionError) as refused:
        restore_any(tmp_path / "folder", tmp_path / "restored", PASSPHRASE)
    assert refused.value.reason is Reason.NOT_ENCRYPTED
    assert not (tmp_path / "restored").exists()


def test_cli_encrypts_and_imports_with_a_passphrase_file(
    family_catalog: Family, tmp_path: Path, passphrase_file: Path, capsys: pytest.CaptureFixture
) -> None:
    catalog, _ids = family_catalog
    out = tmp_path / "family.age"
    source = ["--catalog", str(catalog.folder)]
    assert main([*source, "export", "package", str(out), "--encrypt",
                 "--passphrase-file", str(passphrase_file)]) == 0  # fmt: skip
    assert out.read_bytes().startswith(AGE_MAGIC)
    target = ["--catalog", str(tmp_path / "other")]
    assert main([*target, "init"]) == 0
    # Without a terminal and without --passphrase-file: a clear message, nothing imported.
    capsys.readouterr()
    assert main([*target, "import", "package", str(out)]) == 1
    assert "--passphrase-file" in capsys.readouterr().err
    assert main([*target, "import", "package", str(out),
                 "--passphrase-file", str(passphrase_file)]) == 0  # fmt: skip
    assert "added" in capsys.readouterr().out

    backup_file = tmp_path / "backup.age"
    assert main([*source, "backup", str(backup_file), "--encrypt",
                 "--passphrase-file", str(passphrase_file)]) == 0  # fmt: skip
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("another passphrase\n", "utf-8")
    assert main(["restore", str(backup_file), str(tmp_path / "r1"),
                 "--passphrase-file", str(wrong)]) == 1  # fmt: skip
    assert "passphrase is wrong" in capsys.readouterr().err
    assert not (tmp_path / "r1").exists()
    assert main(["restore", str(backup_file), str(tmp_path / "r2"),
                 "--passphrase-file", str(passphrase_file)]) == 0  # fmt: skip


def test_cli_asks_twice_on_a_terminal(
    family_catalog: Family, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    catalog, _ids = family_catalog
    answers = iter([PASSPHRASE, PASSPHRASE + "typo"])
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(answers))
    code = main(["--catalog", str(catalog.folder), "export", "package",
                 str(tmp_path / "x.age"), "--encrypt"])  # fmt: skip
    assert code == 1 and not (tmp_path / "x.age").exists()
    answers = iter([PASSPHRASE, PASSPHRASE])
    code = main(["--catalog", str(catalog.folder), "export", "package",
                 str(tmp_path / "x.age"), "--encrypt"])  # fmt: skip
    assert code == 0 and (tmp_path / "x.age").read_bytes().startswith(AGE_MAGIC)


def test_passphrase_files_and_strength(tmp_path: Path) -> None:
    (tmp_path / "p").write_text("\ufeffone line\r\nsecond", "utf-8")
    assert read_passphrase_file(tmp_path / "p") == "one line"
    (tmp_path / "empty").write_text("\n", "utf-8")
    with pytest.raises(EncryptionError) as empty:
        read_passphrase_file(tmp_path / "empty")
    assert empty.value.reason is Reason.EMPTY_PASSPHRASE
    assert strength("") is Strength.EMPTY
    assert strength("abc12") is Strength.TOO_SHORT
    assert strength("password") is Strength.WEAK
    assert strength("aaaaaaaaaaaaaaaaaaaa") is Strength.WEAK
    assert strength("Tr0ub4dor&3x") is Strength.FAIR
    assert strength(PASSPHRASE) is Strength.STRONG
    assert strength("correct horse battery staple orange") is Strength.STRONG
