"""Flags as `spravka check` shows them, with the ids persons and claims were loaded under."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from catalog import models
from catalog.db import Catalog
from catalog.vocab import FlagStatus
from catalog.vocab_reasons import reason_text


@dataclass(frozen=True)
class FlagRow:
    id: int
    person_id: int
    person_source_id: str | None
    person_name: str
    kind: str
    rule: str
    origin: str
    score: float
    status: str
    claim_id: int | None
    claims: tuple[int, ...]
    claim_source_ids: tuple[str, ...]
    reasons: tuple[Any, ...]

    def reason_texts(self, language: str = "en") -> list[str]:
        """Reasons as plain strings in one language (person-raised flags are plain already);
        a flag checked before Ukrainian existed gives its Russian reasons for "uk"."""
        return [reason_text(reason, language) for reason in self.reasons]


def flag_rows(
    catalog: Catalog, *, person_ids: Iterable[int] | None = None, include_dismissed: bool = False
) -> list[FlagRow]:
    """Flags by person, highest score first; dismissed ones only if asked for."""
    with catalog.read() as session:
        query = (
            select(models.Flag, models.Person)
            .join(models.Person, models.Flag.person_id == models.Person.id)
            .order_by(models.Flag.person_id, models.Flag.score.desc(), models.Flag.id)
        )
        if person_ids is not None:
            query = query.where(models.Flag.person_id.in_(list(person_ids)))
        if not include_dismissed:
            query = query.where(models.Flag.status != FlagStatus.DISMISSED.value)
        rows = list(session.execute(query))
        claim_ids = {c for flag, _ in rows for c in flag.evidence or ()}
        sources = dict(
            session.execute(
                select(models.Claim.id, models.Claim.source_id).where(
                    models.Claim.id.in_(claim_ids)
                )
            ).all()
        )
        return [
            FlagRow(
                id=flag.id,
                person_id=person.id,
                person_source_id=person.source_id,
                person_name=person.full_name,
                kind=flag.kind,
                rule=flag.rule,
                origin=flag.origin,
                score=flag.score,
                status=flag.status,
                claim_id=flag.claim_id,
                claims=tuple(flag.evidence or ()),
                claim_source_ids=tuple(
                    sources[c] for c in flag.evidence or () if sources.get(c) is not None
                ),
                reasons=tuple(flag.reasons or ()),
            )
            for flag, person in rows
        ]
