"""Exchange packages: the round trip between two catalogues, conflicts, and every refusal."""

from __future__ import annotations

import hashlib
import io
import json
import os
import stat
import zipfile
from pathlib import Path

import pytest

from catalog.db import Catalog
from catalog.io.interchange_dump import dump_catalog
from catalog.io.package_export import export_package
from catalog.io.package_import import import_package
from catalog.io.zipsafe import PackageRefused, ZipLimits
from catalog.services.claims import ClaimFields, add_claim
from catalog.services.persons import update_person

Family = tuple[Catalog, dict[str, int]]


def dump_text(catalog: Catalog) -> str:
    out = io.StringIO()
    dump_catalog(catalog, out, base_dir=catalog.folder)
    return out.getvalue()


@pytest.fixture
def package(family_catalog: Family, tmp_path: Path) -> Path:
    catalog, _ids = family_catalog
    export_package(catalog, tmp_path / "family.zip")
    return tmp_path / "family.zip"


@pytest.fixture
def other(tmp_path: Path):  # type: ignore[no-untyped-def]
    with Catalog.create(tmp_path / "other") as opened:
        yield opened


def entries(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def rebuild(path: Path, files: dict[str, bytes], *, manifest: bool = True) -> Path:
    """Write `files` as a zip, with a manifest describing them (unless told otherwise)."""
    files = dict(files)
    if manifest:
        data = json.loads(files["manifest.json"])
        data["files"] = [
            {"path": name, "size": len(body), "sha256": hashlib.sha256(body).hexdigest()}
            for name, body in files.items()
            if name != "manifest.json"
        ]
        files["manifest.json"] = json.dumps(data).encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, body in files.items():
            archive.writestr(name, body)
    return path


def test_round_trip_between_two_catalogues(
    family_catalog: Family, package: Path, other: Catalog
) -> None:
    catalog, _ids = family_catalog
    report = import_package(other, package)
    assert report.created == {
        "person": 2, "document": 4, "page": 3, "claim": 6, "transcription": 3, "flag": 1,
    }  # fmt: skip
    assert report.conflicts == () and report.images_stored == 3
    assert dump_text(other) == dump_text(catalog)
    for sha256 in other.blobs:
        assert other.blobs.verify(sha256)
    # The same package again adds nothing.
    again = import_package(other, package)
    assert again.created == {} and again.merged["person"] == 2
    assert dump_text(other) == dump_text(catalog)


def test_merging_reports_conflicts_and_keeps_both_sides(
    family_catalog: Family, package: Path, other: Catalog, tmp_path: Path
) -> None:
    catalog, ids = family_catalog
    import_package(other, package)
    # Both volunteers work on: one corrects the birth place, the other adds a claim.
    update_person(other, ids["p1"], birth_place="с. Ковали, Полтавская губ.")
    update_person(catalog, ids["p1"], birth_place="Ковали")
    add_claim(catalog, ids["p1"], ClaimFields(kind="release", date="1940", note="ошибочно"))
    export_package(catalog, tmp_path / "second.zip", [ids["p1"]])
    report = import_package(other, tmp_path / "second.zip")
    assert report.created == {"claim": 1}
    assert len(report.conflicts) == 1 and "birth_place" in report.conflicts[0]
    with other.read() as session:
        from catalog import models

        person = session.get(models.Person, ids["p1"])
        assert person.birth_place == "с. Ковали, Полтавская губ."  # the receiver's value kept
        assert [c.kind for c in person.claims].count("release") == 1


def test_package_of_chosen_persons(family_catalog: Family, other: Catalog, tmp_path: Path) -> None:
    catalog, ids = family_catalog
    report = export_package(catalog, tmp_path / "maria.zip", [ids["p2"]])
    assert (report.persons, report.documents, report.images) == (1, 0, 0)
    assert import_package(other, tmp_path / "maria.zip").created == {"person": 1}


def assert_refused(other: Catalog, path: Path, fragment: str, **kwargs: object) -> None:
    before = dump_text(other)
    blobs = sorted(other.blobs)
    with pytest.raises(PackageRefused, match=fragment) as caught:
        import_package(other, path, **kwargs)
    assert str(path) in str(caught.value) and "nothing was changed" in str(caught.value)
    assert dump_text(other) == before and sorted(other.blobs) == blobs
    # No extracted leftovers in the catalogue's cache.
    assert not any((other.folder / "cache").iterdir())


@pytest.mark.parametrize(
    ("name", "fragment"),
    [
        ("../evil.txt", "escapes the package folder"),
        ("blobs/../../evil.txt", "escapes the package folder"),
        ("/etc/evil.txt", "absolute path"),
        ("C:/evil.txt", "absolute path"),
        ("blobs\\evil.txt", "backslash"),
    ],
)
def test_unsafe_names_are_refused(
    package: Path, other: Catalog, tmp_path: Path, name: str, fragment: str
) -> None:
    files = entries(package)
    files[name] = b"x"
    assert_refused(other, rebuild(tmp_path / "bad.zip", files), fragment)


def test_symlinks_are_refused(package: Path, other: Catalog, tmp_path: Path) -> None:
    path = tmp_path / "link.zip"
    with zipfile.ZipFile(package) as source, zipfile.ZipFile(path, "w") as archive:
        for info in source.infolist():
            archive.writestr(info, source.read(info))
        link = zipfile.ZipInfo("blobs/link")
        link.external_attr = (stat.S_IFLNK | 0o777) << 16
        archive.writestr(link, "/etc/passwd")
    assert_refused(other, path, "symbolic link")


def test_duplicate_entries_are_refused(package: Path, other: Catalog, tmp_path: Path) -> None:
    path = tmp_path / "dup.zip"
    with zipfile.ZipFile(package) as source, zipfile.ZipFile(path, "w") as archive:
        for info in source.infolist():
            archive.writestr(info, source.read(info))
        archive.writestr("CATALOG.json", b"{}")  # the same name on a case-insensitive disk
    assert_refused(other, path, "more than once")


def test_zip_bomb_is_refused_while_streaming(package: Path, other: Catalog, tmp_path: Path) -> None:
    files = entries(package)
    files["blobs/zeros.bin"] = bytes(8 << 20)  # 8 MiB of zeros deflate about 1000:1
    limits = ZipLimits(max_ratio=100, ratio_from=1 << 20)
    assert_refused(other, rebuild(tmp_path / "bomb.zip", files), "zip bomb", limits=limits)


def test_total_size_is_counted_on_real_bytes(package: Path, other: Catalog, tmp_path: Path) -> None:
    limits = ZipLimits(max_total_size=50_000)
    assert_refused(other, package, "larger than the limit", limits=limits)


def test_header_that_understates_a_size_is_refused(
    package: Path, other: Catalog, tmp_path: Path
) -> None:
    data = bytearray(package.read_bytes())
    # Shrink catalog.json's uncompressed size in both headers: the data will not fit it.
    with zipfile.ZipFile(package) as archive:
        info = archive.getinfo("catalog.json")
    real = info.file_size.to_bytes(4, "little")
    fake = (info.file_size // 2).to_bytes(4, "little")
    assert data.count(real) >= 2
    bad = tmp_path / "liar.zip"
    bad.write_bytes(bytes(data).replace(real, fake))
    assert_refused(other, bad, "'catalog.json' is damaged or truncated")


def test_manifest_hash_mismatch_is_refused(package: Path, other: Catalog, tmp_path: Path) -> None:
    files = entries(package)
    manifest = json.loads(files["manifest.json"])
    for entry in manifest["files"]:
        if entry["path"] == "catalog.json":
            entry["sha256"] = "0" * 64
    files["manifest.json"] = json.dumps(manifest).encode()
    assert_refused(
        other, rebuild(tmp_path / "hash.zip", files, manifest=False), "does not match its SHA-256"
    )


def test_changed_image_is_refused(package: Path, other: Catalog, tmp_path: Path) -> None:
    files = entries(package)
    name = next(n for n in files if n.startswith("blobs/"))
    files[name] = files[name][:-1] + bytes([files[name][-1] ^ 1])
    assert_refused(other, rebuild(tmp_path / "image.zip", files, manifest=False), "SHA-256")


def test_manifest_size_mismatch_is_refused(package: Path, other: Catalog, tmp_path: Path) -> None:
    files = entries(package)
    manifest = json.loads(files["manifest.json"])
    manifest["files"][0]["size"] += 1
    files["manifest.json"] = json.dumps(manifest).encode()
    assert_refused(
        other, rebuild(tmp_path / "size.zip", files, manifest=False), "the manifest says"
    )


def test_truncated_zip_is_refused(package: Path, other: Catalog, tmp_path: Path) -> None:
    data = package.read_bytes()
    for cut in (len(data) // 2, len(data) - 30):
        bad = tmp_path / f"cut-{cut}.zip"
        bad.write_bytes(data[:cut])
        assert_refused(other, bad, "truncated or damaged")


def test_damaged_entry_is_refused(package: Path, other: Catalog, tmp_path: Path) -> None:
    files = entries(package)
    rebuild(tmp_path / "ok.zip", files)
    data = bytearray((tmp_path / "ok.zip").read_bytes())
    start = data.index(b"catalog.json") + 40  # inside catalog.json's compressed data
    data[start : start + 16] = bytes(16)
    bad = tmp_path / "damaged.zip"
    bad.write_bytes(bytes(data))
    assert_refused(other, bad, "damaged or truncated")


def test_newer_format_version_is_refused(package: Path, other: Catalog, tmp_path: Path) -> None:
    files = entries(package)
    manifest = json.loads(files["manifest.json"])
    manifest["version"] = 2
    files["manifest.json"] = json.dumps(manifest).encode()
    assert_refused(other, rebuild(tmp_path / "v2.zip", files, manifest=False), "newer Spravka")


def test_files_outside_the_manifest_are_refused(
    package: Path, other: Catalog, tmp_path: Path
) -> None:
    files = entries(package)
    files["notes.txt"] = b"hello"
    assert_refused(
        other, rebuild(tmp_path / "extra.zip", files, manifest=False), "not in its manifest"
    )
    files = entries(package)
    name = next(n for n in files if n.startswith("blobs/"))
    del files[name]
    assert_refused(
        other, rebuild(tmp_path / "missing.zip", files, manifest=False), "not in the package"
    )


def test_image_path_outside_the_package_is_refused(
    package: Path, other: Catalog, tmp_path: Path
) -> None:
    secret = tmp_path / "private.png"
    from PIL import Image

    Image.new("L", (10, 10)).save(secret)
    files = entries(package)
    data = json.loads(files["catalog.json"])
    data["documents"][0]["pages"][0]["image"] = os.path.relpath(secret, tmp_path)
    data["documents"][0]["pages"][0].pop("sha256")
    files["catalog.json"] = json.dumps(data, ensure_ascii=False).encode()
    assert_refused(other, rebuild(tmp_path / "leak.zip", files), "not in the package")


def test_invalid_interchange_data_is_refused(package: Path, other: Catalog, tmp_path: Path) -> None:
    files = entries(package)
    data = json.loads(files["catalog.json"])
    data["persons"][0]["claims"][0]["date"] = "1937-13-45"
    files["catalog.json"] = json.dumps(data, ensure_ascii=False).encode()
    assert_refused(
        other, rebuild(tmp_path / "bad-date.zip", files), r"persons\[0\].claims\[0\].date"
    )


def test_not_a_package(other: Catalog, tmp_path: Path) -> None:
    plain = tmp_path / "plain.zip"
    with zipfile.ZipFile(plain, "w") as archive:
        archive.writestr("readme.txt", "hello")
    assert_refused(other, plain, "no manifest.json")
    assert_refused(other, tmp_path / "absent.zip", "file not found")
