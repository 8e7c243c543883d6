"""How the checks name dates and claims in their reasons, in English and Russian."""

from __future__ import annotations

from catalog.checks.facts import ClaimFact
from catalog.dates import PartialDate

_KINDS_RU = {
    "birth": "рождение",
    "arrest": "арест",
    "sentence": "приговор",
    "execution": "расстрел",
    "death": "смерть",
    "burial": "захоронение",
    "release": "освобождение",
    "rehabilitation": "реабилитация",
    "rehabilitation_refused": "отказ в реабилитации",
    "rehabilitation_revoked": "отмена реабилитации",
    "other": "сведения",
}


def date_text(date: PartialDate | None) -> str:
    """20.10.1937, 10.1937 or 1937 (with «about», «before», «after» as qualifiers)."""
    if date is None:
        return "?"
    if date.day is not None:
        text = f"{date.day:02d}.{date.month:02d}.{date.year}"
    elif date.month is not None:
        text = f"{date.month:02d}.{date.year}"
    else:
        text = str(date.year)
    prefix = {"about": "c. ", "before": "before ", "after": "after "}.get(date.qualifier.value, "")
    return prefix + text


def claim_ref(claim: ClaimFact, language: str) -> str:
    """«claim 12 (death, Свидетельство о смерти)» / «утверждение 12 (смерть, …)»; a claim that
    cites no document says it is the researcher's own conclusion."""
    if claim.document_id is None:
        source = (
            ", собственный вывод исследователя"
            if language == "ru"
            else (", the researcher's own conclusion")
        )
    else:
        source = f", {claim.document_title}" if claim.document_title else ""
    if language == "ru":
        return f"утверждение {claim.id} ({_KINDS_RU.get(claim.kind, claim.kind)}{source})"
    return f"claim {claim.id} ({claim.kind}{source})"


def quote_of(claim: ClaimFact, limit: int = 80) -> str:
    """« («Расстрелян 21 февраля 1938 г.»)» when the claim quotes its source."""
    quote = " ".join(claim.quote.split())
    if not quote:
        return ""
    if len(quote) > limit:
        quote = quote[: limit - 1].rstrip() + "…"
    return f" («{quote}»)"
