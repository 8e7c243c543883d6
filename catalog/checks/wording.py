"""How the checks name dates and claims in their reasons.

The reasons' sentences live in `catalog.vocab_reasons` (en/ru/uk, one template each); this module
turns the checks' facts into the fields those templates fill in.
"""

from __future__ import annotations

from catalog.checks.facts import ClaimFact
from catalog.vocab_reasons import Ref, date_text

__all__ = ["claim_ref", "date_text", "quote_of"]


def claim_ref(claim: ClaimFact) -> Ref:
    """A claim as a reason names it: «claim 12 (death, Свидетельство о смерти)» for the
    researcher, «the statement in «Свидетельство о смерти»» for a reader of an export."""
    return Ref(
        id=claim.id,
        kind=claim.kind,
        document_title=claim.document_title,
        document_kind=claim.document_kind,
        has_document=claim.document_id is not None,
    )


def quote_of(claim: ClaimFact, limit: int = 80) -> str:
    """« («Расстрелян 21 февраля 1938 г.»)» when the claim quotes its source."""
    quote = " ".join(claim.quote.split())
    if not quote:
        return ""
    if len(quote) > limit:
        quote = quote[: limit - 1].rstrip() + "…"
    return f" («{quote}»)"
