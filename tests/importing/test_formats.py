"""Every supported format imports from real files into documents and pages."""

from __future__ import annotations

import hashlib

import numpy as np
import pytest
from PIL import Image

from catalog.imaging.processing import open_oriented
from catalog.importing import import_paths
from catalog.services.documents import DocumentFields, add_document, get_document
from catalog.services.persons import PersonFields, add_person
from tests.support import images


def _sha(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_single_page_files_are_stored_byte_for_byte(catalog, tmp_path, consistent) -> None:
    files = [
        images.jpeg(tmp_path / "a.jpg", images.text_page(seed=1)),
        images.png(tmp_path / "b.png", images.text_page(seed=2)),
        images.tiff(tmp_path / "c.tiff", [images.text_page(seed=3)]),
    ]
    report = import_paths(catalog, files, jobs=1)
    assert report.ok and len(report.documents) == 3
    for file, page in zip(files, report.pages, strict=True):
        assert page.sha256 == _sha(file)
        assert catalog.blobs.read_bytes(page.sha256) == file.read_bytes()
    detail = get_document(catalog, report.documents[2].id)
    assert detail.summary.title == "c"
    assert (detail.pages[0].width, detail.pages[0].height, detail.pages[0].dpi) == (1240, 1754, 150)
    assert detail.pages[0].origin_name == "c.tiff"
    assert consistent(catalog.folder)["blobs"] == 3


def test_exif_orientation_gives_the_size_of_the_upright_page(catalog, tmp_path) -> None:
    # Stored sideways (1754 x 1240) with orientation 6: shown turned a quarter, upright.
    sideways = images.text_page().rotate(90, expand=True)
    file = images.jpeg(tmp_path / "phone.jpg", sideways, orientation=6)
    page = get_document(catalog, import_paths(catalog, [file]).documents[0].id).pages[0]
    assert (page.width, page.height) == (1240, 1754)
    assert open_oriented(catalog.blobs.path(page.blob_sha256)).size == (1240, 1754)
    assert catalog.blobs.read_bytes(page.blob_sha256) == file.read_bytes()


def test_multi_page_tiff_frames_become_lossless_pages(catalog, tmp_path, consistent) -> None:
    frames = [images.text_page(seed=i) for i in range(3)]
    frames[1] = frames[1].convert("1")  # a bilevel fax-like frame between grey ones
    file = images.tiff(tmp_path / "delo.tif", frames)
    report = import_paths(catalog, [file])
    (document,) = report.documents
    detail = get_document(catalog, document.id)
    assert [p.origin_name for p in detail.pages] == [
        "delo.tif, frame 1",
        "delo.tif, frame 2",
        "delo.tif, frame 3",
    ]
    for frame, page in zip(frames, detail.pages, strict=True):
        stored = Image.open(catalog.blobs.path(page.blob_sha256))
        assert stored.format == "PNG" and stored.info["dpi"] == pytest.approx((150, 150), abs=0.1)
        assert np.array_equal(np.asarray(stored), np.asarray(frame))  # lossless
    assert consistent(catalog.folder)["pages"] == 3


@pytest.mark.parametrize(("dpi", "width"), [(300, 1749), (100, 583)])
def test_pdf_pages_are_rendered_at_the_chosen_resolution(catalog, tmp_path, dpi, width) -> None:
    file = images.pdf(tmp_path / "reply.pdf", pages=2)
    report = import_paths(catalog, [file], dpi=dpi)
    detail = get_document(catalog, report.documents[0].id)
    assert [p.origin_name for p in detail.pages] == ["reply.pdf, page 1", "reply.pdf, page 2"]
    page = detail.pages[0]
    assert (page.width, page.dpi) == (width, dpi)  # A5 is 420 pt = 5.83 in wide
    stored = Image.open(catalog.blobs.path(page.blob_sha256))
    assert stored.mode == "L"  # black on white: stored grey, not RGB
    assert np.asarray(stored).min() < 50  # the text was drawn


def test_a_pdf_with_only_an_owner_password_imports(catalog, tmp_path) -> None:
    file = images.pdf(tmp_path / "restricted.pdf", pages=1, owner_password="archive")
    assert import_paths(catalog, [file]).ok


def test_a_png_named_jpg_is_imported_with_a_note(catalog, tmp_path) -> None:
    file = images.png(tmp_path / "scan.jpg")
    report = import_paths(catalog, [file])
    assert len(report.pages) == 1
    assert "named .jpg, but it is a PNG image" in report.notes[0].reason
    page = get_document(catalog, report.documents[0].id).pages[0]
    assert page.blob_sha256 == _sha(file)


def test_folders_are_walked_in_natural_order(catalog, tmp_path) -> None:
    box = tmp_path / "box3"
    for n in (10, 2, 1):
        images.png(box / f"page{n}.png", images.text_page(seed=n))
    images.png(box / "case7" / "img.png", images.text_page(seed=70))
    (box / ".hidden.png").write_bytes(b"not looked at")
    (box / "Thumbs.db").write_bytes(b"not looked at")
    report = import_paths(catalog, [box], jobs=1)
    assert report.ok
    assert [p.origin_name for p in report.pages] == [
        "box3/page1.png",
        "box3/page2.png",
        "box3/page10.png",
        "box3/case7/img.png",
    ]


def test_group_makes_one_document_per_folder(catalog, tmp_path) -> None:
    for case in (1, 2):
        for n in (1, 2, 3):
            page = images.text_page(seed=10 * case + n)
            images.png(tmp_path / "box" / f"case{case}" / f"{n}.png", page)
    report = import_paths(catalog, [tmp_path / "box"], group=True, jobs=1)
    assert report.ok and not report.duplicates
    assert [(d.title, len(d.page_ids)) for d in report.documents] == [("case1", 3), ("case2", 3)]
    detail = get_document(catalog, report.documents[1].id)
    assert [p.seq for p in detail.pages] == [1, 2, 3]
    assert [p.origin_name for p in detail.pages] == [
        "box/case2/1.png",
        "box/case2/2.png",
        "box/case2/3.png",
    ]


def test_kind_person_and_an_existing_document(catalog, tmp_path) -> None:
    person = add_person(catalog, PersonFields(surname="Иванов", given_name="Иван"))
    existing = add_document(catalog, DocumentFields(kind="archival_reply", title="Ответ"))
    front = images.png(tmp_path / "front.png", images.text_page(seed=1))
    back = images.png(tmp_path / "back.png", images.text_page(seed=2))
    report = import_paths(catalog, [front], person_id=person.id, kind="death_certificate")
    detail = get_document(catalog, report.documents[0].id)
    assert detail.summary.kind == "death_certificate"
    assert [(p.person.id, p.role) for p in detail.persons] == [(person.id, "subject")]
    added = import_paths(catalog, [back], document_id=existing.id)
    assert added.documents[0].created is False
    assert get_document(catalog, existing.id).pages[0].origin_name == "back.png"


def test_a_long_pdf_is_shared_out_between_workers_and_stays_one_document(
    catalog, tmp_path, consistent
) -> None:
    long_pdf = images.pdf(tmp_path / "delo.pdf", pages=11)
    others = [images.png(tmp_path / f"{n}.png", images.text_page(seed=n)) for n in (1, 2, 3)]
    report = import_paths(catalog, [long_pdf, *others], jobs=2, dpi=72)
    assert report.ok
    assert [len(d.page_ids) for d in report.documents] == [11, 1, 1, 1]
    detail = get_document(catalog, report.documents[0].id)
    assert [p.origin_name for p in detail.pages] == [f"delo.pdf, page {n}" for n in range(1, 12)]
    assert [p.seq for p in detail.pages] == list(range(1, 12))
    assert consistent(catalog.folder)["pages"] == 14


def test_deskew_on_import_measures_each_page(catalog, tmp_path) -> None:
    skewed = images.text_page(seed=6).rotate(2.5, expand=True, fillcolor=245)  # anticlockwise
    straight = images.text_page(seed=7)
    files = [images.jpeg(tmp_path / "a.jpg", skewed), images.png(tmp_path / "b.png", straight)]
    report = import_paths(catalog, files, deskew=True)
    first, second = (get_document(catalog, d.id).pages[0] for d in report.documents)
    assert first.processing["deskew"] == pytest.approx(2.5, abs=0.1)
    assert second.processing == {}  # already straight: nothing to store
