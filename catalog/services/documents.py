"""Use cases on documents, their pages and the persons they concern."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, fields
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from catalog import models
from catalog.dates import PartialDate
from catalog.db import Catalog
from catalog.errors import BlobError, InvalidInput, NotFound
from catalog.imaging.processing import validate_processing
from catalog.services import validate
from catalog.services.views import (
    DocumentDetail,
    DocumentSummary,
    LinkedPerson,
    PageView,
    document_summary,
    page_view,
    person_summary,
)
from catalog.store import StoredBlob
from catalog.vocab import DocumentKind, LinkRole


@dataclass(frozen=True)
class DocumentFields:
    kind: str = DocumentKind.OTHER.value
    title: str = ""
    issuer: str = ""
    issued: PartialDate | str | None = None
    act_record: PartialDate | str | None = None
    archive: str = ""
    fond: str = ""
    opis: str = ""
    delo: str = ""
    sheets: str = ""
    notes: str = ""


EDITABLE = {f.name for f in fields(DocumentFields)}


def apply_document_fields(document: models.Document, values: dict[str, Any]) -> None:
    for name, value in values.items():
        if name not in EDITABLE:
            raise InvalidInput(name, "not a document field")
        if name == "kind":
            document.kind = validate.enum_value("kind", value, DocumentKind)
        elif name in ("issued", "act_record"):
            setattr(document, name, validate.partial_date(name, value))
        else:
            setattr(document, name, validate.text(name, value))


def get_model(session: Session, document_id: int) -> models.Document:
    document = session.get(models.Document, document_id)
    if document is None:
        raise NotFound("document", document_id)
    return document


def link(session: Session, document: models.Document, person_id: int, role: str) -> None:
    role = validate.enum_value("role", role, LinkRole)
    if session.get(models.Person, person_id) is None:
        raise NotFound("person", person_id)
    exists = any(row.person_id == person_id and row.role == role for row in document.links)
    if not exists:
        document.links.append(models.DocumentLink(person_id=person_id, role=role))


def add_document(
    catalog: Catalog,
    values: DocumentFields,
    persons: Iterable[tuple[int, str]] = (),
) -> DocumentSummary:
    with catalog.write() as session:
        document = models.Document()
        apply_document_fields(document, {f.name: getattr(values, f.name) for f in fields(values)})
        session.add(document)
        for person_id, role in persons:
            link(session, document, person_id, role)
        session.flush()
        return document_summary(document, page_count=0)


def update_document(catalog: Catalog, document_id: int, **changes: Any) -> DocumentSummary:
    with catalog.write() as session:
        document = get_model(session, document_id)
        apply_document_fields(document, changes)
        session.flush()
        return document_summary(document)


def delete_document(catalog: Catalog, document_id: int) -> None:
    """Delete a document and its pages. Claims citing it become researcher's conclusions
    (their citation is cleared, the claim itself is kept)."""
    with catalog.write() as session:
        session.delete(get_model(session, document_id))


def link_person(catalog: Catalog, document_id: int, person_id: int, role: str = "subject") -> None:
    """Link a person to a document in a role. A link that exists already, an unknown role, a
    document or person that does not exist: refused with a clear message, nothing changed."""
    role = validate.enum_value("role", role, LinkRole)
    with catalog.write() as session:
        document = get_model(session, document_id)
        if session.get(models.Person, person_id) is None:
            raise NotFound("person", person_id)
        if session.get(models.DocumentLink, (document_id, person_id, role)) is not None:
            raise InvalidInput(
                "link",
                f"document {document_id} is already linked to person {person_id} as {role}; "
                "nothing changed",
            )
        document.links.append(models.DocumentLink(person_id=person_id, role=role))


def unlink_person(
    catalog: Catalog, document_id: int, person_id: int, role: str | None = None
) -> tuple[str, ...]:
    """Remove a person's link to a document (in one role, or in every role); the roles removed.
    Claims citing the document are kept: they still cite it."""
    if role is not None:
        role = validate.enum_value("role", role, LinkRole)
    with catalog.write() as session:
        get_model(session, document_id)
        if session.get(models.Person, person_id) is None:
            raise NotFound("person", person_id)
        rows = [
            row
            for row in session.scalars(
                select(models.DocumentLink).where(
                    models.DocumentLink.document_id == document_id,
                    models.DocumentLink.person_id == person_id,
                )
            )
            if role is None or row.role == role
        ]
        if not rows:
            as_role = f" as {role}" if role else ""
            raise InvalidInput(
                "link",
                f"document {document_id} is not linked to person {person_id}{as_role}; "
                "nothing changed",
            )
        for row in rows:
            session.delete(row)
        return tuple(sorted(row.role for row in rows))


def link_roles(catalog: Catalog, document_id: int, person_id: int) -> tuple[str, ...]:
    """The roles in which a person is linked to a document (none: not linked)."""
    with catalog.read() as session:
        roles = session.scalars(
            select(models.DocumentLink.role).where(
                models.DocumentLink.document_id == document_id,
                models.DocumentLink.person_id == person_id,
            )
        )
        return tuple(sorted(roles))


def link_cited(session: Session, person_id: int, document_id: int | None) -> None:
    """The document a person's claim cites concerns that person: link them if they are not
    linked yet (as its subject when the document concerns no one yet, else as mentioned).
    Call after a flush, so that links added in this session are seen."""
    if document_id is None:
        return
    linked = set(
        session.scalars(
            select(models.DocumentLink.person_id).where(
                models.DocumentLink.document_id == document_id
            )
        )
    )
    if person_id in linked:
        return
    role = LinkRole.MENTIONED if linked else LinkRole.SUBJECT
    session.add(models.DocumentLink(document_id=document_id, person_id=person_id, role=role.value))


def count_documents(catalog: Catalog) -> int:
    with catalog.read() as session:
        return session.scalar(select(func.count(models.Document.id))) or 0


def list_documents(catalog: Catalog, *, offset: int = 0, limit: int = 100) -> list[DocumentSummary]:
    with catalog.read() as session:
        page_counts = (
            select(models.Page.document_id, func.count(models.Page.id).label("pages"))
            .group_by(models.Page.document_id)
            .subquery()
        )
        rows = session.execute(
            select(models.Document, func.coalesce(page_counts.c.pages, 0))
            .outerjoin(page_counts, page_counts.c.document_id == models.Document.id)
            .order_by(models.Document.id)
            .offset(offset)
            .limit(limit)
        )
        return [document_summary(document, count) for document, count in rows]


def document_summaries(catalog: Catalog, ids: Iterable[int]) -> dict[int, DocumentSummary]:
    """Summaries of the given documents by id (unknown ids are left out), for lists of hits."""
    wanted = sorted(set(ids))
    found: dict[int, DocumentSummary] = {}
    with catalog.read() as session:
        for start in range(0, len(wanted), 500):
            batch = wanted[start : start + 500]
            counts = dict(
                session.execute(
                    select(models.Page.document_id, func.count(models.Page.id))
                    .where(models.Page.document_id.in_(batch))
                    .group_by(models.Page.document_id)
                ).all()
            )
            for document in session.scalars(
                select(models.Document).where(models.Document.id.in_(batch))
            ):
                found[document.id] = document_summary(document, counts.get(document.id, 0))
    return found


def get_document(catalog: Catalog, document_id: int) -> DocumentDetail:
    with catalog.read() as session:
        document = session.scalar(
            select(models.Document)
            .where(models.Document.id == document_id)
            .options(
                selectinload(models.Document.pages),
                selectinload(models.Document.links).selectinload(models.DocumentLink.person),
                selectinload(models.Document.tags),
            )
        )
        if document is None:
            raise NotFound("document", document_id)
        return DocumentDetail(
            summary=document_summary(document),
            archive=document.archive,
            fond=document.fond,
            opis=document.opis,
            delo=document.delo,
            sheets=document.sheets,
            notes=document.notes,
            pages=tuple(page_view(page) for page in document.pages),
            persons=tuple(
                LinkedPerson(person_summary(link.person), link.role)
                for link in sorted(document.links, key=lambda row: (row.person_id, row.role))
            ),
            tags=tuple(tag.name for tag in document.tags),
        )


def register_blob(session: Session, stored: StoredBlob, media_type: str) -> models.Blob:
    """Record a blob already written to the store (idempotent)."""
    blob = session.get(models.Blob, stored.sha256)
    if blob is None:
        blob = models.Blob(sha256=stored.sha256, size=stored.size, media_type=media_type)
        session.add(blob)
    return blob


def append_page(
    session: Session,
    document: models.Document,
    *,
    blob_sha256: str | None,
    width: int | None = None,
    height: int | None = None,
    dpi: int | None = None,
    processing: dict[str, Any] | None = None,
    origin_name: str = "",
) -> models.Page:
    if blob_sha256 is not None and session.get(models.Blob, blob_sha256) is None:
        raise BlobError(blob_sha256, "is not registered in this catalogue")
    seq = (max((p.seq for p in document.pages), default=0)) + 1
    page = models.Page(
        seq=seq,
        blob_sha256=blob_sha256,
        width=width,
        height=height,
        dpi=dpi,
        processing=processing or None,
        origin_name=origin_name,
    )
    document.pages.append(page)
    return page


def add_page(
    catalog: Catalog,
    document_id: int,
    stored: StoredBlob,
    *,
    media_type: str,
    width: int | None = None,
    height: int | None = None,
    dpi: int | None = None,
    origin_name: str = "",
) -> PageView:
    """Append a page whose image is already in the blob store."""
    if not catalog.blobs.exists(stored.sha256):
        raise BlobError(stored.sha256, "missing from the blob store")
    with catalog.write() as session:
        document = get_model(session, document_id)
        register_blob(session, stored, media_type)
        page = append_page(
            session,
            document,
            blob_sha256=stored.sha256,
            width=width,
            height=height,
            dpi=dpi,
            origin_name=origin_name,
        )
        session.flush()
        return page_view(page)


def get_page(catalog: Catalog, page_id: int) -> PageView:
    with catalog.read() as session:
        page = session.get(models.Page, page_id)
        if page is None:
            raise NotFound("page", page_id)
        return page_view(page)


def set_page_processing(catalog: Catalog, page_id: int, processing: dict[str, Any]) -> PageView:
    """Store non-destructive processing parameters; the image blob itself never changes.
    Parameters are checked (and made canonical) first: a bad one is refused, not stored."""
    clean = validate_processing(dict(processing))
    with catalog.write() as session:
        page = session.get(models.Page, page_id)
        if page is None:
            raise NotFound("page", page_id)
        page.processing = clean or None
        session.flush()
        return page_view(page)
