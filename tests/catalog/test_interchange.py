"""The interchange format: load, dump, golden round trip, merging, and every kind of bad input."""

from __future__ import annotations

import hashlib
import io
import json
import os
import shutil
from pathlib import Path
from typing import Any

import pytest
from PIL import Image, ImageDraw
from sqlalchemy import func, select

from catalog import models
from catalog.db import Catalog
from catalog.errors import InterchangeErrors
from catalog.io.interchange_dump import dump_catalog
from catalog.io.interchange_load import load_file

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "interchange"
GOLDEN = FIXTURES / "full.dump.json"
REGENERATE = os.environ.get("SPRAVKA_REGENERATE_GOLDEN") == "1"


def make_page_image(path: Path, label: str, size: tuple[int, int] = (300, 400)) -> str:
    """A small grey page with a label; returns its sha256."""
    path.parent.mkdir(parents=True, exist_ok=True)
    image = Image.new("L", size, 235)
    ImageDraw.Draw(image).text((20, 20), label, fill=20)
    image.save(path)
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def full_example(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    """The every-field fixture copied beside freshly generated page images."""
    folder = tmp_path / "input"
    folder.mkdir()
    shutil.copy(FIXTURES / "full.json", folder / "full.json")
    shas = {
        name: make_page_image(folder / "images" / name, name) for name in ("d1-1.png", "d2-1.png")
    }
    return folder / "full.json", shas


def dump_to_dict(catalog: Catalog, base: Path, copy_to: Path | None = None) -> dict[str, Any]:
    out = io.StringIO()
    dump_catalog(catalog, out, base_dir=base, copy_images_to=copy_to)
    return json.loads(out.getvalue())


def normalise(dump: dict[str, Any], shas: dict[str, str]) -> dict[str, Any]:
    """Replace what legitimately differs between runs: image hashes and load-time stamps."""
    text = json.dumps(dump, ensure_ascii=False, indent=2, sort_keys=True)
    for name, sha in shas.items():
        text = text.replace(sha, f"<sha256 of {name}>")
    data = json.loads(text)
    for document in data["documents"]:
        for page in document.get("pages", []):
            for version in page.get("transcriptions", []):
                if version["origin"] == "imported":
                    version["created"] = "<load time>"
    return data


def test_dump_after_load_matches_the_golden_file(
    catalog: Catalog, full_example: tuple[Path, dict[str, str]], tmp_path: Path
) -> None:
    file, shas = full_example
    report = load_file(catalog, file)
    assert report.created["person"] == 2 and report.created["claim"] == 6
    assert any("family_tree_ref" in w for w in report.warnings)

    out_dir = tmp_path / "out"
    dump = normalise(dump_to_dict(catalog, out_dir, out_dir / "dump-images"), shas)
    if REGENERATE:
        GOLDEN.write_text(json.dumps(dump, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    assert dump == json.loads(GOLDEN.read_text(encoding="utf-8"))


def test_every_field_survives_dump_and_load_into_another_catalogue(
    catalog: Catalog, full_example: tuple[Path, dict[str, str]], tmp_path: Path
) -> None:
    file, shas = full_example
    load_file(catalog, file)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    first = dump_to_dict(catalog, out_dir, out_dir / "dump-images")
    (out_dir / "dump.json").write_text(json.dumps(first, ensure_ascii=False), encoding="utf-8")

    with Catalog.create(tmp_path / "second") as second:
        load_file(second, out_dir / "dump.json")
        again = dump_to_dict(second, out_dir, out_dir / "dump-images")
    # The second catalogue assigns the same ids in the same order, keeps every uid and
    # source_id, and so writes the very same document.
    assert normalise(again, shas) == normalise(first, shas)


def test_loading_the_same_file_twice_adds_nothing(
    catalog: Catalog, full_example: tuple[Path, dict[str, str]]
) -> None:
    file, _ = full_example
    load_file(catalog, file)
    before = dump_to_dict(catalog, file.parent)
    report = load_file(catalog, file)
    assert sum(report.created.values()) == 0
    assert report.merged["person"] == 2
    assert dump_to_dict(catalog, file.parent) == before


def test_a_dump_loaded_back_merges_and_reports_conflicts_without_overwriting(
    catalog: Catalog, full_example: tuple[Path, dict[str, str]], tmp_path: Path
) -> None:
    file, _ = full_example
    load_file(catalog, file)
    dump = dump_to_dict(catalog, tmp_path)
    person = dump["persons"][0]
    person["birth_place"] = "Харьковская обл."  # differs from the catalogue
    person["claims"].append({"id": "new", "kind": "burial", "place": "Харьков, Лесопарк"})
    edited = tmp_path / "edited.json"
    edited.write_text(json.dumps(dump, ensure_ascii=False), encoding="utf-8")

    report = load_file(catalog, edited)
    assert report.created["claim"] == 1
    assert any("birth_place" in c for c in report.conflicts)
    with catalog.read() as session:
        stored = session.scalar(select(models.Person).where(models.Person.source_id == "p1"))
        assert stored.birth_place == "Полтавская губ., с. Ковали"
        assert [c.kind for c in stored.claims][-1] == "burial"


def test_a_dismissed_flag_in_the_catalogue_is_not_resurrected_by_a_load(
    catalog: Catalog, full_example: tuple[Path, dict[str, str]], tmp_path: Path
) -> None:
    file, _ = full_example
    load_file(catalog, file)
    dump = dump_to_dict(catalog, tmp_path)
    for flag in dump["flags"]:
        flag["status"] = "suggested"
    edited = tmp_path / "edited.json"
    edited.write_text(json.dumps(dump, ensure_ascii=False), encoding="utf-8")
    load_file(catalog, edited)
    with catalog.read() as session:
        statuses = sorted(session.scalars(select(models.Flag.status)))
    assert statuses == ["confirmed", "dismissed"]


def _catalogue_counts(catalog: Catalog) -> dict[str, int]:
    with catalog.read() as session:
        return {
            table: session.scalar(select(func.count()).select_from(model))
            for table, model in [
                ("persons", models.Person),
                ("documents", models.Document),
                ("claims", models.Claim),
                ("pages", models.Page),
                ("flags", models.Flag),
            ]
        }


BAD_FILES: list[tuple[str, bytes | str, str]] = [
    (
        "malformed JSON",
        '{"format": "spravka-catalog", "version": 1, "persons": [',
        "not valid JSON",
    ),
    (
        "cp1251 text",
        '{"format": "spravka-catalog", "version": 1, "persons": '
        '[{"id": "p", "surname": "Зеров"}]}'.encode("cp1251"),
        "not UTF-8",
    ),
    ("wrong format", '{"format": "gedcom", "version": 1}', 'format: expected "spravka-catalog"'),
    ("newer version", '{"format": "spravka-catalog", "version": 7}', "newer Spravka"),
    ("not an object", "[1, 2, 3]", "expected an object"),
    (
        "unknown claim kind",
        '{"format": "spravka-catalog", "version": 1, "persons": [{"id": "p1", "surname": "А",'
        ' "claims": [{"id": "c1", "kind": "disappearance"}]}]}',
        "persons[0].claims[0].kind: unknown value 'disappearance'",
    ),
    (
        "impossible date",
        '{"format": "spravka-catalog", "version": 1, "persons": [{"id": "p1", "surname": "А",'
        ' "claims": [{"id": "c1", "kind": "arrest", "date": "1937-13-45"}]}]}',
        "persons[0].claims[0].date: impossible date '1937-13-45'",
    ),
    (
        "30 February",
        '{"format": "spravka-catalog", "version": 1, "persons": [{"id": "p1", "surname": "А",'
        ' "birth": "1900-02-30"}]}',
        "persons[0].birth: impossible date '1900-02-30': month 2 of 1900 has 28 days",
    ),
    (
        "missing document",
        '{"format": "spravka-catalog", "version": 1, "persons": [{"id": "p1", "surname": "А",'
        ' "claims": [{"id": "c1", "kind": "arrest", "source": "d9"}]}]}',
        "persons[0].claims[0].source: no document with id 'd9'",
    ),
    (
        "missing image",
        '{"format": "spravka-catalog", "version": 1, "documents": [{"id": "d1",'
        ' "pages": [{"image": "images/none.jpg"}]}]}',
        "documents[0].pages[0].image: images/none.jpg: file not found",
    ),
    (
        "duplicate id",
        '{"format": "spravka-catalog", "version": 1, "persons": [{"id": "p1", "surname": "А"},'
        ' {"id": "p1", "surname": "Б"}]}',
        "persons[1].id: the id 'p1' is used twice",
    ),
    (
        "duplicate uid",
        '{"format": "spravka-catalog", "version": 1, "persons": ['
        '{"id": "a", "uid": "11111111-1111-1111-1111-111111111111", "surname": "А"},'
        ' {"id": "b", "uid": "11111111-1111-1111-1111-111111111111", "surname": "Б"}]}',
        "persons[1].uid: the uid 11111111-1111-1111-1111-111111111111 is used twice",
    ),
    (
        "nameless person",
        '{"format": "spravka-catalog", "version": 1, "persons": [{"id": "p1"}]}',
        "persons[0]: a person needs at least a surname or a given name",
    ),
]


@pytest.mark.parametrize(("case", "content", "message"), BAD_FILES, ids=[c[0] for c in BAD_FILES])
def test_bad_files_are_refused_with_file_path_and_problem_and_change_nothing(
    catalog: Catalog,
    full_example: tuple[Path, dict[str, str]],
    tmp_path: Path,
    case: str,
    content: bytes | str,
    message: str,
) -> None:
    load_file(catalog, full_example[0])
    before = _catalogue_counts(catalog)
    bad = tmp_path / "bad.json"
    bad.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))

    with pytest.raises(InterchangeErrors) as raised:
        load_file(catalog, bad)
    text = str(raised.value)
    assert str(bad) in text
    assert message in text
    assert _catalogue_counts(catalog) == before


def test_a_file_with_one_bad_record_among_good_ones_loads_nothing(
    catalog: Catalog, tmp_path: Path
) -> None:
    good = [{"id": f"p{i}", "surname": f"Фамилия{i}"} for i in range(50)]
    good.append(
        {"id": "bad", "surname": "Ошибка", "claims": [{"id": "c", "kind": "arrest", "date": "37"}]}
    )
    file = tmp_path / "batch.json"
    file.write_text(
        json.dumps({"format": "spravka-catalog", "version": 1, "persons": good}), encoding="utf-8"
    )
    with pytest.raises(InterchangeErrors, match=r"persons\[50\]\.claims\[0\]\.date"):
        load_file(catalog, file)
    assert _catalogue_counts(catalog)["persons"] == 0


def test_a_truncated_image_is_refused(catalog: Catalog, tmp_path: Path) -> None:
    image = tmp_path / "images" / "page.png"
    make_page_image(image, "page")
    image.write_bytes(image.read_bytes()[:200])
    file = tmp_path / "doc.json"
    file.write_text(
        json.dumps(
            {
                "format": "spravka-catalog",
                "version": 1,
                "documents": [{"id": "d1", "pages": [{"image": "images/page.png"}]}],
            }
        ),
        encoding="utf-8",
    )
    with pytest.raises(InterchangeErrors, match="damaged or truncated image"):
        load_file(catalog, file)
    assert list(catalog.blobs) == []


def test_every_problem_in_a_file_is_listed_at_once(catalog: Catalog, tmp_path: Path) -> None:
    file = tmp_path / "many.json"
    file.write_text(
        json.dumps(
            {
                "format": "spravka-catalog",
                "version": 1,
                "persons": [
                    {"id": "p1", "surname": "А", "sex": "x"},
                    {"id": "p2", "surname": "Б", "birth": "1900-00"},
                ],
            }
        ),
        encoding="utf-8",
    )
    with pytest.raises(InterchangeErrors) as raised:
        load_file(catalog, file)
    paths = [error.json_path for error in raised.value.errors]
    assert paths == ["persons[0].sex", "persons[1].birth"]
