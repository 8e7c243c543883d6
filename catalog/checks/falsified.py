"""The falsified-death rules (KGB instruction 108сс): one small function per rule of the brief.

Each rule looks at one death claim of a person and returns a `Hit` (its weight from
`rules.toml`, the claims it rests on, and a plain-language reason in English, Russian and
Ukrainian, written from the templates of `catalog.vocab_reasons`) or
None. `score_death` adds the weights of the rules that fire to a prior and turns the sum into a
score between 0 and 1. The score says how much a death claim looks like the invented dates of
1955–62; it never says the date *is* false: the flag is labelled «возможно вымышлено (108сс)».
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable
from dataclasses import dataclass

from catalog.checks.config import RulesConfig
from catalog.checks.facts import ClaimFact, PersonFacts, before, days_between
from catalog.checks.wording import claim_ref, quote_of
from catalog.text.bodies import COVERED_BY_108SS, EXTRAJUDICIAL, MASS_OPERATION
from catalog.vocab import ClaimKind
from catalog.vocab_reasons import Reason, default, reason

_ACT_RECORD = re.compile(r"запис\w*\s+акта|актов\w*\s+запис|а/з\b|запис\w*\s+№", re.IGNORECASE)


@dataclass(frozen=True)
class Hit:
    rule: str
    number: int  # the rule's number in the brief
    weight: float
    evidence: tuple[int, ...]
    reason: Reason  # every language, see catalog.vocab_reasons

    @property
    def en(self) -> str:
        return str(self.reason["en"])

    @property
    def ru(self) -> str:
        return str(self.reason["ru"])

    @property
    def uk(self) -> str:
        return str(self.reason["uk"])


@dataclass(frozen=True)
class DeathScore:
    death: ClaimFact
    score: float
    hits: tuple[Hit, ...]

    @property
    def evidence(self) -> tuple[int, ...]:
        ids = {self.death.id}
        for hit in self.hits:
            ids.update(hit.evidence)
        return tuple(sorted(ids))


Rule = Callable[[PersonFacts, ClaimFact, RulesConfig], Hit | None]


# -- helpers ----------------------------------------------------------------------------------


def _within(date: dt.date | None, window: tuple[dt.date, dt.date]) -> bool:
    return date is not None and window[0] <= date <= window[1]


def _mentions(text: str, phrases: tuple[str, ...] | frozenset[str]) -> bool:
    lowered = text.lower()
    return any(phrase in lowered for phrase in phrases)


_COMMUTED = re.compile(
    r"(?:ВМН|расстрел\w*|высш\w+\s+мер\w*|мер\w*\s+наказания)[^.;]{0,120}?(?:замен|снижен)|"
    r"помилован",
    re.IGNORECASE,
)


def death_sentences(facts: PersonFacts) -> list[ClaimFact]:
    """Sentences to death that stood: not commuted in the sentence itself («ВМН, заменена на 10
    лет») nor in a note or the quoted record («… мера наказания заменена на 10 лет ИТЛ»)."""
    return [
        s
        for s in facts.sentences
        if s.sentence_info.is_death
        and not s.sentence_info.commuted
        and not _COMMUTED.search(f"{s.note} {s.quote}")
    ]


def not_carried_out(facts: PersonFacts, config: RulesConfig) -> bool:
    return _mentions(facts.text(), config.not_carried_out)


def _covered_sentence(facts: PersonFacts) -> ClaimFact | None:
    """A sentence by a body instruction 108сс covered that was not a term of custody."""
    for sentence in facts.sentences:
        if sentence.code in COVERED_BY_108SS and not _custodial(sentence):
            return sentence
    return None


def _custodial(sentence: ClaimFact) -> bool:
    """A sentence that was not death: a term, exile, deportation; or death commuted to one."""
    info = sentence.sentence_info
    if info.cover_formula:
        return False
    if info.code == "vmn":
        return bool(_COMMUTED.search(f"{sentence.note} {sentence.quote}"))
    return info.code not in ("", "other")


def _preceding_arrest(facts: PersonFacts, death: ClaimFact) -> ClaimFact | None:
    arrests = [a for a in facts.arrests if a.date is not None and not before(death.date, a.date)]
    return max(arrests, key=lambda a: a.date.sort_key) if arrests else None  # type: ignore[union-attr]


def _is_vague(place: str, config: RulesConfig) -> bool:
    normal = re.sub(r"[^\w\s-]", " ", place.lower())
    normal = re.sub(r"\s+", " ", normal).strip()
    return not normal or normal in config.vague_places


def act_record_date(facts: PersonFacts, death: ClaimFact) -> tuple[dt.date | None, int | None]:
    """The date of the civil-registry act record of this death, and the claim stating it.

    From the certificate's act-record field, else from an accepted claim of the same document
    that quotes the act record («запись акта № 123 от 14.05.1958»)."""
    if death.document_act_record is not None:
        return death.document_act_record.earliest(), None
    if death.document_id is None:
        return None, None
    for claim in facts.claims:
        if (
            claim.document_id == death.document_id
            and claim.id != death.id
            and claim.date is not None
            and claim.kind == ClaimKind.OTHER
            and _ACT_RECORD.search(f"{claim.note} {claim.quote}")
        ):
            return claim.date.earliest(), claim.id
    return None, None


# -- rules 1–10 -------------------------------------------------------------------------------


def execution_conflict(facts: PersonFacts, death: ClaimFact, config: RulesConfig) -> Hit | None:
    """1. The archive records the execution, and the death claim dates the death later.

    Only a claim citing a document is an archival record: an execution or a death sentence that
    is the researcher's own conclusion (no document) is never counted as one; it weighs as a
    conclusion, much less."""
    if not_carried_out(facts, config):
        return None
    for execution in facts.executions:
        if execution.document_id is not None and before(execution.date, death.date):
            return Hit(
                "execution_conflict",
                1,
                config.weight("execution_conflict"),
                (death.id, execution.id),
                reason(
                    "execution_conflict",
                    execution=claim_ref(execution),
                    execution_date=execution.date,
                    execution_quote=quote_of(execution),
                    death=claim_ref(death),
                    death_date=death.date,
                ),
            )
    for execution in facts.executions:
        if execution.document_id is None and before(execution.date, death.date):
            return Hit(
                "execution_conclusion",
                1,
                config.weight("execution_conclusion"),
                (death.id, execution.id),
                reason(
                    "execution_conclusion",
                    execution=claim_ref(execution),
                    execution_date=execution.date,
                    death=claim_ref(death),
                    death_date=death.date,
                ),
            )
    if facts.executions:
        return None
    for sentence in death_sentences(facts):
        if (
            sentence.document_id is not None
            and sentence.date is not None
            and death.date is not None
            and days_between(sentence.date, death.date) > config.execution_lag_days
        ):
            return Hit(
                "death_sentence_conflict",
                1,
                config.weight("death_sentence_conflict"),
                (death.id, sentence.id),
                reason(
                    "death_sentence_conflict",
                    sentence=claim_ref(sentence),
                    sentence_date=sentence.date,
                    sentence_quote=quote_of(sentence),
                    death=claim_ref(death),
                    death_date=death.date,
                    days=config.execution_lag_days,
                ),
            )
    return None


def registration_window(facts: PersonFacts, death: ClaimFact, config: RulesConfig) -> Hit | None:
    """2. Act record made while 108сс was in force (24.08.1955–1962/63), for a person it covered;
    or, the other way, an act record of 1964–88 with a blank cause (the date is probably true)."""
    covered = _covered_sentence(facts)
    recorded, record_claim = act_record_date(facts, death)
    evidence = (death.id, *(c for c in (record_claim,) if c is not None))
    start, end = config.instruction_108ss
    if recorded is not None and _within(recorded, config.instruction_108ss) and covered:
        return Hit(
            "registration_window",
            2,
            config.weight("registration_window"),
            (*evidence, covered.id),
            reason(
                "registration_window",
                recorded=f"{recorded:%d.%m.%Y}",
                start=f"{start:%d.%m.%Y}",
                end=f"{end:%Y}",
                body=covered.body or default("covering_body"),
                covered=claim_ref(covered),
            ),
        )
    if recorded is not None and _within(recorded, config.truthful_registration) and not death.cause:
        return Hit(
            "registration_truthful",
            2,
            config.weight("registration_truthful"),
            evidence,
            reason("registration_truthful", recorded=f"{recorded:%d.%m.%Y}"),
        )
    issued = death.document_issued.earliest() if death.document_issued else None
    repeat = "повторн" in death.document_title.lower()
    if recorded is None and not repeat and _within(issued, config.instruction_108ss) and covered:
        return Hit(
            "registration_window",
            2,
            config.weight("registration_window_issued"),
            (death.id, covered.id),
            reason(
                "registration_window_issued",
                issued=f"{issued:%d.%m.%Y}",
                body=covered.body or default("covering_body"),
                covered=claim_ref(covered),
            ),
        )
    return None


def ten_year_envelope(facts: PersonFacts, death: ClaimFact, config: RulesConfig) -> Hit | None:
    """3. The death falls within ten years after the arrest (weak alone)."""
    arrest = _preceding_arrest(facts, death)
    if arrest is None or death.date is None or arrest.date is None:
        return None
    gap = days_between(arrest.date, death.date)
    if not 0 < gap <= config.envelope_years * 365.25:
        return None
    return Hit(
        "ten_year_envelope",
        3,
        config.weight("ten_year_envelope"),
        (death.id, arrest.id),
        reason(
            "ten_year_envelope",
            death_date=death.date,
            years=config.envelope_years,
            arrest_date=arrest.date,
        ),
    )


def execution_lag(facts: PersonFacts, death: ClaimFact, config: RulesConfig) -> Hit | None:
    """4. A 'death' long after a 1937–38 troika or dvoika sentence that was not a camp term."""
    if not_carried_out(facts, config):
        return None
    for sentence in facts.sentences:
        if (
            sentence.code in MASS_OPERATION
            and sentence.date is not None
            and sentence.date.year in (1937, 1938)
            and not _custodial(sentence)
            and death.date is not None
            and days_between(sentence.date, death.date) > config.execution_lag_days
        ):
            return Hit(
                "execution_lag",
                4,
                config.weight("execution_lag"),
                (death.id, sentence.id),
                reason(
                    "execution_lag",
                    sentence=claim_ref(sentence),
                    sentence_date=sentence.date,
                    body=sentence.body or default("a_troika"),
                    days=config.execution_lag_days,
                    death_date=death.date,
                ),
            )
    return None


def cause_vocabulary(facts: PersonFacts, death: ClaimFact, config: RulesConfig) -> Hit | None:
    """5. The cause is one of those invented under 108сс, and no medical record exists."""
    if not death.cause or _mentions(facts.text(), config.medical_act):
        return None
    code = death.cause_code
    if code in config.attested_causes:
        weight, kind = config.weight("cause_attested"), default("attested")
    elif code in config.weak_causes:
        weight, kind = config.weight("cause_weak"), default("suspected")
    else:
        return None
    return Hit(
        "cause_vocabulary",
        5,
        weight,
        (death.id,),
        reason("cause_vocabulary", cause=death.cause, kind=kind),
    )


def vague_place(facts: PersonFacts, death: ClaimFact, config: RulesConfig) -> Hit | None:
    """6. The place of death is missing or generic."""
    if not _is_vague(death.place, config):
        return None
    place = f"«{death.place}»" if death.place else default("place_not_given")
    return Hit(
        "vague_place",
        6,
        config.weight("vague_place"),
        (death.id,),
        reason("vague_place", place=place),
    )


def cover_formula(facts: PersonFacts, death: ClaimFact, config: RulesConfig) -> Hit | None:
    """7. Someone was told «10 лет без права переписки»: the cover formula of 1939–45."""
    for claim in facts.claims:
        if _mentions(claim.text, config.cover_formula_words):
            return Hit(
                "cover_formula",
                7,
                config.weight("cover_formula"),
                (death.id, claim.id),
                reason("cover_formula", claim=claim_ref(claim)),
            )
    return None


def operation_period(facts: PersonFacts, death: ClaimFact, config: RulesConfig) -> Hit | None:
    """8. Arrested during the mass operation and sentenced by a troika or the dvoika."""
    sentence = next(
        (s for s in facts.sentences if s.code in MASS_OPERATION and not _custodial(s)), None
    )
    if sentence is None:
        return None
    for arrest in facts.arrests:
        if arrest.date is not None and _within(arrest.date.earliest(), config.mass_operation):
            if not _within(arrest.date.latest(), config.mass_operation):
                continue
            start, end = config.mass_operation
            return Hit(
                "operation_period",
                8,
                config.weight("operation_period"),
                (arrest.id, sentence.id),
                reason(
                    "operation_period",
                    arrest_date=arrest.date,
                    start=f"{start:%m.%Y}",
                    end=f"{end:%m.%Y}",
                    body=sentence.body,
                    sentence=claim_ref(sentence),
                ),
            )
    return None


def later_document(facts: PersonFacts, death: ClaimFact, config: RulesConfig) -> Hit | None:
    """9. A later document, or one issued after 1989, states the execution: it supersedes."""
    issued = death.document_issued
    for claim in facts.claims:
        states_execution = claim.kind == ClaimKind.EXECUTION or (
            claim.kind == ClaimKind.DEATH and claim.cause_code == "execution"
        )
        if not states_execution or claim.document_id in (None, death.document_id):
            continue
        later = claim.document_issued
        if later is None:
            continue
        newer = issued is not None and before(issued, later)
        truthful = later.earliest() >= config.truthful_documents_from and (
            issued is None or issued.earliest() < config.truthful_documents_from
        )
        if newer or truthful:
            title = claim.document_title or default("a_document")
            return Hit(
                "later_document",
                9,
                config.weight("later_document"),
                (death.id, claim.id),
                reason(
                    "later_document",
                    title=title,
                    later=later,
                    claim=claim_ref(claim),
                    death=claim_ref(death),
                ),
            )
    return None


def ordinary_death(facts: PersonFacts, death: ClaimFact, config: RulesConfig) -> Hit | None:
    """10. The signs of an ordinary camp death: a custodial sentence, a medical act, or a court
    that 108сс did not cover. Lowers the score."""
    custodial = next((s for s in facts.sentences if _custodial(s)), None)
    if custodial is not None and not death_sentences(facts):
        return Hit(
            "camp_sentence",
            10,
            config.weight("camp_sentence"),
            (death.id, custodial.id),
            reason("camp_sentence", custodial=claim_ref(custodial), sentence=custodial.sentence),
        )
    if _mentions(facts.text(), config.medical_act):
        return Hit(
            "medical_act",
            10,
            config.weight("medical_act"),
            (death.id,),
            reason("medical_act"),
        )
    courts = [s for s in facts.sentences if s.code and s.code not in COVERED_BY_108SS]
    if courts and not any(s.code in EXTRAJUDICIAL or s.code == "VKVS" for s in facts.sentences):
        court = courts[0]
        return Hit(
            "ordinary_court",
            10,
            config.weight("ordinary_court"),
            (death.id, court.id),
            reason("ordinary_court", body=court.body, court=claim_ref(court)),
        )
    return None


RULES: tuple[Rule, ...] = (
    execution_conflict,
    registration_window,
    ten_year_envelope,
    execution_lag,
    cause_vocabulary,
    vague_place,
    cover_formula,
    operation_period,
    later_document,
    ordinary_death,
)


def score_death(facts: PersonFacts, death: ClaimFact, config: RulesConfig) -> DeathScore:
    """Combine the rules for one death claim. A death claim that itself states the execution
    («причина смерти — расстрел») is the true record and scores 0."""
    if death.cause_code == "execution":
        return DeathScore(death, 0.0, ())
    hits = tuple(hit for rule in RULES if (hit := rule(facts, death, config)) is not None)
    logit = config.prior + sum(hit.weight for hit in hits)
    # Never 1.0: however many rules agree, the flag stays a suspicion.
    return DeathScore(death, min(config.ceiling, 1.0 / (1.0 + math.exp(-logit))), hits)
