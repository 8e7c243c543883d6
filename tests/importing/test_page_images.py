"""Thumbnails and processed pages: derived from the untouched blob, cached, with their Transform."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image

from catalog.errors import InvalidInput
from catalog.imaging import cache
from catalog.importing import (
    import_paths,
    page_transform,
    rendered_page,
    thumbnail_path,
    update_processing,
)
from catalog.services.documents import get_page, set_page_processing
from tests.support import images
from tests.support.cli import run_spravka


@pytest.fixture
def skewed_page(catalog, tmp_path) -> int:
    page = images.text_page(seed=4).rotate(-3, expand=True, fillcolor=245)  # 3° clockwise
    file = images.jpeg(tmp_path / "skewed.jpg", page)
    return import_paths(catalog, [file]).pages[0].page_id


def test_import_makes_the_thumbnail(catalog, skewed_page) -> None:
    page = get_page(catalog, skewed_page)
    made = cache.thumbnail_file(cache.cache_root(catalog.folder), page.blob_sha256, None, 256)
    assert made.is_file()  # made by the import's worker, before anyone asked
    assert thumbnail_path(catalog, page.blob_sha256) == made
    with Image.open(made) as thumb:
        assert max(thumb.size) == 256 and thumb.format == "JPEG"
        ratio = page.width / page.height
        assert thumb.width / thumb.height == pytest.approx(ratio, abs=0.01)


def test_a_processed_page_has_its_own_thumbnail(catalog, skewed_page) -> None:
    plain = thumbnail_path(catalog, skewed_page, 128)
    update_processing(catalog, skewed_page, {"rotation": 90})
    turned = thumbnail_path(catalog, skewed_page, 128)
    assert turned != plain
    with Image.open(plain) as a, Image.open(turned) as b:
        assert (a.width, a.height) == pytest.approx((b.height, b.width), abs=1)
    with pytest.raises(InvalidInput):
        thumbnail_path(catalog, skewed_page, 5000)


def test_detected_deskew_is_stored_and_rendered_with_its_transform(catalog, skewed_page) -> None:
    view = update_processing(catalog, skewed_page, {}, detect_deskew=True)
    assert view.processing["deskew"] == pytest.approx(-3.0, abs=0.1)
    image, transform = rendered_page(catalog, skewed_page)
    assert transform == page_transform(catalog, skewed_page)
    assert image.width > view.width  # turned on a larger canvas
    # The centre of the page stays the centre of the processed image.
    assert transform.map_point(view.width / 2, view.height / 2) == pytest.approx(
        (image.width / 2, image.height / 2)
    )


def test_the_processed_page_is_cached_and_the_blob_untouched(catalog, skewed_page) -> None:
    page = get_page(catalog, skewed_page)
    original = catalog.blobs.read_bytes(page.blob_sha256)
    update_processing(catalog, skewed_page, {"deskew": -3.0, "binarise": "auto"})
    first, _ = rendered_page(catalog, skewed_page)
    cached = cache.rendered_file(
        cache.cache_root(catalog.folder),
        page.blob_sha256,
        get_page(catalog, skewed_page).processing,
    )
    assert cached.is_file()
    stamp = cached.stat().st_mtime_ns
    second, _ = rendered_page(catalog, skewed_page)
    assert cached.stat().st_mtime_ns == stamp  # read back, not made again
    assert np.array_equal(np.asarray(first), np.asarray(second))
    assert catalog.blobs.read_bytes(page.blob_sha256) == original


def test_a_setting_can_be_removed(catalog, skewed_page) -> None:
    update_processing(catalog, skewed_page, {"rotation": 180, "greyscale": True})
    view = update_processing(catalog, skewed_page, {"rotation": None})
    assert view.processing == {"greyscale": True}
    assert update_processing(catalog, skewed_page, {}, replace=True).processing == {}


def test_process_command(catalog, skewed_page, tmp_path) -> None:
    out = tmp_path / "page.png"
    result = run_spravka(
        "process",
        str(skewed_page),
        "--deskew",
        "auto",
        "--drop-colours",
        "violet,red",
        "--binarise",
        "otsu",
        "-o",
        out,
        "--json",
        catalog=catalog.folder,
    )
    assert result.returncode == 0, result.stderr
    assert '"binarise": "otsu"' in result.stdout and '"red"' in result.stdout
    with Image.open(out) as written:
        assert written.mode == "1"
    bad = run_spravka("process", str(skewed_page), "--crop", "1,2,3", catalog=catalog.folder)
    assert bad.returncode == 1 and "crop" in bad.stderr


def test_the_page_service_refuses_bad_processing(catalog, skewed_page) -> None:
    with pytest.raises(InvalidInput):
        set_page_processing(catalog, skewed_page, {"rotation": 45})
    assert get_page(catalog, skewed_page).processing == {}
    stored = set_page_processing(catalog, skewed_page, {"autocontrast": True, "deskew": 0})
    assert stored.processing == {"autocontrast": 1.0}
