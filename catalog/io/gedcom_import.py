"""`spravka import gedcom FILE.ged`: a family tree from a genealogy program, in one transaction.

The file is read (`gedcom_read`), mapped (`gedcom_map`) and stored here: sources as documents,
individuals as persons with their name variants and claims, families as relationships through
`catalog.services.families`, whose rules refuse a person who is their own parent or ancestor.
What cannot be stored is reported with its line number and the rest goes in; an unexpected
failure rolls everything back, so nothing is ever half-written.

Uids are derived from the file: a namespace from the header (the program, its version, the date
and time of the export; the whole content when the header has no date), each record's xref and
its name or title.
Importing the same file again finds every record of the first import and adds nothing. A person
or source exported by Spravka carries its own uid (REFN) and is matched by it.
"""

from __future__ import annotations

import hashlib
import uuid
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from catalog import models
from catalog.db import Catalog
from catalog.errors import InvalidInput
from catalog.io.gedcom_map import (
    GedcomPlan,
    PlannedCitation,
    PlannedFamily,
    PlannedPerson,
    PlannedSource,
    map_gedcom,
)
from catalog.io.gedcom_media_import import import_media
from catalog.io.gedcom_read import GedcomFile, Node, Problem, read_gedcom
from catalog.progress import CancelToken, Progress, ProgressCallback, ignore_progress
from catalog.services.families import RelationshipFields, RelationshipRefused, new_relationship
from catalog.vocab import ClaimStatus, RelationKind

NAMESPACE = uuid.UUID("8d1b7a52-3f2e-4c1a-9a0e-6765646f6d31")
UNMAPPED_SHOWN = 20


@dataclass
class GedcomImportReport:
    file: Path
    encoding: str
    declared: str
    created: Counter[str] = field(default_factory=Counter)
    present: Counter[str] = field(default_factory=Counter)
    problems: list[Problem] = field(default_factory=list)
    unmapped: list[Problem] = field(default_factory=list)

    def unmapped_by_tag(self) -> dict[str, int]:
        return dict(Counter(p.tag for p in self.unmapped).most_common())

    def summary(self) -> str:
        parts = [f"{n} {kind}(s) added" for kind, n in sorted(self.created.items()) if n]
        parts += [f"{n} {kind}(s) already present" for kind, n in sorted(self.present.items()) if n]
        text = f"{self.file}: " + (", ".join(parts) if parts else "nothing to import")
        if self.problems:
            text += f"; {len(self.problems)} problem(s)"
        if self.unmapped:
            text += f"; {len(self.unmapped)} line(s) not mapped"
        return text

    def lines(self) -> list[str]:
        """The report as a person reads it: encoding, problems, what was not mapped."""
        out = [f"encoding: CHAR {self.declared or '(none)'}, read as {self.encoding}"]
        out += [f"problem: {problem}" for problem in self.problems]
        for tag, count in self.unmapped_by_tag().items():
            first = next(p for p in self.unmapped if p.tag == tag)
            out.append(f"not mapped: {tag} ×{count} (first at line {first.line})")
        out.append(self.summary())
        return out

    def to_json(self) -> dict[str, object]:
        return {
            "file": str(self.file),
            "encoding": self.encoding,
            "declared": self.declared,
            "created": dict(self.created),
            "present": dict(self.present),
            "problems": [{"line": p.line, "problem": p.message} for p in self.problems],
            "unmapped": [
                {"line": p.line, "tag": p.tag, "problem": p.message} for p in self.unmapped
            ],
        }


def file_key(gedcom: GedcomFile, raw: bytes) -> str:
    """What tells this file's records from another file's with the same xrefs."""
    header = gedcom.header
    if header is not None and header.first("DATE") is not None:
        return hashlib.sha256(_node_text(header).encode("utf-8")).hexdigest()
    return hashlib.sha256(raw).hexdigest()


