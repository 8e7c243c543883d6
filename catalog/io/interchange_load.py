"""`spravka load`: merge an interchange file into the catalogue, all or nothing.

Records are matched by uid: the uid written by `dump`, or for hand-made files one derived from the
file's content and the record's local id, so loading the same file twice adds nothing. A record
that already exists is merged: empty fields are filled, differing values are kept as they are in
the catalogue and reported as conflicts. Nothing is ever deleted.
"""

from __future__ import annotations

import uuid
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from catalog import models
from catalog.db import Catalog
from catalog.io.interchange_families import load_relationships
from catalog.io.interchange_plan import (
    Plan,
    PlannedClaim,
    PlannedDocument,
    PlannedPage,
    PlannedPerson,
    PlannedTranscription,
)
from catalog.io.interchange_read import read_plan
from catalog.progress import Progress, ProgressCallback, ignore_progress
from catalog.services.documents import append_page
from catalog.services.flags import rule_fingerprint
from catalog.services.transcriptions import append_version
from catalog.vocab import FlagOrigin, FlagStatus


@dataclass
class LoadReport:
    file: Path
    created: Counter[str] = field(default_factory=Counter)
    merged: Counter[str] = field(default_factory=Counter)
    conflicts: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    blobs_stored: int = 0

    def summary(self) -> str:
        parts = [f"{n} {kind}(s) added" for kind, n in sorted(self.created.items()) if n]
        parts += [f"{n} {kind}(s) already present" for kind, n in sorted(self.merged.items()) if n]
        if self.conflicts:
            parts.append(f"{len(self.conflicts)} conflict(s) kept as in the catalogue")
        return f"{self.file}: " + (", ".join(parts) if parts else "nothing to load")


def _existing_by_uid(
    session: Session, model: type[models.Person | models.Document | models.Claim], uids: list[str]
) -> dict[str, Any]:
    """The records of a model already in the catalogue among `uids`, read in a few batches
    (one query per record would flush and search once per record of a large file)."""
    found: dict[str, Any] = {}
    for start in range(0, len(uids), 500):
        chunk = uids[start : start + 500]
        found.update(
            (row.uid, row) for row in session.scalars(select(model).where(model.uid.in_(chunk)))
        )
    return found


