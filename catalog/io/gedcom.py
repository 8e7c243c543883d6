"""`spravka export gedcom`: persons, names and claims as GEDCOM 5.5.1 (UTF-8) for genealogy tools.

Every claim becomes an event with its source, so conflicting claims travel as conflicting events,
each citing its document (a 1943 DEAT from the 1958 certificate beside a 1937 execution from the
archive), never merged into one "fact". Mapping:
- names: the primary NAME (given name and patronymic as GIVN, the surname as SURN); every variant
  as another NAME with TYPE maiden, aka, or (for transliterations) a user-defined type naming the
  scheme;
- claims: birth → BIRT, death → DEAT, burial → BURI; arrest, sentence, execution, release and
  the rehabilitation decisions → EVEN with a TYPE; the body as AGNC, the cause as CAUS, article,
  sentence and basis in a NOTE; suggested claims (not yet reviewed) only when asked;
- documents → SOUR records (title, issuer as AUTH, archive as REPO with a call number); each
  event cites its source with the page (PAGE) and the quoted words (DATA/TEXT);
- flags that are not dismissed → NOTEs in plain language, on the event they concern;
- relationships → FAM records (`catalog.io.gedcom_families`): partners as HUSB/WIFE with the
  marriage (MARR) and its end, children as CHIL (adopted and foster ones with PEDI on their FAMC),
  siblings without known parents as children of a family without partners;
- page images → files in a folder beside the GEDCOM file, linked from their source by OBJE
  (`catalog.io.gedcom_media`), unless `media=False`;
- the Spravka uid of persons and sources → REFN with TYPE, so a re-import can match them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from catalog import __version__, models
from catalog.dates import PartialDate
from catalog.db import Catalog
from catalog.io import labels
from catalog.io.files import atomic_output
from catalog.io.gedcom_families import FamilyGroup, group_families
from catalog.io.gedcom_lines import MARRIAGE_END, Writer, gedcom_date
from catalog.io.gedcom_media import MediaFolder
from catalog.progress import CancelToken, Progress, ProgressCallback, ignore_progress
from catalog.vocab import ClaimStatus, FlagStatus
from catalog.vocab_labels import CLAIM_KINDS, NAME_VARIANT_KINDS, WORDS, Table, capital, likelihood

STANDARD_EVENTS = {"birth": "BIRT", "death": "DEAT", "burial": "BURI"}
UID_TYPE = "Spravka uid"
SEX = {"m": "M", "f": "F"}
# The notes' own sentences; the terms come from `catalog.vocab_labels` (see `_label`).
_NOTE_SENTENCES: Table = {
    "conclusion": {
        "en": "Researcher's conclusion (no document).",
        "ru": "Вывод исследователя (без документа).",
        "uk": "Висновок дослідника (без документа).",
    },
    "suggested": {
        "en": "Suggested by Spravka, not yet reviewed.",
        "ru": "Предложено программой, ещё не проверено.",
        "uk": "Запропоновано програмою, ще не перевірено.",
    },
    # A flag's standing, in words a reader of the family tree understands.
    "flag_suggested": {
        "en": "A suggested reading, not yet confirmed by a researcher; {likelihood}.",
        "ru": "Предположение программы, ещё не подтверждённое исследователем; {likelihood}.",
        "uk": "Припущення програми, ще не підтверджене дослідником; {likelihood}.",
    },
    "flag_confirmed": {
        "en": "Confirmed by a researcher.",
        "ru": "Подтверждено исследователем.",
        "uk": "Підтверджено дослідником.",
    },
    "page_image": {"en": "Page {seq}", "ru": "Страница {seq}", "uk": "Сторінка {seq}"},
}
PEDIGREE = {"adopted": "adopted", "foster": "foster", "birth": "birth"}
_NOTE_LABELS: Table = {
    **_NOTE_SENTENCES,
    "article": {k: capital(v) for k, v in WORDS["article"].items()},
    "sentence": CLAIM_KINDS["sentence"],
    "basis": {k: capital(v) for k, v in WORDS["basis"].items()},
    "page": WORDS["page_abbr"],
    "region": WORDS["region"],
    "issued": {k: capital(v) for k, v in WORDS["issued"].items()},
    "act_record": {k: capital(v) for k, v in WORDS["act_record"].items()},
    "kind": {k: capital(v) for k, v in WORDS["kind"].items()},
    "archive": {k: capital(v) for k, v in WORDS["archive_ref"].items()},
    "transliteration": NAME_VARIANT_KINDS["transliteration"],
}


@dataclass(frozen=True)
class GedcomReport:
    file: Path
    persons: int
    events: int
    sources: int
    skipped_suggested: int
    families: int = 0
    images: int = 0

    def summary(self) -> str:
        text = (
            f"wrote {self.file}: {self.persons} person(s), {self.families} family(ies), "
            f"{self.events} event(s), {self.sources} source(s)"
        )
        if self.images:
            text += f", {self.images} page image(s) in {self.file.stem}-media/"
        if self.skipped_suggested:
            text += f"; {self.skipped_suggested} suggested claim(s) left out (not yet reviewed)"
        return text


def _label(key: str, language: str) -> str:
    return labels.pick(_NOTE_LABELS, key, language)


def call_number(document: models.Document) -> str:
    parts = []
    for prefix, value in (
        ("ф.", document.fond),
        ("оп.", document.opis),
        ("д.", document.delo),
        ("л.", document.sheets),
    ):
        if value:
            parts.append(f"{prefix} {value}")
    return ", ".join(parts)


class _Exporter:
    def __init__(
        self,
        session: Session,
        language: str,
        include_suggested: bool,
        media: MediaFolder | None = None,
    ) -> None:
        self.session = session
        self.media = media
        # person id → [(family xref, pedigree)] as a child, [family xref] as a partner
        self.famc: dict[int, list[tuple[str, str]]] = {}
        self.fams: dict[int, list[str]] = {}
        self.language = language
        self.include_suggested = include_suggested
        self.out = Writer()
        self.sources: dict[int, models.Document] = {}
        self.repositories: dict[str, str] = {}
        self.events = 0
        self.skipped = 0

    # -- persons ----------------------------------------------------------------------------

    def person(self, person: models.Person, flags: list[models.Flag]) -> None:
        out = self.out
        out.line(0, "INDI", xref=f"I{person.id}")
        self.name(person.surname, person.given_name, person.patronymic)
        for variant in person.name_variants:
            self.name(
                variant.surname,
                variant.given_name,
                variant.patronymic,
                kind=variant.kind,
                scheme=variant.scheme,
                note=variant.note,
            )
        out.line(1, "SEX", SEX.get(person.sex or "", "U"))

        claims = [c for c in person.claims if self.wanted(c)]
        claims.sort(key=lambda c: (c.date is None, c.date or "", c.id))
        claim_flags: dict[int, list[models.Flag]] = {}
        person_flags = []
        for flag in flags:
            if flag.claim_id is not None and any(c.id == flag.claim_id for c in claims):
                claim_flags.setdefault(flag.claim_id, []).append(flag)
            else:
                person_flags.append(flag)
        has_birth_claim = any(c.kind == "birth" and c.date == person.birth_date for c in claims)
        if (person.birth_date or person.birth_place) and not has_birth_claim:
            out.line(1, "BIRT")
            if person.birth is not None:
                out.line(2, "DATE", gedcom_date(person.birth))
            if person.birth_place:
                out.line(2, "PLAC", person.birth_place)
            self.events += 1
        for claim in claims:
            self.event(claim, claim_flags.get(claim.id, []))
        if person.nationality:
            out.line(1, "NATI", person.nationality)
        if person.occupation:
            out.line(1, "OCCU", person.occupation)
        if person.residence:
            out.line(1, "RESI")
            out.line(2, "PLAC", person.residence)
        for xref, pedigree in self.famc.get(person.id, []):
            out.pointer(1, "FAMC", xref)
            if pedigree in PEDIGREE:
                out.line(2, "PEDI", PEDIGREE[pedigree])
        for xref in self.fams.get(person.id, []):
            out.pointer(1, "FAMS", xref)
        cited = {c.document_id for c in claims}
        for link in sorted(person.links, key=lambda row: row.document_id):
            if link.document_id not in cited:
                self.sources[link.document_id] = link.document
                out.pointer(1, "SOUR", f"S{link.document_id}")
                cited.add(link.document_id)
        if person.notes:
            out.line(1, "NOTE", person.notes)
        for flag in person_flags:
            out.line(1, "NOTE", self.flag_note(flag))
        out.line(1, "REFN", person.uid)
        out.line(2, "TYPE", UID_TYPE)

    def wanted(self, claim: models.Claim) -> bool:
        if claim.status == ClaimStatus.ACCEPTED.value or self.include_suggested:
            return True
        self.skipped += 1
        return False

    def name(
        self,
        surname: str,
        given: str,
        patronymic: str,
        *,
        kind: str | None = None,
        scheme: str = "",
        note: str = "",
    ) -> None:
        givn = " ".join(p for p in (given, patronymic) if p)
        # Slashes delimit the surname in GEDCOM; keep them out of the name parts themselves.
        givn, surname = givn.replace("/", " "), surname.replace("/", " ")
        self.out.line(1, "NAME", f"{givn} /{surname}/".strip() if surname else givn)
        if kind is not None:
            if kind == "maiden":
                self.out.line(2, "TYPE", "maiden")
            elif kind == "transliteration":
                label = _label("transliteration", self.language)
                self.out.line(2, "TYPE", f"{label} ({scheme})" if scheme else label)
            else:
                self.out.line(2, "TYPE", "aka")
        if givn:
            self.out.line(2, "GIVN", givn)
        if surname:
            self.out.line(2, "SURN", surname)
        if note:
            self.out.line(2, "NOTE", note)

    # -- events -----------------------------------------------------------------------------

    def event(self, claim: models.Claim, flags: list[models.Flag]) -> None:
        out = self.out
        tag = STANDARD_EVENTS.get(claim.kind)
        has_detail = bool(claim.date or claim.place)
        if tag is None:
            descriptor = claim.sentence if claim.kind == "sentence" else ""
            out.line(1, "EVEN", descriptor or None)
            out.line(2, "TYPE", labels.claim_kind(claim.kind, self.language))
        else:
            # "Y" asserts that the event happened when nothing else about it is known.
            out.line(1, tag, None if has_detail else "Y")
        if claim.when is not None:
            out.line(2, "DATE", gedcom_date(claim.when))
        if claim.place:
            out.line(2, "PLAC", claim.place)
        if claim.body:
            out.line(2, "AGNC", claim.body)
        if claim.cause:
            out.line(2, "CAUS", claim.cause)
        details = []
        if claim.article:
            details.append(f"{_label('article', self.language)}: {claim.article}")
        if claim.sentence and tag is None and claim.kind != "sentence":
            details.append(f"{_label('sentence', self.language)}: {claim.sentence}")
        if claim.basis:
            details.append(f"{_label('basis', self.language)}: {claim.basis}")
        if details:
            out.line(2, "NOTE", "; ".join(details))
        if claim.note:
            out.line(2, "NOTE", claim.note)
        if claim.status != ClaimStatus.ACCEPTED.value:
            out.line(2, "NOTE", _label("suggested", self.language))
        for flag in flags:
            out.line(2, "NOTE", self.flag_note(flag))
        if claim.document is None:
            out.line(2, "NOTE", _label("conclusion", self.language))
        else:
            self.sources[claim.document.id] = claim.document
            out.pointer(2, "SOUR", f"S{claim.document.id}")
            page = []
            if claim.page is not None:
                page.append(f"{_label('page', self.language)} {claim.page.seq}")
            if claim.region:
                x, y, w, h = claim.region
                page.append(f"{_label('region', self.language)} {x},{y} {w}×{h}")
            if page:
                out.line(3, "PAGE", ", ".join(page))
            if claim.quote:
                out.line(3, "DATA")
                out.line(4, "TEXT", claim.quote)
        self.events += 1

    def flag_note(self, flag: models.Flag) -> str:
        """The flag in plain words: what is suspected, how far, and why — the reasons in their
        reader's wording (claims named by their documents, never by a number)."""
        language = self.language
        head = labels.flag_kind(flag.kind, language)
        if flag.status == FlagStatus.CONFIRMED.value:
            status = _label("flag_confirmed", language)
        else:
            status = _label("flag_suggested", language).format(
                likelihood=likelihood(flag.score, language)
            )
        reasons = [labels.reason_text(r, language, reader=True) for r in flag.reasons or ()]
        return labels.sentences([head, status, *reasons])

    # -- families ---------------------------------------------------------------------------

    def plan_families(self, groups: list[FamilyGroup]) -> None:
        for group in groups:
            for partner in group.partners:
                self.fams.setdefault(partner, []).append(group.xref)
            for child in group.children:
                self.famc.setdefault(child, []).append((group.xref, group.pedigree.get(child, "")))

    def family(self, group: FamilyGroup) -> None:
        out = self.out
        out.line(0, "FAM", xref=group.xref)
        if group.partners:
            out.pointer(1, "HUSB", f"I{group.partners[0]}")
        if len(group.partners) > 1:
            out.pointer(1, "WIFE", f"I{group.partners[1]}")
        for child in group.children:
            out.pointer(1, "CHIL", f"I{child}")
        spouse = group.spouse
        if spouse is not None:
            if spouse.began is not None:
                out.line(1, "MARR")
                out.line(2, "DATE", gedcom_date(spouse.began))
            if spouse.ended is not None:
                out.line(1, "EVEN")
                out.line(2, "TYPE", labels.pick({"end": MARRIAGE_END}, "end", self.language))
                out.line(2, "DATE", gedcom_date(spouse.ended))
            if spouse.note:
                out.line(1, "NOTE", spouse.note)
            if spouse.status != ClaimStatus.ACCEPTED.value:
                out.line(1, "NOTE", _label("suggested", self.language))
        cited: set[int] = set()
        for row in group.cited:
            if row.document is None or row.document_id in cited:
                continue
            cited.add(row.document.id)
            self.sources[row.document.id] = row.document
            out.pointer(1, "SOUR", f"S{row.document.id}")
            if row.quote:
                out.line(2, "DATA")
                out.line(3, "TEXT", row.quote)

    # -- sources ----------------------------------------------------------------------------

    def repositories_block(self) -> None:
        for name, xref in self.repositories.items():
            self.out.line(0, "REPO", xref=xref)
            self.out.line(1, "NAME", name)

    def source(self, document: models.Document) -> None:
        out = self.out
        out.line(0, "SOUR", xref=f"S{document.id}")
        kind = labels.document_kind(document.kind, self.language)
        out.line(1, "TITL", document.title or kind)
        if document.issuer:
            out.line(1, "AUTH", document.issuer)
        reference = call_number(document)
        if document.archive:
            xref = self.repositories.setdefault(document.archive, f"R{len(self.repositories) + 1}")
            out.pointer(1, "REPO", xref)
            if reference:
                out.line(2, "CALN", reference)
                if document.kind == "photo":
                    out.line(3, "MEDI", "photo")
        facts = [f"{_label('kind', self.language)}: {kind}"]
        if document.issued is not None:
            facts.append(
                f"{_label('issued', self.language)}: "
                f"{labels.format_date(document.issued, self.language)}"
            )
        if document.act_record is not None:
            facts.append(
                f"{_label('act_record', self.language)}: "
                f"{labels.format_date(document.act_record, self.language)}"
            )
        if reference and not document.archive:
            facts.append(f"{_label('archive', self.language)}: {reference}")
        out.line(1, "NOTE", labels.sentences(facts))
        if document.notes:
            out.line(1, "NOTE", document.notes)
        if self.media is not None:
            for link in self.media.links(document):
                out.line(1, "OBJE")
                out.line(2, "FILE", link.path)
                out.line(3, "FORM", link.form)
                title = labels.pick(_NOTE_LABELS, "page_image", self.language)
                out.line(2, "TITL", title.format(seq=link.seq))
        # Gramps ignores a TYPE under a source's REFN (it accepts it under a person's).
        out.line(1, "REFN", document.uid)


