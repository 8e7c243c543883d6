"""What leaves the catalogue: living people and private marks in exports and packages.

A person is presumed living when born less than 100 years ago (counted from the latest day the
recorded birth date allows, or "after" a date: possibly later still) and no claim states a death,
an execution or a burial (the rule: `catalog.services.privacy.presumed_living`). A person
with no birth date is not presumed living. A mark set by hand (`persons.living`: living or
deceased) overrides the presumption.

GEDCOM, CSV, JSON and dossier exports take a `Living` choice, by default `NAME_ONLY`: a living
person keeps their names; dates, places, notes, addresses, claims, flags and the documents that
concern only living people are left out. `EXCLUDE` leaves the person out entirely; `INCLUDE`
keeps everything. Exchange packages keep everything (they are for the work itself).

A document, a claim or a person's notes marked private stay out of every export and package
unless `include_private` is given; the dossier never shows them.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from catalog import models
from catalog.db import Catalog
from catalog.io.files import ExportError
from catalog.services.privacy import (  # noqa: F401 - the rule, named here for the exports
    END_OF_LIFE,
    PRESUMED_LIFESPAN,
    living_person_ids,
    presumed_living,
)


class Living(enum.StrEnum):
    INCLUDE = "include"
    NAME_ONLY = "name-only"
    EXCLUDE = "exclude"


@dataclass(frozen=True)
class ExportPolicy:
    """How an export treats living people and private items."""

    living: Living = Living.NAME_ONLY
    include_private: bool = False
    today: dt.date | None = None  # None: today's date when the export runs


EVERYTHING = ExportPolicy(Living.INCLUDE, include_private=True)
# Exchange packages: every person as they are, private items only when asked for.
PACKAGE = ExportPolicy(Living.INCLUDE, include_private=False)


@dataclass
class PrivacyFilter:
    """The policy applied to one catalogue: which records an export leaves out or reduces."""

    policy: ExportPolicy
    living: set[int] = field(default_factory=set)
    private_documents: set[int] = field(default_factory=set)
    # Documents that concern only living persons (left out unless living people are included).
    living_documents: set[int] = field(default_factory=set)

    @classmethod
    def load(cls, session: Session, policy: ExportPolicy) -> PrivacyFilter:
        living: set[int] = set()
        living_documents: set[int] = set()
        if policy.living is not Living.INCLUDE:
            living = living_person_ids(session, policy.today)
            if living:
                concerned: dict[int, set[int]] = {}
                for document_id, person_id in session.execute(
                    select(models.DocumentLink.document_id, models.DocumentLink.person_id)
                ):
                    concerned.setdefault(document_id, set()).add(person_id)
                for document_id, person_id in session.execute(
                    select(models.Claim.document_id, models.Claim.person_id).where(
                        models.Claim.document_id.is_not(None)
                    )
                ):
                    concerned.setdefault(document_id, set()).add(person_id)
                living_documents = {
                    document_id
                    for document_id, persons in concerned.items()
                    if persons and persons <= living
                }
        private_documents: set[int] = set()
        if not policy.include_private:
            private_documents = set(
                session.scalars(select(models.Document.id).where(models.Document.private))
            )
        return cls(policy, living, private_documents, living_documents)

    # -- persons ------------------------------------------------------------------------------

    def person_left_out(self, person_id: int) -> bool:
        return self.policy.living is Living.EXCLUDE and person_id in self.living

    def name_only(self, person_id: int) -> bool:
        """The person's names only: no dates, places, notes, claims, flags or documents."""
        return self.policy.living is Living.NAME_ONLY and person_id in self.living

    def notes_shown(self, person: models.Person) -> bool:
        if self.name_only(person.id):
            return False
        return self.policy.include_private or not person.notes_private

    def persons(self, persons: Iterable[models.Person]) -> list[models.Person]:
        return [person for person in persons if not self.person_left_out(person.id)]

    # -- documents and claims -----------------------------------------------------------------

    def document_shown(self, document_id: int | None) -> bool:
        if document_id is None:
            return True
        if document_id in self.private_documents:
            return False
        return document_id not in self.living_documents

    def claim_shown(self, claim: models.Claim) -> bool:
        if self.person_left_out(claim.person_id) or self.name_only(claim.person_id):
            return False
        if claim.private and not self.policy.include_private:
            return False
        # A claim citing a private document would tell what the document says.
        return claim.document_id is None or claim.document_id not in self.private_documents

    def link_shown(self, link: models.DocumentLink) -> bool:
        if not self.document_shown(link.document_id):
            return False
        return not (self.person_left_out(link.person_id) or self.name_only(link.person_id))

    def relationship_shown(self, row: models.Relationship) -> bool:
        """A relationship (its dates, note and source) between two persons not reduced to
        their names, citing no document left out."""
        for person_id in (row.person_id, row.relative_id):
            if self.person_left_out(person_id) or self.name_only(person_id):
                return False
        return self.document_shown(row.document_id)

    def flag_shown(self, flag: models.Flag, hidden_claims: set[int] | None = None) -> bool:
        if self.person_left_out(flag.person_id) or self.name_only(flag.person_id):
            return False
        evidence = {flag.claim_id, *(flag.evidence or ())} - {None}
        return not (evidence & (hidden_claims or set()))

    def hidden_claim_ids(self, session: Session) -> set[int]:
        """Claims left out, for flags that cite them as evidence."""
        query = select(
            models.Claim.id,
            models.Claim.person_id,
            models.Claim.private,
            models.Claim.document_id,
        )
        hidden = set()
        for row in session.execute(query):
            if (
                self.person_left_out(row.person_id)
                or self.name_only(row.person_id)
                or (row.private and not self.policy.include_private)
                or (row.document_id is not None and row.document_id in self.private_documents)
            ):
                hidden.add(row.id)
        return hidden


def load_filter(catalog: Catalog, policy: ExportPolicy) -> PrivacyFilter:
    with catalog.read() as session:
        return PrivacyFilter.load(session, policy)


def apply_marks(
    record: models.Person | models.Document | models.Claim, marks: dict[str, bool]
) -> None:
    """Privacy marks read from an interchange file or a package. A private mark only ever adds
    privacy (a file cannot make a private record public); a living/deceased mark fills an unset
    one."""
    for key, value in marks.items():
        if key == "living":
            if record.living is None:  # type: ignore[union-attr]
                record.living = value  # type: ignore[union-attr]
        elif value:
            setattr(record, key, True)


def refuse_private_pages(
    catalog: Catalog, page_ids: Iterable[int], out: Path | str, include_private: bool
) -> None:
    """Per-document exports (ALTO, hOCR, text, searchable PDF): a page of a document marked
    private is exported only when asked for (`include_private`)."""
    if include_private:
        return
    ids = list(page_ids)
    with catalog.read() as session:
        private = session.scalar(
            select(models.Page.document_id)
            .join(models.Document, models.Document.id == models.Page.document_id)
            .where(models.Page.id.in_(ids), models.Document.private)
            .limit(1)
        )
    if private is not None:
        raise ExportError(
            out,
            f"document {private} is marked private; nothing was written "
            "(--include-private exports it, or remove the mark)",
        )
