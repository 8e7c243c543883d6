"""Proposed claims from a page's transcription, citing the words they rest on.

`extract_page` reads the page's current transcription (the newest human version, else the newest
engine version) and returns what it found, with each finding's region on the page image and its
quote. `propose_claims` stores the findings as *suggested* claims of a person, citing the
document, the page, the region and the quoted words; nothing is accepted until a person accepts
it. Running it again on the same page adds nothing already proposed.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from catalog import models
from catalog.db import Catalog
from catalog.errors import InvalidInput, NotFound
from catalog.extract.certificates import FoundField, read_certificate
from catalog.extract.words import PlacedWord, place_words, quote_words, union_box, words_in
from catalog.services.claims import apply_claim_fields
from catalog.services.documents import apply_document_fields, link_cited
from catalog.services.transcriptions import choose_current
from catalog.services.views import ClaimView, claim_view
from catalog.text.record_model import ParsedClaim
from catalog.transcripts import words_from_json
from catalog.vocab import ClaimKind, ClaimStatus, LinkRole


@dataclass(frozen=True)
class Citation:
    region: tuple[int, int, int, int] | None
    quote: str


@dataclass(frozen=True)
class ProposedClaim:
    claim: ParsedClaim
    citation: Citation


@dataclass(frozen=True)
class ProposedField:
    """A field of the document itself (issuer, issue date, act-record date, series)."""

    name: str
    value: str
    citation: Citation


@dataclass(frozen=True)
class Extraction:
    page_id: int
    document_id: int
    kind: str
    name: ProposedField | None
    claims: tuple[ProposedClaim, ...]
    document_fields: tuple[ProposedField, ...]
    unread: tuple[str, ...]


def _cite(text: str, placed: list[PlacedWord], spans: tuple[tuple[int, int], ...]) -> Citation:
    words = []
    for start, end in spans:
        for word in words_in(placed, start, end):
            if word not in words:
                words.append(word)
    if words:
        return Citation(union_box(words), quote_words(words))
    return Citation(None, " … ".join(" ".join(text[a:b].split()) for a, b in spans))


def _field(text: str, placed: list[PlacedWord], found: FoundField) -> ProposedField:
    return ProposedField(found.name, found.value, _cite(text, placed, found.spans))


def extract_page(catalog: Catalog, page_id: int) -> Extraction:
    """What the page's current transcription says, with citations; writes nothing."""
    with catalog.read() as session:
        page = session.get(models.Page, page_id)
        if page is None:
            raise NotFound("page", page_id)
        current = choose_current(list(page.transcriptions))
        if current is None or not current.text.strip():
            raise InvalidInput("page", f"page {page_id} has no transcription to read yet")
        text = current.text
        words = list(words_from_json(current.words))
        document_id = page.document_id
        declared = page.document.kind
    placed = place_words(text, words)
    found = read_certificate(text, declared)
    return Extraction(
        page_id=page_id,
        document_id=document_id,
        kind=found.kind,
        name=_field(text, placed, found.name) if found.name else None,
        claims=tuple(
            ProposedClaim(claim, _cite(text, placed, claim.spans)) for claim in found.claims
        ),
        document_fields=tuple(_field(text, placed, f) for f in found.document_fields),
        unread=found.unread,
    )


def _subject(session: object, document_id: int) -> int:
    links = session.scalars(  # type: ignore[attr-defined]
        select(models.DocumentLink.person_id).where(
            models.DocumentLink.document_id == document_id,
            models.DocumentLink.role == LinkRole.SUBJECT.value,
        )
    ).all()
    if len(links) == 1:
        return links[0]
    problem = (
        "the document is linked to no person"
        if not links
        else f"the document concerns {len(links)} persons"
    )
    raise InvalidInput("person", f"{problem}; choose the person the claims are about")


def _values(proposal: ProposedClaim, document_id: int, page_id: int) -> dict[str, object]:
    claim = proposal.claim
    return {
        "kind": str(claim.kind),
        "status": ClaimStatus.SUGGESTED.value,
        "date": claim.date,
        "place": claim.place,
        "body": claim.body,
        "body_code": claim.body_code,
        "article": claim.article,
        "sentence": claim.sentence,
        "cause": claim.cause,
        "basis": claim.basis,
        "note": claim.note,
        "document_id": document_id,
        "page_id": page_id,
        "region": list(proposal.citation.region) if proposal.citation.region else None,
        "quote": proposal.citation.quote,
    }


def propose_claims(catalog: Catalog, page_id: int, person_id: int | None = None) -> list[ClaimView]:
    """Store what the page's transcription states as suggested claims of a person.

    Without `person_id` the claims go to the document's only subject; a document linked to no
    one or to several persons needs the person named. The name as the document writes it is
    proposed too, as a claim of kind "other". Claims already proposed from this page (same kind,
    date and quote) are not added twice.
    """
    extraction = extract_page(catalog, page_id)
    proposals = list(extraction.claims)
    if extraction.name is not None:
        proposals.insert(
            0,
            ProposedClaim(
                ParsedClaim(kind=ClaimKind.OTHER, note=f"ФИО в документе: {extraction.name.value}"),
                extraction.name.citation,
            ),
        )
    with catalog.write() as session:
        if person_id is None:
            person_id = _subject(session, extraction.document_id)
        person = session.get(models.Person, person_id)
        if person is None:
            raise NotFound("person", person_id)
        existing = {
            (c.kind, c.date, c.quote, c.note)
            for c in session.scalars(
                select(models.Claim).where(
                    models.Claim.person_id == person_id, models.Claim.page_id == page_id
                )
            )
        }
        created = []
        for proposal in proposals:
            values = _values(proposal, extraction.document_id, page_id)
            key = (
                values["kind"],
                proposal.claim.date.iso if proposal.claim.date else None,
                values["quote"],
                values["note"],
            )
            if key in existing:
                continue
            existing.add(key)
            claim = models.Claim(person=person)
            with session.no_autoflush:
                apply_claim_fields(session, claim, values)
            session.add(claim)
            created.append(claim)
        session.flush()
        if created:
            link_cited(session, person_id, extraction.document_id)
            session.flush()
        for claim in created:
            session.refresh(claim)
        return [claim_view(claim) for claim in created]


_DOCUMENT_FIELDS = {"issuer": "issuer", "issued": "issued", "act_record": "act_record"}


def fill_document(catalog: Catalog, page_id: int) -> dict[str, str]:
    """Fill the document's empty details from what its page states: the kind (when it is still
    "other"), the issuer, the issue date and the act-record date. What a person entered is
    never overwritten. Returns the fields filled, by name."""
    extraction = extract_page(catalog, page_id)
    filled: dict[str, str] = {}
    with catalog.write() as session:
        document = session.get(models.Document, extraction.document_id)
        if document is None:
            raise NotFound("document", extraction.document_id)
        if document.kind == "other" and extraction.kind != "other":
            document.kind = extraction.kind
            filled["kind"] = extraction.kind
        for found in extraction.document_fields:
            name = _DOCUMENT_FIELDS.get(found.name)
            if name is None or filled.get(name):
                continue
            current = getattr(document, "issuer" if name == "issuer" else f"{name}_date")
            if current:
                continue
            values: dict[str, object] = {name: found.value}
            try:
                apply_document_fields(document, values)
            except InvalidInput:
                continue  # an unreadable date stays unread rather than stored wrong
            filled[name] = found.value
    return filled
