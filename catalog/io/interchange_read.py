"""Reading and validating an interchange file (`spec/catalog-json.md`, versions 1 and 2).

Version 2 (`docs/formats-v2.md`) adds the end of a date range (`"end"` in a date object,
`date_end`, `issued_end`, `act_record_end`) and the top-level `relationships`; a version 1 file
is read exactly as before (those keys are unknown to it).

The whole file is checked before anything is written: every problem is collected with its JSON
path (`persons[0].claims[2].date`), so a person fixing the file sees all of them at once. The
result is a plan of plain records that `interchange_load` writes in one transaction.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from catalog.dates import PartialDate
from catalog.errors import InterchangeError, InterchangeErrors, InvalidDate, InvalidInput
from catalog.imaging.probe import BadImage, ImageInfo, probe_image
from catalog.imaging.processing import validate_processing
from catalog.io.interchange_families import read_relationships
from catalog.io.interchange_plan import (
    Plan,
    PlannedClaim,
    PlannedDocument,
    PlannedFlag,
    PlannedPage,
    PlannedPerson,
    PlannedTranscription,
    PlannedVariant,
)
from catalog.store import sha256_of_file
from catalog.transcripts import Word
from catalog.vocab import (
    ClaimKind,
    ClaimStatus,
    DocumentKind,
    FlagStatus,
    LinkRole,
    Qualifier,
    Sex,
    TranscriptionOrigin,
)

FORMAT = "spravka-catalog"
VERSION = 2

# A fixed namespace: records without a uid get one derived from the file's content and their
# local id, so loading the same file twice finds the records of the first load.
UID_NAMESPACE = uuid.UUID("5b1f0c3e-5d0e-4f53-9d4b-7370726176b1")

PERSON_TEXT = (
    "surname",
    "given_name",
    "patronymic",
    "birth_place",
    "nationality",
    "occupation",
    "residence",
    "notes",
)
PERSON_KEYS = {
    "id",
    "uid",
    "source_id",
    "sex",
    "birth",
    "name_variants",
    "claims",
    "tags",
    *PERSON_TEXT,
}
VARIANT_KEYS = {"surname", "given_name", "patronymic", "script", "scheme", "kind", "note"}
CLAIM_TEXT = (
    "place",
    "body",
    "body_code",
    "article",
    "sentence",
    "cause",
    "basis",
    "note",
    "quote",
)
CLAIM_KEYS = {
    "id",
    "uid",
    "source_id",
    "kind",
    "status",
    "date",
    "date_qualifier",
    "source",
    "page",
    "region",
    *CLAIM_TEXT,
}
# Keys that only version 2 knows, per record type.
V2_KEYS = {
    "claim": {"date_end"},
    "document": {"issued_end", "act_record_end"},
    "date": {"end"},
    "top": {"relationships"},
}
DOCUMENT_TEXT = ("title", "issuer", "notes")
ARCHIVE_KEYS = {"name", "fond", "opis", "delo", "sheets"}
DOCUMENT_KEYS = {
    "id",
    "uid",
    "source_id",
    "kind",
    "issued",
    "issued_qualifier",
    "act_record_date",
    "act_record_qualifier",
    "archive",
    "pages",
    "persons",
    "tags",
    *DOCUMENT_TEXT,
}
PAGE_KEYS = {
    "image",
    "sha256",
    "width",
    "height",
    "dpi",
    "processing",
    "origin_name",
    "text",
    "transcriptions",
}
TRANSCRIPTION_KEYS = {
    "version",
    "origin",
    "engine",
    "settings",
    "author",
    "created",
    "text",
    "confidence",
    "words",
}
FLAG_KEYS = {
    "id",
    "person",
    "claim",
    "claims",
    "kind",
    "rule",
    "origin",
    "score",
    "status",
    "reasons",
    "fingerprint",
    "person_source_id",
    "claim_source_ids",
}
TOP_KEYS = {"format", "version", "persons", "documents", "flags"}


class _Reader:
    """Walks the JSON, collecting errors and warnings with their paths."""

    def __init__(self, file: Path, content_hash: str, has_blob: Callable[[str], bool]) -> None:
        self.file = file
        self.base = file.parent
        self.content_hash = content_hash
        self.has_blob = has_blob
        self.errors: list[InterchangeError] = []
        self.warnings: list[str] = []
        self.uids: dict[str, set[str]] = {}
        self.version = VERSION

    # -- reporting --------------------------------------------------------------------------

    def error(self, path: str, problem: str) -> None:
        self.errors.append(InterchangeError(self.file, path, problem))

    def unknown_keys(self, path: str, data: dict[str, Any], known: set[str]) -> dict[str, Any]:
        extra = {key: value for key, value in data.items() if key not in known}
        for key in extra:
            self.warnings.append(
                f"{self.file}: {path}.{key}: unknown key, kept with the record but not interpreted"
            )
        return extra

    # -- typed getters ----------------------------------------------------------------------

    def obj(self, path: str, value: Any) -> dict[str, Any] | None:
        if not isinstance(value, dict):
            self.error(path, f"expected an object, found {_json_type(value)}")
            return None
        return value

    def array(self, path: str, value: Any) -> list[Any]:
        if value is None:
            return []
        if not isinstance(value, list):
            self.error(path, f"expected an array, found {_json_type(value)}")
            return []
        return value

    def text(self, path: str, data: dict[str, Any], key: str) -> str:
        value = data.get(key)
        if value is None:
            return ""
        if isinstance(value, str):
            return value
        self.error(f"{path}.{key}", f"expected a string, found {_json_type(value)}")
        return ""

    def optional_text(self, path: str, data: dict[str, Any], key: str) -> str | None:
        if data.get(key) is None:
            return None
        return self.text(path, data, key) or None

    def local_id(self, path: str, data: dict[str, Any], seen: set[str]) -> str:
        value = data.get("id")
        if isinstance(value, int) and not isinstance(value, bool):
            value = str(value)
        if not isinstance(value, str) or not value:
            self.error(f"{path}.id", 'every record needs an "id" string')
            return f"#{path}"
        if value in seen:
            self.error(f"{path}.id", f"the id {value!r} is used twice")
        seen.add(value)
        return value

    def uid(self, path: str, data: dict[str, Any], collection: str, local_id: str) -> str:
        value = data.get("uid")
        if value is None:
            return str(uuid.uuid5(UID_NAMESPACE, f"{self.content_hash}:{collection}:{local_id}"))
        try:
            uid = str(uuid.UUID(str(value)))
        except ValueError:
            self.error(f"{path}.uid", f"not a valid uid: {value!r}")
            return ""
        seen = self.uids.setdefault(collection, set())
        if uid in seen:
            self.error(f"{path}.uid", f"the uid {uid} is used twice in this file")
        seen.add(uid)
        return uid

    def enum(self, path: str, value: Any, enum: type, default: str | None = None) -> str | None:
        if value is None:
            return default
        try:
            return enum(value).value
        except ValueError:
            allowed = ", ".join(member.value for member in enum)
            self.error(path, f"unknown value {value!r} (expected one of: {allowed})")
            return default

    def v2(self, data: dict[str, Any], key: str) -> Any:
        """A key that only version 2 files have (in version 1 it stays an unknown key)."""
        return data.get(key) if self.version >= 2 else None

    def keys(self, kind: str, known: set[str]) -> set[str]:
        """The keys a record type has in this file's version."""
        return known | V2_KEYS[kind] if self.version >= 2 else known

    def date(
        self, path: str, value: Any, qualifier: Any = None, end: Any = None
    ) -> PartialDate | None:
        if value is None or value == "":
            if end not in (None, ""):
                self.error(path, "a range's end needs its first date")
            return None
        if isinstance(value, dict):
            self.unknown_keys(path, value, self.keys("date", {"date", "qualifier"}))
            return self.date(
                f"{path}.date",
                value.get("date"),
                value.get("qualifier"),
                value.get("end") if self.version >= 2 else None,
            )
        if not isinstance(value, str):
            self.error(path, f"expected a date string, found {_json_type(value)}")
            return None
        if end is not None and not isinstance(end, str):
            self.error(path, f"expected the range's end as a date string, found {_json_type(end)}")
            return None
        try:
            if end:
                return PartialDate.parse_range(value, end, qualifier or Qualifier.BETWEEN)
            return PartialDate.parse_iso(value, qualifier or Qualifier.EXACT)
        except InvalidDate as exc:
            self.error(path, str(exc))
            return None

    def tags(self, path: str, data: dict[str, Any]) -> list[str]:
        tags = []
        for i, tag in enumerate(self.array(f"{path}.tags", data.get("tags"))):
            if isinstance(tag, str) and tag.strip():
                tags.append(tag.strip())
            else:
                self.error(f"{path}.tags[{i}]", "a tag is a non-empty string")
        return tags

    # -- records ----------------------------------------------------------------------------

    def read(self, data: Any) -> Plan:
        plan = Plan(self.file)
        top = self.obj("(top level)", data)
        if top is None:
            return plan
        if top.get("format") != FORMAT:
            self.error("format", f'expected "{FORMAT}", found {top.get("format")!r}')
            return plan
        version = top.get("version")
        if not isinstance(version, int) or isinstance(version, bool):
            self.error("version", f"expected the number {VERSION}, found {version!r}")
            return plan
        if version > VERSION:
            self.error(
                "version",
                f"the file is format version {version}, written by a newer Spravka; this "
                f"version reads version {VERSION}",
            )
            return plan
        if version < 1:
            self.error("version", f"there is no format version {version}")
            return plan
        self.version = version
        self.unknown_keys("(top level)", top, self.keys("top", TOP_KEYS))

        document_ids: set[str] = set()
        for i, raw in enumerate(self.array("documents", top.get("documents"))):
            document = self.document(f"documents[{i}]", raw, document_ids)
            if document:
                plan.documents.append(document)
        pages_by_document = {d.local_id: len(d.pages) for d in plan.documents}

        person_ids: set[str] = set()
        claim_ids: set[str] = set()
        for i, raw in enumerate(self.array("persons", top.get("persons"))):
            person = self.person(f"persons[{i}]", raw, person_ids, claim_ids, pages_by_document)
            if person:
                plan.persons.append(person)

        for i, document in enumerate(plan.documents):
            for j, (person, _role) in enumerate(document.links):
                if person not in person_ids:
                    self.error(
                        f"documents[{i}].persons[{j}].person",
                        f"no person with id {person!r} in this file",
                    )
        for i, raw in enumerate(self.array("flags", top.get("flags"))):
            flag = self.flag(f"flags[{i}]", raw, person_ids, claim_ids)
            if flag:
                plan.flags.append(flag)
        if self.version >= 2:
            plan.relationships = read_relationships(
                self, top.get("relationships"), person_ids, pages_by_document
            )
        plan.warnings = self.warnings
        return plan

    def person(
        self,
        path: str,
        raw: Any,
        seen: set[str],
        claim_ids: set[str],
        pages_by_document: dict[str, int],
    ) -> PlannedPerson | None:
        data = self.obj(path, raw)
        if data is None:
            return None
        local_id = self.local_id(path, data, seen)
        texts = {key: self.text(path, data, key) for key in PERSON_TEXT}
        if not (texts["surname"] or texts["given_name"] or texts["patronymic"]):
            self.error(path, "a person needs at least a surname or a given name")
        variants = []
        for j, raw_variant in enumerate(
            self.array(f"{path}.name_variants", data.get("name_variants"))
        ):
            vpath = f"{path}.name_variants[{j}]"
            variant = self.obj(vpath, raw_variant)
            if variant is None:
                continue
            self.unknown_keys(vpath, variant, VARIANT_KEYS)
            kind = self.text(vpath, variant, "kind") or "spelling"
            if kind not in ("spelling", "maiden", "transliteration", "other"):
                self.error(f"{vpath}.kind", f"unknown name variant kind {kind!r}")
            variants.append(
                PlannedVariant(
                    surname=self.text(vpath, variant, "surname"),
                    given_name=self.text(vpath, variant, "given_name"),
                    patronymic=self.text(vpath, variant, "patronymic"),
                    script=self.text(vpath, variant, "script") or "Cyrl",
                    scheme=self.text(vpath, variant, "scheme"),
                    kind=kind,
                    note=self.text(vpath, variant, "note"),
                )
            )
        claims = []
        for j, raw_claim in enumerate(self.array(f"{path}.claims", data.get("claims"))):
            claim = self.claim(f"{path}.claims[{j}]", raw_claim, claim_ids, pages_by_document)
            if claim:
                claims.append(claim)
        return PlannedPerson(
            local_id=local_id,
            uid=self.uid(path, data, "person", local_id),
            source_id=self.optional_text(path, data, "source_id") or local_id,
            texts=texts,
            sex=self.enum(f"{path}.sex", data.get("sex"), Sex),
            birth=self.date(f"{path}.birth", data.get("birth")),
            variants=variants,
            claims=claims,
            tags=self.tags(path, data),
            extra=self.unknown_keys(path, data, PERSON_KEYS) or None,
        )

    def claim(
        self, path: str, raw: Any, seen: set[str], pages_by_document: dict[str, int]
    ) -> PlannedClaim | None:
        data = self.obj(path, raw)
        if data is None:
            return None
        local_id = self.local_id(path, data, seen)
        kind = self.enum(f"{path}.kind", data.get("kind"), ClaimKind)
        if data.get("kind") is None:
            self.error(f"{path}.kind", "every claim needs a kind")
        qualifier = self.enum(f"{path}.date_qualifier", data.get("date_qualifier"), Qualifier)
        source = self.optional_text(path, data, "source")
        if source is not None and source not in pages_by_document:
            self.error(f"{path}.source", f"no document with id {source!r} in this file")
        page = data.get("page")
        if page is not None:
            if not isinstance(page, int) or isinstance(page, bool) or page < 1:
                self.error(f"{path}.page", "a page is a number from 1")
                page = None
            elif source is None:
                self.error(f"{path}.page", "a page needs the claim's source document")
            elif source in pages_by_document and page > pages_by_document[source]:
                self.error(
                    f"{path}.page",
                    f"document {source!r} has {pages_by_document[source]} page(s), not {page}",
                )
        region = data.get("region")
        if region is not None and not (
            isinstance(region, list)
            and len(region) == 4
            and all(isinstance(v, int) and not isinstance(v, bool) and v >= 0 for v in region)
            and region[2] > 0
            and region[3] > 0
        ):
            self.error(f"{path}.region", "a region is [x, y, width, height] in pixels")
            region = None
        if region is not None and page is None:
            self.error(f"{path}.region", "a region needs the page it is on")
        return PlannedClaim(
            local_id=local_id,
            uid=self.uid(path, data, "claim", local_id),
            source_id=self.optional_text(path, data, "source_id") or local_id,
            kind=kind or ClaimKind.OTHER.value,
            status=self.enum(f"{path}.status", data.get("status"), ClaimStatus, "accepted")
            or "accepted",
            date=self.date(f"{path}.date", data.get("date"), qualifier, self.v2(data, "date_end")),
            texts={key: self.text(path, data, key) for key in CLAIM_TEXT},
            source=source,
            page=page,
            region=region,
            extra=self.unknown_keys(path, data, self.keys("claim", CLAIM_KEYS)) or None,
        )

    def document(self, path: str, raw: Any, seen: set[str]) -> PlannedDocument | None:
        data = self.obj(path, raw)
        if data is None:
            return None
        local_id = self.local_id(path, data, seen)
        archive: dict[str, str] = {}
        if data.get("archive") is not None:
            raw_archive = self.obj(f"{path}.archive", data.get("archive"))
            if raw_archive is not None:
                self.unknown_keys(f"{path}.archive", raw_archive, ARCHIVE_KEYS)
                archive = {k: self.text(f"{path}.archive", raw_archive, k) for k in ARCHIVE_KEYS}
        links = []
        for j, raw_link in enumerate(self.array(f"{path}.persons", data.get("persons"))):
            lpath = f"{path}.persons[{j}]"
            link = self.obj(lpath, raw_link)
            if link is None:
                continue
            person = link.get("person")
            if isinstance(person, int) and not isinstance(person, bool):
                person = str(person)
            if not isinstance(person, str):
                self.error(f"{lpath}.person", "expected a person id")
                continue
            role = self.enum(f"{lpath}.role", link.get("role"), LinkRole, "subject") or "subject"
            links.append((person, role))
        pages = []
        for j, raw_page in enumerate(self.array(f"{path}.pages", data.get("pages"))):
            page = self.page(f"{path}.pages[{j}]", raw_page)
            if page:
                pages.append(page)
        return PlannedDocument(
            local_id=local_id,
            uid=self.uid(path, data, "document", local_id),
            source_id=self.optional_text(path, data, "source_id") or local_id,
            kind=self.enum(f"{path}.kind", data.get("kind"), DocumentKind, "other") or "other",
            texts={key: self.text(path, data, key) for key in DOCUMENT_TEXT},
            issued=self.date(
                f"{path}.issued",
                data.get("issued"),
                data.get("issued_qualifier"),
                self.v2(data, "issued_end"),
            ),
            act_record=self.date(
                f"{path}.act_record_date",
                data.get("act_record_date"),
                data.get("act_record_qualifier"),
                self.v2(data, "act_record_end"),
            ),
            archive=archive,
            pages=pages,
            links=links,
            tags=self.tags(path, data),
            extra=self.unknown_keys(path, data, self.keys("document", DOCUMENT_KEYS)) or None,
        )

    def page(self, path: str, raw: Any) -> PlannedPage | None:
        data = self.obj(path, raw)
        if data is None:
            return None
        self.unknown_keys(path, data, PAGE_KEYS)
        image_text = self.optional_text(path, data, "image")
        declared = self.optional_text(path, data, "sha256")
        image: Path | None = None
        info: ImageInfo | None = None
        sha256 = declared or ""
        if image_text is not None:
            image = Path(image_text)
            if not image.is_absolute():
                image = self.base / image
            try:
                info = probe_image(image, decode=True)
            except BadImage as exc:
                self.error(f"{path}.image", f"{image_text}: {exc.reason}")
                return None
            sha256 = sha256_of_file(image)
            if declared and declared != sha256:
                self.error(
                    f"{path}.sha256",
                    f"{image_text} has SHA-256 {sha256}, not the {declared} the file declares",
                )
        elif declared:
            if not self.has_blob(declared):
                self.error(
                    f"{path}.image",
                    f'no "image" given and the catalogue does not hold the blob {declared}',
                )
                return None
        else:
            self.error(path, 'a page needs an "image" (a path relative to the file)')
            return None

        processing = data.get("processing")
        if processing is not None:
            if not isinstance(processing, dict):
                self.error(f"{path}.processing", "expected an object of processing parameters")
                processing = None
            else:
                try:
                    processing = validate_processing(processing)
                except InvalidInput as exc:
                    self.error(f"{path}.processing.{exc.field}", exc.problem)
                    processing = None
        dpi = data.get("dpi")
        if dpi is not None and (not isinstance(dpi, int) or isinstance(dpi, bool) or dpi <= 0):
            self.error(f"{path}.dpi", "dpi is a positive whole number")
            dpi = None

        transcriptions = []
        raw_versions = data.get("transcriptions")
        if raw_versions is not None:
            for k, raw_version in enumerate(self.array(f"{path}.transcriptions", raw_versions)):
                version = self.transcription(f"{path}.transcriptions[{k}]", raw_version)
                if version:
                    transcriptions.append(version)
        elif data.get("text"):
            transcriptions.append(
                PlannedTranscription(
                    origin=TranscriptionOrigin.IMPORTED.value,
                    engine="",
                    settings="",
                    author="",
                    created=None,
                    text=self.text(path, data, "text"),
                    confidence=None,
                    words=None,
                )
            )
        return PlannedPage(
            image=image,
            sha256=sha256,
            info=info,
            dpi=dpi if dpi is not None else (info.dpi if info else None),
            processing=processing,
            origin_name=self.text(path, data, "origin_name")
            or (image.name if image is not None else ""),
            transcriptions=transcriptions,
        )

    def transcription(self, path: str, raw: Any) -> PlannedTranscription | None:
        data = self.obj(path, raw)
        if data is None:
            return None
        self.unknown_keys(path, data, TRANSCRIPTION_KEYS)
        words = None
        if data.get("words") is not None:
            words = []
            for w, raw_word in enumerate(self.array(f"{path}.words", data.get("words"))):
                try:
                    words.append(Word.from_json(raw_word))
                except (KeyError, TypeError, ValueError):
                    self.error(f"{path}.words[{w}]", "a word needs text, x, y, width and height")
        confidence = data.get("confidence")
        if confidence is not None and not isinstance(confidence, int | float):
            self.error(f"{path}.confidence", "expected a number")
            confidence = None
        created = None
        created_text = self.optional_text(path, data, "created")
        if created_text is not None:
            try:
                created = dt.datetime.fromisoformat(created_text)
            except ValueError:
                self.error(f"{path}.created", f"not an ISO date and time: {created_text!r}")
        return PlannedTranscription(
            origin=self.enum(f"{path}.origin", data.get("origin"), TranscriptionOrigin, "imported")
            or "imported",
            engine=self.text(path, data, "engine"),
            settings=self.text(path, data, "settings"),
            author=self.text(path, data, "author"),
            created=created,
            text=self.text(path, data, "text"),
            confidence=confidence,
            words=words,
        )

    def flag(
        self, path: str, raw: Any, person_ids: set[str], claim_ids: set[str]
    ) -> PlannedFlag | None:
        data = self.obj(path, raw)
        if data is None:
            return None
        self.unknown_keys(path, data, FLAG_KEYS)
        person = data.get("person")
        person = str(person) if isinstance(person, int) and not isinstance(person, bool) else person
        if not isinstance(person, str) or person not in person_ids:
            self.error(f"{path}.person", f"no person with id {person!r} in this file")
            return None
        claims = [
            str(c)
            for c in self.array(f"{path}.claims", data.get("claims"))
            if isinstance(c, str | int) and not isinstance(c, bool)
        ]
        for c in claims:
            if c not in claim_ids:
                self.error(f"{path}.claims", f"no claim with id {c!r} in this file")
        claim = data.get("claim")
        claim = None if claim is None or isinstance(claim, dict | list) else str(claim)
        if claim is not None and claim not in claim_ids:
            self.error(f"{path}.claim", f"no claim with id {claim!r} in this file")
            claim = None
        score = data.get("score", 0.0)
        if not isinstance(score, int | float) or isinstance(score, bool) or not 0 <= score <= 1:
            self.error(f"{path}.score", "a score is a number from 0 to 1")
            score = 0.0
        kind = self.text(path, data, "kind")
        if not kind:
            self.error(f"{path}.kind", "every flag needs a kind")
        reasons = self.array(f"{path}.reasons", data.get("reasons"))
        return PlannedFlag(
            person=person,
            claim=claim,
            claims=[c for c in claims if c in claim_ids],
            kind=kind,
            rule=self.text(path, data, "rule"),
            origin=self.text(path, data, "origin") or "rule",
            score=float(score),
            status=self.enum(f"{path}.status", data.get("status"), FlagStatus, "suggested")
            or "suggested",
            reasons=list(reasons),
            fingerprint=self.optional_text(path, data, "fingerprint"),
        )


