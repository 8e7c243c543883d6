"""Snapshots of a person, a claim or a document taken before deletion, and their restoration.

Undoing a deletion must bring back the same record, not a look-alike: the same uid (which other
catalogues and exchange files know it by), the same id where it is still free (flags cite claims
by id), and everything the deletion cascaded to: name variants, claims, document links, tags and
flags. A snapshot is a frozen, session-free value, so the GUI can keep it on its undo stack.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import insert, or_, select
from sqlalchemy.orm import Session

from catalog import models
from catalog.db import Catalog
from catalog.errors import InvalidInput, NotFound
from catalog.services.families import ordered_pair, restore_row

Row = tuple[tuple[str, Any], ...]


def _freeze(mapping: Mapping[str, Any]) -> Row:
    return tuple(mapping.items())


def _rows(session: Session, model: type[models.Base], *where: Any) -> tuple[Row, ...]:
    table = model.__table__
    statement = select(table).where(*where).order_by(*table.primary_key.columns)
    return tuple(_freeze(row) for row in session.execute(statement).mappings())


@dataclass(frozen=True)
class ClaimSnapshot:
    claim: Row
    flags: tuple[Row, ...]  # flags about this claim, deleted with it

    @property
    def claim_id(self) -> int:
        return int(dict(self.claim)["id"])


@dataclass(frozen=True)
class PersonSnapshot:
    person: Row
    variants: tuple[Row, ...]
    claims: tuple[Row, ...]
    links: tuple[Row, ...]
    flags: tuple[Row, ...]
    tag_ids: tuple[int, ...]
    # Kinship rows on either side of the person, removed with them.
    relationships: tuple[Row, ...] = ()

    @property
    def person_id(self) -> int:
        return int(dict(self.person)["id"])


@dataclass(frozen=True)
class DocumentSnapshot:
    """A document with its pages, their text versions, its links and tags (images are kept in
    the blob store by their hash, so the pages' rows are all that is needed)."""

    document: Row
    pages: tuple[Row, ...]
    transcriptions: tuple[Row, ...]
    links: tuple[Row, ...]
    tag_ids: tuple[int, ...]

    @property
    def document_id(self) -> int:
        return int(dict(self.document)["id"])


def claim_snapshot(catalog: Catalog, claim_id: int) -> ClaimSnapshot:
    with catalog.read() as session:
        claim = _rows(session, models.Claim, models.Claim.id == claim_id)
        if not claim:
            raise NotFound("claim", claim_id)
        flags = _rows(session, models.Flag, models.Flag.claim_id == claim_id)
        return ClaimSnapshot(claim=claim[0], flags=flags)


def person_snapshot(catalog: Catalog, person_id: int) -> PersonSnapshot:
    with catalog.read() as session:
        person = _rows(session, models.Person, models.Person.id == person_id)
        if not person:
            raise NotFound("person", person_id)
        tag_ids = session.scalars(
            select(models.person_tags.c.tag_id).where(models.person_tags.c.person_id == person_id)
        )
        return PersonSnapshot(
            person=person[0],
            variants=_rows(session, models.NameVariant, models.NameVariant.person_id == person_id),
            claims=_rows(session, models.Claim, models.Claim.person_id == person_id),
            links=_rows(session, models.DocumentLink, models.DocumentLink.person_id == person_id),
            flags=_rows(session, models.Flag, models.Flag.person_id == person_id),
            tag_ids=tuple(tag_ids),
            relationships=_rows(
                session,
                models.Relationship,
                or_(
                    models.Relationship.person_id == person_id,
                    models.Relationship.relative_id == person_id,
                ),
            ),
        )


def document_snapshot(catalog: Catalog, document_id: int) -> DocumentSnapshot:
    with catalog.read() as session:
        document = _rows(session, models.Document, models.Document.id == document_id)
        if not document:
            raise NotFound("document", document_id)
        pages = _rows(session, models.Page, models.Page.document_id == document_id)
        page_ids = [dict(page)["id"] for page in pages]
        tag_ids = session.scalars(
            select(models.document_tags.c.tag_id).where(
                models.document_tags.c.document_id == document_id
            )
        )
        return DocumentSnapshot(
            document=document[0],
            pages=pages,
            transcriptions=_rows(
                session, models.Transcription, models.Transcription.page_id.in_(page_ids)
            ),
            links=_rows(
                session, models.DocumentLink, models.DocumentLink.document_id == document_id
            ),
            tag_ids=tuple(tag_ids),
        )


class _Restorer:
    """Inserts rows through the ORM (so the audit trail records them), keeping ids if free."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.claim_ids: dict[int, int] = {}

    def add(self, model: type[models.Base], row: Row, **overrides: Any) -> Any:
        values = dict(row) | overrides
        if "id" in values and self.session.get(model, values["id"]) is not None:
            values.pop("id")  # taken meanwhile by another record: take a new one
        obj = model(**values)
        self.session.add(obj)
        self.session.flush()
        return obj

    def claim(self, row: Row, person_id: int) -> models.Claim:
        values = dict(row)
        document_id = values.get("document_id")
        page_id = values.get("page_id")
        # The cited document or page may have been deleted since: the claim then stands as
        # the researcher's conclusion, as it would have had it never been deleted.
        if document_id is not None and self.session.get(models.Document, document_id) is None:
            document_id = page_id = None
            values["region"] = None
        if page_id is not None and self.session.get(models.Page, page_id) is None:
            page_id = None
            values["region"] = None
        claim = self.add(
            models.Claim,
            _freeze(values),
            person_id=person_id,
            document_id=document_id,
            page_id=page_id,
        )
        self.claim_ids[int(values["id"])] = claim.id
        return claim

    def flag(self, row: Row, person_id: int) -> None:
        values = dict(row)
        if (
            self.session.scalar(
                select(models.Flag.id).where(models.Flag.fingerprint == values["fingerprint"])
            )
            is not None
        ):
            return  # the checks raised it again meanwhile; keep that one
        claim_id = values.get("claim_id")
        self.add(
            models.Flag,
            row,
            person_id=person_id,
            claim_id=self.claim_ids.get(claim_id, claim_id) if claim_id is not None else None,
            evidence=[self.claim_ids.get(c, c) for c in values.get("evidence") or []],
        )


def _refuse_duplicate_uid(session: Session, model: type[models.Base], row: Row) -> None:
    uid = dict(row)["uid"]
    if session.scalar(select(model.id).where(model.uid == uid)) is not None:  # type: ignore[attr-defined]
        raise InvalidInput("uid", f"a record with uid {uid} is already in the catalogue")


def restore_claim(catalog: Catalog, snapshot: ClaimSnapshot) -> int:
    """Put a deleted claim back (and the flags about it); returns its id."""
    with catalog.write() as session:
        values = dict(snapshot.claim)
        if session.get(models.Person, values["person_id"]) is None:
            raise NotFound("person", values["person_id"])
        _refuse_duplicate_uid(session, models.Claim, snapshot.claim)
        restorer = _Restorer(session)
        claim = restorer.claim(snapshot.claim, values["person_id"])
        for flag in snapshot.flags:
            restorer.flag(flag, values["person_id"])
        return claim.id


def restore_person(catalog: Catalog, snapshot: PersonSnapshot) -> int:
    """Put a deleted person back with everything the deletion removed; returns their id."""
    with catalog.write() as session:
        return restore_person_in(session, snapshot)


def restore_person_in(session: Session, snapshot: PersonSnapshot) -> int:
    """`restore_person` inside an open write session (undoing a merge restores two persons)."""
    _refuse_duplicate_uid(session, models.Person, snapshot.person)
    restorer = _Restorer(session)
    person = restorer.add(models.Person, snapshot.person)
    for variant in snapshot.variants:
        restorer.add(models.NameVariant, variant, person_id=person.id)
    for claim in snapshot.claims:
        restorer.claim(claim, person.id)
    for link in snapshot.links:
        values = dict(link)
        if session.get(models.Document, values["document_id"]) is not None:
            session.add(models.DocumentLink(**(values | {"person_id": person.id})))
    for flag in snapshot.flags:
        restorer.flag(flag, person.id)
    tag_ids = [t for t in snapshot.tag_ids if session.get(models.Tag, t) is not None]
    if tag_ids:
        session.execute(
            insert(models.person_tags),
            [{"person_id": person.id, "tag_id": t} for t in tag_ids],
        )
    _restore_relationships(session, snapshot, person.id)
    return person.id


def _restore_relationships(session: Session, snapshot: PersonSnapshot, person_id: int) -> None:
    old_id = snapshot.person_id
    for row in snapshot.relationships:
        values = dict(row)
        for key in ("person_id", "relative_id"):
            if values[key] == old_id:
                values[key] = person_id
        other = values["relative_id"] if values["person_id"] == person_id else values["person_id"]
        if session.get(models.Person, other) is None:
            continue  # the relative was deleted meanwhile
        values["person_id"], values["relative_id"] = ordered_pair(
            values["kind"], values["person_id"], values["relative_id"]
        )
        if session.scalar(
            select(models.Relationship.id).where(models.Relationship.uid == values["uid"])
        ):
            continue  # restored already with the other person of the pair
        restore_row(session, _freeze(values))


def restore_document(catalog: Catalog, snapshot: DocumentSnapshot) -> int:
    """Put a deleted document back with its pages, text versions, links and tags; its id.

    Restore a document before the persons whose claims cite it, so their citations come back.
    """
    with catalog.write() as session:
        _refuse_duplicate_uid(session, models.Document, snapshot.document)
        restorer = _Restorer(session)
        document = restorer.add(models.Document, snapshot.document)
        page_ids: dict[int, int] = {}
        for page in snapshot.pages:
            values = dict(page)
            sha256 = values.get("blob_sha256")
            if sha256 and session.get(models.Blob, sha256) is None:
                values["blob_sha256"] = None  # the image was collected meanwhile
            restored = restorer.add(models.Page, _freeze(values), document_id=document.id)
            page_ids[int(values["id"])] = restored.id
        for transcription in snapshot.transcriptions:
            page_id = page_ids.get(int(dict(transcription)["page_id"]))
            if page_id is not None:
                restorer.add(models.Transcription, transcription, page_id=page_id)
        for link in snapshot.links:
            values = dict(link)
            if session.get(models.Person, values["person_id"]) is not None:
                session.add(models.DocumentLink(**(values | {"document_id": document.id})))
        tag_ids = [t for t in snapshot.tag_ids if session.get(models.Tag, t) is not None]
        if tag_ids:
            session.execute(
                insert(models.document_tags),
                [{"document_id": document.id, "tag_id": t} for t in tag_ids],
            )
        return document.id