def _node_text(node: Node) -> str:
    lines = [f"{node.level} {node.tag} {node.value}"]
    lines += [_node_text(child) for child in node.children if child.tag != "FILE"]
    return "\n".join(lines)


class _Store:
    def __init__(self, session: Session, plan: GedcomPlan, key: str, report: GedcomImportReport):
        self.session = session
        self.plan = plan
        self.key = key
        self.report = report
        self.documents: dict[str, models.Document] = {}
        self.persons: dict[str, models.Person] = {}
        self.created: set[int] = set()  # id() of the persons this import adds
        self.planned_persons = {p.xref: p for p in plan.persons}

    def uid(self, kind: str, local: str) -> str:
        return str(uuid.uuid5(NAMESPACE, f"{self.key}:{kind}:{local}"))

    # A record's uid joins the file's key, its xref and what it is (the name, the title): two
    # files whose headers happen to agree still never take one's I1 for the other's.
    def person_uid(self, planned: PlannedPerson) -> str:
        name = planned.name
        words = (name.surname, name.given, name.patronymic) if name else ()
        return planned.uid or self.uid("INDI", f"{planned.xref}:{'|'.join(words)}")

    def source_uid(self, planned: PlannedSource) -> str:
        return planned.uid or self.uid("SOUR", f"{planned.xref}:{planned.title}")

    def preload(self) -> None:
        """The records of an earlier import of this file, found by uid in a few queries."""
        sources = [self.source_uid(s) for s in self.plan.sources.values()]
        persons = [self.person_uid(p) for p in self.plan.persons]
        self.known_documents = _by_uid(self.session, models.Document, sources)
        self.known_persons = _by_uid(self.session, models.Person, persons)
        families = [f"gedcom:{f.xref}" for f in self.plan.families]
        self.known_relationships: set[str] = set()
        for start in range(0, len(families), 500):
            self.known_relationships.update(
                self.session.scalars(
                    select(models.Relationship.uid).where(
                        models.Relationship.source_id.in_(families[start : start + 500])
                    )
                )
            )

    # -- documents ----------------------------------------------------------------------------

    def source(self, planned: PlannedSource) -> None:
        uid = self.source_uid(planned)
        document = self.known_documents.get(uid)
        if document is not None:
            self.report.present["document"] += 1
        else:
            document = models.Document(
                uid=uid,
                source_id=f"gedcom:{planned.xref}",
                kind="other",
                title=planned.title,
                issuer=planned.author,
                archive=planned.archive,
                notes="\n\n".join(n for n in [*planned.notes, planned.call_number] if n),
            )
            self.session.add(document)
            self.report.created["document"] += 1
        self.documents[planned.xref] = document

    def document_of(self, citation: PlannedCitation) -> models.Document | None:
        document = self.documents.get(citation.source)
        if document is None:
            self.report.problems.append(
                Problem(citation.line, f"the source @{citation.source}@ does not exist")
            )
        return document

    # -- persons ------------------------------------------------------------------------------

    def person(self, planned: PlannedPerson) -> None:
        uid = self.person_uid(planned)
        person = self.known_persons.get(uid)
        if person is not None:
            self.report.present["person"] += 1
            self.persons[planned.xref] = person
            return
        name = planned.name
        assert name is not None
        person = models.Person(
            uid=uid,
            source_id=f"gedcom:{planned.xref}",
            surname=name.surname,
            given_name=name.given,
            patronymic=name.patronymic,
            sex=planned.sex,
            occupation="; ".join(planned.occupation),
            nationality=planned.nationality,
            residence=planned.residence,
            notes="\n\n".join(n for n in planned.notes if n),
        )
        births = [e for e in planned.events if e.kind == "birth"]
        if births:
            person.birth = next((e.date for e in births if e.date is not None), None)
            person.birth_place = next((e.place for e in births if e.place), "")
        for variant in planned.variants:
            person.name_variants.append(
                models.NameVariant(
                    surname=variant.surname,
                    given_name=variant.given,
                    patronymic=variant.patronymic,
                    script=variant.script,
                    kind=variant.kind,
                )
            )
        self.session.add(person)
        self.persons[planned.xref] = person
        self.created.add(id(person))
        self.report.created["person"] += 1
        for number, event in enumerate(planned.events):
            citations: list[PlannedCitation | None] = list(event.citations) or [None]
            for cited, citation in enumerate(citations):
                document = self.document_of(citation) if citation else None
                claim = models.Claim(
                    uid=self.uid("claim", f"{uid}:{number}:{cited}"),
                    source_id=f"gedcom:{planned.xref}:{event.line}",
                    person=person,
                    kind=event.kind,
                    status=ClaimStatus.ACCEPTED.value,
                    place=event.place,
                    cause=event.cause,
                    body=event.body,
                    sentence=event.sentence,
                    note="\n".join(n for n in event.notes if n),
                    document=document,
                    quote=citation.quote if citation else "",
                )
                claim.when = event.date
                self.session.add(claim)
                self.report.created["claim"] += 1
        linked: set[int] = set()
        for citation in planned.citations:
            document = self.document_of(citation)
            if document is not None and id(document) not in linked:
                linked.add(id(document))
                person.links.append(models.DocumentLink(document=document, role="subject"))

    # -- families -----------------------------------------------------------------------------

    def family(self, planned: PlannedFamily) -> None:
        parents = []
        for role, xref in (("HUSB", planned.husband), ("WIFE", planned.wife)):
            if xref:
                person = self.member(xref, planned.line, role)
                if person is not None:
                    parents.append((xref, person))
        document = self.document_of(planned.citation) if planned.citation else None
        quote = planned.citation.quote if planned.citation else ""
        note = "\n".join(n for n in planned.notes if n)
        if len(parents) == 2:
            fields = RelationshipFields(
                kind=RelationKind.SPOUSE.value,
                began=planned.married,
                ended=planned.ended,
                note=note,
                document_id=document.id if document else None,
                quote=quote,
            )
            first, second = parents[0][1], parents[1][1]
            self.relate(
                planned, f"spouse:{first.uid}:{second.uid}", first, second, fields, planned.line
            )
        children = []
        for xref, line in planned.children:
            child = self.member(xref, line, "CHIL")
            if child is None:
                continue
            children.append(child)
            pedigree = self.pedigree(xref, planned.xref)
            for _xref, parent in parents:
                fields = RelationshipFields(
                    kind=RelationKind.PARENT.value,
                    detail=pedigree,
                    # Without a couple the family's notes have no spouse link to go to.
                    note=note if len(parents) < 2 else "",
                    document_id=document.id if document else None,
                    quote=quote,
                )
                self.relate(
                    planned, f"parent:{parent.uid}:{child.uid}", parent, child, fields, line
                )
        if not parents:
            for i, first in enumerate(children):
                for second in children[i + 1 :]:
                    fields = RelationshipFields(kind=RelationKind.SIBLING.value)
                    self.relate(
                        planned,
                        f"sibling:{first.uid}:{second.uid}",
                        first,
                        second,
                        fields,
                        planned.line,
                    )

    def pedigree(self, child_xref: str, family_xref: str) -> str:
        planned = self.planned_persons.get(child_xref)
        return planned.pedigree.get(family_xref, "") if planned is not None else ""

    def member(self, xref: str, line: int, role: str) -> models.Person | None:
        person = self.persons.get(xref)
        if person is None:
            self.report.problems.append(
                Problem(line, f"{role} points to @{xref}@, which is not a person in the file")
            )
        return person

    def relate(
        self,
        family: PlannedFamily,
        local: str,
        person: models.Person,
        relative: models.Person,
        fields: RelationshipFields,
        line: int,
    ) -> None:
        uid = self.uid("FAM", f"{family.xref}:{local}")
        if uid in self.known_relationships:
            self.report.present["relationship"] += 1
            return
        try:
            # The service's rules refuse a person related to themself, a parent link that
            # would make someone their own ancestor, and a repeat, before anything is added.
            row = new_relationship(self.session, person.id, relative.id, fields)
        except InvalidInput as error:
            refused = isinstance(error, RelationshipRefused)
            if (
                refused
                and error.reason == "exists"
                and not (id(person) in self.created and id(relative) in self.created)
            ):
                # Persons already in the catalogue (Spravka's own export coming back) already
                # have this relationship: found, not a problem.
                self.report.present["relationship"] += 1
                return
            problem = error.problem if refused else str(error)
            self.report.problems.append(
                Problem(
                    line,
                    f"family @{family.xref}@: {_who(person)} and {_who(relative)}: {problem}; "
                    "not recorded",
                )
            )
            return
        row.uid = uid
        row.source_id = f"gedcom:{family.xref}"
        self.report.created["relationship"] += 1


