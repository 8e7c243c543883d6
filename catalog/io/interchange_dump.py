"""`spravka dump`: the whole catalogue in the interchange format, streamed record by record.

Ids are the catalogue's own, as strings; `source_id` is the id a record was loaded under and
`uid` is its identity across catalogues. Empty fields are left out. Page images are referenced by a
path relative to the output file: by default the blob inside the catalogue, or, with
`copy_images_to`, a copy in a folder beside the output so that the file travels on its own.
Every page also names its blob's SHA-256, so loading a dump back into the same catalogue needs no
image files at all.
"""

from __future__ import annotations

import hashlib
import json
import os
import textwrap
from collections.abc import Callable, Collection, Iterator
from pathlib import Path
from typing import Any, TextIO

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from catalog import models
from catalog.db import Catalog
from catalog.imaging.probe import EXTENSIONS
from catalog.io.files import write_bytes
from catalog.io.interchange_families import relationship_record
from catalog.io.interchange_read import FORMAT, VERSION
from catalog.io.outgoing import outgoing_image
from catalog.io.privacy import ExportPolicy, Living, PrivacyFilter
from catalog.progress import CancelToken, Progress, ProgressCallback, ignore_progress
from catalog.services.transcriptions import choose_current
from catalog.transcripts import words_from_json
from catalog.vocab import ClaimStatus, Qualifier

BATCH = 500


def _compact(record: dict[str, Any]) -> dict[str, Any]:
    """Leave out empty values so the file reads like a hand-written one."""
    return {key: value for key, value in record.items() if value not in (None, "", [], {})}


def _qualifier(value: str | None) -> str | None:
    return None if value in (None, Qualifier.EXACT.value) else value


def person_record(person: models.Person, privacy: PrivacyFilter | None = None) -> dict[str, Any]:
    if privacy is not None and privacy.name_only(person.id):
        return name_only_record(person)
    birth = None
    if person.birth_date:
        birth = _compact(
            {
                "date": person.birth_date,
                "qualifier": _qualifier(person.birth_qualifier),
                "end": person.birth_date_end,
            }
        )
    record = _compact(
        {
            "id": str(person.id),
            "uid": person.uid,
            "source_id": person.source_id,
            "surname": person.surname,
            "given_name": person.given_name,
            "patronymic": person.patronymic,
            "sex": person.sex,
            "birth": birth,
            "birth_place": person.birth_place,
            "nationality": person.nationality,
            "occupation": person.occupation,
            "residence": person.residence,
            "notes": person.notes if privacy is None or privacy.notes_shown(person) else None,
            "notes_private": True if person.notes_private and person.notes else None,
            "living": person.living,
            "tags": [tag.name for tag in person.tags],
            "name_variants": [
                _compact(
                    {
                        "surname": v.surname,
                        "given_name": v.given_name,
                        "patronymic": v.patronymic,
                        "script": v.script,
                        "scheme": v.scheme,
                        "kind": None if v.kind == "spelling" else v.kind,
                        "note": v.note,
                    }
                )
                for v in person.name_variants
            ],
            "claims": [
                claim_record(claim)
                for claim in person.claims
                if privacy is None or privacy.claim_shown(claim)
            ],
        }
    )
    if record.get("notes") is None:
        record.pop("notes_private", None)
    record.update({k: v for k, v in (person.extra or {}).items() if k not in record})
    return record


def name_only_record(person: models.Person) -> dict[str, Any]:
    """A living person in an export: the names, nothing that places or dates them."""
    return _compact(
        {
            "id": str(person.id),
            "uid": person.uid,
            "source_id": person.source_id,
            "surname": person.surname,
            "given_name": person.given_name,
            "patronymic": person.patronymic,
            "sex": person.sex,
            "living": True,
            "name_variants": [
                _compact(
                    {
                        "surname": v.surname,
                        "given_name": v.given_name,
                        "patronymic": v.patronymic,
                        "script": v.script,
                        "scheme": v.scheme,
                        "kind": None if v.kind == "spelling" else v.kind,
                    }
                )
                for v in person.name_variants
            ],
        }
    )


def claim_record(claim: models.Claim) -> dict[str, Any]:
    record = _compact(
        {
            "id": str(claim.id),
            "uid": claim.uid,
            "source_id": claim.source_id,
            "kind": claim.kind,
            "status": None if claim.status == ClaimStatus.ACCEPTED.value else claim.status,
            "date": claim.date,
            "date_qualifier": _qualifier(claim.date_qualifier),
            "date_end": claim.date_end,
            "place": claim.place,
            "body": claim.body,
            "body_code": claim.body_code,
            "article": claim.article,
            "sentence": claim.sentence,
            "cause": claim.cause,
            "basis": claim.basis,
            "note": claim.note,
            "private": True if claim.private else None,
            "source": str(claim.document_id) if claim.document_id is not None else None,
            "page": claim.page.seq if claim.page is not None else None,
            "region": claim.region,
            "quote": claim.quote,
        }
    )
    record.update({k: v for k, v in (claim.extra or {}).items() if k not in record})
    return record


