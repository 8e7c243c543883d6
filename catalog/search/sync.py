"""Keeping the search index in step with every write, whoever makes it.

Persons, name variants, claims, notes and transcriptions are written by many modules (services,
the interchange loader, the record parser, import, OCR, package import). None of them has to
remember the index: a session-level `after_flush` listener, like the audit trail's, collects the
ids of the records a flush touched and re-indexes just those, through the same connection and in
the same transaction. Adding one person or one page therefore updates a handful of rows and never
rebuilds anything, and a rolled-back transaction leaves the index as it was.

Deleting a person, page, claim or document removes its index rows through foreign-key cascades,
so deletes issued as plain SQL are covered too. Rows inserted with Core statements that bypass
the ORM are not seen here; `catalog.search.rebuild.reindex` (`spravka reindex`) repairs that.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session

from catalog import models
from catalog.search import indexer

NAME_COLUMNS = ("surname", "given_name", "patronymic")
PERSON_TEXT_COLUMNS = ("birth_place", "nationality", "occupation", "residence", "notes")
CLAIM_TEXT_COLUMNS = ("place", "body", "article", "sentence", "cause", "basis", "note", "quote")
CLAIM_ARREST_COLUMNS = ("kind", "status", "date", "person_id")
DOCUMENT_TEXT_COLUMNS = ("title", "issuer", "archive", "notes")


def _changed(obj: Any, columns: tuple[str, ...]) -> bool:
    state = inspect(obj)
    return any(state.attrs[name].history.has_changes() for name in columns)


def _old_value(obj: Any, column: str) -> Any:
    history = inspect(obj).attrs[column].history
    return history.deleted[0] if history.deleted else None


class _Changes:
    def __init__(self) -> None:
        self.names: set[int] = set()
        self.arrests: set[int] = set()
        self.person_texts: set[int] = set()
        self.claims: set[int] = set()
        self.documents: set[int] = set()
        self.pages: set[int] = set()

    def __bool__(self) -> bool:
        return any(
            (self.names, self.arrests, self.person_texts, self.claims, self.documents, self.pages)
        )

    def person(self, obj: models.Person, created: bool) -> None:
        if created or _changed(obj, NAME_COLUMNS):
            self.names.add(obj.id)
        if created or _changed(obj, PERSON_TEXT_COLUMNS):
            self.person_texts.add(obj.id)

    def variant(self, obj: models.NameVariant) -> None:
        for pid in (obj.person_id, _old_value(obj, "person_id")):
            if pid is not None:
                self.names.add(pid)

    def claim(self, obj: models.Claim, created: bool, deleted: bool = False) -> None:
        if obj.id is not None and (created or deleted or _changed(obj, CLAIM_TEXT_COLUMNS)):
            self.claims.add(obj.id)
        if created or deleted or _changed(obj, CLAIM_ARREST_COLUMNS):
            for pid in (obj.person_id, _old_value(obj, "person_id")):
                if pid is not None:
                    self.arrests.add(pid)

    def document(self, obj: models.Document, created: bool) -> None:
        if created or _changed(obj, DOCUMENT_TEXT_COLUMNS):
            self.documents.add(obj.id)

    def transcription(self, obj: models.Transcription) -> None:
        for pid in (obj.page_id, _old_value(obj, "page_id")):
            if pid is not None:
                self.pages.add(pid)


def collect(session: Session) -> _Changes:
    changes = _Changes()
    for obj in session.new:
        if isinstance(obj, models.Person):
            changes.person(obj, created=True)
        elif isinstance(obj, models.NameVariant):
            changes.variant(obj)
        elif isinstance(obj, models.Claim):
            changes.claim(obj, created=True)
        elif isinstance(obj, models.Document):
            changes.document(obj, created=True)
        elif isinstance(obj, models.Transcription):
            changes.transcription(obj)
    for obj in session.dirty:
        if not session.is_modified(obj, include_collections=False):
            continue
        if isinstance(obj, models.Person):
            changes.person(obj, created=False)
        elif isinstance(obj, models.NameVariant):
            changes.variant(obj)
        elif isinstance(obj, models.Claim):
            changes.claim(obj, created=False)
        elif isinstance(obj, models.Document):
            changes.document(obj, created=False)
        elif isinstance(obj, models.Transcription):
            changes.transcription(obj)
    for obj in session.deleted:
        # Cascades remove the rows of deleted persons, pages, claims and documents; what is left
        # is what a deletion changes for records that remain.
        if isinstance(obj, models.NameVariant):
            changes.variant(obj)
        elif isinstance(obj, models.Claim):
            changes.claim(obj, created=False, deleted=True)
        elif isinstance(obj, models.Transcription):
            changes.transcription(obj)
    return changes


@event.listens_for(Session, "after_flush")
def _update_index(session: Session, flush_context: Any) -> None:
    changes = collect(session)
    if not changes:
        return
    raw = session.connection().connection.driver_connection
    indexer.refresh(
        raw,
        names=changes.names,
        arrests=changes.arrests,
        person_texts=changes.person_texts,
        claims=changes.claims,
        documents=changes.documents,
        pages=changes.pages,
    )
