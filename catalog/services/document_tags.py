"""Tags on documents: a box, a family, a volunteer's batch — collections a list can filter by."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import delete, func, insert, select

from catalog import models
from catalog.db import Catalog
from catalog.errors import InvalidInput
from catalog.services import validate
from catalog.services.documents import get_model

MAX_TAG = 200


@dataclass(frozen=True)
class TagCount:
    name: str
    documents: int


def _name(tag: str) -> str:
    name = " ".join(validate.text("tag", tag).split())
    if not name:
        raise InvalidInput("tag", "a tag needs a name")
    if len(name) > MAX_TAG:
        raise InvalidInput("tag", f"a tag is at most {MAX_TAG} characters long")
    return name


def tag_document(catalog: Catalog, document_id: int, tag: str) -> str:
    """Put a tag on a document (the tag is made if new); the tag's name as stored."""
    name = _name(tag)
    with catalog.write() as session:
        get_model(session, document_id)
        row = session.scalar(select(models.Tag).where(models.Tag.name == name))
        if row is None:
            row = models.Tag(name=name)
            session.add(row)
            session.flush()
        elif session.execute(
            select(models.document_tags).where(
                models.document_tags.c.document_id == document_id,
                models.document_tags.c.tag_id == row.id,
            )
        ).first():
            raise InvalidInput(
                "tag", f"document {document_id} is already tagged {name!r}; nothing changed"
            )
        session.execute(insert(models.document_tags).values(document_id=document_id, tag_id=row.id))
        return name


def untag_document(catalog: Catalog, document_id: int, tag: str) -> str:
    """Take a tag off a document (the tag itself stays, other records may carry it)."""
    name = _name(tag)
    with catalog.write() as session:
        get_model(session, document_id)
        tag_id = session.scalar(select(models.Tag.id).where(models.Tag.name == name))
        removed = 0
        if tag_id is not None:
            removed = session.execute(
                delete(models.document_tags).where(
                    models.document_tags.c.document_id == document_id,
                    models.document_tags.c.tag_id == tag_id,
                )
            ).rowcount
        if not removed:
            raise InvalidInput(
                "tag", f"document {document_id} is not tagged {name!r}; nothing changed"
            )
        return name


def document_tags(catalog: Catalog) -> list[TagCount]:
    """Every tag used on documents, with how many documents carry it, by name."""
    with catalog.read() as session:
        rows = session.execute(
            select(models.Tag.name, func.count(models.document_tags.c.document_id))
            .join(models.document_tags, models.document_tags.c.tag_id == models.Tag.id)
            .group_by(models.Tag.id)
            .order_by(models.Tag.name)
        )
        return [TagCount(name, count) for name, count in rows]
