"""Certificate field extraction: what a transcribed death certificate, rehabilitation certificate
or archival reply states, proposed as suggested claims that cite the words on the page.

`extract_page(catalog, page_id)` reads (writes nothing); `propose_claims(catalog, page_id,
person_id=None)` stores the proposals as suggested claims; `read_certificate(text)` works on
text alone.
"""

from __future__ import annotations

from catalog.extract.certificates import document_kind, read_certificate
from catalog.extract.propose import (
    Citation,
    Extraction,
    ProposedClaim,
    ProposedField,
    extract_page,
    propose_claims,
)

__all__ = [
    "Citation",
    "Extraction",
    "ProposedClaim",
    "ProposedField",
    "document_kind",
    "extract_page",
    "propose_claims",
    "read_certificate",
]
