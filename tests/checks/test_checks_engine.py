"""`run_checks` on a real catalogue: flags written, refreshed, never duplicated or resurrected."""

from __future__ import annotations

import pytest

from catalog.checks import flag_rows, run_checks
from catalog.db import Catalog
from catalog.progress import Cancelled, CancelToken, Progress
from catalog.services.claims import ClaimFields, add_claim, delete_claim, update_claim
from catalog.services.documents import DocumentFields, add_document
from catalog.services.flags import add_person_flag, list_flags, set_flag_status
from catalog.services.persons import PersonFields, add_person


def shot_person(catalog: Catalog, surname: str = "Злотников") -> dict[str, int]:
    """A person shot in 1938 whose 1957 certificate dates the death 1943."""
    person = add_person(catalog, PersonFields(surname=surname, given_name="Семён"))
    certificate = add_document(
        catalog,
        DocumentFields(
            kind="death_certificate",
            title="Свидетельство о смерти",
            issued="1957-05-14",
            act_record="1957-05-14",
        ),
        [(person.id, "subject")],
    )
    archive = add_document(
        catalog,
        DocumentFields(kind="archival_reply", title="Архивная справка", issued="1992-11-03"),
        [(person.id, "subject")],
    )
    ids = {"person": person.id}
    ids["arrest"] = add_claim(
        catalog, person.id, ClaimFields("arrest", "1937-11-15", document_id=archive.id)
    ).id
    ids["sentence"] = add_claim(
        catalog,
        person.id,
        ClaimFields(
            "sentence",
            "1938-01-02",
            body="Комиссия НКВД СССР и Прокурора СССР",
            sentence="ВМН",
            document_id=archive.id,
        ),
    ).id
    ids["execution"] = add_claim(
        catalog, person.id, ClaimFields("execution", "1938-01-09", document_id=archive.id)
    ).id
    ids["death"] = add_claim(
        catalog,
        person.id,
        ClaimFields(
            "death",
            "1943-06-10",
            cause="гнойный плеврит",
            place="в местах заключения",
            document_id=certificate.id,
        ),
    ).id
    return ids


def camp_person(catalog: Catalog) -> int:
    person = add_person(catalog, PersonFields(surname="Лагерный", given_name="Иван"))
    add_claim(catalog, person.id, ClaimFields("arrest", "1938-03-01"))
    add_claim(
        catalog,
        person.id,
        ClaimFields("sentence", "1938-05-10", body="ОСО при НКВД СССР", sentence="8 лет ИТЛ"),
    )
    add_claim(
        catalog,
        person.id,
        ClaimFields(
            "death", "1942-02-11", cause="пеллагра", place="Севвостлаг", note="акт о смерти"
        ),
    )
    return person.id


def falsified(catalog: Catalog, include_dismissed: bool = True) -> list:  # type: ignore[type-arg]
    return [
        f
        for f in list_flags(catalog, include_dismissed=include_dismissed)
        if f.kind == "likely_falsified_death"
    ]


def test_flags_the_falsified_death_and_not_the_camp_death(catalog: Catalog) -> None:
    ids = shot_person(catalog)
    camp = camp_person(catalog)
    report = run_checks(catalog)
    assert report.persons == 2 and report.created == report.findings >= 1
    (flag,) = falsified(catalog)
    assert flag.person_id == ids["person"] and flag.claim_id == ids["death"]
    assert flag.status == "suggested" and 0.9 <= flag.score < 1.0
    assert {ids["death"], ids["execution"]} <= set(flag.evidence)
    assert flag.reasons[0]["ru"].startswith("возможно вымышлено (108сс)")
    assert flag.reasons[0]["en"].startswith("possibly fabricated (108ss)")
    assert any("Rule 1" in r["en"] and "Правило 1" in r["ru"] for r in flag.reasons)
    assert not [f for f in list_flags(catalog) if f.person_id == camp]


def test_rerunning_refreshes_without_duplicates(catalog: Catalog) -> None:
    shot_person(catalog)
    first = run_checks(catalog)
    second = run_checks(catalog)
    assert second.created == 0 and second.updated == first.created and second.removed == 0
    assert len(list_flags(catalog)) == first.created