class _ImageRefs:
    def __init__(self, catalog: Catalog, base_dir: Path, copy_to: Path | None) -> None:
        self.catalog = catalog
        self.base_dir = base_dir.resolve()
        self.copy_to = copy_to

    def __call__(self, sha256: str, media_type: str) -> str | tuple[str, str]:
        source = self.catalog.blobs.path(sha256)
        if self.copy_to is None:
            return self._relative(source)
        # A copy leaves the catalogue: without location and device metadata, named by its own
        # SHA-256 (the stored original is untouched).
        data = outgoing_image(source.read_bytes(), media_type)
        copied = hashlib.sha256(data).hexdigest()
        target = self.copy_to / f"{copied}{EXTENSIONS.get(media_type, '')}"
        if not target.exists():
            self.copy_to.mkdir(parents=True, exist_ok=True)
            write_bytes(target, data)
        return self._relative(target), copied

    def _relative(self, target: Path) -> str:
        try:
            return Path(os.path.relpath(target.resolve(), self.base_dir)).as_posix()
        except ValueError:  # another drive on Windows: no relative path exists
            return target.resolve().as_posix()


def document_record(
    document: models.Document,
    image_ref: Callable[[str, str], str | tuple[str, str]],
    person_ids: Collection[int] | None = None,
    privacy: PrivacyFilter | None = None,
) -> dict[str, Any]:
    archive = _compact(
        {
            "name": document.archive,
            "fond": document.fond,
            "opis": document.opis,
            "delo": document.delo,
            "sheets": document.sheets,
        }
    )
    pages = []
    for page in document.pages:
        versions = list(page.transcriptions)
        current = choose_current(versions)
        blob = page.blob_sha256
        media_type = page.blob.media_type if page.blob else ""
        image = image_ref(blob, media_type) if blob else None
        if isinstance(image, tuple):
            # An outgoing copy (cleaned of location metadata) names its own SHA-256.
            image, blob = image
        pages.append(
            _compact(
                {
                    "image": image,
                    "sha256": blob,
                    "width": page.width,
                    "height": page.height,
                    "dpi": page.dpi,
                    "processing": page.processing,
                    "origin_name": page.origin_name,
                    "text": current.text if current else None,
                    "transcriptions": [transcription_record(t) for t in versions],
                }
            )
        )
    record = _compact(
        {
            "id": str(document.id),
            "uid": document.uid,
            "source_id": document.source_id,
            "kind": document.kind,
            "title": document.title,
            "issuer": document.issuer,
            "issued": document.issued_date,
            "issued_qualifier": _qualifier(document.issued_qualifier),
            "issued_end": document.issued_date_end,
            "act_record_date": document.act_record_date,
            "act_record_qualifier": _qualifier(document.act_record_qualifier),
            "act_record_end": document.act_record_date_end,
            "archive": archive,
            "notes": document.notes,
            "private": True if document.private else None,
            "tags": [tag.name for tag in document.tags],
            "persons": [
                {"person": str(link.person_id), "role": link.role}
                for link in sorted(document.links, key=lambda row: (row.person_id, row.role))
                if (person_ids is None or link.person_id in person_ids)
                and (privacy is None or privacy.link_shown(link))
            ],
            "pages": pages,
        }
    )
    record.update({k: v for k, v in (document.extra or {}).items() if k not in record})
    return record


def transcription_record(transcription: models.Transcription) -> dict[str, Any]:
    words = transcription.words
    return _compact(
        {
            "version": transcription.version,
            "origin": transcription.origin,
            "engine": transcription.engine,
            "settings": transcription.engine_settings,
            "author": transcription.author,
            "created": transcription.created_at.isoformat() if transcription.created_at else None,
            "text": transcription.text,
            "confidence": transcription.mean_confidence,
            "words": [w.to_json() for w in words_from_json(words)] if words is not None else None,
        }
    )


def flag_record(flag: models.Flag) -> dict[str, Any]:
    return _compact(
        {
            "id": str(flag.id),
            "person": str(flag.person_id),
            "claim": str(flag.claim_id) if flag.claim_id is not None else None,
            "claims": [str(c) for c in flag.evidence or ()],
            "kind": flag.kind,
            "rule": flag.rule,
            "origin": flag.origin,
            "score": flag.score,
            "status": flag.status,
            "reasons": flag.reasons,
            "fingerprint": flag.fingerprint if flag.origin != "rule" else None,
        }
    )


def _json_block(record: dict[str, Any]) -> str:
    return textwrap.indent(json.dumps(record, ensure_ascii=False, indent=2), "    ")


def _write_array(out: TextIO, name: str, records: Iterator[dict[str, Any]], last: bool) -> None:
    out.write(f'  "{name}": [')
    first = True
    for record in records:
        out.write("\n" if first else ",\n")
        out.write(_json_block(record))
        first = False
    out.write("\n  ]" if not first else "]")
    out.write("\n" if last else ",\n")


