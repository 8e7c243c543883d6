"""Claims that disagree about the same event, found for display beside each other.

This is not the falsification check (that is `catalog.checks`, which scores and explains); it only
answers "which claims should a person read side by side". Claims about a person's end — death and
execution — form one question: a death certificate and an archival reply that name different
dates, or an execution next to a "died of pneumonia", disagree. Birth, arrest and sentence claims
disagree when their dates cannot be the same day.

Two dates agree when one can be a less precise form of the other (1937 and 1937-10-20 agree;
1937-10-20 and 1943-06-10 do not).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from catalog.dates import PartialDate
from catalog.services.views import ClaimView
from catalog.vocab import ClaimKind

# Each topic is a question several kinds of claim answer.
TOPICS: dict[str, tuple[str, ...]] = {
    "fate": (ClaimKind.DEATH.value, ClaimKind.EXECUTION.value),
    "birth": (ClaimKind.BIRTH.value,),
    "arrest": (ClaimKind.ARREST.value,),
    "sentence": (ClaimKind.SENTENCE.value,),
}


@dataclass(frozen=True)
class Conflict:
    topic: str  # a key of TOPICS
    claims: tuple[ClaimView, ...]  # in date order, undated last


def dates_agree(first: PartialDate | None, second: PartialDate | None) -> bool:
    """Whether two stated dates can denote the same day (an unknown date agrees with any)."""
    if first is None or second is None:
        return True
    return first.earliest() <= second.latest() and second.earliest() <= first.latest()


def _disagree(first: ClaimView, second: ClaimView) -> bool:
    if not dates_agree(first.date, second.date):
        return True
    # An execution and a death from illness are different ends even when the dates agree.
    kinds = {first.kind, second.kind}
    if kinds == {ClaimKind.DEATH.value, ClaimKind.EXECUTION.value}:
        death = first if first.kind == ClaimKind.DEATH.value else second
        return bool(death.cause) and "расстрел" not in death.cause.lower()
    return False


def find_conflicts(claims: Iterable[ClaimView]) -> list[Conflict]:
    """For each topic, the claims involved in at least one disagreement."""
    claims = list(claims)
    conflicts = []
    for topic, kinds in TOPICS.items():
        about = [c for c in claims if c.kind in kinds]
        involved: set[int] = set()
        for i, first in enumerate(about):
            for second in about[i + 1 :]:
                if _disagree(first, second):
                    involved.update((first.id, second.id))
        if involved:
            chosen = [c for c in about if c.id in involved]
            chosen.sort(key=lambda c: (c.date is None, c.date.sort_key if c.date else 0, c.id))
            conflicts.append(Conflict(topic=topic, claims=tuple(chosen)))
    return conflicts
