"""Each falsified-death rule on its own, positive and negative, then the combined score on the
published pairs of the brief (§2) and on genuine camp deaths, which must score low."""

from __future__ import annotations

import dataclasses
import itertools

import pytest

from catalog.checks import falsified as rules
from catalog.checks.config import RulesConfig, default_rules
from catalog.checks.facts import ClaimFact, PersonFacts
from catalog.checks.falsified import score_death
from catalog.dates import PartialDate
from catalog.text import parse_record

CONFIG = default_rules()
_ids = itertools.count(1)


def claim(kind: str, date: str | None = None, **fields: object) -> ClaimFact:
    """A claim citing a document (999 unless a test says which, or None for the researcher's
    own conclusion)."""
    fields.setdefault("document_id", 999)
    for key in ("document_issued", "document_act_record"):
        if isinstance(fields.get(key), str):
            fields[key] = PartialDate.parse_iso(fields[key])  # type: ignore[arg-type]
    return ClaimFact(
        id=next(_ids),
        kind=kind,
        date=PartialDate.parse_iso(date) if date else None,
        **fields,  # type: ignore[arg-type]
    )


def person(*claims: ClaimFact) -> PersonFacts:
    return PersonFacts(person_id=1, name="Тестов Тест Тестович", claims=claims)


def certificate(date: str, **fields: object) -> ClaimFact:
    """A death claim from a 1950s civil-registry certificate, the 108сс shape by default."""
    values: dict[str, object] = {
        "cause": "инфаркт миокарда",
        "place": "",
        "document_id": 100,
        "document_kind": "death_certificate",
        "document_title": "Свидетельство о смерти",
    }
    values.update(fields)
    return claim("death", date, **values)


TROIKA = {"body": "Тройка при УНКВД по Харьковской обл.", "body_code": "TROIKA_NKVD"}
ARCHIVE = {
    "document_id": 200,
    "document_title": "Архивная справка",
    "document_issued": "1992-11-03",
}


# -- rule 1 -----------------------------------------------------------------------------------


def test_rule1_execution_then_a_later_death_conflicts() -> None:
    execution = claim("execution", "1938-01-09", **ARCHIVE)
    death = certificate("1943-06-10")
    hit = rules.execution_conflict(person(execution, death), death, CONFIG)
    assert hit is not None and hit.rule == "execution_conflict"
    assert hit.weight == CONFIG.weight("execution_conflict")
    assert set(hit.evidence) == {execution.id, death.id}
    assert "09.01.1938" in hit.en and "10.06.1943" in hit.ru and "Правило 1" in hit.ru


def test_rule1_death_not_after_the_execution_is_no_conflict() -> None:
    execution = claim("execution", "1938-01-09")
    same_year = certificate("1938")  # cannot be said to be later
    earlier = certificate("1937-12-30")
    assert rules.execution_conflict(person(execution, same_year), same_year, CONFIG) is None
    assert rules.execution_conflict(person(execution, earlier), earlier, CONFIG) is None


def test_rule1_death_sentence_without_an_execution_date() -> None:
    sentence = claim("sentence", "1937-12-21", sentence="ВМН", body_code="DVOIKA")
    death = certificate("1943-08-17")
    hit = rules.execution_conflict(person(sentence, death), death, CONFIG)
    assert hit is not None and hit.rule == "death_sentence_conflict"
    soon = certificate("1938-01-15")  # within the execution lag: could be true
    assert rules.execution_conflict(person(sentence, soon), soon, CONFIG) is None


@pytest.mark.parametrize(
    ("sentence", "note"),
    [
        ("к ВМН, заменена на 10 лет ИТЛ", ""),
        ("ВМН", "умер до приведения приговора в исполнение"),
        ("ВМН", "25.02.1939 г. ВКВС мера наказания заменена на 10 лет ИТЛ"),
    ],
)
def test_rule1_excludes_commuted_and_unexecuted_sentences(sentence: str, note: str) -> None:
    """Also when the commutation is told in a later sentence of the record (kept in the note)."""
    sentenced = claim("sentence", "1937-12-21", sentence=sentence, note=note)
    death = certificate("1943-08-17")
    assert rules.execution_conflict(person(sentenced, death), death, CONFIG) is None


