"""Which pages still need OCR, and storing each page's result as it arrives.

The queue is the catalogue itself: a page needs reading when it has an image and no machine
transcription whose `engine_settings` equals the page's current key. Each result is written in
its own transaction, so a run that is killed loses at most the pages being read at that moment,
and the next run carries on from there. Machine versions are only ever appended: a person's
corrected version stays current (`choose_current` prefers human versions).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from catalog import models
from catalog.db import Catalog
from catalog.errors import NotFound
from catalog.ocr.pipeline import OcrResult, OcrSettings, base_settings_key, engine_settings_key
from catalog.services.transcriptions import append_version
from catalog.transcripts import Word
from catalog.vocab import TranscriptionOrigin


@dataclass(frozen=True)
class PageJob:
    """What a worker needs to read one page: plain values, no database objects."""

    page_id: int
    blob_path: str
    processing: dict[str, Any] | None
    dpi: int | None
    what: str  # "document 3, page 2" for messages


def _machine_keys(session: Any, page_ids: list[int], prefix: str) -> set[tuple[int, str]]:
    keys: set[tuple[int, str]] = set()
    for start in range(0, len(page_ids), 500):
        chunk = page_ids[start : start + 500]
        rows = session.execute(
            select(models.Transcription.page_id, models.Transcription.engine_settings).where(
                models.Transcription.page_id.in_(chunk),
                models.Transcription.origin == TranscriptionOrigin.ENGINE.value,
                models.Transcription.engine_settings.startswith(prefix, autoescape=True),
            )
        )
        keys.update((page_id, key) for page_id, key in rows)
    return keys


def pending_pages(
    catalog: Catalog,
    version: str,
    settings: OcrSettings,
    *,
    document_id: int | None = None,
    page_ids: Iterable[int] | None = None,
    again: bool = False,
) -> list[int]:
    """Ids of pages (in document and page order) without output for their current key; with
    `again`, every page asked for (a person wants a page read once more)."""
    prefix = base_settings_key(version, settings)
    with catalog.read() as session:
        query = select(models.Page.id, models.Page.processing).where(
            models.Page.blob_sha256.is_not(None)
        )
        if document_id is not None:
            if session.get(models.Document, document_id) is None:
                raise NotFound("document", document_id)
            query = query.where(models.Page.document_id == document_id)
        if page_ids is not None:
            wanted = list(page_ids)
            known = set(session.scalars(select(models.Page.id).where(models.Page.id.in_(wanted))))
            for page_id in wanted:
                if page_id not in known:
                    raise NotFound("page", page_id)
            query = query.where(models.Page.id.in_(wanted))
        rows = list(session.execute(query.order_by(models.Page.document_id, models.Page.seq)))
        done = _machine_keys(session, [page_id for page_id, _ in rows], prefix)
    if again:
        return [page_id for page_id, _ in rows]
    return [
        page_id
        for page_id, processing in rows
        if (page_id, engine_settings_key(version, settings, processing)) not in done
    ]


def page_job(catalog: Catalog, page_id: int) -> PageJob | None:
    """The job for a page, or None when the page (or its image) has gone meanwhile."""
    with catalog.read() as session:
        page = session.get(models.Page, page_id)
        if page is None or page.blob_sha256 is None:
            return None
        return PageJob(
            page_id=page.id,
            blob_path=str(catalog.blobs.path(page.blob_sha256)),
            processing=dict(page.processing) if page.processing else None,
            dpi=page.dpi,
            what=f"document {page.document_id}, page {page.seq}",
        )


def store_result(
    catalog: Catalog, page_id: int, result: OcrResult, words: Iterable[Word]
) -> int | None:
    """Append the machine version to the page, in one transaction; the new version's id.

    Nothing is written (None) when the page was deleted meanwhile, or when another run already
    stored output for the same key (two `spravka ocr` at once).
    """
    with catalog.write() as session:
        page = session.get(models.Page, page_id)
        if page is None:
            return None
        duplicate = session.scalar(
            select(models.Transcription.id).where(
                models.Transcription.page_id == page_id,
                models.Transcription.origin == TranscriptionOrigin.ENGINE.value,
                models.Transcription.engine_settings == result.engine_settings,
            )
        )
        if duplicate is not None:
            return None
        transcription = append_version(
            session,
            page,
            text=result.text,
            origin=TranscriptionOrigin.ENGINE.value,
            words=words,
            engine=result.engine,
            engine_settings=result.engine_settings,
            author="",
            confidence=result.mean_confidence,
        )
        session.flush()
        return transcription.id
