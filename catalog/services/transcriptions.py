"""Transcription versions of a page: added, never changed; the newest human version wins."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from catalog import models
from catalog.db import Catalog
from catalog.errors import NotFound
from catalog.services import validate
from catalog.services.views import TranscriptionView, transcription_view
from catalog.transcripts import Word, mean_confidence, words_to_json
from catalog.vocab import TranscriptionOrigin


def append_version(
    session: Session,
    page: models.Page,
    *,
    text: str,
    origin: str,
    words: Iterable[Word] | None = None,
    engine: str = "",
    engine_settings: str = "",
    author: str = "",
    confidence: float | None = None,
) -> models.Transcription:
    origin = validate.enum_value("origin", origin, TranscriptionOrigin)
    word_list = list(words) if words is not None else None
    latest = session.scalar(
        select(func.max(models.Transcription.version)).where(
            models.Transcription.page_id == page.id
        )
    )
    transcription = models.Transcription(
        page_id=page.id,
        version=(latest or 0) + 1,
        origin=origin,
        engine=engine,
        engine_settings=engine_settings,
        author=author,
        text=text,
        words=words_to_json(word_list),
        mean_confidence=(
            confidence if confidence is not None else mean_confidence(word_list or ())
        ),
    )
    session.add(transcription)
    return transcription


def add_transcription(
    catalog: Catalog,
    page_id: int,
    text: str,
    *,
    origin: str = TranscriptionOrigin.HUMAN.value,
    words: Iterable[Word] | None = None,
    engine: str = "",
    engine_settings: str = "",
    author: str | None = None,
) -> TranscriptionView:
    with catalog.write() as session:
        page = session.get(models.Page, page_id)
        if page is None:
            raise NotFound("page", page_id)
        transcription = append_version(
            session,
            page,
            text=text,
            origin=origin,
            words=words,
            engine=engine,
            engine_settings=engine_settings,
            author=catalog.actor if author is None else author,
        )
        session.flush()
        return transcription_view(transcription)


def choose_current(versions: Sequence[models.Transcription]) -> models.Transcription | None:
    """The newest human version if there is one, otherwise the newest version of any origin."""
    human = [v for v in versions if v.origin == TranscriptionOrigin.HUMAN]
    pool = human or list(versions)
    return max(pool, key=lambda v: v.version) if pool else None


def current_transcription(catalog: Catalog, page_id: int) -> TranscriptionView | None:
    with catalog.read() as session:
        versions = list(
            session.scalars(
                select(models.Transcription).where(models.Transcription.page_id == page_id)
            )
        )
        current = choose_current(versions)
        return transcription_view(current) if current else None


def transcription_history(catalog: Catalog, page_id: int) -> list[TranscriptionView]:
    with catalog.read() as session:
        rows = session.scalars(
            select(models.Transcription)
            .where(models.Transcription.page_id == page_id)
            .order_by(models.Transcription.version)
        )
        return [transcription_view(t) for t in rows]
