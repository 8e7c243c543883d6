"""Checks that know families: the category ЧСИР (член семьи изменника Родины).

From 1937 (NKVD order 00486) wives, and later grown children, of those condemned as «traitors
to the Motherland» were themselves sentenced by the OSO as ЧСИР, after — never before — the arrest
of the relative whose case their own followed. Two checks read that:

* `chsir_before_relative_arrest`: a ЧСИР sentence dated certainly before the arrest of every
  recorded relative who was arrested: one of the dates is wrong (or the wrong relative is linked);
* `chsir_relative_missing`: a ЧСИР sentence and no relative in the catalogue who was arrested or
  sentenced: the researcher is told whose case file to look for (a suggestion, low score).
"""

from __future__ import annotations

from collections.abc import Callable

from catalog.checks.config import RulesConfig
from catalog.checks.facts import ClaimFact, PersonFacts, before
from catalog.checks.findings import Finding
from catalog.checks.wording import claim_ref
from catalog.text.relatives import mentions_chsir
from catalog.vocab_reasons import reason

CONFLICTING_DATES = "conflicting_dates"
FAMILY_MEMBER = "family_member_of_traitor"
SCORES = {"chsir_before_relative_arrest": 0.7, "chsir_relative_missing": 0.3}


def chsir_sentences(facts: PersonFacts) -> list[ClaimFact]:
    return [s for s in facts.sentences if mentions_chsir(f"{s.article} {s.sentence} {s.basis}")]


def _score(config: RulesConfig, rule: str) -> float:
    return config.consistency.get(rule, SCORES[rule])


def chsir_before_relative_arrest(facts: PersonFacts, config: RulesConfig) -> list[Finding]:
    found = []
    arrested = [r for r in facts.relatives if r.arrests]
    for sentence in chsir_sentences(facts):
        if sentence.date is None or not arrested:
            continue
        first_arrests = [(r, min(r.arrests, key=lambda d: d.sort_key)) for r in arrested]
        if all(before(sentence.date, arrest) for _, arrest in first_arrests):
            relative, arrest = min(first_arrests, key=lambda pair: pair[1].sort_key)
            found.append(
                Finding(
                    rule="chsir_before_relative_arrest",
                    kind=CONFLICTING_DATES,
                    score=_score(config, "chsir_before_relative_arrest"),
                    person_id=facts.person_id,
                    claim_id=sentence.id,
                    evidence=(sentence.id,),
                    reasons=(
                        reason(
                            "chsir_before_relative_arrest",
                            sentence=claim_ref(sentence),
                            sentence_date=sentence.date,
                            relative=relative.name,
                            arrest_date=arrest,
                        ),
                    ),
                )
            )
    return found


def chsir_relative_missing(facts: PersonFacts, config: RulesConfig) -> list[Finding]:
    sentences = chsir_sentences(facts)
    if not sentences or any(r.arrests or r.sentenced for r in facts.relatives):
        return []
    first = sentences[0]
    return [
        Finding(
            rule="chsir_relative_missing",
            kind=FAMILY_MEMBER,
            score=_score(config, "chsir_relative_missing"),
            person_id=facts.person_id,
            claim_id=first.id,
            evidence=(first.id,),
            reasons=(reason("chsir_relative_missing", sentence=claim_ref(first)),),
        )
    ]


CHECKS: tuple[Callable[[PersonFacts, RulesConfig], list[Finding]], ...] = (
    chsir_before_relative_arrest,
    chsir_relative_missing,
)
RULE_NAMES = ("chsir_before_relative_arrest", "chsir_relative_missing")
