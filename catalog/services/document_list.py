"""The documents list at scale: filters and orders in SQL, ids first, rows a page at a time.

Like the people list, the GUI's documents list holds only ids (`document_ids`, one query over an
index) and asks for the rows it shows (`document_rows`, a few indexed look-ups per page). The
filters are the ones a family or a volunteer needs after an import:

* *unlinked* — the inbox: documents that concern no person yet;
* *kind*, *tag*;
* *OCR state* — `not_done` (a page has no text yet), `done` (every page has engine text and
  none was corrected), `corrected` (a person corrected a page's text);
* *text* — words in the title, issuer, archive reference or notes, or in the pages' text.

Orders: issue date (undated documents last either way), kind, title, added (the id).
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Literal, NamedTuple

from sqlalchemy import ColumnElement, and_, exists, func, not_, or_, select

from catalog import models
from catalog.dates import PartialDate, parse_optional_iso
from catalog.db import Catalog
from catalog.errors import InvalidInput
from catalog.search.fulltext import find_texts
from catalog.services import validate
from catalog.vocab import DocumentKind, TranscriptionOrigin

DocumentOrder = Literal["issued", "kind", "title", "added"]
OcrState = Literal["none", "not_done", "done", "corrected"]
ORDERS: tuple[str, ...] = ("issued", "kind", "title", "added")
OCR_STATES: tuple[str, ...] = ("not_done", "done", "corrected")
ROWS_LIMIT = 1000
# At most this many linked persons are named in a row; the count says how many there are.
NAMES_IN_ROW = 3
TEXT_HITS = 5000


@dataclass(frozen=True)
class DocumentFilter:
    unlinked: bool = False
    kind: str | None = None
    ocr: str | None = None  # one of OCR_STATES
    tag: str | None = None
    text: str | None = None


@dataclass(frozen=True)
class DocumentRow:
    """One row of the documents list: only what the list shows."""

    id: int
    kind: str
    title: str
    issued: PartialDate | None
    issuer: str
    archive_reference: str
    persons: tuple[str, ...]  # names of the first linked persons
    person_count: int
    page_count: int
    ocr_state: str
    first_page_id: int | None
    tags: tuple[str, ...]

    @property
    def linked(self) -> bool:
        return self.person_count > 0


def archive_reference(archive: str, fond: str, opis: str, delo: str, sheets: str) -> str:
    """The «архивный шифр» as archives write it: «ГАРФ, ф. 10035, оп. 1, д. 123, л. 5»."""
    parts = [archive.strip()] if archive.strip() else []
    for mark, value in (("ф.", fond), ("оп.", opis), ("д.", delo), ("л.", sheets)):
        if value.strip():
            parts.append(f"{mark} {value.strip()}")
    return ", ".join(parts)


# -- the filters, as SQL conditions on `documents` -------------------------------------------------

_D = models.Document
_P = models.Page
_T = models.Transcription


def _linked() -> ColumnElement[bool]:
    return exists().where(models.DocumentLink.document_id == _D.id)


def _untranscribed_page() -> ColumnElement[bool]:
    return exists().where(_P.document_id == _D.id, ~exists().where(_T.page_id == _P.id))


def _corrected_page() -> ColumnElement[bool]:
    return exists().where(
        _P.document_id == _D.id,
        exists().where(_T.page_id == _P.id, _T.origin == TranscriptionOrigin.HUMAN.value),
    )


def _has_page() -> ColumnElement[bool]:
    return exists().where(_P.document_id == _D.id)


def _ocr_condition(state: str) -> ColumnElement[bool]:
    if state == "not_done":
        return _untranscribed_page()
    if state == "corrected":
        return and_(_corrected_page(), not_(_untranscribed_page()))
    return and_(_has_page(), not_(_untranscribed_page()), not_(_corrected_page()))


def _like_forms(word: str) -> set[str]:
    # SQLite's LIKE folds only ASCII case: try the forms words are written in.
    return {word, word.lower(), word.capitalize(), word.upper()}


def _text_condition(session: Any, text: str) -> ColumnElement[bool] | None:
    conditions = []
    columns = (_D.title, _D.issuer, _D.archive, _D.fond, _D.opis, _D.delo, _D.notes)
    for word in text.split():
        word = word.replace("%", "").replace("_", "")
        if word:
            conditions.append(
                or_(*[c.like(f"%{form}%") for c in columns for form in _like_forms(word)])
            )
    metadata = and_(*conditions) if conditions else None
    conn = session.connection().connection.driver_connection
    found = find_texts(conn, text, limit=TEXT_HITS)
    in_pages = sorted({hit.document_id for hit in found.pages})
    if in_pages and metadata is not None:
        return or_(metadata, _D.id.in_(in_pages))
    if in_pages:
        return _D.id.in_(in_pages)
    return metadata


def _conditions(session: Any, where: DocumentFilter) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if where.unlinked:
        conditions.append(not_(_linked()))
    if where.kind:
        conditions.append(_D.kind == validate.enum_value("kind", where.kind, DocumentKind))
    if where.ocr:
        if where.ocr not in OCR_STATES:
            raise InvalidInput(
                "ocr", f"unknown OCR state {where.ocr!r} (one of: not_done, done, corrected)"
            )
        conditions.append(_ocr_condition(where.ocr))
    if where.tag is not None:
        conditions.append(
            exists().where(
                models.document_tags.c.document_id == _D.id,
                models.document_tags.c.tag_id == models.Tag.id,
                models.Tag.name == where.tag.strip(),
            )
        )
    if where.text and where.text.strip():
        condition = _text_condition(session, where.text.strip())
        conditions.append(condition if condition is not None else _D.id.is_(None))
    return conditions


def document_ids(
    catalog: Catalog,
    where: DocumentFilter | None = None,
    *,
    order: DocumentOrder = "added",
    descending: bool = False,
) -> list[int]:
    """The ids of all (or all matching) documents in list order, read along an index.

    Documents without an issue date come last in both directions when ordered by date.
    """
    if order not in ORDERS:
        raise InvalidInput("order", f"unknown order {order!r} (one of: {', '.join(ORDERS)})")

    def ordered(*columns: Any) -> list[Any]:
        return [column.desc() if descending else column for column in columns]

    with catalog.read() as session:
        base = select(_D.id).where(*_conditions(session, where or DocumentFilter()))
        if order == "issued":
            # Two index ranges instead of "ORDER BY issued_date IS NULL", which no index serves.
            dated = base.where(_D.issued_date.is_not(None)).order_by(
                *ordered(_D.issued_date, _D.id)
            )
            undated = base.where(_D.issued_date.is_(None)).order_by(*ordered(_D.id))
            return _ids(session, dated) + _ids(session, undated)
        columns = {"kind": (_D.kind, _D.id), "title": (_D.title, _D.id), "added": (_D.id,)}
        return _ids(session, base.order_by(*ordered(*columns[order])))


def _raw(session: Any, statement: Any) -> list[tuple[Any, ...]]:
    """Run a Core statement on the SQLite connection itself: a list of 100,000 ids or a page of
    rows is read without SQLAlchemy's per-row result processing (several times faster)."""
    compiled = statement.compile(
        dialect=session.get_bind().dialect, compile_kwargs={"render_postcompile": True}
    )
    params = [compiled.params[name] for name in compiled.positiontup or ()]
    conn = session.connection().connection.driver_connection
    return conn.execute(str(compiled), params).fetchall()