# -- rule 2 -----------------------------------------------------------------------------------


def test_rule2_act_record_in_the_108ss_window_for_a_troika_case() -> None:
    sentence = claim("sentence", "1937-10-10", sentence="ВМН", **TROIKA)
    death = certificate("1943-06-10", document_act_record="1957-05-14")
    hit = rules.registration_window(person(sentence, death), death, CONFIG)
    assert hit is not None and hit.weight == CONFIG.weight("registration_window")
    assert "14.05.1957" in hit.en


def test_rule2_act_record_quoted_by_another_claim_of_the_certificate() -> None:
    sentence = claim("sentence", "1937-10-10", sentence="ВМН", **TROIKA)
    death = certificate("1943-06-10")
    act = claim("other", "1958-03-01", note="запись акта о смерти № 12", document_id=100)
    hit = rules.registration_window(person(sentence, death, act), death, CONFIG)
    assert hit is not None and act.id in hit.evidence


def test_rule2_needs_a_case_the_instruction_covered() -> None:
    camp = claim("sentence", "1938-05-10", sentence="8 лет ИТЛ", body_code="OSO")
    death = certificate("1942-02-11", document_act_record="1957-05-14")
    assert rules.registration_window(person(camp, death), death, CONFIG) is None
    court = claim("sentence", "1941-09-16", sentence="ВМН", body="Алтайский крайсуд")
    assert rules.registration_window(person(court, death), death, CONFIG) is None


def test_rule2_registration_of_1964_to_1988_without_cause_lowers_the_score() -> None:
    sentence = claim("sentence", "1937-10-10", sentence="ВМН", **TROIKA)
    death = certificate("1937-10-20", cause="", document_act_record="1970-03-02")
    hit = rules.registration_window(person(sentence, death), death, CONFIG)
    assert hit is not None and hit.rule == "registration_truthful" and hit.weight < 0


def test_rule2_issue_date_is_a_weaker_stand_in_except_for_repeat_certificates() -> None:
    sentence = claim("sentence", "1937-10-10", sentence="ВМН", **TROIKA)
    death = certificate("1943-06-10", document_issued="1956-10-01")
    hit = rules.registration_window(person(sentence, death), death, CONFIG)
    assert hit is not None and hit.weight == CONFIG.weight("registration_window_issued")
    repeat = certificate(
        "1943-06-10", document_issued="1960-01-01", document_title="Повторное свидетельство"
    )
    assert rules.registration_window(person(sentence, repeat), repeat, CONFIG) is None


# -- rules 3–8 --------------------------------------------------------------------------------


def test_rule3_ten_year_envelope() -> None:
    arrest = claim("arrest", "1937-11-15")
    inside = certificate("1943-06-10")
    outside = certificate("1950-01-01")
    assert rules.ten_year_envelope(person(arrest, inside), inside, CONFIG) is not None
    assert rules.ten_year_envelope(person(arrest, outside), outside, CONFIG) is None
    assert rules.ten_year_envelope(person(inside), inside, CONFIG) is None


def test_a_commuted_death_sentence_counts_as_custodial() -> None:
    sentenced = claim(
        "sentence",
        "1938-10-17",
        sentence="ВМН",
        body_code="VT",
        note="мера наказания заменена на 10 лет лишения свободы в ИТЛ",
    )
    death = certificate("1943-02-14", cause="", place="")
    hit = rules.ordinary_death(person(sentenced, death), death, CONFIG)
    assert hit is not None and hit.rule == "camp_sentence"


def test_rule4_lag_after_a_mass_operation_sentence() -> None:
    troika = claim("sentence", "1937-10-10", **TROIKA)
    death = certificate("1942-02-11")
    assert rules.execution_lag(person(troika, death), death, CONFIG) is not None
    camp = claim("sentence", "1937-10-10", sentence="10 лет ИТЛ", **TROIKA)
    assert rules.execution_lag(person(camp, death), death, CONFIG) is None
    oso = claim("sentence", "1938-05-10", body="ОСО при НКВД СССР", body_code="OSO")
    assert rules.execution_lag(person(oso, death), death, CONFIG) is None
    later = claim("sentence", "1940-05-10", **TROIKA)
    assert rules.execution_lag(person(later, death), death, CONFIG) is None


