"""The catalogue's tables as typed SQLAlchemy models.

The heart of the model is that documents *claim* things and claims may conflict: a `Claim` is an
event as one source states it, never a fact about the person. Nothing here overwrites a claim with
another; the checks in `catalog.checks` compare them and raise `Flag`s.

Partial dates are stored as their ISO text ("1937", "1937-10", "1937-10-20") plus a qualifier.
ISO text sorts chronologically as plain text, so one indexed column serves both storage and
ordering; `date_property` exposes the pair as a `PartialDate`. A range ("between 1937 and 1938")
keeps its first point in that column and its end in a `*_end` column beside it, so ranges sort by
their earliest point.

Every row that a person may want to find again in another catalogue (persons, documents, claims)
carries a `uid`: integer ids are local to one catalogue, uids travel in exchange files.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from typing import Any

from sqlalchemy import (
    CheckConstraint,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.types import TypeDecorator

from catalog.dates import PartialDate, parse_optional_iso

# Stable constraint names keep Alembic's batch migrations on SQLite predictable.
NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def new_uid() -> str:
    return str(uuid.uuid4())


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0, tzinfo=None)


class JSONText(TypeDecorator[Any]):
    """JSON stored as compact UTF-8 text (Cyrillic kept readable in the database)."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Any) -> str | None:
        if value is None:
            return None
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))

    def process_result_value(self, value: str | None, dialect: Any) -> Any:
        return None if value is None else json.loads(value)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def date_property(text_attr: str, qualifier_attr: str, end_attr: str | None = None) -> property:
    """A `PartialDate | None` view over an ISO-text column, a qualifier column and, for ranges,
    the column of the range's end."""

    def getter(self: Any) -> PartialDate | None:
        end = getattr(self, end_attr) if end_attr else None
        return parse_optional_iso(getattr(self, text_attr), getattr(self, qualifier_attr), end)

    def setter(self: Any, value: PartialDate | None) -> None:
        if value is not None and value.end is not None and end_attr is None:
            raise ValueError(f"{text_attr} cannot hold a range")
        setattr(self, text_attr, value.iso if value else None)
        setattr(self, qualifier_attr, value.qualifier.value if value else None)
        if end_attr:
            setattr(self, end_attr, value.end_iso if value else None)

    return property(getter, setter)


class Timestamped:
    created_at: Mapped[dt.datetime] = mapped_column(default=utc_now)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utc_now, onupdate=utc_now)


person_tags = Table(
    "person_tags",
    Base.metadata,
    Column("person_id", ForeignKey("persons.id", ondelete="CASCADE"), primary_key=True),
    Column("tag_id", ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True, index=True),
)

document_tags = Table(
    "document_tags",
    Base.metadata,
    Column("document_id", ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
    Column("tag_id", ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True, index=True),
)


class Tag(Base):
    __tablename__ = "tags"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)


