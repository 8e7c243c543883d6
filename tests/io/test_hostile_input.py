"""Hostile packages and interchange files: a message naming the file and the problem, never a
traceback, nothing changed; and limits that keep a small package from filling the disk."""

from __future__ import annotations

import hashlib
import json
import os
import zipfile
from pathlib import Path

import pytest

from catalog.db import Catalog
from catalog.io import zipsafe
from catalog.io.package_export import export_package
from catalog.io.package_import import import_package
from catalog.io.zipsafe import PackageRefused
from tests.io.test_package import entries, rebuild
from tests.support.cli import run_spravka

Family = tuple[Catalog, dict[str, int]]

DEEP = "[" * 100_000 + "]" * 100_000


@pytest.fixture
def package(family_catalog: Family, tmp_path: Path) -> Path:
    catalog, _ids = family_catalog
    export_package(catalog, tmp_path / "family.zip")
    return tmp_path / "family.zip"


@pytest.fixture
def other(tmp_path: Path):  # type: ignore[no-untyped-def]
    with Catalog.create(tmp_path / "other") as opened:
        yield opened


def refused(other: Catalog, path: Path, fragment: str) -> None:
    with pytest.raises(PackageRefused) as caught:
        import_package(other, path)
    assert fragment in str(caught.value), str(caught.value)
    assert str(path) in str(caught.value)
    with other.read() as session:
        from sqlalchemy import func, select

        from catalog import models

        assert session.scalar(select(func.count()).select_from(models.Person)) == 0
    assert list((other.folder / "cache").glob("package-*")) == []


def test_a_file_and_a_folder_of_the_same_name(
    package: Path, other: Catalog, tmp_path: Path
) -> None:
    files = entries(package)
    files["blobs/x"] = b"a file"
    files["blobs/x/y"] = b"and a file inside it"
    refused(other, rebuild(tmp_path / "both.zip", files), "is a file and also the folder of")


def test_a_300_character_name(package: Path, other: Catalog, tmp_path: Path) -> None:
    files = entries(package)
    files["blobs/" + "ж" * 300] = b"long"
    refused(other, rebuild(tmp_path / "long.zip", files), "longer than file systems allow")


def test_a_deeply_nested_manifest(package: Path, other: Catalog, tmp_path: Path) -> None:
    files = entries(package)
    files["manifest.json"] = DEEP.encode()
    refused(other, rebuild(tmp_path / "deep.zip", files, manifest=False), "nested deeper than")


@pytest.mark.parametrize(
    ("body", "fragment"),
    [
        (DEEP, "nested deeper than"),
        ('{"format": "spravka-catalog", "version": 1, "persons": [{"id": "p", "surname": '
         '"\\ud800"}]}', "lone surrogate"),
        ('{"format": "spravka-catalog", "version": 1, "persons": [{"id": "p", "n": '
         + "7" * 5000 + "}]}", "number that is too long"),
    ],
    ids=["deep", "surrogate", "digits"],
)  # fmt: skip
def test_a_hostile_catalog_json(
    package: Path, other: Catalog, tmp_path: Path, body: str, fragment: str
) -> None:
    files = entries(package)
    files["catalog.json"] = body.encode()
    refused(other, rebuild(tmp_path / "bad.zip", files), fragment)


@pytest.mark.parametrize(
    ("body", "fragment"),
    [
        (DEEP, "nested deeper than"),
        ('{"format": "spravka-catalog", "version": 1, "persons": [{"id": "p", "surname": '
         '"\\ud800"}]}', "lone surrogate"),
        ('{"format": "spravka-catalog", "version": 1, "persons": [{"id": "p", "n": '
         + "7" * 5000 + "}]}", "number that is too long"),
        ('{"format": "spravka-catalog", "version": 1, "persons": [{"id": "p", "dpi": '
         + "9" * 30 + "}]}", "too large to store"),
    ],
    ids=["deep", "surrogate", "digits", "int64"],
)  # fmt: skip
def test_load_says_what_is_wrong(
    catalog: Catalog, tmp_path: Path, body: str, fragment: str
) -> None:
    file = tmp_path / "bad.json"
    file.write_text(body, "utf-8")
    result = run_spravka("load", file, catalog=catalog.folder)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert fragment in result.stderr and str(file) in result.stderr


def test_a_100_mb_string_is_refused_before_it_is_built(catalog: Catalog, tmp_path: Path) -> None:
    file = tmp_path / "huge.json"
    with open(file, "wb") as out:
        out.write(b'{"format": "spravka-catalog", "version": 1, "persons": [{"id": "p", "notes": "')
        block = b"x" * (1 << 20)
        for _ in range(100):
            out.write(block)
        out.write(b'"}]}')
    result = run_spravka("load", file, catalog=catalog.folder)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "longer than 1,048,576 characters" in result.stderr


def test_a_small_package_cannot_unpack_into_hundreds_of_megabytes(
    package: Path, other: Catalog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Fifteen files of 20 MB, each compressing about 75:1 (under the per-file limit): a
    # package of about 4 MB that would unpack into 300 MB.
    files = entries(package)
    manifest = json.loads(files.pop("manifest.json"))
    bomb = tmp_path / "bomb.zip"
    listed = [
        {"path": name, "size": len(body), "sha256": hashlib.sha256(body).hexdigest()}
        for name, body in files.items()
    ]
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, body in files.items():
            archive.writestr(name, body)
        for n in range(15):
            # Fresh random bytes in every block, so no block repeats an earlier one.
            body = b"".join(os.urandom(300) + bytes(20_000) for _ in range(1033))
            name = f"blobs/filler-{n:02d}"
            archive.writestr(name, body)
            listed.append({"path": name, "size": len(body),
                           "sha256": hashlib.sha256(body).hexdigest()})  # fmt: skip
        manifest["files"] = listed
        archive.writestr("manifest.json", json.dumps(manifest))
    assert bomb.stat().st_size < 6 << 20

    written = [0]
    real_extract = zipsafe.extract

    def counting(archive, info, target, file, budget):  # type: ignore[no-untyped-def]
        sha, size = real_extract(archive, info, target, file, budget)
        written[0] += size
        return sha, size

    monkeypatch.setattr("catalog.io.package_import.extract", counting)
    refused(other, bomb, "expand to more than")
    # Stopped at 30 times the package's size (a chunk at most beyond), far from 300 MB.
    assert written[0] <= 30 * bomb.stat().st_size + (1 << 20)
    assert written[0] < 160 << 20
