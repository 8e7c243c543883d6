"""Full-text search over transcriptions, claims and notes, with snippets and word boxes.

The query's words are stemmed like the indexed text and all must occur (words joined by a hyphen
or a dot, "58-10", must occur together). FTS5 returns matching rows newest first with their BM25
rank; when there are more than `SCAN_CAP` matches only the newest are ranked (the results say so),
which keeps a query for a word on every other page as fast as a rare one.

A hit on a transcription, on a claim that cites a document, or on a document's own text is a
*page* hit: it links to the document, the page and, where the words carry boxes, the box of the
first highlighted word on the page image (for a claim, the region it cites). Notes of a person and
claims that cite nothing (a researcher's conclusions) are *note* hits, linked to the person.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from catalog.search.indexer import CLAIM_TEXT_COLUMNS, DOCUMENT_TEXT_COLUMNS, PERSON_TEXT_COLUMNS
from catalog.search.text import WORD, Snippet, TextQuery, join_fields, parse_query, snippet

SCAN_CAP = 1000
Box = tuple[int, int, int, int]


@dataclass(frozen=True)
class PageHit:
    document_id: int
    page_id: int | None
    page_seq: int | None
    score: float
    snippet: str
    box: Box | None = None
    # What matched: "transcription", "claim" or "document".
    kind: str = "transcription"
    highlights: tuple[tuple[int, int], ...] = ()
    claim_id: int | None = None
    person_id: int | None = None

    def marked(self, open_mark: str = "[", close_mark: str = "]") -> str:
        return Snippet(self.snippet, self.highlights, None).marked(open_mark, close_mark)


@dataclass(frozen=True)
class NoteHit:
    person_id: int
    score: float
    snippet: str
    kind: str = "person"  # "person" (the person's notes and details) or "claim"
    highlights: tuple[tuple[int, int], ...] = ()
    claim_id: int | None = None

    def marked(self, open_mark: str = "[", close_mark: str = "]") -> str:
        return Snippet(self.snippet, self.highlights, None).marked(open_mark, close_mark)


@dataclass
class TextMatches:
    pages: list[PageHit] = field(default_factory=list)
    notes: list[NoteHit] = field(default_factory=list)
    truncated: bool = False


def _score(bm25: float) -> float:
    """BM25 (negative, more negative is better) mapped onto 0.1..1: every hit scores above 0,
    even a word found on most pages (BM25 then gives it almost no weight)."""
    x = max(-bm25, 0.0)
    return round(0.1 + 0.9 * x / (x + 5.0), 4)


def _in(ids: Sequence[int]) -> str:
    return ",".join("?" * len(ids))


def _rows(conn: sqlite3.Connection, sql: str, ids: Sequence[int]) -> dict[int, tuple[Any, ...]]:
    found: dict[int, tuple[Any, ...]] = {}
    unique = sorted(set(ids))
    for start in range(0, len(unique), 500):
        batch = unique[start : start + 500]
        for row in conn.execute(sql.format(marks=_in(batch)), batch):
            found[row[0]] = row[1:]
    return found


def word_box(text: str, words_json: str | None, offset: int) -> Box | None:
    """The box of the word at character `offset` of a transcription's text."""
    if not words_json:
        return None
    try:
        loaded = json.loads(words_json)
    except ValueError:
        return None
    # Words written by another program may be malformed; a hit without a box is still a hit.
    words: list[dict[str, Any]] = (
        [w for w in loaded if isinstance(w, dict)] if isinstance(loaded, list) else []
    )
    if not all(isinstance(w.get(k), int) for w in words for k in ("x", "y", "width", "height")):
        return None
    for word in words:
        start, end = word.get("start"), word.get("end")
        if start is not None and end is not None and start <= offset < end:
            return (word["x"], word["y"], word["width"], word["height"])
    # Without character offsets: the n-th word of the text is the n-th word of the list, when
    # both split into the same number of words.
    text_words = [m.start() for m in WORD.finditer(text)]
    listed = [(w, len(WORD.findall(w.get("text", "")))) for w in words]
    if sum(n for _, n in listed) != len(text_words) or offset not in text_words:
        return None
    index = text_words.index(offset)
    for word, n in listed:
        if index < n:
            return (word["x"], word["y"], word["width"], word["height"])
        index -= n
    return None


def _region_box(region: str | None) -> Box | None:
    """A claim's cited region [x, y, width, height], if it is one."""
    try:
        values = json.loads(region) if region else None
    except ValueError:
        return None
    if isinstance(values, list) and len(values) == 4 and all(isinstance(v, int) for v in values):
        return (values[0], values[1], values[2], values[3])
    return None


def _ranked(conn: sqlite3.Connection, query: TextQuery) -> tuple[list[tuple[int, float]], bool]:
    rows = conn.execute(
        "SELECT rowid, bm25(search_fts) FROM search_fts WHERE search_fts MATCH ? "
        "ORDER BY rowid DESC LIMIT ?",
        (query.match_expression(), SCAN_CAP + 1),
    ).fetchall()
    truncated = len(rows) > SCAN_CAP
    rows = rows[:SCAN_CAP]
    rows.sort(key=lambda row: (row[1], -row[0]))
    return [(rowid, _score(rank)) for rowid, rank in rows], truncated