def _header(out: Writer, file_name: str, now: dt.datetime) -> None:
    out.line(0, "HEAD")
    out.line(1, "SOUR", "SPRAVKA")
    out.line(2, "VERS", __version__)
    out.line(2, "NAME", "Spravka")
    out.line(1, "DATE", gedcom_date(PartialDate(now.year, now.month, now.day)))
    out.line(2, "TIME", now.strftime("%H:%M:%S"))
    out.pointer(1, "SUBM", "U1")
    out.line(1, "FILE", file_name)
    out.line(1, "GEDC")
    out.line(2, "VERS", "5.5.1")
    out.line(2, "FORM", "LINEAGE-LINKED")
    out.line(1, "CHAR", "UTF-8")
    out.line(0, "SUBM", xref="U1")
    out.line(1, "NAME", "Spravka")


def export_gedcom(
    catalog: Catalog,
    out: Path,
    *,
    person_ids: Collection[int] | None = None,
    language: str = "en",
    include_suggested: bool = False,
    now: dt.datetime | None = None,
    media: bool = True,
    progress: ProgressCallback = ignore_progress,
    cancel: CancelToken | None = None,
) -> GedcomReport:
    """Write the persons (all, or those named) to a GEDCOM 5.5.1 file, complete or not at all;
    with `media`, the page images of their sources go to a folder beside it."""
    out = Path(out)
    now = now or dt.datetime.now()
    with catalog.read() as session:
        query = (
            select(models.Person)
            .order_by(models.Person.id)
            .options(
                selectinload(models.Person.name_variants),
                selectinload(models.Person.claims).selectinload(models.Claim.document),
                selectinload(models.Person.claims).selectinload(models.Claim.page),
                selectinload(models.Person.links).selectinload(models.DocumentLink.document),
            )
        )
        if person_ids is not None:
            query = query.where(models.Person.id.in_(list(person_ids)))
        folder = MediaFolder(out, catalog.blobs) if media else None
        exporter = _Exporter(session, language, include_suggested, folder)
        _header(exporter.out, out.name, now)
        flags_query = (
            select(models.Flag)
            .where(models.Flag.status != FlagStatus.DISMISSED.value)
            .order_by(models.Flag.id)
        )
        if person_ids is not None:
            flags_query = flags_query.where(models.Flag.person_id.in_(list(person_ids)))
        flags_by_person: dict[int, list[models.Flag]] = {}
        for flag in session.scalars(flags_query):
            flags_by_person.setdefault(flag.person_id, []).append(flag)
        people = list(session.scalars(query))
        groups = group_families(
            _relationships(session, person_ids, include_suggested),
            {person.id: person for person in people},
        )
        exporter.plan_families(groups)
        persons = 0
        for person in people:
            if cancel:
                cancel.raise_if_cancelled()
            flags = flags_by_person.get(person.id, [])
            exporter.person(person, flags)
            persons += 1
            progress(Progress(persons, len(people), "writing persons"))
        for group in groups:
            exporter.family(group)
        for document_id in sorted(exporter.sources):
            exporter.source(exporter.sources[document_id])
        exporter.repositories_block()
        exporter.out.line(0, "TRLR")
        with atomic_output(out, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(exporter.out.text())
    return GedcomReport(
        out,
        persons,
        exporter.events,
        len(exporter.sources),
        exporter.skipped,
        families=len(groups),
        images=folder.written if folder is not None else 0,
    )


def _relationships(
    session: Session, person_ids: Collection[int] | None, include_suggested: bool
) -> list[models.Relationship]:
    query = select(models.Relationship).options(selectinload(models.Relationship.document))
    if not include_suggested:
        query = query.where(models.Relationship.status == ClaimStatus.ACCEPTED.value)
    if person_ids is not None:
        ids = list(person_ids)
        query = query.where(
            models.Relationship.person_id.in_(ids), models.Relationship.relative_id.in_(ids)
        )
    return list(session.scalars(query.order_by(models.Relationship.id)))