@pytest.mark.parametrize(
    ("cause", "weight"),
    [
        ("гнойный плеврит", "cause_attested"),
        ("паралич сердечно-сосудистой системы", "cause_attested"),
        ("естественной смертью", "cause_attested"),
        ("упадок сердечной деятельности", "cause_weak"),
        ("туберкулез", "cause_weak"),
        ("пеллагра", None),
        ("", None),
    ],
)
def test_rule5_cause_vocabulary(cause: str, weight: str | None) -> None:
    death = certificate("1943-06-10", cause=cause)
    hit = rules.cause_vocabulary(person(death), death, CONFIG)
    assert (hit.weight if hit else None) == (CONFIG.weight(weight) if weight else None)


def test_rule5_does_not_fire_with_a_medical_record() -> None:
    death = certificate("1943-06-10", cause="инфаркт миокарда", note="акт о смерти № 5, санчасть")
    assert rules.cause_vocabulary(person(death), death, CONFIG) is None


@pytest.mark.parametrize(
    ("place", "fires"),
    [
        ("", True),
        ("в местах заключения", True),
        ("В местах лишения свободы.", True),
        ("Севвостлаг, пос. Ягодный", False),
        ("г. Минск", False),
    ],
)
def test_rule6_vague_place(place: str, fires: bool) -> None:
    death = certificate("1943-06-10", place=place)
    assert (rules.vague_place(person(death), death, CONFIG) is not None) == fires


def test_rule7_cover_formula() -> None:
    told = claim("sentence", "1938", sentence="10 лет без права переписки")
    death = certificate("1944-02-01")
    hit = rules.cover_formula(person(told, death), death, CONFIG)
    assert hit is not None and told.id in hit.evidence
    assert rules.cover_formula(person(death), death, CONFIG) is None


def test_rule8_operation_period() -> None:
    troika = claim("sentence", "1937-12-01", **TROIKA)
    death = certificate("1943-06-10")
    inside = claim("arrest", "1937-11-15")
    assert rules.operation_period(person(inside, troika, death), death, CONFIG) is not None
    before = claim("arrest", "1936-04-01")
    assert rules.operation_period(person(before, troika, death), death, CONFIG) is None
    vague = claim("arrest", "1937")  # might be before August 1937
    assert rules.operation_period(person(vague, troika, death), death, CONFIG) is None
    oso = claim("sentence", "1938-05-10", body_code="OSO")
    assert rules.operation_period(person(inside, oso, death), death, CONFIG) is None


# -- rules 9–10 -------------------------------------------------------------------------------


def test_rule9_a_later_document_states_the_execution() -> None:
    death = certificate("1943-06-10", document_issued="1957-05-14")
    executed = claim("execution", "1937-10-20", **ARCHIVE)
    hit = rules.later_document(person(death, executed), death, CONFIG)
    assert hit is not None and "Архивная справка" in hit.en


def test_rule9_an_earlier_document_does_not_supersede() -> None:
    death = certificate("1943-06-10", document_issued="1970-05-14")
    executed = claim("execution", "1937-10-20", document_id=300, document_issued="1960-01-01")
    assert rules.later_document(person(death, executed), death, CONFIG) is None


def test_rule9_a_new_certificate_with_cause_execution_supersedes() -> None:
    death = certificate("1943-06-10", document_issued="1957-05-14")
    true_one = claim(
        "death", "1937-10-20", cause="расстрел", document_id=301, document_issued="1990-02-01"
    )
    assert rules.later_document(person(death, true_one), death, CONFIG) is not None
    # The certificate that says «расстрел» is the true record and scores nothing.
    assert score_death(person(death, true_one), true_one, CONFIG).score == 0.0


def test_rule10_signs_of_an_ordinary_death_lower_the_score() -> None:
    death = certificate("1942-02-11")
    camp = claim("sentence", "1938-05-10", sentence="8 лет ИТЛ", body_code="OSO")
    hit = rules.ordinary_death(person(camp, death), death, CONFIG)
    assert hit is not None and hit.rule == "camp_sentence" and hit.weight < 0
    act = certificate("1942-02-11", note="акт о смерти")
    hit = rules.ordinary_death(person(act), act, CONFIG)
    assert hit is not None and hit.rule == "medical_act"
    court = claim("sentence", "1941-09-16", body="Алтайский крайсуд", body_code="COURT")
    hit = rules.ordinary_death(person(court, death), death, CONFIG)
    assert hit is not None and hit.rule == "ordinary_court"
    troika = claim("sentence", "1937-10-10", sentence="ВМН", **TROIKA)
    assert rules.ordinary_death(person(troika, death), death, CONFIG) is None


