"""`spravka export csv`: persons, claims and documents as three CSV tables for spreadsheets.

UTF-8, one header row, comma-separated, RFC 4180 quoting. With `excel=True` the files start with a
byte-order mark (so Excel opens Cyrillic correctly) and a cell that a spreadsheet would run as a
formula (starting with =, +, @, or - followed by a letter) is prefixed with an apostrophe, so
text from a shared package can never execute as a formula; plain CSV keeps every value as stored.
"""

from __future__ import annotations

import csv
from collections.abc import Collection, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from catalog import models
from catalog.db import Catalog
from catalog.io.files import atomic_output, ensure_folder
from catalog.io.privacy import EVERYTHING, ExportPolicy, PrivacyFilter
from catalog.progress import CancelToken, Progress, ProgressCallback, ignore_progress
from catalog.vocab import FlagStatus

BATCH = 500

PERSON_COLUMNS = [
    "id", "uid", "source_id", "surname", "given_name", "patronymic", "sex", "birth",
    "birth_qualifier", "birth_end", "birth_place", "nationality", "occupation", "residence",
    "name_variants", "tags", "open_flags", "notes",
]  # fmt: skip
CLAIM_COLUMNS = [
    "id", "uid", "person_id", "person_name", "kind", "status", "date", "date_qualifier",
    "date_end", "place", "body", "body_code", "article", "sentence", "cause", "basis", "note",
    "document_id", "document_title", "document_kind", "page", "region", "quote",
]  # fmt: skip
DOCUMENT_COLUMNS = [
    "id", "uid", "source_id", "kind", "title", "issuer", "issued", "issued_qualifier",
    "issued_end", "act_record_date", "archive", "fond", "opis", "delo", "sheets", "pages",
    "persons", "notes",
]  # fmt: skip


@dataclass(frozen=True)
class CsvReport:
    files: tuple[Path, ...]
    persons: int
    claims: int
    documents: int

    def summary(self) -> str:
        return (
            f"wrote {self.persons} person(s), {self.claims} claim(s) and {self.documents} "
            f"document(s) to {', '.join(str(f) for f in self.files)}"
        )


def _safe_cell(value: Any) -> Any:
    if not isinstance(value, str) or not value:
        return value
    first = value[0]
    if first in "=+@\t\r" or (first == "-" and len(value) > 1 and not value[1].isdigit()):
        return "'" + value
    return value


def _name(person: models.Person) -> str:
    return " ".join(p for p in (person.surname, person.given_name, person.patronymic) if p)


def _variants(person: models.Person) -> str:
    parts = []
    for v in person.name_variants:
        name = " ".join(p for p in (v.surname, v.given_name, v.patronymic) if p)
        tag = v.scheme or ("" if v.kind == "spelling" else v.kind)
        parts.append(f"{name} ({tag})" if tag else name)
    return "; ".join(parts)


def _name_only_row(person: models.Person) -> dict[str, Any]:
    """A living person: the names, nothing that places or dates them (`catalog.io.privacy`)."""
    return {
        "id": person.id,
        "uid": person.uid,
        "source_id": person.source_id or "",
        "surname": person.surname,
        "given_name": person.given_name,
        "patronymic": person.patronymic,
        "sex": person.sex or "",
        "name_variants": _variants(person),
    }


def _write(target: Path, columns: list[str], rows: Iterator[dict[str, Any]], excel: bool) -> int:
    count = 0
    encoding = "utf-8-sig" if excel else "utf-8"
    with atomic_output(target, "w", encoding=encoding, newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns, lineterminator="\r\n")
        writer.writeheader()
        for row in rows:
            if excel:
                row = {key: _safe_cell(value) for key, value in row.items()}
            writer.writerow(row)
            count += 1
    return count


