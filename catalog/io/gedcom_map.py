"""GEDCOM records → what the catalogue will hold: persons, their claims, sources, families.

Pure mapping over the tree `gedcom_read` built; nothing is stored here (`gedcom_import` does
that). Every line is either mapped, deliberately ignored (bookkeeping such as CHAN, _UID, RIN) or
reported as not mapped with its line number, so the report can say what did not come in.

- INDI → person: the first NAME is the person's name (GIVN/SURN when given, else the NAME value
  split at its slashes; a Russian patronymic at the end of the given names goes to the
  patronymic), every other NAME (and each ROMN/FONE) a name variant; SEX; BIRT/DEAT/BURI/CREM and
  every other event → claims (EVEN/TYPE naming a claim kind of the catalogue, such as «Arrest» or
  «Расстрел», → that kind; others → "other" with their name in the note), one claim per cited
  source; OCCU, NATI, RESI → occupation, nationality, residence; NOTE → notes; SOUR → the
  document is linked; a REFN of TYPE "Spravka uid" keeps the person's uid (a re-import matches).
- SOUR → document: TITL (or ABBR) the title, AUTH the issuer, PUBL and TEXT in its notes, REPO's
  NAME the archive and CALN the call number. A citation's PAGE and DATA/TEXT → the claim's quote.
- FAM → relationships: HUSB and WIFE are spouses (MARR → when the marriage began, DIV/ANUL →
  its end), each of them the parent of each CHIL (PEDI adopted/foster → the detail); children of
  a family without parents become siblings.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, field

from catalog.dates import PartialDate
from catalog.io.gedcom_dates import parse_gedcom_date
from catalog.io.gedcom_lines import MARRIAGE_END
from catalog.io.gedcom_read import GedcomFile, Node, Problem
from catalog.vocab_labels import CLAIM_KINDS

CLAIM_TAGS = {"BIRT": "birth", "DEAT": "death", "BURI": "burial", "CREM": "burial"}
# Events of a person that become claims of kind "other", named in the note.
OTHER_EVENTS: dict[str, dict[str, str]] = {
    "CHR": {"en": "Christening", "ru": "Крещение", "uk": "Хрещення"},
    "BAPM": {"en": "Baptism", "ru": "Крещение", "uk": "Хрещення"},
    "CREM": {"en": "Cremation", "ru": "Кремация", "uk": "Кремація"},
    "EMIG": {"en": "Emigration", "ru": "Эмиграция", "uk": "Еміграція"},
    "IMMI": {"en": "Immigration", "ru": "Иммиграция", "uk": "Імміграція"},
    "NATU": {"en": "Naturalisation", "ru": "Натурализация", "uk": "Натуралізація"},
    "CENS": {"en": "Census", "ru": "Перепись", "uk": "Перепис"},
    "EDUC": {"en": "Education", "ru": "Образование", "uk": "Освіта"},
    "GRAD": {"en": "Graduation", "ru": "Окончание учёбы", "uk": "Закінчення навчання"},
    "RETI": {"en": "Retirement", "ru": "Выход на пенсию", "uk": "Вихід на пенсію"},
    "OCCU": {"en": "Occupation", "ru": "Род занятий", "uk": "Рід занять"},
    "RESI": {"en": "Residence", "ru": "Место жительства", "uk": "Місце проживання"},
    "PROB": {"en": "Probate", "ru": "Утверждение завещания", "uk": "Затвердження заповіту"},
    "WILL": {"en": "Will", "ru": "Завещание", "uk": "Заповіт"},
    "ADOP": {"en": "Adoption", "ru": "Усыновление", "uk": "Усиновлення"},
    "CONF": {"en": "Confirmation", "ru": "Конфирмация", "uk": "Конфірмація"},
    "FCOM": {"en": "First communion", "ru": "Первое причастие", "uk": "Перше причастя"},
    "ORDN": {"en": "Ordination", "ru": "Рукоположение", "uk": "Рукопокладення"},
    "BARM": {"en": "Bar mitzvah", "ru": "Бар-мицва", "uk": "Бар-міцва"},
    "BASM": {"en": "Bat mitzvah", "ru": "Бат-мицва", "uk": "Бат-міцва"},
    "BLES": {"en": "Blessing", "ru": "Благословение", "uk": "Благословення"},
    "CHRA": {"en": "Adult christening", "ru": "Крещение взрослого", "uk": "Хрещення дорослого"},
    "DSCR": {"en": "Description", "ru": "Описание", "uk": "Опис"},
    "RELI": {"en": "Religion", "ru": "Вероисповедание", "uk": "Віросповідання"},
    "TITL": {"en": "Title", "ru": "Титул", "uk": "Титул"},
    "PROP": {"en": "Property", "ru": "Имущество", "uk": "Майно"},
    "EVEN": {"en": "Event", "ru": "Событие", "uk": "Подія"},
}
# Bookkeeping of other programs: read past without a word.
IGNORED = {"CHAN", "_UID", "RIN", "AFN", "RFN", "UID", "FAMS", "_FSFTID", "SUBM", "NCHI", "QUAY"}
EVENT_PARTS = {"DATE", "PLAC", "TYPE", "NOTE", "SOUR", "CAUS", "AGNC", "ADDR", "AGE"}
UID_TYPE = "Spravka uid"
PEDIGREE = {"adopted": "adopted", "foster": "foster", "birth": "birth"}
_PATRONYMIC = re.compile(
    r"(?:ович|евич|ёвич|ьич|ич|овна|евна|ёвна|ична|инична|івна|ївна|"
    r"ovich|evich|ovych|ovna|evna|ivna|ichna)$",
    re.IGNORECASE,
)
_LATIN = re.compile(r"[A-Za-z]")
_CYRILLIC = re.compile(r"[А-Яа-яЁёІіЇїЄєҐґ]")


@dataclass
class PlannedName:
    surname: str
    given: str
    patronymic: str
    kind: str = "spelling"  # of a variant: spelling | maiden | transliteration | other
    script: str = "Cyrl"


@dataclass
class PlannedCitation:
    source: str  # xref of the source record
    quote: str
    line: int


@dataclass
class PlannedEvent:
    kind: str
    line: int
    date: PartialDate | None = None
    place: str = ""
    cause: str = ""
    body: str = ""
    sentence: str = ""
    notes: list[str] = field(default_factory=list)
    citations: list[PlannedCitation] = field(default_factory=list)


@dataclass(frozen=True)
class PlannedMedia:
    """A multimedia file an individual or a source links to (OBJE … FILE), as the file wrote
    its path; `catalog.io.gedcom_media_import` finds it and imports it as pages."""

    path: str
    line: int
    title: str = ""


@dataclass
class PlannedPerson:
    xref: str
    line: int
    uid: str = ""
    name: PlannedName | None = None
    variants: list[PlannedName] = field(default_factory=list)
    sex: str | None = None
    events: list[PlannedEvent] = field(default_factory=list)
    occupation: list[str] = field(default_factory=list)
    nationality: str = ""
    residence: str = ""
    notes: list[str] = field(default_factory=list)
    citations: list[PlannedCitation] = field(default_factory=list)
    # (family xref, pedigree detail) from FAMC ... PEDI
    pedigree: dict[str, str] = field(default_factory=dict)
    media: list[PlannedMedia] = field(default_factory=list)


@dataclass
class PlannedSource:
    xref: str
    line: int
    uid: str = ""
    title: str = ""
    author: str = ""
    archive: str = ""
    call_number: str = ""
    notes: list[str] = field(default_factory=list)
    media: list[PlannedMedia] = field(default_factory=list)


@dataclass
class PlannedFamily:
    xref: str
    line: int
    husband: str = ""
    wife: str = ""
    children: list[tuple[str, int]] = field(default_factory=list)  # (xref, line)
    married: PartialDate | None = None
    ended: PartialDate | None = None
    notes: list[str] = field(default_factory=list)
    citation: PlannedCitation | None = None


@dataclass
class GedcomPlan:
    persons: list[PlannedPerson] = field(default_factory=list)
    sources: dict[str, PlannedSource] = field(default_factory=dict)
    families: list[PlannedFamily] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    unmapped: list[Problem] = field(default_factory=list)


def split_given(given: str) -> tuple[str, str]:
    """("Иван Петрович") → ("Иван", "Петрович"): a patronymic ends the given names."""
    words = given.split()
    if len(words) >= 2 and _PATRONYMIC.search(words[-1]):
        return " ".join(words[:-1]), words[-1]
    return given.strip(), ""


def _kind_by_label() -> dict[str, str]:
    # «Arrest», «Арест», «Арешт» → "arrest": event types as Spravka (or a person) writes them.
    table = {}
    for kind, names in CLAIM_KINDS.items():
        if kind == "other":
            continue
        for name in names.values():
            table[name.casefold()] = kind
    return table


KIND_BY_LABEL = _kind_by_label()


class Mapper:
    def __init__(self, gedcom: GedcomFile, language: str = "en") -> None:
        self.language = language if language in ("en", "ru", "uk") else "en"
        self.plan = GedcomPlan()
        self.notes: dict[str, str] = {}
        self.repositories: dict[str, str] = {}
        self.adoptions: list[str] = []
        self.objects: dict[str, Node] = {}
        self.records = gedcom.records

    # -- helpers ------------------------------------------------------------------------------

    def unmapped(self, node: Node, where: str) -> None:
        if node.tag in IGNORED:
            return
        self.plan.unmapped.append(
            Problem(node.line, f"{node.tag} in {where} is not mapped", node.tag)
        )

    def problem(self, line: int, message: str) -> None:
        self.plan.problems.append(Problem(line, message))

    def note_text(self, node: Node) -> str:
        """A NOTE's text, following a pointer to a NOTE record."""
        if node.pointer:
            text = self.notes.get(node.pointer)
            if text is None:
                self.problem(node.line, f"the note @{node.pointer}@ does not exist")
                return ""
            return text
        return node.value.strip()

    def date(self, node: Node, notes: list[str]) -> PartialDate | None:
        result = parse_gedcom_date(node.value)
        for problem in result.problems:
            self.problem(node.line, f"date {node.value.strip()!r}: {problem}")
        if result.notes or result.problems:
            # What the catalogue's date could not say stays readable, as the file wrote it.
            notes.append(f"DATE {node.value.strip()}")
        return result.date

    def citation(self, node: Node) -> PlannedCitation:
        xref = node.pointer
        if not xref:
            # "SOUR some text": a source described in place, not a record of its own.
            xref = f"line{node.line}"
            self.plan.sources[xref] = PlannedSource(xref, node.line, title=node.value.strip())
        parts = [node.text("PAGE")]
        data = node.first("DATA")
        if data is not None:
            parts += [text.value.strip() for text in data.all("TEXT")]
        for child in node.children:
            if child.tag == "NOTE":
                parts.append(self.note_text(child))
            elif child.tag not in ("PAGE", "DATA", "QUAY", "EVEN"):
                self.unmapped(child, "a citation")
        return PlannedCitation(xref, "; ".join(p for p in parts if p), node.line)

    def media(self, node: Node) -> list[PlannedMedia]:
        """The files of an OBJE link: in place (`1 OBJE` / `2 FILE path`) or a pointer to a
        multimedia record (`1 OBJE @O1@` → `0 @O1@ OBJE` / `1 FILE path`)."""
        target = node
        if node.pointer:
            found = self.objects.get(node.pointer)
            if found is None:
                self.problem(node.line, f"the multimedia record @{node.pointer}@ does not exist")
                return []
            target = found
        title = target.text("TITL")
        files = [
            PlannedMedia(f.value.strip(), f.line, f.text("TITL") or title)
            for f in target.all("FILE")
            if f.value.strip()
        ]
        if not files:
            self.problem(node.line, "a multimedia link without a FILE")
        return files

    # -- the file -----------------------------------------------------------------------------

    def run(self) -> GedcomPlan:
        for record in self.records:
            if record.tag == "NOTE" and record.xref:
                self.notes[record.xref] = record.value.strip()
            elif record.tag == "REPO" and record.xref:
                self.repositories[record.xref] = record.text("NAME")
            elif record.tag == "OBJE" and record.xref:
                self.objects[record.xref] = record
        for record in self.records:
            if record.tag == "INDI":
                self.person(record)
            elif record.tag == "SOUR":
                self.source(record)
            elif record.tag == "FAM":
                self.family(record)
            elif record.tag in ("HEAD", "TRLR", "SUBM", "SUBN", "NOTE", "REPO", "OBJE"):
                continue
            else:
                self.unmapped(record, "the file")
        return self.plan

    # -- persons ------------------------------------------------------------------------------

    def person(self, record: Node) -> None:
        person = PlannedPerson(record.xref, record.line)
        if not record.xref:
            self.problem(record.line, "an INDI record without an id, skipped")
            return
        for node in record.children:
            tag = node.tag
            if tag == "NAME":
                self.name(person, node)
            elif tag == "SEX":
                person.sex = {"M": "m", "F": "f"}.get(node.value.strip().upper()[:1])
            elif tag in ("OCCU", "NATI", "RESI") and not node.first("DATE"):
                self.attribute(person, node)
            elif tag in CLAIM_TAGS or tag in OTHER_EVENTS or tag == "DEATH":
                self.adoptions = []
                person.events.append(self.event(node))
                for family in self.adoptions:
                    person.pedigree[family] = person.pedigree.get(family) or "adopted"
            elif tag == "NOTE":
                person.notes.append(self.note_text(node))
            elif tag == "SOUR":
                person.citations.append(self.citation(node))
            elif tag == "FAMC":
                pedigree = node.text("PEDI").lower()
                if PEDIGREE.get(pedigree) or node.pointer not in person.pedigree:
                    person.pedigree[node.pointer] = PEDIGREE.get(pedigree, "")
            elif tag == "REFN" and node.text("TYPE") == UID_TYPE:
                person.uid = _valid_uid(node.value)
            elif tag == "REFN":
                continue
            elif tag == "OBJE":
                person.media.extend(self.media(node))
            else:
                self.unmapped(node, f"person @{record.xref}@")
        if person.name is None:
            person.name = PlannedName("", "", "")
            self.problem(record.line, f"person @{record.xref}@ has no NAME")
        self.plan.persons.append(person)

    def name(self, person: PlannedPerson, node: Node) -> None:
        value = node.value
        surname = node.text("SURN")
        given = node.text("GIVN")
        if "/" in value:
            before, _, rest = value.partition("/")
            between, _, _after = rest.partition("/")
            surname = surname or between.strip()
            given = given or before.strip()
        elif not (surname or given):
            given = value.strip()
        prefix = node.text("SPFX")
        if prefix and not surname.startswith(prefix):
            surname = f"{prefix} {surname}".strip()
        given, patronymic = split_given(given)
        kind = node.text("TYPE").lower()
        script = "Latn" if _LATIN.search(value) and not _CYRILLIC.search(value) else "Cyrl"
        planned = PlannedName(surname, given, patronymic, script=script)
        if person.name is None:
            person.name = planned
        else:
            planned.kind = {"maiden": "maiden", "birth": "spelling"}.get(kind, "other")
            person.variants.append(planned)
        for child in node.children:
            if child.tag in ("ROMN", "FONE"):
                romanised = PlannedName("", "", "", kind="transliteration", script="Latn")
                before, _, rest = child.value.partition("/")
                romanised.surname = rest.partition("/")[0].strip()
                romanised.given, romanised.patronymic = split_given(before.strip())
                person.variants.append(romanised)
            elif child.tag == "_MARNM":
                person.variants.append(PlannedName(child.value.strip(), "", "", kind="other"))
            elif child.tag == "NICK" and child.value.strip():
                # «Ванька», «Маруся»: an everyday form of the name, findable as a variant.
                person.variants.append(PlannedName("", child.value.strip(), "", kind="other"))
            elif child.tag not in ("GIVN", "SURN", "TYPE", "NPFX", "NSFX", "SPFX"):
                if child.tag == "NOTE":
                    person.notes.append(self.note_text(child))
                elif child.tag == "SOUR":
                    person.citations.append(self.citation(child))
                else:
                    self.unmapped(child, f"the name of @{person.xref}@")

    def attribute(self, person: PlannedPerson, node: Node) -> None:
        value = node.value.strip()
        if node.tag == "OCCU" and value:
            person.occupation.append(value)
        elif node.tag == "NATI" and value:
            person.nationality = person.nationality or value
        elif node.tag == "RESI":
            place = value or node.text("PLAC") or node.text("ADDR")
            person.residence = person.residence or place
        for child in node.children:
            if child.tag == "SOUR":
                person.citations.append(self.citation(child))
            elif child.tag == "NOTE":
                person.notes.append(self.note_text(child))
            elif child.tag not in ("PLAC", "ADDR", "TYPE"):
                self.unmapped(child, f"{node.tag} of @{person.xref}@")

    def event(self, node: Node) -> PlannedEvent:
        """One event of a person as a claim; ADOP's FAMC marks the adoptive family."""
        tag = "DEAT" if node.tag == "DEATH" else node.tag
        kind = CLAIM_TAGS.get(tag, "other")
        event = PlannedEvent(kind, node.line)
        type_text = node.text("TYPE")
        if tag == "EVEN" and type_text.casefold() in KIND_BY_LABEL:
            event.kind = KIND_BY_LABEL[type_text.casefold()]
        value = node.value.strip() if node.value.strip().upper() != "Y" else ""
        if event.kind == "other":
            name = type_text or OTHER_EVENTS.get(tag, OTHER_EVENTS["EVEN"])[self.language]
            event.notes.append(f"{name}: {value}" if value else name)
        elif tag == "CREM":
            event.notes.append(OTHER_EVENTS["CREM"][self.language])
        elif event.kind == "sentence":
            event.sentence = value
        elif value:
            event.notes.append(value)
        for child in node.children:
            if child.tag == "DATE":
                event.date = self.date(child, event.notes)
            elif child.tag == "PLAC":
                event.place = child.value.strip()
                for part in child.children:
                    self.unmapped(part, f"the place of {node.tag}")
            elif child.tag == "ADDR":
                event.place = event.place or child.value.strip()
            elif child.tag == "CAUS":
                event.cause = child.value.strip()
            elif child.tag == "AGNC":
                event.body = child.value.strip()
            elif child.tag == "NOTE":
                event.notes.append(self.note_text(child))
            elif child.tag == "SOUR":
                event.citations.append(self.citation(child))
            elif child.tag in ("TYPE", "AGE"):
                continue
            elif child.tag == "FAMC" and tag == "ADOP":
                self.adoptions.append(child.pointer)
            else:
                self.unmapped(child, node.tag)
        return event

    # -- sources and families ------------------------------------------------------------------

    def source(self, record: Node) -> None:
        if not record.xref:
            self.problem(record.line, "a SOUR record without an id, skipped")
            return
        source = PlannedSource(record.xref, record.line)
        source.title = record.text("TITL") or record.text("ABBR")
        source.author = record.text("AUTH")
        for node in record.children:
            if node.tag == "PUBL" or node.tag == "TEXT":
                source.notes.append(node.value.strip())
            elif node.tag == "NOTE":
                source.notes.append(self.note_text(node))
            elif node.tag == "REPO":
                source.archive = self.repositories.get(node.pointer, node.value.strip())
                source.call_number = node.text("CALN")
            elif node.tag == "REFN":
                source.uid = _valid_uid(node.value)
            elif node.tag == "OBJE":
                source.media.extend(self.media(node))
            elif node.tag not in ("TITL", "ABBR", "AUTH", "DATA"):
                self.unmapped(node, f"source @{record.xref}@")
        self.plan.sources[record.xref] = source

    def family(self, record: Node) -> None:
        family = PlannedFamily(record.xref or f"line{record.line}", record.line)
        for node in record.children:
            if node.tag == "HUSB":
                family.husband = node.pointer
            elif node.tag == "WIFE":
                family.wife = node.pointer
            elif node.tag == "CHIL":
                family.children.append((node.pointer, node.line))
            elif node.tag in ("MARR", "DIV", "ANUL") or (
                node.tag == "EVEN" and node.text("TYPE") in MARRIAGE_END.values()
            ):
                for child in node.children:
                    if child.tag == "DATE":
                        date = self.date(child, family.notes)
                        if node.tag == "MARR":
                            family.married = date
                        else:
                            family.ended = date
                    elif child.tag == "NOTE":
                        family.notes.append(self.note_text(child))
                    elif child.tag == "SOUR" and family.citation is None:
                        family.citation = self.citation(child)
                    elif child.tag in ("PLAC", "ADDR") and child.value.strip():
                        # A relationship has no place of its own: the marriage's goes in its note.
                        family.notes.append(child.value.strip())
                    elif child.tag not in ("TYPE", "HUSB", "WIFE", "PLAC", "ADDR"):
                        self.unmapped(child, f"{node.tag} of family @{family.xref}@")
            elif node.tag == "NOTE":
                family.notes.append(self.note_text(node))
            elif node.tag == "SOUR" and family.citation is None:
                family.citation = self.citation(node)
            elif node.tag != "REFN":
                self.unmapped(node, f"family @{family.xref}@")
        self.plan.families.append(family)


def _valid_uid(value: str) -> str:
    try:
        return str(uuid.UUID(value.strip()))
    except ValueError:
        return ""


def map_gedcom(gedcom: GedcomFile, language: str = "en") -> GedcomPlan:
    return Mapper(gedcom, language).run()
