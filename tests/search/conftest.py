"""Catalogues for the search tests, written through the ordinary services (so through the ORM
and the index listener), with real page images made by Pillow."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image, ImageDraw

from catalog.db import Catalog
from catalog.search.names import PersonHit
from catalog.services import documents, persons, transcriptions
from catalog.transcripts import Word


def add(catalog: Catalog, name: str, **fields: object) -> int:
    """Add a person by "Фамилия Имя Отчество"; variants=[...] adds spelling variants."""
    parts = [*name.split(), "", "", ""][:3]
    variants = [
        persons.VariantFields(
            *[*v.split(), "", "", ""][:3],
            script="Latn" if v.isascii() else "Cyrl",
            kind=kind,
        )
        for v, kind in fields.pop("variants", [])  # type: ignore[attr-defined]
    ]
    values = persons.PersonFields(
        surname=parts[0],
        given_name=parts[1],
        patronymic=parts[2],
        **fields,  # type: ignore[arg-type]
    )
    return persons.add_person(catalog, values, variants).id


def page_image(text: str = "") -> bytes:
    image = Image.new("L", (400, 300), 250)
    ImageDraw.Draw(image).text((20, 20), text or "page", fill=0)
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


def add_page(catalog: Catalog, document_id: int, label: str = "") -> int:
    stored = catalog.blobs.put_bytes(page_image(label or str(document_id)))
    page = documents.add_page(
        catalog, document_id, stored, media_type="image/png", width=400, height=300
    )
    return page.id


def words_of(text: str) -> list[Word]:
    """Word boxes for a text laid out one line per text line, each word 10 px per letter."""
    words: list[Word] = []
    offset = 0
    for line_no, line in enumerate(text.split("\n")):
        x = 10
        position = 0
        for token in line.split():
            start = line.index(token, position)
            position = start + len(token)
            words.append(
                Word(
                    text=token,
                    x=x,
                    y=10 + 30 * line_no,
                    width=10 * len(token),
                    height=20,
                    confidence=90.0,
                    line=line_no,
                    start=offset + start,
                    end=offset + position,
                )
            )
            x += 10 * len(token) + 8
        offset += len(line) + 1
    return words


def transcribe(catalog: Catalog, page_id: int, text: str, *, origin: str = "human") -> int:
    words = words_of(text) if origin == "engine" else None
    return transcriptions.add_transcription(catalog, page_id, text, origin=origin, words=words).id


def names(hits: list[PersonHit]) -> list[str]:
    return [hit.name for hit in hits]


@pytest.fixture(scope="module")
def module_catalog(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Catalog]:
    folder: Path = tmp_path_factory.mktemp("search") / "catalog"
    with Catalog.create(folder) as catalog:
        yield catalog
