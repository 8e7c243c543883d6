"""The falsified-death rules (KGB instruction 108сс) and consistency checks.

`run_checks(catalog)` applies every rule to every person and writes flags through
`catalog.services.flags`; `findings_for(PersonFacts)` is the same without a database. Rules are
small functions (`falsified`, `consistency`); their weights, windows and vocabularies are data
in `rules.toml`.
"""

from __future__ import annotations

from catalog.checks.config import RulesConfig, default_rules
from catalog.checks.engine import CheckReport, findings_for, run_checks
from catalog.checks.facts import ClaimFact, PersonFacts
from catalog.checks.findings import Finding
from catalog.checks.listing import FlagRow, flag_rows

__all__ = [
    "CheckReport",
    "ClaimFact",
    "Finding",
    "FlagRow",
    "PersonFacts",
    "RulesConfig",
    "default_rules",
    "findings_for",
    "flag_rows",
    "run_checks",
]
