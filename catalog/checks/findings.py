"""What the checks find about a person, before it is written as a flag."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Finding:
    """A flag to raise: the rule, the claim it is about, the claims it rests on, and reasons in
    plain English, Russian and Ukrainian (`reasons` is a list of {"en": …, "ru": …, "uk": …,
    "reader": {…}}, see `catalog.vocab_reasons`)."""

    rule: str
    kind: str
    score: float
    person_id: int
    claim_id: int | None
    evidence: tuple[int, ...]
    reasons: tuple[dict[str, str], ...]

    @property
    def reasons_en(self) -> list[str]:
        return [reason["en"] for reason in self.reasons]

    @property
    def reasons_ru(self) -> list[str]:
        return [reason["ru"] for reason in self.reasons]

    @property
    def reasons_uk(self) -> list[str]:
        return [reason["uk"] for reason in self.reasons]
