"""Plain, frozen snapshots of catalogue records that services return to the CLI and the GUI.

Nothing here is attached to a database session: a view can cross threads and outlive the
transaction that read it. `*_view` functions build them from ORM rows inside a session.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from catalog import models
from catalog.dates import PartialDate
from catalog.transcripts import Word, words_from_json


@dataclass(frozen=True)
class NameVariantView:
    id: int
    surname: str
    given_name: str
    patronymic: str
    script: str
    scheme: str
    kind: str
    note: str

    @property
    def full_name(self) -> str:
        return " ".join(p for p in (self.surname, self.given_name, self.patronymic) if p)


@dataclass(frozen=True)
class PersonSummary:
    id: int
    uid: str
    source_id: str | None
    surname: str
    given_name: str
    patronymic: str
    sex: str | None
    birth: PartialDate | None
    birth_place: str

    @property
    def full_name(self) -> str:
        return " ".join(p for p in (self.surname, self.given_name, self.patronymic) if p)


@dataclass(frozen=True)
class ClaimView:
    id: int
    uid: str
    source_id: str | None
    person_id: int
    kind: str
    status: str
    date: PartialDate | None
    place: str
    body: str
    body_code: str
    article: str
    sentence: str
    cause: str
    basis: str
    note: str
    document_id: int | None
    document_title: str
    document_kind: str
    document_issuer: str
    document_issued: PartialDate | None
    page_id: int | None
    page_seq: int | None
    region: tuple[int, int, int, int] | None
    quote: str

    @property
    def is_conclusion(self) -> bool:
        """A claim with no document is the researcher's own conclusion."""
        return self.document_id is None


@dataclass(frozen=True)
class DocumentSummary:
    id: int
    uid: str
    source_id: str | None
    kind: str
    title: str
    issuer: str
    issued: PartialDate | None
    act_record: PartialDate | None
    page_count: int


@dataclass(frozen=True)
class LinkedDocument:
    document: DocumentSummary
    role: str


@dataclass(frozen=True)
class LinkedPerson:
    person: PersonSummary
    role: str


@dataclass(frozen=True)
class PageView:
    id: int
    document_id: int
    seq: int
    blob_sha256: str | None
    width: int | None
    height: int | None
    dpi: int | None
    processing: dict[str, Any]
    origin_name: str


@dataclass(frozen=True)
class DocumentDetail:
    summary: DocumentSummary
    archive: str
    fond: str
    opis: str
    delo: str
    sheets: str
    notes: str
    pages: tuple[PageView, ...]
    persons: tuple[LinkedPerson, ...]
    tags: tuple[str, ...]


@dataclass(frozen=True)
class FlagView:
    id: int
    person_id: int
    claim_id: int | None
    document_id: int | None
    kind: str
    rule: str
    origin: str
    score: float
    status: str
    reasons: tuple[Any, ...]
    evidence: tuple[int, ...]


@dataclass(frozen=True)
class PersonDetail:
    summary: PersonSummary
    nationality: str
    occupation: str
    residence: str
    notes: str
    variants: tuple[NameVariantView, ...]
    claims: tuple[ClaimView, ...]
    documents: tuple[LinkedDocument, ...]
    flags: tuple[FlagView, ...]
    tags: tuple[str, ...] = field(default=())

    @property
    def id(self) -> int:
        return self.summary.id


@dataclass(frozen=True)
class TranscriptionView:
    id: int
    page_id: int
    version: int
    origin: str
    engine: str
    engine_settings: str
    author: str
    text: str
    mean_confidence: float | None
    words: tuple[Word, ...]
    created_at: dt.datetime


def person_summary(person: models.Person) -> PersonSummary:
    return PersonSummary(
        id=person.id,
        uid=person.uid,
        source_id=person.source_id,
        surname=person.surname,
        given_name=person.given_name,
        patronymic=person.patronymic,
        sex=person.sex,
        birth=person.birth,
        birth_place=person.birth_place,
    )


def name_variant_view(variant: models.NameVariant) -> NameVariantView:
    return NameVariantView(
        id=variant.id,
        surname=variant.surname,
        given_name=variant.given_name,
        patronymic=variant.patronymic,
        script=variant.script,
        scheme=variant.scheme,
        kind=variant.kind,
        note=variant.note,
    )


def claim_view(claim: models.Claim) -> ClaimView:
    document = claim.document
    region = tuple(claim.region) if claim.region else None
    return ClaimView(
        id=claim.id,
        uid=claim.uid,
        source_id=claim.source_id,
        person_id=claim.person_id,
        kind=claim.kind,
        status=claim.status,
        date=claim.when,
        place=claim.place,
        body=claim.body,
        body_code=claim.body_code,
        article=claim.article,
        sentence=claim.sentence,
        cause=claim.cause,
        basis=claim.basis,
        note=claim.note,
        document_id=claim.document_id,
        document_title=document.title if document else "",
        document_kind=document.kind if document else "",
        document_issuer=document.issuer if document else "",
        document_issued=document.issued if document else None,
        page_id=claim.page_id,
        page_seq=claim.page.seq if claim.page else None,
        region=region,  # type: ignore[arg-type]
        quote=claim.quote,
    )


def document_summary(document: models.Document, page_count: int | None = None) -> DocumentSummary:
    return DocumentSummary(
        id=document.id,
        uid=document.uid,
        source_id=document.source_id,
        kind=document.kind,
        title=document.title,
        issuer=document.issuer,
        issued=document.issued,
        act_record=document.act_record,
        page_count=len(document.pages) if page_count is None else page_count,
    )


def page_view(page: models.Page) -> PageView:
    return PageView(
        id=page.id,
        document_id=page.document_id,
        seq=page.seq,
        blob_sha256=page.blob_sha256,
        width=page.width,
        height=page.height,
        dpi=page.dpi,
        processing=dict(page.processing or {}),
        origin_name=page.origin_name,
    )


def flag_view(flag: models.Flag) -> FlagView:
    return FlagView(
        id=flag.id,
        person_id=flag.person_id,
        claim_id=flag.claim_id,
        document_id=flag.document_id,
        kind=flag.kind,
        rule=flag.rule,
        origin=flag.origin,
        score=flag.score,
        status=flag.status,
        reasons=tuple(flag.reasons or ()),
        evidence=tuple(flag.evidence or ()),
    )


def transcription_view(transcription: models.Transcription) -> TranscriptionView:
    return TranscriptionView(
        id=transcription.id,
        page_id=transcription.page_id,
        version=transcription.version,
        origin=transcription.origin,
        engine=transcription.engine,
        engine_settings=transcription.engine_settings,
        author=transcription.author,
        text=transcription.text,
        mean_confidence=transcription.mean_confidence,
        words=words_from_json(transcription.words),
        created_at=transcription.created_at,
    )


@dataclass(frozen=True)
class PersonRow:
    """One row of the people list: only what the list shows, read a page of ids at a time."""

    id: int
    name: str
    birth: PartialDate | None
    first_arrest: PartialDate | None
    flags_suggested: int
    flags_confirmed: int
