"""Page images as people and programs see them: thumbnails and processed pages, from the cache.

`rendered_page` is what OCR reads and the GUI shows, with the exact `Transform` from the
oriented original to it; `thumbnail_path` gives a small JPEG for lists. Both are derived from
the untouched blob and cached under `<catalogue>/cache/`, keyed by the blob's hash and the
processing parameters, so changing a page's processing never needs the cache to be cleared.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PIL import Image

from catalog import models
from catalog.db import Catalog
from catalog.errors import BlobError, InvalidInput, NotFound
from catalog.imaging import cache
from catalog.imaging.processing import (
    Transform,
    open_oriented,
    processed_geometry,
    render,
    validate_processing,
)
from catalog.imaging.skew import detect_skew, worth_turning
from catalog.services.documents import set_page_processing
from catalog.services.views import PageView

MIN_THUMBNAIL = 16
MAX_THUMBNAIL = 2048


@dataclass(frozen=True)
class _PageImage:
    sha256: str
    width: int | None
    height: int | None
    processing: dict[str, Any]


def _page_image(catalog: Catalog, page_id: int) -> _PageImage:
    with catalog.read() as session:
        page = session.get(models.Page, page_id)
        if page is None:
            raise NotFound("page", page_id)
        if page.blob_sha256 is None:
            raise BlobError("", f"page {page_id} has no image")
        return _PageImage(page.blob_sha256, page.width, page.height, dict(page.processing or {}))


def _blob_file(catalog: Catalog, sha256: str) -> Path:
    path = catalog.blobs.path(sha256)
    if not path.is_file():
        raise BlobError(sha256, "missing from the blob store")
    return path


def rendered_page(catalog: Catalog, page_id: int) -> tuple[Image.Image, Transform]:
    """The page with its processing applied, and the map from oriented-original pixels to it."""
    page = _page_image(catalog, page_id)
    source = _blob_file(catalog, page.sha256)
    if not page.processing:
        return open_oriented(source), Transform.identity()
    cached = cache.rendered_file(cache.cache_root(catalog.folder), page.sha256, page.processing)
    if cached.is_file():
        try:
            image = Image.open(cached)
            image.load()
            width, height = page.width, page.height
            if width is None or height is None:
                with Image.open(source) as original:
                    width, height = original.size
            transform, size = processed_geometry(page.processing, width, height)
            if size == image.size:
                return image, transform
        except OSError:
            pass  # a damaged cache file is simply made again
    original = open_oriented(source)
    image, transform = render(original, page.processing)
    del original
    # Level 1: the cache is for speed; a smaller file is not worth a slower page.
    cache.save_atomically(image, cached, "PNG", compress_level=1)
    return image, transform


def page_transform(catalog: Catalog, page_id: int) -> Transform:
    """The original-to-processed map of a page, without decoding its image."""
    page = _page_image(catalog, page_id)
    if not page.processing:
        return Transform.identity()
    width, height = page.width, page.height
    if width is None or height is None:
        with Image.open(_blob_file(catalog, page.sha256)) as image:
            width, height = image.size
    return processed_geometry(page.processing, width, height)[0]


def thumbnail_path(catalog: Catalog, page: int | str, size: int = cache.THUMBNAIL_SIZE) -> Path:
    """A cached JPEG no larger than size x size: of a page (by id) with its processing, or of
    a blob (by SHA-256) as it was stored. Made on first use; import makes the default size."""
    if not MIN_THUMBNAIL <= size <= MAX_THUMBNAIL:
        raise InvalidInput("size", f"a thumbnail is {MIN_THUMBNAIL} to {MAX_THUMBNAIL} pixels")
    if isinstance(page, int) and not isinstance(page, bool):
        info = _page_image(catalog, page)
        sha256, processing = info.sha256, info.processing
    else:
        sha256, processing = str(page), {}
    root = cache.cache_root(catalog.folder)
    target = cache.thumbnail_file(root, sha256, processing, size)
    if target.is_file():
        return target
    source = _blob_file(catalog, sha256)
    if processing:
        image, _ = rendered_page(catalog, int(page))
    else:
        image = cache.open_reduced(source, size * 2)
    return cache.write_thumbnail(image, target, size)


def update_processing(
    catalog: Catalog,
    page_id: int,
    changes: dict[str, Any],
    *,
    detect_deskew: bool = False,
    replace: bool = False,
) -> PageView:
    """Change a page's processing parameters (None removes one); with `detect_deskew`, measure
    the skew of the page (after its rotation) and store it as `deskew` (unchanged when the page
    has no lines of text to measure). The image itself is never touched."""
    current = {} if replace else _page_image(catalog, page_id).processing
    merged = {**current, **changes}
    merged = {key: value for key, value in merged.items() if value is not None}
    if detect_deskew:
        original = open_oriented(_blob_file(catalog, _page_image(catalog, page_id).sha256))
        turned, _ = render(original, {"rotation": merged.get("rotation", 0)})
        del original
        angle = detect_skew(turned)
        if angle is not None:  # no lines of text to measure: keep what the person set
            merged["deskew"] = angle if worth_turning(angle) else None
    return set_page_processing(catalog, page_id, validate_processing(merged))
