"""The checks with families and ranges: ЧСИР, and a range's comparison stated as a range."""

from __future__ import annotations

from catalog.checks.config import default_rules
from catalog.checks.engine import findings_for, run_checks
from catalog.checks.facts import ClaimFact, PersonFacts, RelativeFact
from catalog.dates import PartialDate
from catalog.db import Catalog
from catalog.services import claims, families, persons
from catalog.services.families import RelationshipFields

CONFIG = default_rules()


SENTENCED = PartialDate(1938, 2, 1)


def chsir(claim_id: int = 1, date: PartialDate | None = SENTENCED) -> ClaimFact:
    return ClaimFact(id=claim_id, kind="sentence", date=date, article="ЧСИР", sentence="8 лет ИТЛ")


def rules(findings: list) -> set[str]:
    return {f.rule for f in findings}


def test_a_chsir_sentence_before_the_husbands_arrest_is_a_conflict() -> None:
    husband = RelativeFact(2, "Иванов Иван", "spouse", arrests=(PartialDate(1938, 5, 10),))
    facts = PersonFacts(1, "Иванова Мария", claims=(chsir(),), relatives=(husband,))
    (finding,) = [f for f in findings_for(facts, CONFIG) if f.rule.startswith("chsir")]
    assert finding.rule == "chsir_before_relative_arrest" and finding.kind == "conflicting_dates"
    assert "before the arrest of the relative Иванов Иван (10.05.1938)" in finding.reasons[0]["en"]
    assert "раньше ареста родственника Иванов Иван" in finding.reasons[0]["ru"]
    assert "раніше за арешт родича Иванов Иван" in finding.reasons[0]["uk"]


def test_a_chsir_sentence_after_the_arrest_is_no_conflict() -> None:
    husband = RelativeFact(2, "Иванов Иван", "spouse", arrests=(PartialDate(1937, 8, 1),))
    facts = PersonFacts(1, claims=(chsir(),), relatives=(husband,))
    assert not rules(findings_for(facts, CONFIG)) & {
        "chsir_before_relative_arrest",
        "chsir_relative_missing",
    }


def test_a_chsir_sentence_with_no_arrested_relative_points_to_the_missing_case() -> None:
    facts = PersonFacts(1, claims=(chsir(),))
    (finding,) = [f for f in findings_for(facts, CONFIG) if f.rule == "chsir_relative_missing"]
    assert finding.kind == "family_member_of_traitor" and finding.score < 0.5
    assert "is not in the catalogue" in finding.reasons[0]["en"]
    assert "ЧСІР" in finding.reasons[0]["uk"]


def test_a_range_is_compared_whole_and_stated_as_a_range() -> None:
    # The execution cites the archive's reply: a claim with no document would be the
    # researcher's own conclusion, which rule 1 does not count as an archival record.
    execution = ClaimFact(
        id=1,
        kind="execution",
        date=PartialDate(1937, 10, 20),
        document_id=1,
        document_title="Архивная справка",
    )
    death = ClaimFact(
        id=2,
        kind="death",
        date=PartialDate.range_of(PartialDate(1941), PartialDate(1943)),
        document_kind="death_certificate",
        document_title="Свидетельство о смерти",
    )
    found = findings_for(PersonFacts(1, claims=(execution, death)), CONFIG)
    reasons = [r for f in found for r in f.reasons]
    english = " ".join(r["en"] for r in reasons)
    assert "dates the death between 1941 and 1943, later" in english
    assert "датирует смерть между 1941 и 1943 — позже" in " ".join(r["ru"] for r in reasons)
    assert "датує смерть між 1941 і 1943 — пізніше" in " ".join(r["uk"] for r in reasons)
    # A range that may include the execution day proves nothing.
    overlapping = ClaimFact(
        id=3, kind="death", date=PartialDate.range_of(PartialDate(1937), PartialDate(1943))
    )
    found = findings_for(PersonFacts(1, claims=(execution, overlapping)), CONFIG)
    assert not any("execution_conflict" in str(f.reasons) for f in found)


def test_the_checks_read_relatives_from_the_catalogue(catalog: Catalog) -> None:
    wife = persons.add_person(catalog, persons.PersonFields(surname="Иванова", given_name="Мария"))
    husband = persons.add_person(catalog, persons.PersonFields(surname="Иванов", given_name="Иван"))
    claims.add_claim(
        catalog, wife.id, claims.ClaimFields(kind="sentence", date="1937-09-01", article="ЧСИР")
    )
    report = run_checks(catalog, person_ids=[wife.id])
    assert report.created == 1
    detail = persons.get_person(catalog, wife.id)
    assert [f.kind for f in detail.flags] == ["family_member_of_traitor"]
    families.add_relationship(catalog, wife.id, husband.id, RelationshipFields(kind="spouse"))
    claims.add_claim(catalog, husband.id, claims.ClaimFields(kind="arrest", date="1937-12-01"))
    run_checks(catalog, person_ids=[wife.id])
    detail = persons.get_person(catalog, wife.id)
    assert [f.kind for f in detail.flags] == ["conflicting_dates"]
    assert families.family_of(catalog, wife.id).chsir
