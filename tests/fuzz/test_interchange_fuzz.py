"""Property tests: no interchange file, however mangled, crashes or half-loads the loader.

Every input either loads completely or raises `InterchangeErrors` (the documented exception),
and a refused file leaves the catalogue exactly as it was.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image
from sqlalchemy import func, select

from catalog import models
from catalog.db import Catalog
from catalog.errors import InterchangeErrors
from catalog.io.interchange_load import load_file

BASE: dict[str, Any] = {
    "format": "spravka-catalog",
    "version": 1,
    "persons": [
        {
            "id": "p1",
            "surname": "Карпенко",
            "birth": {"date": "1894", "qualifier": "about"},
            "name_variants": [{"surname": "Karpenko", "script": "Latn"}],
            "claims": [
                {"id": "c1", "kind": "execution", "date": "1937-10-20", "source": "d1"},
                {"id": "c2", "kind": "death", "date": "1943-06", "date_qualifier": "about"},
            ],
        }
    ],
    "documents": [
        {
            "id": "d1",
            "kind": "archival_reply",
            "issued": "1992-11-03",
            "archive": {"fond": "6"},
            "persons": [{"person": "p1", "role": "subject"}],
            "pages": [
                {
                    "image": "page.png",
                    "processing": {"rotation": 90},
                    "transcriptions": [
                        {
                            "origin": "engine",
                            "text": "ВМН",
                            "created": "2026-01-01T00:00:00",
                            "words": [{"text": "ВМН", "x": 1, "y": 1, "width": 9, "height": 5}],
                        }
                    ],
                }
            ],
        }
    ],
    "flags": [{"person": "p1", "claims": ["c1"], "kind": "x", "score": 0.5}],
}

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-5, 3000)
    | st.floats(allow_nan=False)
    | st.text(max_size=12),
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=8), children, max_size=3)
    ),
    max_leaves=8,
)

# Strings as a hostile file may hold them: lone surrogates and long runs included.
hostile_text = st.one_of(
    st.text(max_size=12),
    st.text(alphabet=st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF), min_size=1,
            max_size=3),
    st.just("x" * 300),
    st.just("../" * 3 + "etc"),
)  # fmt: skip
hostile_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | hostile_text,
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(hostile_text, children, max_size=3)
    ),
    max_leaves=8,
)


KEYS = [
    "image",
    "transcriptions",
    "words",
    "text",
    "origin",
    "created",
    "x",
    "width",
    "id",
    "kind",
    "date",
    "date_qualifier",
    "source",
    "birth",
    "sex",
    "surname",
    "claims",
    "persons",
    "documents",
    "pages",
    "score",
    "region",
    "page",
    "version",
    "format",
    "person",
    "role",
    "uid",
    "status",
    "qualifier",
    "flags",
    "issued",
    "name_variants",
]


def _containers(node: Any, found: list[Any]) -> list[Any]:
    if isinstance(node, dict | list):
        found.append(node)
        for child in node.values() if isinstance(node, dict) else node:
            _containers(child, found)
    return found


@st.composite
def mangled_documents(draw: st.DrawFn) -> Any:
    """The valid base document with a few random keys replaced, removed or added."""
    document = copy.deepcopy(BASE)
    for _ in range(draw(st.integers(1, 4))):
        containers = _containers(document, [])
        target = draw(st.sampled_from(containers))
        if isinstance(target, dict):
            key = draw(st.sampled_from(KEYS))
            if draw(st.booleans()) and key in target:
                del target[key]
            else:
                target[key] = draw(json_values)
        elif target:
            index = draw(st.integers(0, len(target) - 1))
            target[index] = draw(json_values)
    return document


def _counts(catalog: Catalog) -> tuple[int, ...]:
    with catalog.read() as session:
        return tuple(
            session.scalar(select(func.count()).select_from(model))
            for model in (models.Person, models.Claim, models.Document, models.Flag)
        )


def _check(catalog: Catalog, folder: Path, document: Any) -> None:
    if not (folder / "page.png").exists():
        Image.new("L", (40, 30), 200).save(folder / "page.png")
    file = folder / "fuzz.json"
    file.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    before = _counts(catalog)
    try:
        load_file(catalog, file)
    except InterchangeErrors as errors:
        assert errors.errors, "a refusal lists at least one problem"
        assert all(str(file) in str(error) for error in errors.errors)
        assert _counts(catalog) == before


FUZZ = settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@FUZZ
@given(document=mangled_documents())
def test_mangled_documents_load_or_are_refused_cleanly(
    catalog: Catalog, tmp_path: Path, document: Any
) -> None:
    _check(catalog, tmp_path, document)


@FUZZ
@given(document=json_values)
def test_arbitrary_json_is_refused_cleanly(catalog: Catalog, tmp_path: Path, document: Any) -> None:
    _check(catalog, tmp_path, document)


@FUZZ
@given(raw=st.binary(max_size=200))
def test_arbitrary_bytes_are_refused_cleanly(catalog: Catalog, tmp_path: Path, raw: bytes) -> None:
    file = tmp_path / "bytes.json"
    file.write_bytes(raw)
    try:
        load_file(catalog, file)
    except InterchangeErrors as errors:
        assert str(file) in str(errors)


@FUZZ
@given(document=mangled_documents(), value=hostile_values, depth=st.integers(0, 3000))
def test_hostile_values_and_nesting_are_refused_cleanly(
    catalog: Catalog, tmp_path: Path, document: Any, value: Any, depth: int
) -> None:
    """Lone surrogates, huge integers, long strings and deep nesting inside a near-valid file."""
    nested: Any = value
    for _ in range(depth):
        nested = [nested]
    text = value if isinstance(value, str) else "Карпенко"
    hostile = {"id": "hostile", "surname": text, "notes": text, "memo": nested}
    persons = document.get("persons")
    document["persons"] = [*(persons if isinstance(persons, list) else []), hostile]
    file = tmp_path / "hostile.json"
    before = _counts(catalog)
    try:
        file.write_text(json.dumps(document, ensure_ascii=True), encoding="utf-8")
    except (RecursionError, ValueError):
        return  # Python's own json cannot write it: nothing to read
    try:
        load_file(catalog, file)
    except InterchangeErrors as errors:
        assert all(str(file) in str(error) for error in errors.errors)
        assert _counts(catalog) == before