def test_weights_are_data() -> None:
    execution = claim("execution", "1938-01-09")
    death = certificate("1943-06-10")
    louder = dataclasses.replace(CONFIG, weights={**CONFIG.weights, "execution_conflict": 9.0})
    hit = rules.execution_conflict(person(execution, death), death, louder)
    assert hit is not None and hit.weight == 9.0


# -- the combined score -----------------------------------------------------------------------


def _score(*claims: ClaimFact, config: RulesConfig = CONFIG) -> float:
    facts = person(*claims)
    (death,) = [c for c in claims if c.kind == "death" and c.cause != "расстрел"]
    return score_death(facts, death, config).score


def test_published_pair_zlotnikov_scores_high() -> None:
    # Told: died 10.06.1943 of purulent pleurisy; in fact shot 09.01.1938 (istpravda.com.ua).
    score = _score(
        claim("arrest", "1937-11-15"),
        claim("sentence", "1938-01-02", sentence="ВМН", body_code="DVOIKA", **ARCHIVE),
        claim("execution", "1938-01-09", **ARCHIVE),
        certificate("1943-06-10", cause="гнойный плеврит", place="в местах заключения"),
    )
    assert score >= 0.95


def test_published_pair_zerov_scores_high() -> None:
    # 1957: «умер в местах заключения 13.10.1941 от паралича сердечно-сосудистой системы»;
    # in fact ВМН, act of 03.11.1937.
    score = _score(
        claim("arrest", "1935-04-27"),
        claim(
            "sentence",
            "1937-10-09",
            sentence="ВМН",
            body="особая тройка УНКВД ЛО",
            body_code="TROIKA_NKVD",
        ),
        claim("execution", "1937-11-03"),
        certificate(
            "1941-10-13",
            cause="паралич сердечно-сосудистой системы",
            place="в местах заключения",
            document_issued="1957-01-01",
        ),
    )
    assert score >= 0.95


def test_published_pair_gudro_scores_high_with_only_a_year() -> None:
    # Told on 28.04.1960: died 1938 of myocardial infarction; in fact ВМН.
    score = _score(
        claim("arrest", "1937-09-01"),
        claim("sentence", "1937-12", sentence="ВМН", **TROIKA),
        certificate("1938", document_act_record="1960-04-28"),
    )
    assert score >= 0.8


def test_published_pair_dotsenko_scores_high() -> None:
    # Told in October 1956: died 24.06.1943 of bronchial asthma; in fact shot.
    score = _score(
        claim("arrest", "1937-10-01"),
        claim("sentence", "1937-11-05", sentence="ВМН", **TROIKA),
        certificate("1943-06-24", cause="бронхиальная астма", document_issued="1956-10-15"),
    )
    assert score >= 0.95


def test_memo_sample_record_with_a_leaked_108ss_date_scores_high() -> None:
    record = parse_record(
        "Родился в 1890 г.\nАрестован 2 декабря 1937 г.\n"
        "Приговорен: Комиссия НКВД СССР и Прокурора СССР 21 декабря 1937 г., обв.: 58-6.\n"
        "Приговор: ВМН. Умер 17.08.1943 г. в ИТЛ"
    )
    facts = PersonFacts(
        person_id=1,
        claims=tuple(
            ClaimFact(
                id=i,
                kind=str(c.kind),
                date=c.date,
                place=c.place,
                body=c.body,
                body_code=c.body_code,
                sentence=c.sentence,
                cause=c.cause,
                # A pasted record is stored as a document its claims cite.
                document_id=1,
            )
            for i, c in enumerate(record.claims, start=1)
        ),
    )
    (death,) = facts.deaths
    assert score_death(facts, death, CONFIG).score >= 0.9