def _by_uid(session: Session, model: type[Any], uids: list[str]) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for start in range(0, len(uids), 500):
        chunk = uids[start : start + 500]
        found.update(
            (row.uid, row) for row in session.scalars(select(model).where(model.uid.in_(chunk)))
        )
    return found


def _who(person: models.Person) -> str:
    xref = (person.source_id or "").removeprefix("gedcom:")
    return f"@{xref}@ ({person.full_name})" if xref else person.full_name


def import_gedcom(
    catalog: Catalog,
    file: Path | str,
    *,
    language: str = "en",
    progress: ProgressCallback = ignore_progress,
    cancel: CancelToken | None = None,
) -> GedcomImportReport:
    """Read a GEDCOM file and store what it holds, all in one transaction (a cancel rolls it
    back whole)."""
    file = Path(file)
    try:
        raw = file.read_bytes()
    except OSError as error:
        raise InvalidInput("file", f"{file}: cannot be read ({error.strerror})") from None
    gedcom = read_gedcom(raw)
    if not gedcom.records or (
        gedcom.header is None and not any(r.tag in ("INDI", "FAM") for r in gedcom.records)
    ):
        raise InvalidInput("file", f"{file}: not a GEDCOM file (no HEAD, INDI or FAM record)")
    plan = map_gedcom(gedcom, language)
    report = GedcomImportReport(file, gedcom.encoding, gedcom.declared)
    report.problems = list(gedcom.problems) + plan.problems
    report.unmapped = plan.unmapped
    key = file_key(gedcom, raw)
    total = len(plan.sources) + len(plan.persons) + len(plan.families)
    done = 0
    with catalog.write() as session:
        store = _Store(session, plan, key, report)
        store.preload()
        for source in plan.sources.values():
            store.source(source)
        session.flush()
        with session.no_autoflush:
            for person in plan.persons:
                store.person(person)
                done += 1
                if done % 200 == 0:
                    progress(Progress(done, total, "persons"))
                    if cancel:
                        cancel.raise_if_cancelled()
        session.flush()
        for family in plan.families:
            store.family(family)
            done += 1
            if done % 200 == 0:
                progress(Progress(done, total, "families"))
                if cancel:
                    cancel.raise_if_cancelled()
        session.flush()
        # Ids, read before the session closes: the pictures are imported after the commit.
        targets = [
            (source.media, store.documents[xref].id, None)
            for xref, source in plan.sources.items()
            if source.media and xref in store.documents
        ]
        targets += [
            (person.media, None, store.persons[person.xref].id)
            for person in plan.persons
            if person.media and person.xref in store.persons
        ]
    if targets:
        # The tree is in; its pictures go through the image import, file by file (a picture
        # that cannot be read is reported and the rest go on).
        media = import_media(catalog, file, targets, progress=progress, cancel=cancel)
        report.created["page"] += media.pages
        report.present["picture"] += media.present
        report.problems += media.problems
    report.problems.sort(key=lambda p: p.line)
    return report
