"""The rules' data file."""

from __future__ import annotations

import tomllib
from importlib import resources

import pytest

from catalog.checks.config import RulesError, default_rules, parse_rules


def test_rules_file_loads_with_every_weight_the_rules_use() -> None:
    config = default_rules()
    for name in (
        "execution_conflict",
        "death_sentence_conflict",
        "registration_window",
        "registration_window_issued",
        "registration_truthful",
        "ten_year_envelope",
        "execution_lag",
        "cause_attested",
        "cause_weak",
        "vague_place",
        "cover_formula",
        "operation_period",
        "later_document",
        "camp_sentence",
        "medical_act",
        "ordinary_court",
    ):
        assert isinstance(config.weight(name), float)
    assert config.label_ru == "возможно вымышлено (108сс)"
    assert config.label_en == "possibly fabricated (108ss)"
    assert 0 < config.threshold < config.ceiling < 1


def test_a_broken_rules_file_is_reported_plainly() -> None:
    data = tomllib.loads(
        resources.files("catalog.checks").joinpath("rules.toml").read_text(encoding="utf-8")
    )
    del data["windows"]["execution_lag_days"]
    with pytest.raises(RulesError, match=r"rules\.toml: missing value .execution_lag_days."):
        parse_rules(data)
    data = tomllib.loads(
        resources.files("catalog.checks").joinpath("rules.toml").read_text(encoding="utf-8")
    )
    data["windows"]["mass_operation"] = ["1937-08-05", "not a date"]
    with pytest.raises(RulesError, match="not a date"):
        parse_rules(data)
    with pytest.raises(RulesError, match="no weight for rule 'nonsense'"):
        default_rules().weight("nonsense")


def test_labels_in_both_languages() -> None:
    config = default_rules()
    assert config.label("likely_falsified_death", "ru") == "возможно вымышлено (108сс)"
    assert config.label("conflicting_dates") == "conflicting dates"
    assert config.label("cover_formula", "ru") == "формула «без права переписки»"
    assert config.label("someone_elses_kind") == "someone elses kind"