class _Merger:
    def __init__(self, session: Session, report: LoadReport, plan: Plan) -> None:
        self.session = session
        self.report = report
        self.tags: dict[str, models.Tag] = {}
        self.documents = _existing_by_uid(session, models.Document, [d.uid for d in plan.documents])
        self.persons = _existing_by_uid(session, models.Person, [p.uid for p in plan.persons])
        self.claims = _existing_by_uid(
            session, models.Claim, [c.uid for p in plan.persons for c in p.claims]
        )

    def set_or_keep(self, record: Any, label: str, attr: str, value: Any, new: bool) -> None:
        """Fill an empty field; on a differing non-empty one keep the catalogue's and report it."""
        if value in (None, ""):
            return
        current = getattr(record, attr)
        if new or current in (None, ""):
            setattr(record, attr, value)
        elif current != value:
            self.report.conflicts.append(
                f"{label}: {attr} is {current!r} in the catalogue, {value!r} in the file; "
                "kept the catalogue's"
            )

    def tag(self, name: str) -> models.Tag:
        if name not in self.tags:
            tag = self.session.scalar(select(models.Tag).where(models.Tag.name == name))
            if tag is None:
                tag = models.Tag(name=name)
                self.session.add(tag)
            self.tags[name] = tag
        return self.tags[name]

    def add_tags(self, record: models.Person | models.Document, names: list[str]) -> None:
        for name in names:
            tag = self.tag(name)
            if tag not in record.tags:
                record.tags.append(tag)

    # -- documents --------------------------------------------------------------------------

    def document(self, planned: PlannedDocument) -> tuple[models.Document, list[models.Page]]:
        document = self.documents.get(planned.uid)
        new = document is None
        if document is None:
            document = models.Document(uid=planned.uid, source_id=planned.source_id)
            self.session.add(document)
            self.documents[planned.uid] = document
            self.report.created["document"] += 1
        else:
            self.report.merged["document"] += 1
        label = f"document {planned.local_id}"
        self.set_or_keep(document, label, "kind", planned.kind, new)
        for key, value in planned.texts.items():
            self.set_or_keep(document, label, key, value, new)
        for attr, value in (("issued", planned.issued), ("act_record", planned.act_record)):
            if value is not None:
                current = getattr(document, attr)
                if new or current is None:
                    setattr(document, attr, value)
                elif current != value:
                    self.report.conflicts.append(
                        f"{label}: {attr} is {current} in the catalogue, {value} in the file; "
                        "kept the catalogue's"
                    )
        archive_columns = {
            "name": "archive",
            "fond": "fond",
            "opis": "opis",
            "delo": "delo",
            "sheets": "sheets",
        }
        for key, value in planned.archive.items():
            self.set_or_keep(document, label, archive_columns[key], value, new)
        if planned.extra:
            document.extra = {**(document.extra or {}), **planned.extra}
        self.add_tags(document, planned.tags)
        pages = [self.page(document, planned_page) for planned_page in planned.pages]
        return document, pages

    def page(self, document: models.Document, planned: PlannedPage) -> models.Page:
        existing = next((p for p in document.pages if p.blob_sha256 == planned.sha256), None)
        if existing is None:
            if planned.info is not None:
                blob = self.session.get(models.Blob, planned.sha256)
                if blob is None:
                    self.session.add(
                        models.Blob(
                            sha256=planned.sha256,
                            size=planned.image.stat().st_size if planned.image else 0,
                            media_type=planned.info.media_type,
                        )
                    )
            page = append_page(
                self.session,
                document,
                blob_sha256=planned.sha256,
                width=planned.info.width if planned.info else None,
                height=planned.info.height if planned.info else None,
                dpi=planned.dpi,
                processing=planned.processing,
                origin_name=planned.origin_name,
            )
            if planned.info is None:
                # A page given only by the hash of a blob this catalogue already holds.
                known = self.session.scalar(
                    select(models.Page).where(models.Page.blob_sha256 == planned.sha256).limit(1)
                )
                if known is not None:
                    page.width, page.height = known.width, known.height
            self.session.flush()
            self.report.created["page"] += 1
        else:
            page = existing
            self.report.merged["page"] += 1
        self.transcriptions(page, planned.transcriptions)
        return page

    def transcriptions(self, page: models.Page, planned: list[PlannedTranscription]) -> None:
        present = {(t.origin, t.engine_settings, t.text) for t in page.transcriptions}
        for version in planned:
            if (version.origin, version.settings, version.text) in present:
                continue
            transcription = append_version(
                self.session,
                page,
                text=version.text,
                origin=version.origin,
                words=version.words,
                engine=version.engine,
                engine_settings=version.settings,
                author=version.author,
                confidence=version.confidence,
            )
            if version.created is not None:
                transcription.created_at = version.created
            self.session.flush()
            present.add((version.origin, version.settings, version.text))
            self.report.created["transcription"] += 1

    # -- persons ----------------------------------------------------------------------------

    def person(
        self,
        planned: PlannedPerson,
        documents: dict[str, tuple[models.Document, list[models.Page]]],
    ) -> tuple[models.Person, dict[str, models.Claim]]:
        person = self.persons.get(planned.uid)
        new = person is None
        if person is None:
            person = models.Person(uid=planned.uid, source_id=planned.source_id)
            self.session.add(person)
            self.persons[planned.uid] = person
            self.report.created["person"] += 1
        else:
            self.report.merged["person"] += 1
        label = f"person {planned.local_id}"
        for key, value in planned.texts.items():
            self.set_or_keep(person, label, key, value, new)
        self.set_or_keep(person, label, "sex", planned.sex, new)
        if planned.birth is not None:
            if new or person.birth is None:
                person.birth = planned.birth
            elif person.birth != planned.birth:
                self.report.conflicts.append(
                    f"{label}: birth is {person.birth} in the catalogue, {planned.birth} in the "
                    "file; kept the catalogue's"
                )
        if planned.extra:
            person.extra = {**(person.extra or {}), **planned.extra}
        present = {
            (v.surname, v.given_name, v.patronymic, v.script, v.scheme, v.kind)
            for v in person.name_variants
        }
        for v in planned.variants:
            key = (v.surname, v.given_name, v.patronymic, v.script, v.scheme, v.kind)
            if key not in present:
                person.name_variants.append(
                    models.NameVariant(
                        surname=v.surname,
                        given_name=v.given_name,
                        patronymic=v.patronymic,
                        script=v.script,
                        scheme=v.scheme,
                        kind=v.kind,
                        note=v.note,
                    )
                )
                present.add(key)
        self.add_tags(person, planned.tags)
        self.session.flush()
        claims = {c.local_id: self.claim(person, c, documents) for c in planned.claims}
        return person, claims

    def claim(
        self,
        person: models.Person,
        planned: PlannedClaim,
        documents: dict[str, tuple[models.Document, list[models.Page]]],
    ) -> models.Claim:
        claim = self.claims.get(planned.uid)
        label = f"claim {planned.local_id}"
        if claim is not None:
            self.report.merged["claim"] += 1
            if claim.person_id != person.id:
                self.report.conflicts.append(
                    f"{label}: already in the catalogue for another person; left there"
                )
            return claim
        document, page = None, None
        if planned.source is not None:
            document, pages = documents[planned.source]
            if planned.page is not None:
                page = pages[planned.page - 1]
        claim = models.Claim(
            uid=planned.uid,
            source_id=planned.source_id,
            person=person,
            kind=planned.kind,
            status=planned.status,
            document=document,
            page=page,
            region=planned.region,
            extra=planned.extra,
            **planned.texts,
        )
        claim.when = planned.date
        self.session.add(claim)
        self.claims[planned.uid] = claim
        self.report.created["claim"] += 1
        return claim


