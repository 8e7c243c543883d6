"""What a dossier shows, gathered from the catalogue as plain snapshots before any drawing."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from catalog.db import Catalog
from catalog.io.labels import chronological_key
from catalog.io.pagedata import load_page
from catalog.io.privacy import Living
from catalog.services.documents import get_document
from catalog.services.families import Family, family_of
from catalog.services.persons import get_person
from catalog.services.privacy import name_only, person_privacy, without_private
from catalog.services.views import ClaimView, DocumentDetail, FlagView, PersonDetail
from catalog.vocab import ClaimStatus, DocumentKind, FlagStatus


@dataclass(frozen=True)
class DossierPage:
    page_id: int
    seq: int
    image: Path | None  # the blob, if present
    processing: dict[str, Any]
    regions: tuple[tuple[int, int, int, int], ...]  # cited regions, oriented-original pixels
    text: str
    origin: str  # engine | human | imported | ""


@dataclass(frozen=True)
class DossierDocument:
    detail: DocumentDetail
    pages: tuple[DossierPage, ...]

    @property
    def id(self) -> int:
        return self.detail.summary.id


@dataclass(frozen=True)
class Dossier:
    person: PersonDetail
    claims: tuple[ClaimView, ...]  # accepted claims, in date order
    flags: tuple[FlagView, ...]  # not dismissed
    documents: tuple[DossierDocument, ...]
    photo: DossierPage | None
    photo_title: str = ""
    family: Family | None = None

    def document(self, document_id: int | None) -> DossierDocument | None:
        return next((d for d in self.documents if d.id == document_id), None)


def gather(
    catalog: Catalog, person_id: int, living: Living = Living.INCLUDE, today: dt.date | None = None
) -> Dossier:
    """The dossier's content. Private notes, claims and documents are never in it; a living
    person (`catalog.io.privacy`) is reduced to the names unless `living` is INCLUDE."""
    marks = person_privacy(catalog, person_id, today)
    person = without_private(get_person(catalog, person_id), marks)
    if marks.living and living is not Living.INCLUDE:
        person = name_only(person)
    claims = tuple(
        sorted(
            (c for c in person.claims if c.status == ClaimStatus.ACCEPTED.value),
            key=lambda c: (chronological_key(c.date), c.id),
        )
    )
    flags = tuple(f for f in person.flags if f.status != FlagStatus.DISMISSED.value)
    document_ids = [linked.document.id for linked in person.documents]
    for claim in claims:
        if claim.document_id is not None and claim.document_id not in document_ids:
            document_ids.append(claim.document_id)
    regions: dict[int, list[tuple[int, int, int, int]]] = {}
    for claim in claims:
        if claim.page_id is not None and claim.region:
            regions.setdefault(claim.page_id, []).append(tuple(claim.region))  # type: ignore[arg-type]
    documents = []
    for document_id in document_ids:
        detail = get_document(catalog, document_id)
        pages = []
        for page in detail.pages:
            text = load_page(catalog, page.id)
            blob = page.blob_sha256
            pages.append(
                DossierPage(
                    page_id=page.id,
                    seq=page.seq,
                    image=catalog.blobs.path(blob) if blob and catalog.blobs.exists(blob) else None,
                    processing=page.processing,
                    regions=tuple(regions.get(page.id, ())),
                    text=text.text,
                    origin=text.origin,
                )
            )
        documents.append(DossierDocument(detail, tuple(pages)))
    photo_document = next(
        (
            d
            for d in documents
            if d.detail.summary.kind == DocumentKind.PHOTO.value and d.pages and d.pages[0].image
        ),
        None,
    )
    photo = photo_document.pages[0] if photo_document else None
    title = photo_document.detail.summary.title if photo_document else ""
    family = family_of(catalog, person_id)
    return Dossier(person, claims, flags, tuple(documents), photo, title, family)