def _ids(session: Any, statement: Any) -> list[int]:
    return [row[0] for row in _raw(session, statement)]


def count_unlinked(catalog: Catalog) -> int:
    """How many documents concern no person yet: the inbox."""
    with catalog.read() as session:
        return session.scalar(select(func.count(_D.id)).where(not_(_linked()))) or 0


class _Document(NamedTuple):
    id: int
    kind: str
    title: str
    issued_date: str | None
    issued_qualifier: str | None
    issuer: str
    archive: str
    fond: str
    opis: str
    delo: str
    sheets: str


def _chunks(ids: list[int], size: int = 500) -> Iterable[list[int]]:
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


def _in(conn: Any, sql: str, ids: list[int]) -> list[tuple[Any, ...]]:
    """Run `sql` (with one `{marks}` for an IN list) over `ids` in chunks; all rows."""
    rows: list[tuple[Any, ...]] = []
    for chunk in _chunks(ids):
        rows += conn.execute(sql.format(marks=",".join("?" * len(chunk))), chunk).fetchall()
    return rows


def document_rows(catalog: Catalog, ids: Iterable[int]) -> list[DocumentRow]:
    """The list rows of the given documents, in the order of `ids` (missing ids are skipped).

    Plain SQL on the SQLite connection, each an indexed look-up by primary key or by the
    document/page id that leads an index: a page of rows costs about as much as the people
    list's."""
    wanted = list(dict.fromkeys(ids))
    if len(wanted) > ROWS_LIMIT:
        raise InvalidInput("ids", f"at most {ROWS_LIMIT} rows at a time")
    if not wanted:
        return []
    with catalog.read() as session:
        conn = session.connection().connection.driver_connection
        documents = {
            row[0]: _Document(*row)
            for row in _in(
                conn,
                "SELECT id, kind, title, issued_date, issued_qualifier, issuer, archive, fond, "
                "opis, delo, sheets FROM documents WHERE id IN ({marks})",
                wanted,
            )
        }
        pages: dict[int, list[tuple[int, int]]] = {}
        for document_id, page_id, seq in _in(
            conn, "SELECT document_id, id, seq FROM pages WHERE document_id IN ({marks})", wanted
        ):
            pages.setdefault(document_id, []).append((seq, page_id))
        page_ids = [page_id for rows in pages.values() for _, page_id in rows]
        origins: dict[int, set[str]] = {}
        for page_id, origin in _in(
            conn,
            "SELECT DISTINCT page_id, origin FROM transcriptions WHERE page_id IN ({marks})",
            page_ids,
        ):
            origins.setdefault(page_id, set()).add(origin)
        names: dict[int, list[str]] = {}
        counts: dict[int, int] = {}
        for document_id, surname, given, patronymic, _person in _in(
            conn,
            "SELECT DISTINCT l.document_id, p.surname, p.given_name, p.patronymic, p.id "
            "FROM document_links l JOIN persons p ON p.id = l.person_id "
            "WHERE l.document_id IN ({marks}) ORDER BY l.document_id, p.id",
            wanted,
        ):
            counts[document_id] = counts.get(document_id, 0) + 1
            if counts[document_id] <= NAMES_IN_ROW:
                name = " ".join(p for p in (surname, given, patronymic) if p)
                names.setdefault(document_id, []).append(name)
        tags: dict[int, list[str]] = {}
        for document_id, name in _in(
            conn,
            "SELECT dt.document_id, t.name FROM document_tags dt JOIN tags t ON t.id = dt.tag_id "
            "WHERE dt.document_id IN ({marks})",
            wanted,
        ):
            tags.setdefault(document_id, []).append(name)
    rows = []
    for document_id in wanted:
        document = documents.get(document_id)
        if document is None:
            continue
        own = sorted(pages.get(document_id, []))
        rows.append(
            DocumentRow(
                id=document_id,
                kind=document.kind,
                title=document.title,
                issued=_cached_date(document.issued_date, document.issued_qualifier),
                issuer=document.issuer,
                archive_reference=archive_reference(
                    document.archive, document.fond, document.opis, document.delo, document.sheets
                ),
                persons=tuple(names.get(document_id, ())),
                person_count=counts.get(document_id, 0),
                page_count=len(own),
                ocr_state=_state([origins.get(page_id, set()) for _, page_id in own]),
                first_page_id=own[0][1] if own else None,
                tags=tuple(sorted(tags.get(document_id, ()))),
            )
        )
    return rows


@functools.lru_cache(maxsize=8192)
def _cached_date(text: str | None, qualifier: str | None) -> PartialDate | None:
    # Issue dates repeat a great deal and a PartialDate is immutable: one value serves many rows.
    return parse_optional_iso(text, qualifier)


def _state(pages: list[set[str]]) -> str:
    if not pages:
        return "none"
    if any(not origins for origins in pages):
        return "not_done"
    if any(TranscriptionOrigin.HUMAN.value in origins for origins in pages):
        return "corrected"
    return "done"
