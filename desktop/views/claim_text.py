"""Claims, sources and flag reasons put into words for the dossier, in the interface language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from catalog.services.views import ClaimView, FlagView
from catalog.vocab_reasons import reason_text
from desktop import labels

translate = QCoreApplication.translate


def claim_details(claim: ClaimView, *, with_quote: bool = False) -> str:
    parts = []
    if claim.place:
        parts.append(claim.place)
    if claim.body:
        parts.append(claim.body)
    if claim.article:
        parts.append(translate("ClaimText", "art. %1").replace("%1", claim.article))
    if claim.sentence:
        parts.append(translate("ClaimText", "sentence: %1").replace("%1", claim.sentence))
    if claim.cause:
        parts.append(translate("ClaimText", "cause: %1").replace("%1", claim.cause))
    if claim.basis:
        parts.append(claim.basis)
    if claim.note:
        parts.append(claim.note)
    if with_quote and claim.quote:
        parts.append(f"«{claim.quote}»")
    return "; ".join(parts)


def source_text(claim: ClaimView) -> str:
    if claim.document_id is None:
        return translate("ClaimText", "your conclusion")
    text = labels.document_name(
        claim.document_kind, claim.document_title, claim.document_issuer, claim.document_id
    )
    if claim.document_issued is not None:
        text += translate("ClaimText", " of %1").replace("%1", str(claim.document_issued.year))
    if claim.page_seq is not None and claim.page_seq > 1:
        text += translate("ClaimText", ", p. %1").replace("%1", str(claim.page_seq))
    return text


def flag_reasons(flag: FlagView) -> list[str]:
    """The flag's reasons in the interface language (en, ru or uk), as the researcher reads
    them: the claims named by number, which the flag card turns into links."""
    language = labels.language()
    return [text for text in (reason_text(r, language) for r in flag.reasons) if text]