def export_csv(
    catalog: Catalog,
    out_dir: Path,
    *,
    person_ids: Collection[int] | None = None,
    excel: bool = False,
    progress: ProgressCallback = ignore_progress,
    cancel: CancelToken | None = None,
    policy: ExportPolicy | None = None,
) -> CsvReport:
    """Write persons.csv, claims.csv and documents.csv into `out_dir`.

    `policy` (`catalog.io.privacy`): living people and private items; None writes everything.
    """
    folder = ensure_folder(Path(out_dir))
    chosen = set(person_ids) if person_ids is not None else None
    with catalog.read() as session:
        privacy = PrivacyFilter.load(session, policy or EVERYTHING)
        open_flags = dict(
            session.execute(
                select(models.Flag.person_id, func.count(models.Flag.id))
                .where(models.Flag.status != FlagStatus.DISMISSED.value)
                .group_by(models.Flag.person_id)
            ).all()
        )

        def persons_query():  # type: ignore[no-untyped-def]
            query = select(models.Person).order_by(models.Person.id)
            if chosen is not None:
                query = query.where(models.Person.id.in_(chosen))
            return query

        def persons() -> Iterator[dict[str, Any]]:
            query = persons_query().options(
                selectinload(models.Person.name_variants), selectinload(models.Person.tags)
            )
            for n, person in enumerate(
                session.scalars(query.execution_options(yield_per=BATCH)), start=1
            ):
                if cancel:
                    cancel.raise_if_cancelled()
                progress(Progress(n, None, "writing persons"))
                if privacy.person_left_out(person.id):
                    continue
                if privacy.name_only(person.id):
                    yield _name_only_row(person)
                    continue
                yield {
                    "id": person.id,
                    "uid": person.uid,
                    "source_id": person.source_id or "",
                    "surname": person.surname,
                    "given_name": person.given_name,
                    "patronymic": person.patronymic,
                    "sex": person.sex or "",
                    "birth": person.birth_date or "",
                    "birth_end": person.birth_date_end or "",
                    "birth_qualifier": person.birth_qualifier or "",
                    "birth_place": person.birth_place,
                    "nationality": person.nationality,
                    "occupation": person.occupation,
                    "residence": person.residence,
                    "name_variants": _variants(person),
                    "tags": "; ".join(tag.name for tag in person.tags),
                    "open_flags": open_flags.get(person.id, 0),
                    "notes": person.notes if privacy.notes_shown(person) else "",
                }

        def claims() -> Iterator[dict[str, Any]]:
            query = (
                select(models.Claim)
                .order_by(models.Claim.person_id, models.Claim.date, models.Claim.id)
                .options(
                    selectinload(models.Claim.person),
                    selectinload(models.Claim.document),
                    selectinload(models.Claim.page),
                )
            )
            if chosen is not None:
                query = query.where(models.Claim.person_id.in_(chosen))
            for claim in session.scalars(query.execution_options(yield_per=BATCH)):
                if cancel:
                    cancel.raise_if_cancelled()
                if not privacy.claim_shown(claim):
                    continue
                document = claim.document
                yield {
                    "id": claim.id,
                    "uid": claim.uid,
                    "person_id": claim.person_id,
                    "person_name": _name(claim.person),
                    "kind": claim.kind,
                    "status": claim.status,
                    "date": claim.date or "",
                    "date_end": claim.date_end or "",
                    "date_qualifier": claim.date_qualifier or "",
                    "place": claim.place,
                    "body": claim.body,
                    "body_code": claim.body_code,
                    "article": claim.article,
                    "sentence": claim.sentence,
                    "cause": claim.cause,
                    "basis": claim.basis,
                    "note": claim.note,
                    "document_id": document.id if document else "",
                    "document_title": document.title if document else "",
                    "document_kind": document.kind if document else "",
                    "page": claim.page.seq if claim.page else "",
                    "region": " ".join(map(str, claim.region)) if claim.region else "",
                    "quote": claim.quote,
                }

        def documents() -> Iterator[dict[str, Any]]:
            query = (
                select(models.Document)
                .order_by(models.Document.id)
                .options(selectinload(models.Document.links), selectinload(models.Document.pages))
            )
            if chosen is not None:
                linked = select(models.DocumentLink.document_id).where(
                    models.DocumentLink.person_id.in_(chosen)
                )
                cited = select(models.Claim.document_id).where(models.Claim.person_id.in_(chosen))
                query = query.where(models.Document.id.in_(linked) | models.Document.id.in_(cited))
            for document in session.scalars(query.execution_options(yield_per=BATCH)):
                if not privacy.document_shown(document.id):
                    continue
                yield {
                    "id": document.id,
                    "uid": document.uid,
                    "source_id": document.source_id or "",
                    "kind": document.kind,
                    "title": document.title,
                    "issuer": document.issuer,
                    "issued": document.issued_date or "",
                    "issued_end": document.issued_date_end or "",
                    "issued_qualifier": document.issued_qualifier or "",
                    "act_record_date": document.act_record_date or "",
                    "archive": document.archive,
                    "fond": document.fond,
                    "opis": document.opis,
                    "delo": document.delo,
                    "sheets": document.sheets,
                    "pages": len(document.pages),
                    "persons": "; ".join(
                        f"{link.person_id}:{link.role}"
                        for link in sorted(document.links, key=lambda r: (r.person_id, r.role))
                        if privacy.link_shown(link)
                    ),
                    "notes": document.notes,
                }

        files = (folder / "persons.csv", folder / "claims.csv", folder / "documents.csv")
        n_persons = _write(files[0], PERSON_COLUMNS, persons(), excel)
        n_claims = _write(files[1], CLAIM_COLUMNS, claims(), excel)
        n_documents = _write(files[2], DOCUMENT_COLUMNS, documents(), excel)
    return CsvReport(files, n_persons, n_claims, n_documents)
