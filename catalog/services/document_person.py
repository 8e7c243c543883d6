"""Linking a document to the person its text names: the matching person, or a new one.

`link_named_person` is what `spravka extract --link` and the GUI's one-click proposal do:

* the document already has a subject: nothing to do (`already`);
* its text names nobody: nothing linked (`nameless`);
* one person matches best: linked as the subject (`linked`);
* two or more match equally well: nobody linked, the matches listed (`tied`) — a person chooses;
* nobody matches: a new person made from the name in the text, linked (`created`).
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Literal

from sqlalchemy import select

from catalog import models
from catalog.db import Catalog
from catalog.services.documents import get_model
from catalog.services.person_matching import PersonProposal, propose_person
from catalog.services.persons import PersonFields, apply_person_fields
from catalog.vocab import LinkRole

Outcome = Literal["already", "nameless", "linked", "tied", "created"]


@dataclass(frozen=True)
class LinkResult:
    outcome: Outcome
    document_id: int
    person_id: int | None
    proposal: PersonProposal | None


def subjects(catalog: Catalog, document_id: int) -> list[int]:
    with catalog.read() as session:
        get_model(session, document_id)
        return list(
            session.scalars(
                select(models.DocumentLink.person_id)
                .where(
                    models.DocumentLink.document_id == document_id,
                    models.DocumentLink.role == LinkRole.SUBJECT.value,
                )
                .order_by(models.DocumentLink.person_id)
            )
        )


def link_subject(catalog: Catalog, document_id: int, person_id: int) -> None:
    """Link the person as the document's subject (idempotent)."""
    with catalog.write() as session:
        if session.get(models.DocumentLink, (document_id, person_id, "subject")) is None:
            session.add(
                models.DocumentLink(
                    document_id=document_id, person_id=person_id, role=LinkRole.SUBJECT.value
                )
            )


def link_named_person(catalog: Catalog, document_id: int) -> LinkResult:
    """Link the document to the person its text names (see the module's docstring)."""
    existing = subjects(catalog, document_id)
    if existing:
        return LinkResult("already", document_id, existing[0], None)
    proposal = propose_person(catalog, document_id)
    if proposal.named is None:
        return LinkResult("nameless", document_id, None, proposal)
    if proposal.matches:
        best = proposal.best
        if best is None:
            return LinkResult("tied", document_id, None, proposal)
        link_subject(catalog, document_id, best.person.id)
        return LinkResult("linked", document_id, best.person.id, proposal)
    assert proposal.new_person is not None
    values = {f.name: getattr(proposal.new_person, f.name) for f in fields(PersonFields)}
    # The person and the link in one transaction: never a new person left unlinked.
    with catalog.write() as session:
        person = models.Person()
        apply_person_fields(person, values)
        session.add(person)
        session.flush()
        session.add(
            models.DocumentLink(
                document_id=document_id, person_id=person.id, role=LinkRole.SUBJECT.value
            )
        )
        person_id = person.id
    return LinkResult("created", document_id, person_id, proposal)
