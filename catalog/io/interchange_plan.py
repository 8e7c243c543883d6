"""The plan an interchange file is read into: plain records, validated, not yet written.

`interchange_read` builds it from the JSON; `interchange_load` writes it in one transaction.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from catalog.dates import PartialDate
from catalog.imaging.probe import ImageInfo
from catalog.transcripts import Word


@dataclass
class PlannedVariant:
    surname: str
    given_name: str
    patronymic: str
    script: str
    scheme: str
    kind: str
    note: str


@dataclass
class PlannedClaim:
    local_id: str
    uid: str
    source_id: str | None
    kind: str
    status: str
    date: PartialDate | None
    texts: dict[str, str]
    source: str | None  # local document id
    page: int | None
    region: list[int] | None
    extra: dict[str, Any] | None


@dataclass
class PlannedPerson:
    local_id: str
    uid: str
    source_id: str | None
    texts: dict[str, str]
    sex: str | None
    birth: PartialDate | None
    variants: list[PlannedVariant]
    claims: list[PlannedClaim]
    tags: list[str]
    extra: dict[str, Any] | None


@dataclass
class PlannedTranscription:
    origin: str
    engine: str
    settings: str
    author: str
    created: dt.datetime | None
    text: str
    confidence: float | None
    words: list[Word] | None


@dataclass
class PlannedPage:
    image: Path | None
    sha256: str
    info: ImageInfo | None
    dpi: int | None
    processing: dict[str, Any] | None
    origin_name: str
    transcriptions: list[PlannedTranscription]


@dataclass
class PlannedDocument:
    local_id: str
    uid: str
    source_id: str | None
    kind: str
    texts: dict[str, str]
    issued: PartialDate | None
    act_record: PartialDate | None
    archive: dict[str, str]
    pages: list[PlannedPage]
    links: list[tuple[str, str]]  # (local person id, role)
    tags: list[str]
    extra: dict[str, Any] | None


@dataclass
class PlannedFlag:
    person: str  # local person id
    claim: str | None  # the claim the flag is about, if any
    claims: list[str]  # local claim ids: the evidence
    kind: str
    rule: str
    origin: str
    score: float
    status: str
    reasons: list[Any]
    fingerprint: str | None


@dataclass
class PlannedRelationship:
    path: str  # where it is in the file, for messages
    local_id: str
    uid: str
    source_id: str | None
    kind: str
    person: str  # local person ids: for "parent", the parent and the child
    relative: str
    detail: str
    status: str
    began: PartialDate | None
    ended: PartialDate | None
    note: str
    quote: str
    source: str | None  # local document id
    page: int | None
    extra: dict[str, Any] | None


@dataclass
class Plan:
    file: Path
    persons: list[PlannedPerson] = field(default_factory=list)
    documents: list[PlannedDocument] = field(default_factory=list)
    flags: list[PlannedFlag] = field(default_factory=list)
    relationships: list[PlannedRelationship] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
