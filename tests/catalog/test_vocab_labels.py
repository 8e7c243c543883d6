"""The one home of the catalogue's words: every term and every check reason in en, ru and uk."""

from __future__ import annotations

import string
from enum import StrEnum

import pytest

from catalog import vocab
from catalog.dates import PartialDate
from catalog.vocab_labels import (
    CLAIM_KIND_NOUNS,
    CLAIM_KINDS,
    DOCUMENT_KINDS,
    FLAG_KINDS,
    FLAG_LABELS,
    FLAG_STATUSES,
    LANGUAGES,
    LINK_ROLES,
    NAME_VARIANT_KINDS,
    QUALIFIERS,
    SEXES,
    TRANSCRIPTION_ORIGINS,
    WORDS,
    Table,
    likelihood,
    pick,
)
from catalog.vocab_reasons import DEFAULTS, REASONS, Ref, reason, reason_text

TABLES: list[tuple[type[StrEnum], Table]] = [
    (vocab.ClaimKind, CLAIM_KINDS),
    (vocab.ClaimKind, CLAIM_KIND_NOUNS),
    (vocab.DocumentKind, DOCUMENT_KINDS),
    (vocab.LinkRole, LINK_ROLES),
    (vocab.Sex, SEXES),
    (vocab.Qualifier, QUALIFIERS),
    (vocab.FlagStatus, FLAG_STATUSES),
    (vocab.TranscriptionOrigin, TRANSCRIPTION_ORIGINS),
]


@pytest.mark.parametrize(("enum", "table"), TABLES)
def test_every_stored_value_has_a_name_in_three_languages(
    enum: type[StrEnum], table: Table
) -> None:
    assert set(table) == {member.value for member in enum}
    for entry in table.values():
        assert all(entry.get(lang, "").strip() for lang in LANGUAGES), entry


def test_flag_kinds_and_other_tables_are_complete() -> None:
    kinds = {"likely_falsified_death", "conflicting_dates", "cover_formula"}
    kinds.update(("rehabilitation_revoked", "family_member_of_traitor"))
    assert set(FLAG_KINDS) == set(FLAG_LABELS) == kinds
    for table in (FLAG_KINDS, FLAG_LABELS, NAME_VARIANT_KINDS, WORDS, DEFAULTS):
        for entry in table.values():
            assert all(entry.get(lang, "").strip() for lang in LANGUAGES), entry


def test_a_missing_language_falls_back_and_an_unknown_term_reads_as_words() -> None:
    table = {"x": {"en": "thing", "ru": "вещь"}}
    assert pick(table, "x", "uk") == "вещь"  # Ukrainian falls back to Russian
    assert pick(table, "not_there", "uk") == "not there"
    assert likelihood(0.904, "en") == "likelihood 90%"
    assert likelihood(0.904, "uk") == "ймовірність 90\u00a0%"


@pytest.mark.parametrize("key", sorted(REASONS))
def test_each_reason_template_has_the_same_fields_in_every_language(key: str) -> None:
    def fields(text: str) -> set[str]:
        return {name for _, name, _, _ in string.Formatter().parse(text) if name}

    templates = REASONS[key]
    assert set(templates) == set(LANGUAGES)
    assert fields(templates["en"]) == fields(templates["ru"]) == fields(templates["uk"])


def test_a_reason_names_claims_by_number_for_the_researcher_and_by_document_for_a_reader() -> None:
    death = Ref(4, "death", "Свидетельство о смерти", "death_certificate")
    execution = Ref(3, "execution", "", "archival_reply")
    stored = reason(
        "execution_conflict",
        execution=execution,
        execution_date=PartialDate(1937, 10, 20),
        execution_quote="",
        death=death,
        death_date=PartialDate(1943, 6, 10, qualifier="about"),
    )
    assert "claim 3 (execution)" in stored["en"] and "claim 4 (death, Свидетельство" in stored["en"]
    assert "утверждение 4 (смерть, Свидетельство о смерти)" in stored["ru"]
    assert stored["uk"].startswith("Правило 1, суперечність з архівною датою розстрілу")
    assert "твердження 3 (розстріл)" in stored["uk"] and "близько 10.06.1943" in stored["uk"]
    reader = stored["reader"]
    assert "твердження з документа «Архівна довідка»" in reader["uk"]  # no title: the kind
    assert "the statement in «Свидетельство о смерти»" in reader["en"]
    for text in reader.values():
        assert not any(word in text for word in ("claim 3", "утверждение 4", "твердження 4"))
    assert reason_text(stored, "uk", reader=True) == reader["uk"]
    assert reason_text(stored, "uk") == stored["uk"]
    # A reason stored before Ukrainian existed: Russian for uk, the stored words for the reader.
    old = {"en": "claim 4 is late", "ru": "утверждение 4 позже"}
    assert reason_text(old, "uk", reader=True) == "утверждение 4 позже"


def test_a_sentence_opening_with_a_claim_starts_with_a_capital() -> None:
    stored = reason(
        "event_before_birth",
        claim=Ref(7, "arrest", has_document=False),
        claim_date=PartialDate(1880),
        birth_date=PartialDate(1894),
    )
    # A claim with no document is named as the researcher's own conclusion (issue 12).
    assert stored["en"] == (
        "Claim 7 (arrest, the researcher's own conclusion) is dated 1880, before the birth (1894)."
    )
    assert "собственный вывод исследователя" in stored["ru"]
    assert "власний висновок дослідника" in stored["uk"]
    assert (
        stored["reader"]["ru"]
        == "Утверждение без документа датировано 1880 — раньше рождения (1894)."
    )