def _store_images(catalog: Catalog, plan: Plan, progress: ProgressCallback) -> int:
    """Write the page images to the blob store before the transaction (orphans are harmless)."""
    pages = [page for document in plan.documents for page in document.pages if page.image]
    stored = 0
    for done, page in enumerate(pages, start=1):
        result = catalog.blobs.put_file(page.image, page.sha256)
        stored += 0 if result.already_present else 1
        progress(Progress(done, len(pages), f"storing {page.image.name}"))
    return stored


def load_file(
    catalog: Catalog, file: Path | str, progress: ProgressCallback = ignore_progress
) -> LoadReport:
    file = Path(file)
    plan = read_plan(file, has_blob=catalog.blobs.exists)
    report = LoadReport(file=file, warnings=list(plan.warnings))
    report.blobs_stored = _store_images(catalog, plan, progress)

    with catalog.write() as session:
        merger = _Merger(session, report, plan)
        documents = {d.local_id: merger.document(d) for d in plan.documents}
        persons: dict[str, models.Person] = {}
        claims: dict[str, models.Claim] = {}
        for planned in plan.persons:
            person, person_claims = merger.person(planned, documents)
            persons[planned.local_id] = person
            claims.update(person_claims)
        session.flush()
        for planned_document in plan.documents:
            document = documents[planned_document.local_id][0]
            for person_local_id, role in planned_document.links:
                person = persons[person_local_id]
                linked = any(
                    row.person_id == person.id and row.role == role for row in document.links
                )
                if not linked:
                    document.links.append(models.DocumentLink(person=person, role=role))
        session.flush()
        _load_flags(session, plan, persons, claims, report)
        load_relationships(session, plan, persons, documents, report)
    return report


def _load_flags(
    session: Session,
    plan: Plan,
    persons: dict[str, models.Person],
    claims: dict[str, models.Claim],
    report: LoadReport,
) -> None:
    for planned in plan.flags:
        person = persons[planned.person]
        evidence = sorted(claims[c].id for c in planned.claims)
        if planned.origin == FlagOrigin.RULE.value and planned.rule:
            fingerprint = rule_fingerprint(planned.rule, person.id, evidence)
        else:
            fingerprint = planned.fingerprint or (
                "person:"
                + str(
                    uuid.uuid5(
                        uuid.NAMESPACE_URL,
                        f"{person.uid}:{planned.kind}:{','.join(c for c in planned.claims)}",
                    )
                )
            )
        flag = session.scalar(select(models.Flag).where(models.Flag.fingerprint == fingerprint))
        if flag is None:
            session.add(
                models.Flag(
                    person=person,
                    kind=planned.kind,
                    rule=planned.rule,
                    origin=planned.origin,
                    score=planned.score,
                    status=planned.status,
                    reasons=planned.reasons,
                    evidence=evidence,
                    fingerprint=fingerprint,
                    claim_id=claims[planned.claim].id if planned.claim else None,
                )
            )
            report.created["flag"] += 1
            continue
        report.merged["flag"] += 1
        if flag.status == FlagStatus.SUGGESTED.value:
            flag.status = planned.status
        elif planned.status not in (FlagStatus.SUGGESTED.value, flag.status):
            report.conflicts.append(
                f"flag {planned.kind} of person {planned.person}: {flag.status} in the catalogue, "
                f"{planned.status} in the file; kept the catalogue's"
            )
