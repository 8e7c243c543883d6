"""Full-text search for the people panel, run in a worker: hits with what a list needs to show.

`catalog.search.search` finds the words of a query in page texts, claims and notes, with
snippets and, for a page, the box of the words on its image. A list also wants to say where each
hit is ("Death certificate of 1958, page 1", "notes on Карпенко Пётр"), so the documents and
persons the hits belong to are read here too, in the same worker, a batch each.
"""

from __future__ import annotations

from dataclasses import dataclass

from catalog.dates import PartialDate
from catalog.db import Catalog
from catalog.search import person_rows, search
from catalog.services.documents import document_summaries

TEXT_LIMIT = 100


@dataclass(frozen=True)
class TextHit:
    """One place where the words were found: a page (or a document's own text) or a note."""

    snippet: str
    highlights: tuple[tuple[int, int], ...]
    what: str  # "transcription", "claim", "document", "person" (notes), "conclusion"
    document_id: int | None = None
    document_kind: str = ""
    document_title: str = ""
    document_issued: PartialDate | None = None
    page_id: int | None = None
    page_seq: int | None = None
    box: tuple[int, int, int, int] | None = None
    person_id: int | None = None
    person_name: str = ""

    @property
    def opens_page(self) -> bool:
        return self.document_id is not None


@dataclass(frozen=True)
class TextResults:
    query: str
    hits: tuple[TextHit, ...] = ()
    truncated: bool = False


def search_texts(catalog: Catalog, query: str, limit: int = TEXT_LIMIT) -> TextResults:
    """Pages, claims and notes holding the query's words (any form of them), best first."""
    found = search(catalog, query, limit=limit, names=False)
    documents = document_summaries(catalog, [hit.document_id for hit in found.pages])
    person_ids = [hit.person_id for hit in found.pages if hit.person_id is not None]
    person_ids += [hit.person_id for hit in found.notes]
    names = {row.id: row.full_name for row in person_rows(catalog, list(dict.fromkeys(person_ids)))}
    hits: list[tuple[float, TextHit]] = []
    for page in found.pages:
        document = documents.get(page.document_id)
        if document is None:
            continue  # deleted since the index was read
        hits.append(
            (
                page.score,
                TextHit(
                    snippet=page.snippet,
                    highlights=page.highlights,
                    what=page.kind,
                    document_id=page.document_id,
                    document_kind=document.kind,
                    document_title=document.title,
                    document_issued=document.issued,
                    page_id=page.page_id,
                    page_seq=page.page_seq,
                    box=page.box,
                    person_id=page.person_id,
                    person_name=names.get(page.person_id, "") if page.person_id else "",
                ),
            )
        )
    for note in found.notes:
        if note.person_id not in names:
            continue
        hits.append(
            (
                note.score,
                TextHit(
                    snippet=note.snippet,
                    highlights=note.highlights,
                    what="conclusion" if note.kind == "claim" else "person",
                    person_id=note.person_id,
                    person_name=names[note.person_id],
                ),
            )
        )
    hits.sort(key=lambda pair: -pair[0])
    return TextResults(query, tuple(hit for _score, hit in hits), found.texts_truncated)
