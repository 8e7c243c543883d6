"""Property tests of the package reader and of merging: any package, however mangled, is merged
whole or refused whole with `PackageRefused`; a refusal changes nothing and leaves no work folder.

Mangling works at three levels: the zip's bytes (flipped, cut), its entries (names from
hypothesis, with `..`, long, surrogate or duplicated parts; files that are also folders), and its
JSON (catalog.json and manifest.json values replaced by arbitrary JSON, deep nesting, surrogates,
huge integers), the manifest then rewritten so that the mangled JSON is what gets read.
"""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from catalog import models
from catalog.db import Catalog
from catalog.io.package_export import export_package
from catalog.io.package_import import import_package
from catalog.io.zipsafe import PackageRefused
from tests.fuzz.test_interchange_fuzz import BASE, KEYS, _containers, hostile_text, hostile_values
from tests.fuzz.test_interchange_fuzz import mangled_documents as mangled_interchange

FUZZ = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@pytest.fixture(scope="module")
def source_package(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """A real package of a small catalogue: a person, a document, a page image."""
    folder = tmp_path_factory.mktemp("source")
    from PIL import Image

    Image.new("L", (40, 30), 200).save(folder / "page.png")
    (folder / "base.json").write_text(json.dumps(BASE, ensure_ascii=False), "utf-8")
    from catalog.io.interchange_load import load_file

    with Catalog.create(folder / "catalog") as catalog:
        load_file(catalog, folder / "base.json")
        export_package(catalog, folder / "base.zip")
    return (folder / "base.zip").read_bytes()


def members(raw: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(raw)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def pack(files: dict[str, bytes], *, fix_manifest: bool = True) -> bytes:
    files = dict(files)
    if fix_manifest:
        try:
            manifest = json.loads(files["manifest.json"])
        except (KeyError, ValueError):
            manifest = None
        if isinstance(manifest, dict):
            manifest["files"] = [
                {"path": name, "size": len(body), "sha256": hashlib.sha256(body).hexdigest()}
                for name, body in files.items()
                if name != "manifest.json"
            ]
            files["manifest.json"] = json.dumps(manifest).encode()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, body in files.items():
            info = zipfile.ZipInfo(name)
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, body)
    return out.getvalue()


def counts(catalog: Catalog) -> tuple[int, ...]:
    with catalog.read() as session:
        return tuple(
            session.scalar(select(func.count()).select_from(model))
            for model in (models.Person, models.Claim, models.Document, models.Page,
                          models.Transcription, models.Flag)
        )  # fmt: skip


def check(catalog: Catalog, folder: Path, raw: bytes) -> None:
    file = folder / "fuzz.zip"
    file.write_bytes(raw)
    before = counts(catalog)
    try:
        import_package(catalog, file)
    except PackageRefused as refused:
        assert str(file) in str(refused)
        assert counts(catalog) == before
    assert list((catalog.folder / "cache").glob("package-*")) == []


@FUZZ
@given(data=st.data())
def test_flipped_and_cut_bytes(
    catalog: Catalog, tmp_path: Path, source_package: bytes, data: st.DataObject
) -> None:
    raw = bytearray(source_package)
    for _ in range(data.draw(st.integers(1, 6))):
        at = data.draw(st.integers(0, len(raw) - 1))
        raw[at] = data.draw(st.integers(0, 255))
    if data.draw(st.booleans()):
        raw = raw[: data.draw(st.integers(0, len(raw)))]
    check(catalog, tmp_path, bytes(raw))


@FUZZ
@given(data=st.data())
def test_hostile_entry_names(
    catalog: Catalog, tmp_path: Path, source_package: bytes, data: st.DataObject
) -> None:
    files = members(source_package)
    names = sorted(files)
    for _ in range(data.draw(st.integers(1, 3))):
        choice = data.draw(st.sampled_from(["add", "rename", "nest"]))
        if choice == "add":
            name = "/".join(data.draw(st.lists(hostile_text, min_size=1, max_size=3)))
            files[name] = data.draw(st.binary(max_size=50))
        elif choice == "rename":
            old = data.draw(st.sampled_from(names))
            if old in files:
                files[data.draw(hostile_text) or "x"] = files.pop(old)
        else:  # a file that is also a folder
            files[data.draw(st.sampled_from(names)) + "/inner"] = b"inside"
    try:
        raw = pack(files, fix_manifest=data.draw(st.booleans()))
    except (ValueError, UnicodeEncodeError):
        return  # zipfile itself cannot write such a name
    check(catalog, tmp_path, raw)


@FUZZ
@given(data=st.data())
def test_mangled_json_inside_a_well_formed_package(
    catalog: Catalog, tmp_path: Path, source_package: bytes, data: st.DataObject
) -> None:
    files = members(source_package)
    target = data.draw(st.sampled_from(["catalog.json", "manifest.json"]))
    kind = data.draw(st.sampled_from(["values", "interchange", "deep", "bigint"]))
    if kind == "values":
        body = json.dumps(data.draw(hostile_values), ensure_ascii=True).encode()
    elif kind == "interchange":
        body = json.dumps(data.draw(mangled_interchange()), ensure_ascii=False).encode()
    elif kind == "deep":
        depth = data.draw(st.integers(60, 5000))
        body = ("[" * depth + "]" * depth).encode()
    else:
        body = b'{"format": "spravka-catalog", "version": 1, "persons": [{"id": "p", "x": '
        body += b"9" * data.draw(st.integers(19, 6000)) + b"}]}"
    files[target] = body
    check(catalog, tmp_path, pack(files, fix_manifest=target != "manifest.json"))


@FUZZ
@given(data=st.data())
def test_merging_a_mangled_package_into_its_own_catalogue(
    tmp_path_factory: pytest.TempPathFactory, source_package: bytes, data: st.DataObject
) -> None:
    """The merge path: the package's records are already there and meet a mangled copy of
    themselves (same uids, values replaced, removed or added: differing texts, claims, extras)."""
    folder = tmp_path_factory.mktemp("merge")
    with Catalog.create(folder / "catalog") as catalog:
        check(catalog, folder, source_package)
        files = members(source_package)
        document = json.loads(files["catalog.json"])
        for _ in range(data.draw(st.integers(1, 4))):
            target = data.draw(st.sampled_from(_containers(document, [])))
            if isinstance(target, dict):
                key = data.draw(st.sampled_from([*KEYS, "notes", "cause", "place", "memo"]))
                if key == "uid":
                    continue  # the uids are what makes this a merge
                if data.draw(st.booleans()) and key in target:
                    del target[key]
                else:
                    target[key] = data.draw(hostile_values)
            elif target:
                target[data.draw(st.integers(0, len(target) - 1))] = data.draw(hostile_values)
        files["catalog.json"] = json.dumps(document, ensure_ascii=True).encode()
        check(catalog, folder, pack(files))
