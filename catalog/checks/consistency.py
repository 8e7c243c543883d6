"""Consistency checks: dates that cannot all be true, and rehabilitations reversed.

Partial dates are compared only where their precision allows: «1937» is not before «1937-10-20»,
and «1938-02» is before «1938-03-05». Each check is a small function over `PersonFacts`.
"""

from __future__ import annotations

from collections.abc import Callable

from catalog.checks.config import RulesConfig
from catalog.checks.facts import ClaimFact, PersonFacts, before
from catalog.checks.findings import Finding
from catalog.checks.wording import claim_ref
from catalog.vocab import ClaimKind
from catalog.vocab_reasons import Reason, date_text, reason

CONFLICTING_DATES = "conflicting_dates"
REHABILITATION_REVOKED = "rehabilitation_revoked"


def _finding(
    facts: PersonFacts,
    config: RulesConfig,
    rule: str,
    kind: str,
    anchor: ClaimFact,
    evidence: tuple[int, ...],
    why: Reason,
) -> Finding:
    return Finding(
        rule=rule,
        kind=kind,
        score=config.consistency[rule],
        person_id=facts.person_id,
        claim_id=anchor.id,
        evidence=tuple(sorted(set(evidence))),
        reasons=(why,),
    )


def execution_before_sentence(facts: PersonFacts, config: RulesConfig) -> list[Finding]:
    """An execution dated before every sentence that could have ordered it."""
    found = []
    death_sentences = [s for s in facts.sentences if s.sentence_info.is_death]
    sentences = death_sentences or facts.sentences
    for execution in facts.executions:
        dated = [s for s in sentences if s.date is not None]
        if (
            dated
            and execution.date is not None
            and all(before(execution.date, s.date) for s in dated)
        ):
            first = min(dated, key=lambda s: s.date.sort_key)  # type: ignore[union-attr]
            found.append(
                _finding(
                    facts,
                    config,
                    "execution_before_sentence",
                    CONFLICTING_DATES,
                    execution,
                    (execution.id, first.id),
                    reason(
                        "execution_before_sentence",
                        execution_date=execution.date,
                        execution=claim_ref(execution),
                        sentence_date=first.date,
                        sentence=claim_ref(first),
                    ),
                )
            )
    return found


def death_before_arrest(facts: PersonFacts, config: RulesConfig) -> list[Finding]:
    """A death or execution dated before an arrest of the same person."""
    found = []
    for death in facts.of_kind(ClaimKind.DEATH, ClaimKind.EXECUTION):
        for arrest in facts.arrests:
            if before(death.date, arrest.date):
                found.append(
                    _finding(
                        facts,
                        config,
                        "death_before_arrest",
                        CONFLICTING_DATES,
                        death,
                        (death.id, arrest.id),
                        reason(
                            "death_before_arrest",
                            death=claim_ref(death),
                            death_date=death.date,
                            arrest_date=arrest.date,
                            arrest=claim_ref(arrest),
                        ),
                    )
                )
                break
    return found


def event_before_birth(facts: PersonFacts, config: RulesConfig) -> list[Finding]:
    """An arrest, sentence, execution or death dated before the person was born."""
    births = [c.date for c in facts.of_kind(ClaimKind.BIRTH) if c.date is not None]
    birth = facts.birth or (min(births, key=lambda d: d.sort_key) if births else None)
    if birth is None:
        return []
    found = []
    kinds = (ClaimKind.ARREST, ClaimKind.SENTENCE, ClaimKind.EXECUTION, ClaimKind.DEATH)
    for claim in facts.of_kind(*kinds):
        if claim.kind == ClaimKind.SENTENCE and _family_measure(claim):
            continue
        if before(claim.date, birth):
            found.append(
                _finding(
                    facts,
                    config,
                    "event_before_birth",
                    CONFLICTING_DATES,
                    claim,
                    (claim.id,),
                    reason(
                        "event_before_birth",
                        claim=claim_ref(claim),
                        claim_date=claim.date,
                        birth_date=birth,
                    ),
                )
            )
    return found


_FAMILY_MEASURES = {"special_settlement", "deportation", "dekulakisation", "disenfranchisement"}


def _family_measure(sentence: ClaimFact) -> bool:
    """Deportations, dekulakisation and special settlement struck whole families: a child born
    in exile carries the family's earlier decision, which is no contradiction."""
    code = sentence.sentence_info.code
    return code in _FAMILY_MEASURES or (code == "" and sentence.code in ("", "ADMIN", "MVD"))


def conflicting_death_dates(facts: PersonFacts, config: RulesConfig) -> list[Finding]:
    """Two death claims whose dates cannot both be true."""
    deaths = [d for d in facts.deaths if d.date is not None]
    for index, first in enumerate(deaths):
        for second in deaths[index + 1 :]:
            if before(first.date, second.date) or before(second.date, first.date):
                earlier, later = sorted((first, second), key=lambda c: c.date.sort_key)  # type: ignore[union-attr]
                return [
                    _finding(
                        facts,
                        config,
                        "conflicting_death_dates",
                        CONFLICTING_DATES,
                        later,
                        (first.id, second.id),
                        reason(
                            "conflicting_death_dates",
                            earlier_date=earlier.date,
                            earlier=claim_ref(earlier),
                            later_date=later.date,
                            later=claim_ref(later),
                        ),
                    )
                ]
    return []


def rehabilitation_reversed(facts: PersonFacts, config: RulesConfig) -> list[Finding]:
    """A rehabilitation revoked, or a refusal dated after a rehabilitation (since 2020 Russian
    prosecutors and courts have cancelled thousands)."""
    found = []
    for revoked in facts.of_kind(ClaimKind.REHABILITATION_REVOKED):
        when = (
            {
                "en": f" on {date_text(revoked.date)}",
                "ru": f" {date_text(revoked.date, 'ru')}",
                "uk": f" {date_text(revoked.date, 'uk')}",
            }
            if revoked.date
            else ""
        )
        by = (
            {"en": f" by {revoked.body}", "ru": f" — {revoked.body}", "uk": f" — {revoked.body}"}
            if revoked.body
            else ""
        )
        found.append(
            _finding(
                facts,
                config,
                "rehabilitation_revoked",
                REHABILITATION_REVOKED,
                revoked,
                (revoked.id,),
                reason("rehabilitation_revoked", when=when, by=by, revoked=claim_ref(revoked)),
            )
        )
    rehabilitations = facts.of_kind(ClaimKind.REHABILITATION)
    for refused in facts.of_kind(ClaimKind.REHABILITATION_REFUSED):
        earlier = [r for r in rehabilitations if before(r.date, refused.date)]
        if earlier:
            first = earlier[0]
            found.append(
                _finding(
                    facts,
                    config,
                    "rehabilitation_reversed",
                    REHABILITATION_REVOKED,
                    refused,
                    (refused.id, first.id),
                    reason(
                        "rehabilitation_reversed",
                        first_date=first.date,
                        first=claim_ref(first),
                        refused_date=refused.date,
                        refused=claim_ref(refused),
                    ),
                )
            )
    return found


CHECKS: tuple[Callable[[PersonFacts, RulesConfig], list[Finding]], ...] = (
    execution_before_sentence,
    death_before_arrest,
    event_before_birth,
    conflicting_death_dates,
    rehabilitation_reversed,
)
RULE_NAMES = (
    "execution_before_sentence",
    "death_before_arrest",
    "event_before_birth",
    "conflicting_death_dates",
    "rehabilitation_revoked",
    "rehabilitation_reversed",
)