def dump_catalog(
    catalog: Catalog,
    out: TextIO,
    *,
    base_dir: Path,
    copy_images_to: Path | None = None,
    person_ids: Collection[int] | None = None,
    image_ref: Callable[[str, str], str | tuple[str, str]] | None = None,
    progress: ProgressCallback = ignore_progress,
    cancel: CancelToken | None = None,
    policy: ExportPolicy | None = None,
    withheld: dict[str, int] | None = None,
) -> dict[str, int]:
    """Write the whole catalogue to `out`; return how many records of each kind were written.

    `policy` (`catalog.io.privacy`): how living people and private items are written; None
    writes everything as it is in the catalogue. `withheld`, when given, receives how many
    living persons were reduced or left out and private documents left out.

    With `person_ids`, write only those persons, their flags, and the documents that concern them
    or that their claims cite (with links to the chosen persons only), so the file loads alone.
    `image_ref(sha256, media_type)` may name page images another way (exchange packages do);
    it returns the path, or the path and the SHA-256 of an outgoing copy that differs from the
    stored blob (cleaned of location metadata).
    """
    image_ref = image_ref or _ImageRefs(catalog, base_dir, copy_images_to)
    chosen = set(person_ids) if person_ids is not None else None
    counts = {"persons": 0, "documents": 0, "flags": 0, "relationships": 0}
    with catalog.read() as session:
        privacy = PrivacyFilter.load(session, policy) if policy is not None else None
        hidden_claims = privacy.hidden_claim_ids(session) if privacy is not None else set()
        if privacy is not None and withheld is not None:
            # What the policy kept out, so that the command can say so: never silently.
            living = privacy.living if chosen is None else privacy.living & chosen
            if policy is not None and policy.living is Living.EXCLUDE:
                withheld["living_left_out"] = len(living)
            elif policy is not None and policy.living is Living.NAME_ONLY:
                withheld["living_name_only"] = len(living)
            withheld["private_documents_left_out"] = len(privacy.private_documents)

        def documents() -> Iterator[dict[str, Any]]:
            query = (
                select(models.Document)
                .order_by(models.Document.id)
                .options(
                    selectinload(models.Document.pages).selectinload(models.Page.transcriptions),
                    selectinload(models.Document.pages).selectinload(models.Page.blob),
                    selectinload(models.Document.links),
                    selectinload(models.Document.tags),
                )
                .execution_options(yield_per=BATCH)
            )
            if chosen is not None:
                linked = select(models.DocumentLink.document_id).where(
                    models.DocumentLink.person_id.in_(chosen)
                )
                cited = select(models.Claim.document_id).where(models.Claim.person_id.in_(chosen))
                query = query.where(models.Document.id.in_(linked) | models.Document.id.in_(cited))
            for document in session.scalars(query):
                if privacy is not None and not privacy.document_shown(document.id):
                    continue
                counts["documents"] += 1
                progress(Progress(counts["documents"], None, "writing documents"))
                if cancel:
                    cancel.raise_if_cancelled()
                yield document_record(document, image_ref, chosen, privacy)

        def persons() -> Iterator[dict[str, Any]]:
            query = (
                select(models.Person)
                .order_by(models.Person.id)
                .options(
                    selectinload(models.Person.name_variants),
                    selectinload(models.Person.claims).selectinload(models.Claim.page),
                    selectinload(models.Person.tags),
                )
                .execution_options(yield_per=BATCH)
            )
            if chosen is not None:
                query = query.where(models.Person.id.in_(chosen))
            for person in session.scalars(query):
                if privacy is not None and privacy.person_left_out(person.id):
                    continue
                counts["persons"] += 1
                progress(Progress(counts["persons"], None, "writing persons"))
                if cancel:
                    cancel.raise_if_cancelled()
                yield person_record(person, privacy)

        def flags() -> Iterator[dict[str, Any]]:
            query = select(models.Flag).order_by(models.Flag.id).execution_options(yield_per=BATCH)
            if chosen is not None:
                query = query.where(models.Flag.person_id.in_(chosen))
            for flag in session.scalars(query):
                if privacy is not None and not privacy.flag_shown(flag, hidden_claims):
                    continue
                counts["flags"] += 1
                yield flag_record(flag)

        def relationships() -> Iterator[dict[str, Any]]:
            query = (
                select(models.Relationship)
                .order_by(models.Relationship.id)
                .execution_options(yield_per=BATCH)
            )
            if chosen is not None:
                query = query.where(
                    models.Relationship.person_id.in_(chosen),
                    models.Relationship.relative_id.in_(chosen),
                )
            for row in session.scalars(query):
                if privacy is not None and not privacy.relationship_shown(row):
                    continue
                counts["relationships"] += 1
                yield relationship_record(row)

        out.write("{\n")
        out.write(f'  "format": "{FORMAT}",\n  "version": {VERSION},\n')
        _write_array(out, "persons", persons(), last=False)
        _write_array(out, "documents", documents(), last=False)
        _write_array(out, "flags", flags(), last=False)
        _write_array(out, "relationships", relationships(), last=True)
        out.write("}\n")
    return counts