@pytest.mark.parametrize(
    "claims",
    [
        # OSO, eight years of camp, died in Sevvostlag of pellagra, with a death act.
        (
            claim("arrest", "1938-03-01"),
            claim("sentence", "1938-05-10", sentence="8 лет ИТЛ", body_code="OSO"),
            certificate("1942-02-11", cause="пеллагра", place="Севвостлаг", note="акт о смерти"),
        ),
        # A troika's ten years in words of the record («10 лет, направлен в Тайшетлаг»).
        (
            claim("arrest", "1937-10-08"),
            claim("sentence", "1937-10-17", sentence="10 лет, направлен в Тайшетлаг", **TROIKA),
            certificate("1938-08-04", cause="", place=""),
        ),
        # A troika's «second category»: ten years; died of pneumonia in a named camp.
        (
            claim("arrest", "1937-09-01"),
            claim("sentence", "1937-10-10", sentence="10 лет ИТЛ", **TROIKA),
            certificate("1942-03-03", cause="воспаление легких", place="Ухтпечлаг"),
        ),
        # A court sentence, died in camp, attested cause and blank place.
        (
            claim("arrest", "1941-07-04"),
            claim(
                "sentence",
                "1941-09-16",
                sentence="8 лет",
                body="Алтайский крайсуд",
                body_code="COURT",
            ),
            certificate("1943-01-20", cause="инфаркт миокарда", place=""),
        ),
        # Died in prison under investigation, months after arrest, no sentence.
        (
            claim("arrest", "1937-11-01"),
            certificate("1938-03-15", cause="воспаление легких", place="в Челябинской тюрьме"),
        ),
        # Dekulakised and deported; died in special settlement.
        (
            claim("sentence", "1931", sentence="раскулачивание и высылка", body_code="ADMIN"),
            certificate("1933", cause="истощение", place="Нарымский край"),
        ),
    ],
)
def test_genuine_camp_deaths_score_low(claims: tuple[ClaimFact, ...]) -> None:
    # Well below the threshold at which a flag is raised (0.5).
    assert _score(*claims) < 0.35


def test_weak_rules_alone_stay_below_the_threshold() -> None:
    # Attested cause, blank place, within ten years of arrest: the traits genuine deaths share.
    score = _score(
        claim("arrest", "1937-11-01"),
        certificate("1941-05-05", cause="инфаркт миокарда", place=""),
    )
    assert score < CONFIG.threshold


def test_score_never_reaches_certainty() -> None:
    score = _score(
        claim("arrest", "1937-11-15"),
        claim(
            "sentence",
            "1938-01-02",
            sentence="10 лет без права переписки ВМН",
            body_code="DVOIKA",
            **ARCHIVE,
        ),
        claim("execution", "1938-01-09", **ARCHIVE),
        certificate("1943-06-10", cause="гнойный плеврит", document_act_record="1957-05-14"),
    )
    assert score == CONFIG.ceiling < 1.0


# -- the researcher's own conclusion ------------------------------------------------------------


def test_an_execution_without_a_document_is_not_an_archival_record() -> None:
    conclusion = claim("execution", "1938-01-09", document_id=None)
    death = certificate("1943-06-10")
    hit = rules.execution_conflict(person(conclusion, death), death, CONFIG)
    assert hit is not None and hit.rule == "execution_conclusion"
    assert hit.weight == CONFIG.weight("execution_conclusion") < CONFIG.weight("execution_conflict")
    assert "archival execution" not in hit.en and "researcher's own conclusion" in hit.en
    assert "собственный вывод исследователя" in hit.ru
    # A documented execution beside it is the archival record the rule counts.
    archival = claim("execution", "1938-01-09", **ARCHIVE)
    assert rules.execution_conflict(person(conclusion, archival, death), death, CONFIG).rule == (
        "execution_conflict"
    )


def test_a_death_sentence_without_a_document_is_not_counted() -> None:
    sentence = claim("sentence", "1937-12-21", sentence="ВМН", body_code="DVOIKA", document_id=None)
    death = certificate("1943-06-10")
    assert rules.execution_conflict(person(sentence, death), death, CONFIG) is None


def test_a_conclusion_scores_lower_than_the_archive() -> None:
    death = certificate("1943-06-10", place="в местах заключения")
    archival = _score(claim("execution", "1938-01-09", **ARCHIVE), death)
    own = _score(claim("execution", "1938-01-09", document_id=None), death)
    assert own < archival
