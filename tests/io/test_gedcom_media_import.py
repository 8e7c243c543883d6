"""Pictures a GEDCOM file links to come in with the tree: a source's scans as its document's
pages, a person's photographs as documents linked to them; missing or unreadable files reported
with their line; a second import adds no page."""

from __future__ import annotations

from pathlib import Path

from PIL import Image
from sqlalchemy import func, select

from catalog import models
from catalog.db import Catalog
from catalog.io.gedcom import export_gedcom
from catalog.io.gedcom_import import import_gedcom
from catalog.io.gedcom_media_import import locate
from tests.io.test_gedcom import Family

TREE = """0 HEAD
1 SOUR Gramps
2 VERS 5.1.6
1 DATE 6 DEC 2026
2 TIME 12:00:00
1 GEDC
2 VERS 5.5.1
2 FORM LINEAGE-LINKED
1 CHAR UTF-8
0 @I1@ INDI
1 NAME Пётр Иванович /Карпенко/
1 OBJE @O1@
0 @I2@ INDI
1 NAME Ольга /Карпенко/
1 OBJE
2 FILE photos/missing.jpg
3 FORM jpeg
0 @S1@ SOUR
1 TITL Архивная справка
1 OBJE
2 FILE scans/spravka-p1.png
3 FORM png
2 TITL Страница 1
1 OBJE
2 FILE scans/spravka-p2.png
3 FORM png
0 @S2@ SOUR
1 TITL Письмо
1 OBJE
2 FILE scans/letter.txt
3 FORM txt
0 @O1@ OBJE
1 FILE C:\\Users\\olga\\Pictures\\portrait.jpg
2 FORM jpeg
2 TITL Портрет
0 TRLR
"""


def picture(path: Path, shade: int) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    image = Image.new("RGB", (320, 240), (shade, 230, 220))
    for x in range(40, 280):
        image.putpixel((x, 120), (20, 20, 20))
    image.save(path)


def tree(folder: Path) -> Path:
    """The tree as Gramps would leave it: scans in a folder beside the file, a portrait whose
    Windows path no longer exists but whose file was copied beside the tree."""
    folder.mkdir()
    picture(folder / "scans" / "spravka-p1.png", 240)
    picture(folder / "scans" / "spravka-p2.png", 200)
    (folder / "scans" / "letter.txt").write_text("не изображение", "utf-8")
    picture(folder / "portrait.jpg", 150)
    ged = folder / "tree.ged"
    ged.write_text(TREE, "utf-8")
    return ged


def line_of(text: str, needle: str) -> int:
    return next(i for i, line in enumerate(text.splitlines(), start=1) if needle in line)


def test_a_sources_scans_become_its_pages_and_a_persons_photo_their_document(
    catalog: Catalog, tmp_path: Path
) -> None:
    ged = tree(tmp_path / "tree")
    report = import_gedcom(catalog, ged)
    assert report.created["page"] == 3
    problems = {p.line: p.message for p in report.problems}
    assert problems == {
        line_of(
            TREE, "photos/missing.jpg"
        ): "the file photos/missing.jpg was not found beside tree.ged",
        line_of(TREE, "scans/letter.txt"): problems[line_of(TREE, "scans/letter.txt")],
    }
    assert problems[line_of(TREE, "scans/letter.txt")].startswith("scans/letter.txt: ")
    with catalog.read() as session:
        spravka = session.scalars(
            select(models.Document).where(models.Document.title == "Архивная справка")
        ).one()
        assert [page.origin_name for page in spravka.pages] == ["spravka-p1.png", "spravka-p2.png"]
        petr = session.scalars(
            select(models.Person).where(models.Person.given_name == "Пётр")
        ).one()
        photos = [link.document for link in petr.links]
        assert [(d.kind, d.pages[0].origin_name) for d in photos] == [("photo", "portrait.jpg")]
    # The same tree again: the records are found, and so are their pictures.
    again = import_gedcom(catalog, ged)
    assert again.created.get("page", 0) == 0 and again.created.get("document", 0) == 0
    with catalog.read() as session:
        assert session.scalar(select(func.count()).select_from(models.Page)) == 3
        assert session.scalar(select(func.count()).select_from(models.Document)) == 3


def test_spravkas_own_export_comes_back_with_its_page_images(
    family_catalog: Family, tmp_path: Path
) -> None:
    catalog, _ = family_catalog
    exported = export_gedcom(catalog, tmp_path / "family.ged")
    assert exported.images >= 2
    with Catalog.create(tmp_path / "second") as second:
        report = import_gedcom(second, tmp_path / "family.ged")
        assert report.problems == []
        assert report.created["page"] == exported.images
        with second.read() as session:
            stored = set(session.scalars(select(models.Page.blob_sha256)))
    with catalog.read() as session:
        assert stored == set(session.scalars(select(models.Page.blob_sha256)))


def test_a_path_is_looked_for_as_written_beside_the_file_and_by_its_name(tmp_path: Path) -> None:
    (tmp_path / "media").mkdir()
    (tmp_path / "media" / "a.png").write_bytes(b"x")
    (tmp_path / "b.png").write_bytes(b"x")
    assert locate("media/a.png", tmp_path) == tmp_path / "media" / "a.png"
    assert locate("media\\a.png", tmp_path) == tmp_path / "media" / "a.png"
    assert locate(str(tmp_path / "media" / "a.png"), tmp_path) == tmp_path / "media" / "a.png"
    assert locate("D:\\Фото\\b.png", tmp_path) == tmp_path / "b.png"
    assert locate("/home/someone/else/b.png", tmp_path) == tmp_path / "b.png"
    assert locate("file:///nowhere/c.png", tmp_path) is None
    assert locate("", tmp_path) is None