def test_a_dismissed_flag_stays_dismissed_even_with_new_evidence(catalog: Catalog) -> None:
    ids = shot_person(catalog)
    run_checks(catalog)
    (flag,) = falsified(catalog)
    set_flag_status(catalog, flag.id, "dismissed")
    report = run_checks(catalog)
    assert report.kept_dismissed >= 1
    # New evidence: a second arrest changes the evidence of the rule on the same death claim.
    add_claim(catalog, ids["person"], ClaimFields("arrest", "1937-12-01"))
    report = run_checks(catalog)
    (still,) = falsified(catalog)
    assert still.id == flag.id and still.status == "dismissed"
    assert not falsified(catalog, include_dismissed=False)


def test_a_confirmed_flag_follows_new_evidence_and_stays_confirmed(catalog: Catalog) -> None:
    ids = shot_person(catalog)
    run_checks(catalog)
    (flag,) = falsified(catalog)
    set_flag_status(catalog, flag.id, "confirmed")
    later_arrest = add_claim(catalog, ids["person"], ClaimFields("arrest", "1937-12-01")).id
    run_checks(catalog)
    (after,) = falsified(catalog)
    assert after.id == flag.id and after.status == "confirmed"
    assert later_arrest in after.evidence


def test_a_suggested_flag_whose_rule_no_longer_fires_is_removed(catalog: Catalog) -> None:
    ids = shot_person(catalog)
    run_checks(catalog)
    assert falsified(catalog)
    # The researcher corrects the death claim: it now states the execution.
    update_claim(catalog, ids["death"], date="1938-01-09", cause="расстрел")
    report = run_checks(catalog)
    assert report.removed >= 1 and not falsified(catalog)


def test_decided_and_person_flags_are_never_removed(catalog: Catalog) -> None:
    ids = shot_person(catalog)
    run_checks(catalog)
    (flag,) = falsified(catalog)
    set_flag_status(catalog, flag.id, "dismissed")
    own = add_person_flag(catalog, ids["person"], "note", "my own doubt")
    delete_claim(catalog, ids["execution"])
    update_claim(catalog, ids["death"], date="1938-01-09", cause="расстрел")
    run_checks(catalog)
    remaining = {f.id for f in list_flags(catalog)}
    assert {flag.id, own.id} <= remaining


def test_suggested_claims_are_not_evidence(catalog: Catalog) -> None:
    person = add_person(catalog, PersonFields(surname="Предложенный"))
    add_claim(catalog, person.id, ClaimFields("execution", "1938-01-09", status="suggested"))
    add_claim(catalog, person.id, ClaimFields("death", "1943-06-10", status="suggested"))
    run_checks(catalog)
    assert list_flags(catalog) == []


def test_consistency_and_cover_formula_flags(catalog: Catalog) -> None:
    person = add_person(catalog, PersonFields(surname="Противоречивый"))
    add_claim(catalog, person.id, ClaimFields("arrest", "1937-11-15"))
    add_claim(catalog, person.id, ClaimFields("execution", "1937-10-01"))
    add_claim(
        catalog, person.id, ClaimFields("sentence", "1938", sentence="10 лет без права переписки")
    )
    add_claim(catalog, person.id, ClaimFields("rehabilitation_revoked", "2022-05-01"))
    run_checks(catalog)
    kinds = {f.rule: f.kind for f in list_flags(catalog)}
    assert kinds["death_before_arrest"] == "conflicting_dates"
    assert kinds["cover_formula"] == "cover_formula"
    assert kinds["rehabilitation_revoked"] == "rehabilitation_revoked"


def test_checking_one_person_leaves_the_others_alone(catalog: Catalog) -> None:
    first = shot_person(catalog, "Первый")
    second = shot_person(catalog, "Второй")
    report = run_checks(catalog, person_ids=[second["person"]])
    assert report.persons == 1
    assert {f.person_id for f in list_flags(catalog)} == {second["person"]}
    del first


def test_progress_and_cancel(catalog: Catalog) -> None:
    shot_person(catalog)
    seen: list[Progress] = []
    run_checks(catalog, progress=seen.append)
    assert seen[0].done == 0 and seen[-1].done == seen[-1].total == 1
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        run_checks(catalog, cancel=token)


def test_flag_rows_carry_the_loaded_ids(catalog: Catalog) -> None:
    ids = shot_person(catalog)
    run_checks(catalog)
    (row,) = [r for r in flag_rows(catalog) if r.kind == "likely_falsified_death"]
    assert row.person_id == ids["person"] and row.person_name == "Злотников Семён"
    assert row.reason_texts("ru")[0].startswith("возможно вымышлено")
