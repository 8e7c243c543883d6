"""`run_checks`: apply the rules to every person and keep the catalogue's flags in step.

Persons are checked in batches, each in one write transaction, so a large catalogue is never
locked for long and cancelling keeps the batches already done.

What happens to flags on a re-run (documented in docs/checks.md):

* a finding whose fingerprint (rule + person + evidence) matches an existing flag refreshes its
  score and reasons; its status is never touched;
* a person's decision covers the claim it was about: if a flag of the same rule on the same
  claim was dismissed, no new flag is raised even when the evidence has changed (the dismissed
  flag stays as it was); if it was confirmed, it is refreshed with the new evidence and stays
  confirmed;
* a *suggested* rule flag whose rule no longer fires (the claims changed) is removed: it was
  never a decision, only a suggestion that no longer holds. Confirmed and dismissed flags are
  always kept, as are flags a person raised.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from catalog import models
from catalog.checks import consistency, family
from catalog.checks.config import RulesConfig, default_rules
from catalog.checks.facts import PersonFacts, load_facts
from catalog.checks.falsified import score_death
from catalog.checks.findings import Finding
from catalog.checks.wording import claim_ref
from catalog.db import Catalog
from catalog.progress import CancelToken, Progress, ProgressCallback, ignore_progress
from catalog.services.flags import rule_fingerprint, upsert_rule_flag
from catalog.vocab import FlagOrigin, FlagStatus
from catalog.vocab_labels import FLAG_LABELS, LANGUAGES, likelihood
from catalog.vocab_reasons import reason

BATCH = 200


@dataclass(frozen=True)
class CheckReport:
    persons: int = 0
    findings: int = 0
    created: int = 0
    updated: int = 0
    removed: int = 0
    # Rule findings on a claim whose earlier flag a person dismissed: left dismissed.
    kept_dismissed: int = 0

    def summary(self) -> str:
        return (
            f"checked {self.persons} person(s): {self.findings} flag(s) raised "
            f"({self.created} new, {self.updated} refreshed, {self.kept_dismissed} left "
            f"dismissed), {self.removed} suggested flag(s) removed because their rule no "
            "longer fires"
        )


def labels_of(kind: str) -> dict[str, str]:
    return FLAG_LABELS.get(kind) or {"en": kind.replace("_", " ")}


def rule_names(config: RulesConfig) -> tuple[str, ...]:
    return (config.rule, config.cover_rule, *consistency.RULE_NAMES, *family.RULE_NAMES)


def falsified_death_findings(facts: PersonFacts, config: RulesConfig) -> list[Finding]:
    found = []
    for death in facts.deaths:
        scored = score_death(facts, death, config)
        if scored.score < config.threshold:
            continue
        header = reason(
            "falsified_header",
            label=labels_of(config.kind),
            likelihood={lang: likelihood(scored.score, lang) for lang in LANGUAGES},
            death=claim_ref(death),
        )
        found.append(
            Finding(
                rule=config.rule,
                kind=config.kind,
                score=round(scored.score, 4),
                person_id=facts.person_id,
                claim_id=death.id,
                evidence=scored.evidence,
                reasons=(header, *(hit.reason for hit in scored.hits)),
            )
        )
    return found


def cover_formula_findings(facts: PersonFacts, config: RulesConfig) -> list[Finding]:
    found = []
    for claim in facts.claims:
        if any(word in claim.text.lower() for word in config.cover_formula_words):
            found.append(
                Finding(
                    rule=config.cover_rule,
                    kind=config.cover_kind,
                    score=config.cover_score,
                    person_id=facts.person_id,
                    claim_id=claim.id,
                    evidence=(claim.id,),
                    reasons=(reason("cover_formula_flag", claim=claim_ref(claim)),),
                )
            )
    return found


def findings_for(facts: PersonFacts, config: RulesConfig | None = None) -> list[Finding]:
    """Everything the rules find about one person (pure: no database)."""
    config = config or default_rules()
    found = falsified_death_findings(facts, config) + cover_formula_findings(facts, config)
    for check in (*consistency.CHECKS, *family.CHECKS):
        found.extend(check(facts, config))
    return found


def _apply(
    session: Session, person_ids: Sequence[int], findings: list[Finding], config: RulesConfig
) -> dict[str, int]:
    counts = {"created": 0, "updated": 0, "removed": 0, "kept_dismissed": 0}
    existing = list(
        session.scalars(
            select(models.Flag).where(
                models.Flag.person_id.in_(person_ids),
                models.Flag.origin == FlagOrigin.RULE.value,
                models.Flag.rule.in_(rule_names(config)),
            )
        )
    )
    by_fingerprint = {flag.fingerprint: flag for flag in existing}
    decided = {
        (flag.rule, flag.person_id, flag.claim_id): flag
        for flag in existing
        if flag.status != FlagStatus.SUGGESTED.value and flag.claim_id is not None
    }
    produced: set[str] = set()
    for finding in findings:
        fingerprint = rule_fingerprint(finding.rule, finding.person_id, finding.evidence)
        earlier = decided.get((finding.rule, finding.person_id, finding.claim_id))
        if fingerprint not in by_fingerprint and earlier is not None:
            produced.add(earlier.fingerprint)
            if earlier.status == FlagStatus.DISMISSED.value:
                counts["kept_dismissed"] += 1
                continue
            # A confirmed flag follows its claim's evidence and stays confirmed.
            earlier.fingerprint = fingerprint
            earlier.evidence = sorted(finding.evidence)
            earlier.score = finding.score
            earlier.reasons = list(finding.reasons)
            by_fingerprint[fingerprint] = earlier
            produced.add(fingerprint)
            counts["updated"] += 1
            continue
        flag = upsert_rule_flag(
            session,
            person_id=finding.person_id,
            rule=finding.rule,
            kind=finding.kind,
            score=finding.score,
            reasons=list(finding.reasons),
            evidence=finding.evidence,
            claim_id=finding.claim_id,
        )
        if fingerprint not in by_fingerprint:
            counts["created"] += 1
        elif flag.status == FlagStatus.DISMISSED.value:
            counts["kept_dismissed"] += 1
        else:
            counts["updated"] += 1
        by_fingerprint[fingerprint] = flag
        produced.add(fingerprint)
    for flag in existing:
        if flag.status == FlagStatus.SUGGESTED.value and flag.fingerprint not in produced:
            session.delete(flag)
            counts["removed"] += 1
    return counts


def run_checks(
    catalog: Catalog,
    *,
    person_ids: Iterable[int] | None = None,
    config: RulesConfig | None = None,
    progress: ProgressCallback = ignore_progress,
    cancel: CancelToken | None = None,
) -> CheckReport:
    """Check every person (or those given), write the flags, and report what changed."""
    config = config or default_rules()
    if person_ids is None:
        with catalog.read() as session:
            ids = list(session.scalars(select(models.Person.id).order_by(models.Person.id)))
    else:
        ids = sorted(set(person_ids))
    totals = {"persons": 0, "findings": 0, "created": 0, "updated": 0, "removed": 0}
    totals["kept_dismissed"] = 0
    progress(Progress(0, len(ids), "checking persons"))
    for start in range(0, len(ids), BATCH):
        if cancel is not None:
            cancel.raise_if_cancelled()
        batch = ids[start : start + BATCH]
        with catalog.write() as session:
            findings: list[Finding] = []
            for facts in load_facts(session, batch):
                findings.extend(findings_for(facts, config))
            counts = _apply(session, batch, findings, config)
        totals["persons"] += len(batch)
        totals["findings"] += len(findings)
        for key, value in counts.items():
            totals[key] += value
        progress(Progress(totals["persons"], len(ids), "checking persons"))
    return CheckReport(**totals)