def _json_type(value: Any) -> str:
    return {
        dict: "an object",
        list: "an array",
        str: "a string",
        bool: "true/false",
        int: "a number",
        float: "a number",
        type(None): "null",
    }.get(type(value), type(value).__name__)


def read_plan(file: Path, has_blob: Callable[[str], bool] = lambda _sha: False) -> Plan:
    """Parse and validate an interchange file; raise `InterchangeErrors` listing every problem."""
    file = Path(file)
    try:
        raw = file.read_bytes()
    except FileNotFoundError:
        raise InterchangeErrors(file, [InterchangeError(file, "", "file not found")]) from None
    except OSError as exc:
        raise InterchangeErrors(
            file, [InterchangeError(file, "", f"cannot be read: {exc.strerror or exc}")]
        ) from None
    if _is_gedcom(raw):
        raise InterchangeErrors(
            file,
            [
                InterchangeError(
                    file,
                    "",
                    "a GEDCOM family tree, not an interchange file: import it with "
                    "`spravka import gedcom FILE`",
                )
            ],
        )
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InterchangeErrors(
            file,
            [
                InterchangeError(
                    file,
                    "",
                    f"not UTF-8 text (byte {exc.start} is invalid); interchange files are UTF-8",
                )
            ],
        ) from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InterchangeErrors(
            file,
            [
                InterchangeError(
                    file, "", f"not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}"
                )
            ],
        ) from None
    reader = _Reader(file, hashlib.sha256(raw).hexdigest(), has_blob)
    plan = reader.read(data)
    if reader.errors:
        raise InterchangeErrors(file, reader.errors)
    return plan


def _is_gedcom(raw: bytes) -> bool:
    """A GEDCOM file begins with `0 HEAD` (after a byte-order mark, in UTF-8 or UTF-16)."""
    head = raw[:16].lstrip(b"\xef\xbb\xbf\xff\xfe").replace(b"\x00", b"")
    return head.lstrip().startswith(b"0 HEAD")
