"""Russian text intelligence: dates, sentencing bodies, articles, sentences, causes of death, and
Memorial / Book-of-Memory record texts read into person fields and claims.

Pure functions over strings: nothing here reads or writes the catalogue (storing a parsed record
is `catalog.services.records`; its interchange form is `catalog.io.record_interchange`).

Entry points (see notes/contracts): `parse_date`, `find_dates`, `parse_record`; the normalisers
`normalise_body`, `parse_charges`, `normalise_sentence` and `normalise_cause`.
"""

from __future__ import annotations

from catalog.text.articles import Charges, parse_charges
from catalog.text.bodies import Body, normalise_body
from catalog.text.causes import Cause, normalise_cause
from catalog.text.dates import ParsedDate, RefusedDate, find_dates, parse_date
from catalog.text.record import parse_record
from catalog.text.record_model import ParsedClaim, ParsedRecord
from catalog.text.sentences import Sentence, normalise_sentence

__all__ = [
    "Body",
    "Cause",
    "Charges",
    "ParsedClaim",
    "ParsedDate",
    "ParsedRecord",
    "RefusedDate",
    "Sentence",
    "find_dates",
    "normalise_body",
    "normalise_cause",
    "normalise_sentence",
    "parse_charges",
    "parse_date",
    "parse_record",
]