class Person(Timestamped, Base):
    __tablename__ = "persons"
    __table_args__ = (
        CheckConstraint("sex IN ('m', 'f')", name="sex"),
        Index("ix_persons_name", "surname", "given_name", "patronymic"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uid)
    # The id under which the person was loaded from an interchange file, kept findable.
    source_id: Mapped[str | None] = mapped_column(String(200), index=True)
    surname: Mapped[str] = mapped_column(String(200), default="")
    given_name: Mapped[str] = mapped_column(String(200), default="")
    patronymic: Mapped[str] = mapped_column(String(200), default="")
    sex: Mapped[str | None] = mapped_column(String(1))
    birth_date: Mapped[str | None] = mapped_column(String(10), index=True)
    birth_qualifier: Mapped[str | None] = mapped_column(String(10))
    birth_date_end: Mapped[str | None] = mapped_column(String(10))
    birth_place: Mapped[str] = mapped_column(Text, default="")
    nationality: Mapped[str] = mapped_column(String(200), default="")
    occupation: Mapped[str] = mapped_column(Text, default="")
    residence: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    # Interchange keys this version does not understand, kept rather than dropped.
    extra: Mapped[dict[str, Any] | None] = mapped_column(JSONText)

    birth = date_property("birth_date", "birth_qualifier", "birth_date_end")

    name_variants: Mapped[list[NameVariant]] = relationship(
        back_populates="person", cascade="all, delete-orphan", order_by="NameVariant.id"
    )
    claims: Mapped[list[Claim]] = relationship(
        back_populates="person", cascade="all, delete-orphan", order_by="Claim.id"
    )
    links: Mapped[list[DocumentLink]] = relationship(
        back_populates="person", cascade="all, delete-orphan"
    )
    tags: Mapped[list[Tag]] = relationship(secondary=person_tags, order_by="Tag.name")

    @property
    def full_name(self) -> str:
        return " ".join(part for part in (self.surname, self.given_name, self.patronymic) if part)


class NameVariant(Base):
    """Another way the person's name is written: a spelling, a maiden name, a transliteration."""

    __tablename__ = "name_variants"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id", ondelete="CASCADE"), index=True)
    surname: Mapped[str] = mapped_column(String(200), default="")
    given_name: Mapped[str] = mapped_column(String(200), default="")
    patronymic: Mapped[str] = mapped_column(String(200), default="")
    # ISO 15924 script code ("Cyrl", "Latn") and, for transliterations, the scheme ("icao", "iso9").
    script: Mapped[str] = mapped_column(String(8), default="Cyrl")
    scheme: Mapped[str] = mapped_column(String(40), default="")
    # spelling | maiden | transliteration | other
    kind: Mapped[str] = mapped_column(String(20), default="spelling")
    note: Mapped[str] = mapped_column(Text, default="")

    person: Mapped[Person] = relationship(back_populates="name_variants")


class Document(Timestamped, Base):
    __tablename__ = "documents"
    # The documents list sorts by issue date and by title through these (by kind through the
    # kind column's own index, by "added" through the primary key).
    __table_args__ = (
        Index("ix_documents_issued", "issued_date"),
        Index("ix_documents_title", "title"),
        Index("ix_documents_kind_issued", "kind", "issued_date"),
        Index("ix_documents_kind_title", "kind", "title"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uid)
    source_id: Mapped[str | None] = mapped_column(String(200), index=True)
    kind: Mapped[str] = mapped_column(String(40), default="other", index=True)
    title: Mapped[str] = mapped_column(Text, default="")
    issuer: Mapped[str] = mapped_column(Text, default="")
    issued_date: Mapped[str | None] = mapped_column(String(10))
    issued_qualifier: Mapped[str | None] = mapped_column(String(10))
    issued_date_end: Mapped[str | None] = mapped_column(String(10))
    # Civil-registry certificates: the date of the act record, which a repeat certificate copies.
    act_record_date: Mapped[str | None] = mapped_column(String(10))
    act_record_qualifier: Mapped[str | None] = mapped_column(String(10))
    act_record_date_end: Mapped[str | None] = mapped_column(String(10))
    # Archive reference: archive name, fond / opis / delo / list (sheets).
    archive: Mapped[str] = mapped_column(Text, default="")
    fond: Mapped[str] = mapped_column(String(50), default="")
    opis: Mapped[str] = mapped_column(String(50), default="")
    delo: Mapped[str] = mapped_column(String(50), default="")
    sheets: Mapped[str] = mapped_column(String(50), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    extra: Mapped[dict[str, Any] | None] = mapped_column(JSONText)

    issued = date_property("issued_date", "issued_qualifier", "issued_date_end")
    act_record = date_property("act_record_date", "act_record_qualifier", "act_record_date_end")

    pages: Mapped[list[Page]] = relationship(
        back_populates="document", cascade="all, delete-orphan", order_by="Page.seq"
    )
    links: Mapped[list[DocumentLink]] = relationship(
        back_populates="document", cascade="all, delete-orphan"
    )
    tags: Mapped[list[Tag]] = relationship(secondary=document_tags, order_by="Tag.name")


class DocumentLink(Base):
    """A document concerns a person as its subject, a relative, or someone it mentions."""

    __tablename__ = "document_links"

    document_id: Mapped[int] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True
    )
    person_id: Mapped[int] = mapped_column(
        ForeignKey("persons.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    role: Mapped[str] = mapped_column(String(20), primary_key=True, default="subject")

    document: Mapped[Document] = relationship(back_populates="links")
    person: Mapped[Person] = relationship(back_populates="links")


class Blob(Base):
    """An image stored once by its SHA-256 in the blob store; rows make references checkable."""

    __tablename__ = "blobs"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(Integer)
    media_type: Mapped[str] = mapped_column(String(60), default="application/octet-stream")
    created_at: Mapped[dt.datetime] = mapped_column(default=utc_now)


class Page(Timestamped, Base):
    __tablename__ = "pages"
    __table_args__ = (Index("ix_pages_document_seq", "document_id", "seq"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))
    seq: Mapped[int] = mapped_column(Integer)  # 1-based order within the document
    blob_sha256: Mapped[str | None] = mapped_column(ForeignKey("blobs.sha256"), index=True)
    width: Mapped[int | None] = mapped_column(Integer)
    height: Mapped[int | None] = mapped_column(Integer)
    dpi: Mapped[int | None] = mapped_column(Integer)
    # Non-destructive processing: rotation, crop, deskew angle, enhancement, as parameters.
    processing: Mapped[dict[str, Any] | None] = mapped_column(JSONText)
    # File name the image came from, for the person's orientation only.
    origin_name: Mapped[str] = mapped_column(Text, default="")

    document: Mapped[Document] = relationship(back_populates="pages")
    blob: Mapped[Blob | None] = relationship()
    transcriptions: Mapped[list[Transcription]] = relationship(
        back_populates="page", cascade="all, delete-orphan", order_by="Transcription.version"
    )


class Transcription(Base):
    """One version of a page's text. Versions are only ever added; the newest human one wins."""

    __tablename__ = "transcriptions"
    __table_args__ = (
        UniqueConstraint("page_id", "version"),
        Index("ix_transcriptions_origin_settings", "origin", "engine_settings"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    page_id: Mapped[int] = mapped_column(ForeignKey("pages.id", ondelete="CASCADE"))
    version: Mapped[int] = mapped_column(Integer)
    origin: Mapped[str] = mapped_column(String(20))  # engine | human | imported
    engine: Mapped[str] = mapped_column(String(100), default="")  # e.g. "tesseract 5.3.0"
    # A key of the engine settings; OCR skips pages that already have output for the same key.
    engine_settings: Mapped[str] = mapped_column(String(200), default="")
    author: Mapped[str] = mapped_column(String(200), default="")
    text: Mapped[str] = mapped_column(Text, default="")
    mean_confidence: Mapped[float | None] = mapped_column(Float)
    # Words with boxes, as a list of objects (see catalog.transcripts.Word). Stored as one JSON
    # value per version: words are only ever read and written a page at a time.
    words: Mapped[list[dict[str, Any]] | None] = mapped_column(JSONText)
    created_at: Mapped[dt.datetime] = mapped_column(default=utc_now)

    page: Mapped[Page] = relationship(back_populates="transcriptions")


class Claim(Timestamped, Base):
    """An event as one source states it, with its citation.

    A claim without a document is the researcher's own conclusion.
    """

    __tablename__ = "claims"
    __table_args__ = (
        Index("ix_claims_person_kind", "person_id", "kind"),
        Index("ix_claims_kind_date", "kind", "date"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uid)
    source_id: Mapped[str | None] = mapped_column(String(200))
    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(40))
    status: Mapped[str] = mapped_column(String(20), default="accepted")
    date: Mapped[str | None] = mapped_column(String(10))
    date_qualifier: Mapped[str | None] = mapped_column(String(10))
    date_end: Mapped[str | None] = mapped_column(String(10))
    place: Mapped[str] = mapped_column(Text, default="")
    # Sentencing or rehabilitating body: normalised code and the text as written.
    body: Mapped[str] = mapped_column(Text, default="")
    body_code: Mapped[str] = mapped_column(String(40), default="")
    article: Mapped[str] = mapped_column(Text, default="")
    sentence: Mapped[str] = mapped_column(Text, default="")
    cause: Mapped[str] = mapped_column(Text, default="")
    basis: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")
    # Citation: the document, optionally a page, a region of its image and the quoted words.
    document_id: Mapped[int | None] = mapped_column(
        ForeignKey("documents.id", ondelete="SET NULL"), index=True
    )
    page_id: Mapped[int | None] = mapped_column(
        ForeignKey("pages.id", ondelete="SET NULL"), index=True
    )
    region: Mapped[list[int] | None] = mapped_column(JSONText)  # [x, y, width, height] in pixels
    quote: Mapped[str] = mapped_column(Text, default="")
    extra: Mapped[dict[str, Any] | None] = mapped_column(JSONText)

    when = date_property("date", "date_qualifier", "date_end")

    person: Mapped[Person] = relationship(back_populates="claims")
    document: Mapped[Document | None] = relationship()
    page: Mapped[Page | None] = relationship()


class Relationship(Timestamped, Base):
    """Kinship between two persons as one source states it (or as the researcher concludes).

    For `parent` the person is the parent of the relative; `spouse` and `sibling` are symmetric
    and stored with the smaller person id first, so one pair has one row per kind. Like a claim,
    it cites a document (optionally a page and the quoted words); without one it is the
    researcher's own conclusion. A marriage keeps when it began (`date`) and when it ended
    (`end_date`), each a partial date or range.
    """

    __tablename__ = "relationships"
    __table_args__ = (
        UniqueConstraint("kind", "person_id", "relative_id"),
        CheckConstraint("person_id <> relative_id", name="not_self"),
        CheckConstraint("kind IN ('parent', 'spouse', 'sibling')", name="kind"),
        Index("ix_relationships_relative", "relative_id", "kind"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uid)
    source_id: Mapped[str | None] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(20))
    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id", ondelete="CASCADE"))
    relative_id: Mapped[int] = mapped_column(ForeignKey("persons.id", ondelete="CASCADE"))
    # parent: birth | adopted | step | foster; sibling: full | half; empty when not stated.
    detail: Mapped[str] = mapped_column(String(20), default="")
    status: Mapped[str] = mapped_column(String(20), default="accepted")
    date: Mapped[str | None] = mapped_column(String(10))
    date_qualifier: Mapped[str | None] = mapped_column(String(10))
    date_end: Mapped[str | None] = mapped_column(String(10))
    end_date: Mapped[str | None] = mapped_column(String(10))
    end_qualifier: Mapped[str | None] = mapped_column(String(10))
    end_date_end: Mapped[str | None] = mapped_column(String(10))
    note: Mapped[str] = mapped_column(Text, default="")
    document_id: Mapped[int | None] = mapped_column(
        ForeignKey("documents.id", ondelete="SET NULL"), index=True
    )
    page_id: Mapped[int | None] = mapped_column(
        ForeignKey("pages.id", ondelete="SET NULL"), index=True
    )
    quote: Mapped[str] = mapped_column(Text, default="")
    extra: Mapped[dict[str, Any] | None] = mapped_column(JSONText)

    began = date_property("date", "date_qualifier", "date_end")
    ended = date_property("end_date", "end_qualifier", "end_date_end")

    person: Mapped[Person] = relationship(foreign_keys=[person_id])
    relative: Mapped[Person] = relationship(foreign_keys=[relative_id])
    document: Mapped[Document | None] = relationship()
    page: Mapped[Page | None] = relationship()


class Flag(Timestamped, Base):
    """A suspicion raised by a rule or a person: never a verdict until a person confirms it."""

    __tablename__ = "flags"
    __table_args__ = (
        CheckConstraint("score >= 0 AND score <= 1", name="score_range"),
        Index("ix_flags_person_status", "person_id", "status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id", ondelete="CASCADE"))
    claim_id: Mapped[int | None] = mapped_column(ForeignKey("claims.id", ondelete="CASCADE"))
    document_id: Mapped[int | None] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(60))
    rule: Mapped[str] = mapped_column(String(60), default="")
    origin: Mapped[str] = mapped_column(String(10), default="rule")
    score: Mapped[float] = mapped_column(Float, default=0.0)
    status: Mapped[str] = mapped_column(String(20), default="suggested")
    # Plain-language reasons: [{"en", "ru", "uk", "reader": {...}}] (catalog.vocab_reasons),
    # [{"en", "ru"}] from older versions, or plain strings a person wrote.
    reasons: Mapped[list[Any]] = mapped_column(JSONText, default=list)
    evidence: Mapped[list[int]] = mapped_column(JSONText, default=list)  # claim ids
    # Identifies "the same flag" across re-checks so that none is duplicated or resurrected.
    fingerprint: Mapped[str] = mapped_column(String(200), unique=True)

    person: Mapped[Person] = relationship()


class AuditEntry(Base):
    """What changed, when, and by whom: written in the same transaction as the change."""

    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_log_entity", "entity", "entity_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(default=utc_now)
    actor: Mapped[str] = mapped_column(String(200), default="")
    action: Mapped[str] = mapped_column(String(10))  # create | update | delete
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[int | None] = mapped_column(Integer)
    changes: Mapped[dict[str, Any] | None] = mapped_column(JSONText)


class InboxFile(Base):
    """A file seen in a watched inbox folder, so that each one is imported exactly once."""

    __tablename__ = "inbox_files"
    __table_args__ = (UniqueConstraint("path", "size", "mtime_ns"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    path: Mapped[str] = mapped_column(Text)
    size: Mapped[int] = mapped_column(Integer)
    mtime_ns: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str | None] = mapped_column(String(64), index=True)
    document_id: Mapped[int | None] = mapped_column(ForeignKey("documents.id", ondelete="SET NULL"))
    # Why the file could not be imported, if it could not; it is not retried until it changes.
    error: Mapped[str] = mapped_column(Text, default="")
    seen_at: Mapped[dt.datetime] = mapped_column(default=utc_now)


class CatalogInfo(Base):
    """Key/value facts about the catalogue itself (its uid, when it was created)."""

    __tablename__ = "catalog_info"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
