"""The rules' data (`rules.toml`) read into a typed, frozen configuration.

Weights, windows and vocabularies live in the TOML file beside this module; the rule functions
only read them from here, so a rule's strength can be changed without changing its code. A test
may build a `RulesConfig` with other values (`replace(config, ...)`) to exercise one rule.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from catalog.errors import SpravkaError
from catalog.vocab_labels import flag_label


class RulesError(SpravkaError):
    """The rules file is missing a value or holds a wrong one."""

    def __init__(self, problem: str) -> None:
        self.problem = problem
        super().__init__(f"catalog/checks/rules.toml: {problem}")


@dataclass(frozen=True)
class RulesConfig:
    rule: str
    kind: str
    prior: float
    threshold: float
    ceiling: float
    weights: dict[str, float]
    instruction_108ss: tuple[dt.date, dt.date]
    truthful_registration: tuple[dt.date, dt.date]
    mass_operation: tuple[dt.date, dt.date]
    execution_lag_days: int
    envelope_years: int
    truthful_documents_from: dt.date
    attested_causes: frozenset[str]
    weak_causes: frozenset[str]
    vague_places: frozenset[str]
    medical_act: tuple[str, ...]
    not_carried_out: tuple[str, ...]
    cover_formula_words: tuple[str, ...]
    cover_rule: str
    cover_kind: str
    cover_score: float
    consistency: dict[str, float]

    def label(self, kind: str, language: str = "en") -> str:
        """How a kind of flag is named to a person, in English, Russian or Ukrainian (the names
        live with the catalogue's other terms, in `catalog.vocab_labels.FLAG_LABELS`)."""
        return flag_label(kind, language)

    @property
    def label_en(self) -> str:
        return self.label(self.kind, "en")

    @property
    def label_ru(self) -> str:
        return self.label(self.kind, "ru")

    @property
    def label_uk(self) -> str:
        return self.label(self.kind, "uk")

    def weight(self, name: str) -> float:
        try:
            return self.weights[name]
        except KeyError:
            raise RulesError(f"no weight for rule {name!r}") from None


def _date(value: Any, where: str) -> dt.date:
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise RulesError(f"{where}: {value!r} is not a date (YYYY-MM-DD)") from None


def _window(value: Any, where: str) -> tuple[dt.date, dt.date]:
    if not isinstance(value, list) or len(value) != 2:
        raise RulesError(f"{where}: expected [first day, last day]")
    return _date(value[0], where), _date(value[1], where)


def parse_rules(data: dict[str, Any]) -> RulesConfig:
    try:
        falsified = data["falsified_death"]
        windows = data["windows"]
        vocabulary = data["vocabulary"]
        cover = data["cover_formula"]
        return RulesConfig(
            rule=falsified["rule"],
            kind=falsified["kind"],
            prior=float(falsified["prior"]),
            threshold=float(falsified["threshold"]),
            ceiling=float(falsified["ceiling"]),
            weights={k: float(v) for k, v in falsified["weights"].items()},
            instruction_108ss=_window(windows["instruction_108ss"], "windows.instruction_108ss"),
            truthful_registration=_window(
                windows["truthful_registration"], "windows.truthful_registration"
            ),
            mass_operation=_window(windows["mass_operation"], "windows.mass_operation"),
            execution_lag_days=int(windows["execution_lag_days"]),
            envelope_years=int(windows["envelope_years"]),
            truthful_documents_from=_date(
                windows["truthful_documents_from"], "windows.truthful_documents_from"
            ),
            attested_causes=frozenset(vocabulary["attested_causes"]),
            weak_causes=frozenset(vocabulary["weak_causes"]),
            vague_places=frozenset(vocabulary["vague_places"]),
            medical_act=tuple(vocabulary["medical_act"]),
            not_carried_out=tuple(vocabulary["not_carried_out"]),
            cover_formula_words=tuple(vocabulary["cover_formula"]),
            cover_rule=cover["rule"],
            cover_kind=cover["kind"],
            cover_score=float(cover["score"]),
            consistency={k: float(v) for k, v in data["consistency"].items()},
        )
    except KeyError as exc:
        raise RulesError(f"missing value {exc.args[0]!r}") from None


@cache
def default_rules() -> RulesConfig:
    text = resources.files("catalog.checks").joinpath("rules.toml").read_text(encoding="utf-8")
    return parse_rules(tomllib.loads(text))
