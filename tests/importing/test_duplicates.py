"""An image already in the catalogue is never stored twice; the report says where it is."""

from __future__ import annotations

import shutil

import pytest

from catalog.importing import import_paths
from catalog.services.documents import get_document
from tests.support import images


@pytest.mark.parametrize("jobs", [1, 2])
def test_the_same_file_twice_in_one_batch(catalog, tmp_path, consistent, jobs) -> None:
    first = images.jpeg(tmp_path / "a" / "scan.jpg", images.text_page(seed=5))
    copy = tmp_path / "b" / "copy of scan.jpg"
    copy.parent.mkdir()
    shutil.copy(first, copy)
    others = [images.png(tmp_path / "c" / f"{n}.png", images.text_page(seed=n)) for n in (1, 2)]
    report = import_paths(catalog, [first, copy, *others], jobs=jobs)
    assert report.ok
    assert len(report.documents) == 3
    (duplicate,) = report.duplicates
    original = report.pages[0]
    assert (duplicate.path, duplicate.document_id, duplicate.page_id, duplicate.page_seq) == (
        str(copy),
        original.document_id,
        original.page_id,
        1,
    )
    assert consistent(catalog.folder)["pages"] == 3


def test_importing_again_stores_nothing_and_points_to_the_pages(catalog, tmp_path) -> None:
    folder = tmp_path / "box"
    images.jpeg(folder / "1.jpg", images.text_page(seed=1))
    images.tiff(folder / "2.tif", [images.text_page(seed=2), images.text_page(seed=3)])
    images.pdf(folder / "3.pdf", pages=2)
    first = import_paths(catalog, [folder])
    again = import_paths(catalog, [folder])
    assert len(first.pages) == 5
    assert again.pages == () and again.documents == () and again.errors == ()
    assert [(d.document_id, d.page_id) for d in again.duplicates] == [
        (p.document_id, p.page_id) for p in first.pages
    ]
    assert [d.origin_name for d in again.duplicates][1:3] == [
        "box/2.tif, frame 1",
        "box/2.tif, frame 2",
    ]


def test_a_multi_page_file_sharing_a_page_is_kept_whole(catalog, tmp_path) -> None:
    cover, page2, page3 = (images.text_page(seed=n) for n in (10, 11, 12))
    import_paths(catalog, [images.tiff(tmp_path / "first.tif", [cover, page2])])
    report = import_paths(catalog, [images.tiff(tmp_path / "second.tif", [cover, page3])])
    (document,) = report.documents
    assert len(document.page_ids) == 2  # the shared cover stays part of the second document
    assert "the same image as page 1 of document" in report.notes[0].reason
    detail = get_document(catalog, document.id)
    assert detail.pages[0].blob_sha256 == get_document(catalog, 1).pages[0].blob_sha256


def test_a_grouped_folder_skips_a_page_it_already_has(catalog, tmp_path) -> None:
    folder = tmp_path / "case"
    images.png(folder / "1.png", images.text_page(seed=1))
    import_paths(catalog, [folder / "1.png"])
    images.png(folder / "2.png", images.text_page(seed=2))
    report = import_paths(catalog, [folder], group=True)
    assert [len(d.page_ids) for d in report.documents] == [1]
    assert [d.origin_name for d in report.duplicates] == ["case/1.png"]
