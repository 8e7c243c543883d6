"""Flags: suspicions raised by the rules or by a person, and a person's decision on them.

A rule's flag is identified by a fingerprint (rule, person, evidence), so re-running the checks
updates the flag it raised before instead of adding a second one, and a flag a person dismissed
stays dismissed.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from catalog import models
from catalog.db import Catalog
from catalog.errors import InvalidInput, NotFound
from catalog.services import validate
from catalog.services.views import FlagView, flag_view
from catalog.vocab import FlagOrigin, FlagStatus


def rule_fingerprint(rule: str, person_id: int, evidence: Sequence[int]) -> str:
    return f"rule:{rule}:person:{person_id}:claims:{','.join(map(str, sorted(evidence)))}"


def upsert_rule_flag(
    session: Session,
    *,
    person_id: int,
    rule: str,
    kind: str,
    score: float,
    reasons: list[Any],
    evidence: Sequence[int],
    claim_id: int | None = None,
    document_id: int | None = None,
) -> models.Flag:
    """Create the rule's flag, or refresh the existing one without touching its status."""
    if not 0.0 <= score <= 1.0:
        raise InvalidInput("score", "a score is between 0 and 1")
    fingerprint = rule_fingerprint(rule, person_id, evidence)
    flag = session.scalar(select(models.Flag).where(models.Flag.fingerprint == fingerprint))
    if flag is None:
        flag = models.Flag(
            person_id=person_id,
            rule=rule,
            origin=FlagOrigin.RULE.value,
            status=FlagStatus.SUGGESTED.value,
            fingerprint=fingerprint,
        )
        session.add(flag)
    flag.kind = kind
    flag.score = round(score, 4)
    flag.reasons = reasons
    flag.evidence = sorted(evidence)
    flag.claim_id = claim_id
    flag.document_id = document_id
    return flag


def add_person_flag(
    catalog: Catalog,
    person_id: int,
    kind: str,
    reason: str,
    *,
    score: float = 1.0,
    evidence: Sequence[int] = (),
) -> FlagView:
    """A flag raised by a person (a researcher's own suspicion), confirmed from the start."""
    with catalog.write() as session:
        if session.get(models.Person, person_id) is None:
            raise NotFound("person", person_id)
        flag = models.Flag(
            person_id=person_id,
            kind=validate.text("kind", kind),
            rule="",
            origin=FlagOrigin.PERSON.value,
            score=score,
            status=FlagStatus.CONFIRMED.value,
            reasons=[reason],
            evidence=sorted(evidence),
            fingerprint=f"person:{models.new_uid()}",
        )
        session.add(flag)
        session.flush()
        return flag_view(flag)


def set_flag_status(catalog: Catalog, flag_id: int, status: str) -> FlagView:
    with catalog.write() as session:
        flag = session.get(models.Flag, flag_id)
        if flag is None:
            raise NotFound("flag", flag_id)
        flag.status = validate.enum_value("status", status, FlagStatus)
        session.flush()
        return flag_view(flag)


def list_flags(
    catalog: Catalog, *, person_id: int | None = None, include_dismissed: bool = True
) -> list[FlagView]:
    with catalog.read() as session:
        query = select(models.Flag).order_by(models.Flag.person_id, models.Flag.score.desc())
        if person_id is not None:
            query = query.where(models.Flag.person_id == person_id)
        if not include_dismissed:
            query = query.where(models.Flag.status != FlagStatus.DISMISSED.value)
        return [flag_view(flag) for flag in session.scalars(query)]