def find_texts(conn: sqlite3.Connection, query: str, *, limit: int = 50) -> TextMatches:
    parsed = parse_query(query)
    if parsed is None or limit <= 0:
        return TextMatches()
    ranked, truncated = _ranked(conn, parsed)
    owners = _rows(
        conn,
        "SELECT id, person_id, document_id, page_id, claim_id, transcription_id "
        "FROM search_texts WHERE id IN ({marks})",
        [rowid for rowid, _ in ranked],
    )
    # First decide cheaply, best first, which rows make the `limit` page hits (one per page:
    # a transcription and the claims citing it land on the same page) and the `limit` note
    # hits; only those are read in full and cut into snippets.
    citations = _rows(
        conn,
        "SELECT id, document_id, page_id FROM claims WHERE id IN ({marks})",
        [o[3] for o in owners.values() if o[3] is not None],
    )
    page_documents = _rows(
        conn,
        "SELECT id, document_id FROM pages WHERE id IN ({marks})",
        [o[2] for o in owners.values() if o[2] is not None],
    )
    chosen: list[tuple[int, float]] = []
    seen_pages: set[tuple[int, int | None]] = set()
    pages = notes = 0
    for rowid, score in ranked:
        if pages >= limit and notes >= limit:
            break
        owner = owners.get(rowid)
        if owner is None:
            continue
        _person, document_id, page_id, claim_id, _version = owner
        if page_id is not None:
            place: tuple[int, int | None] | None = (page_documents.get(page_id, (0,))[0], page_id)
        elif claim_id is not None:
            cited = citations.get(claim_id, (None, None))
            place = (cited[0], cited[1]) if cited[0] is not None else None
        elif document_id is not None:
            place = (document_id, None)
        else:
            place = None
        if place is None:
            if notes < limit:
                notes += 1
                chosen.append((rowid, score))
        elif place not in seen_pages and pages < limit:
            seen_pages.add(place)
            pages += 1
            chosen.append((rowid, score))
    builder = _HitBuilder(conn, parsed, {rowid: owners[rowid] for rowid, _ in chosen})
    matches = TextMatches(truncated=truncated)
    for rowid, score in chosen:
        hit = builder.hit(rowid, score)
        if isinstance(hit, PageHit):
            matches.pages.append(hit)
        elif isinstance(hit, NoteHit):
            matches.notes.append(hit)
    return matches


class _HitBuilder:
    """Turns index rows into hits, fetching the records behind them a batch at a time."""

    def __init__(
        self, conn: sqlite3.Connection, query: TextQuery, owners: dict[int, tuple[Any, ...]]
    ) -> None:
        self.query = query
        self.owners = owners
        rows = list(owners.values())
        self.claims = _rows(
            conn,
            f"SELECT id, person_id, document_id, page_id, region, {CLAIM_TEXT_COLUMNS} "
            "FROM claims WHERE id IN ({marks})",
            [r[3] for r in rows if r[3] is not None],
        )
        page_ids = [r[2] for r in rows if r[2] is not None]
        page_ids += [c[2] for c in self.claims.values() if c[2] is not None]
        self.pages = _rows(
            conn, "SELECT id, document_id, seq FROM pages WHERE id IN ({marks})", page_ids
        )
        self.transcriptions = _rows(
            conn,
            "SELECT id, text, words FROM transcriptions WHERE id IN ({marks})",
            [r[4] for r in rows if r[4] is not None],
        )
        self.documents = _rows(
            conn,
            f"SELECT id, {DOCUMENT_TEXT_COLUMNS} FROM documents WHERE id IN ({{marks}})",
            [r[1] for r in rows if r[1] is not None],
        )
        self.persons = _rows(
            conn,
            f"SELECT id, {PERSON_TEXT_COLUMNS} FROM persons WHERE id IN ({{marks}})",
            [r[0] for r in rows if r[0] is not None],
        )

    def _snippet(self, text: str) -> Snippet:
        return snippet(text, self.query)

    def hit(self, rowid: int, score: float) -> PageHit | NoteHit | None:
        owner = self.owners.get(rowid)
        if owner is None:
            return None
        person_id, document_id, page_id, claim_id, transcription_id = owner
        if page_id is not None:
            page = self.pages.get(page_id)
            version = self.transcriptions.get(transcription_id)
            if page is None or version is None:
                return None
            text, words = version
            cut = self._snippet(text)
            box = word_box(text, words, cut.first_match) if cut.first_match is not None else None
            return PageHit(
                page[0], page_id, page[1], score, cut.text, box, "transcription", cut.highlights
            )
        if claim_id is not None:
            claim = self.claims.get(claim_id)
            if claim is None:
                return None
            claim_person, claim_document, claim_page, region, *fields = claim
            cut = self._snippet(join_fields(*fields))
            if claim_document is None:
                return NoteHit(claim_person, score, cut.text, "claim", cut.highlights, claim_id)
            page = self.pages.get(claim_page) if claim_page is not None else None
            box = _region_box(region)
            return PageHit(
                claim_document,
                claim_page,
                page[1] if page else None,
                score,
                cut.text,
                box,
                "claim",
                cut.highlights,
                claim_id,
                claim_person,
            )
        if document_id is not None:
            fields = self.documents.get(document_id)
            if fields is None:
                return None
            cut = self._snippet(join_fields(*fields))
            return PageHit(
                document_id, None, None, score, cut.text, None, "document", cut.highlights
            )
        if person_id is not None:
            fields = self.persons.get(person_id)
            if fields is None:
                return None
            cut = self._snippet(join_fields(*fields))
            return NoteHit(person_id, score, cut.text, "person", cut.highlights)
        return None
