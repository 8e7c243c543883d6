"""Consistency checks, each with positive and negative cases."""

from __future__ import annotations

import itertools

from catalog.checks import consistency
from catalog.checks.config import default_rules
from catalog.checks.facts import ClaimFact, PersonFacts
from catalog.dates import PartialDate

CONFIG = default_rules()
_ids = itertools.count(1)


def claim(kind: str, date: str | None = None, **fields: object) -> ClaimFact:
    return ClaimFact(
        id=next(_ids),
        kind=kind,
        date=PartialDate.parse_iso(date) if date else None,
        **fields,  # type: ignore[arg-type]
    )


def person(*claims: ClaimFact, birth: str | None = None) -> PersonFacts:
    return PersonFacts(
        person_id=7, birth=PartialDate.parse_iso(birth) if birth else None, claims=claims
    )


def test_execution_before_its_sentence() -> None:
    execution = claim("execution", "1937-10-01")
    sentence = claim("sentence", "1937-10-20", sentence="ВМН")
    (found,) = consistency.execution_before_sentence(person(execution, sentence), CONFIG)
    assert found.kind == "conflicting_dates" and found.claim_id == execution.id
    assert set(found.evidence) == {execution.id, sentence.id}
    assert "01.10.1937" in found.reasons[0]["en"] and "раньше приговора" in found.reasons[0]["ru"]


def test_execution_after_a_death_sentence_is_fine_even_with_an_earlier_camp_term() -> None:
    first = claim("sentence", "1933-07-26", sentence="10 лет ИТЛ")
    second = claim("sentence", "1937-11-25", sentence="ВМН")
    execution = claim("execution", "1937-12-08")
    assert consistency.execution_before_sentence(person(first, second, execution), CONFIG) == []
    same_month = claim("execution", "1937-11")  # cannot be said to be before 1937-11-25
    assert consistency.execution_before_sentence(person(second, same_month), CONFIG) == []


def test_death_before_arrest() -> None:
    death = claim("death", "1936-05-01")
    arrest = claim("arrest", "1937-11-15")
    (found,) = consistency.death_before_arrest(person(death, arrest), CONFIG)
    assert found.rule == "death_before_arrest"
    later = claim("death", "1943-06-10")
    assert consistency.death_before_arrest(person(later, arrest), CONFIG) == []


def test_event_before_birth() -> None:
    arrest = claim("arrest", "1890-01-01")
    (found,) = consistency.event_before_birth(person(arrest, birth="1896"), CONFIG)
    assert found.claim_id == arrest.id
    assert (
        consistency.event_before_birth(person(claim("arrest", "1937"), birth="1896"), CONFIG) == []
    )
    assert consistency.event_before_birth(person(arrest), CONFIG) == []
    # A child born in exile carries the family's earlier deportation: no contradiction.
    deported = claim("sentence", "1931-12-12", sentence="спецпоселение в Томской обл.")
    assert consistency.event_before_birth(person(deported, birth="1939"), CONFIG) == []
    camp = claim("sentence", "1931-12-12", sentence="5 лет ИТЛ", body_code="OSO")
    assert len(consistency.event_before_birth(person(camp, birth="1939"), CONFIG)) == 1
    # The birth may come from a birth claim instead of the person's field.
    born = claim("birth", "1900")
    assert len(consistency.event_before_birth(person(born, arrest), CONFIG)) == 1


def test_conflicting_death_dates() -> None:
    first = claim("death", "1943-06-10", document_title="Свидетельство о смерти")
    second = claim("death", "1937-10-20", cause="расстрел")
    (found,) = consistency.conflicting_death_dates(person(first, second), CONFIG)
    assert set(found.evidence) == {first.id, second.id}
    agreeing = claim("death", "1943")
    assert consistency.conflicting_death_dates(person(first, agreeing), CONFIG) == []


def test_rehabilitation_revoked_and_reversed() -> None:
    rehabilitated = claim("rehabilitation", "1957-01-25")
    revoked = claim("rehabilitation_revoked", "2022-05-01", body="Генеральная прокуратура РФ")
    (found,) = consistency.rehabilitation_reversed(person(rehabilitated, revoked), CONFIG)
    assert found.kind == "rehabilitation_revoked" and found.score == 1.0
    assert "Генеральная прокуратура РФ" in found.reasons[0]["en"]
    refused = claim("rehabilitation_refused", "2021-03-03")
    (found,) = consistency.rehabilitation_reversed(person(rehabilitated, refused), CONFIG)
    assert found.rule == "rehabilitation_reversed"
    # A refusal before the rehabilitation is the usual order of things, not a reversal.
    early = claim("rehabilitation_refused", "1955-01-01")
    assert consistency.rehabilitation_reversed(person(early, rehabilitated), CONFIG) == []
