"""Property tests of the GEDCOM reader: any file, however mangled, is imported whole or refused
with a message (`SpravkaError`); a refusal changes nothing, and nothing ends in a traceback."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from catalog import models
from catalog.db import Catalog
from catalog.errors import SpravkaError
from catalog.io.gedcom_import import import_gedcom
from tests.fuzz.test_interchange_fuzz import hostile_text
from tests.io.test_gedcom_import import FAMILY, HEAD

FUZZ = settings(
    max_examples=80,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
LINES = (HEAD + FAMILY.format(char="UTF-8")).splitlines()
TAGS = ["INDI", "FAM", "NAME", "BIRT", "DEAT", "DATE", "PLAC", "SOUR", "FAMC", "FAMS", "HUSB",
        "WIFE", "CHIL", "CONC", "CONT", "NOTE", "CHAR", "OBJE", "FILE", "TRLR", "HEAD"]  # fmt: skip


def counts(catalog: Catalog) -> tuple[int, ...]:
    with catalog.read() as session:
        return tuple(
            session.scalar(select(func.count()).select_from(model))
            for model in (models.Person, models.Claim, models.Document)
        )


@st.composite
def mangled_gedcom(draw: st.DrawFn) -> bytes:
    lines = list(LINES)
    for _ in range(draw(st.integers(1, 6))):
        at = draw(st.integers(0, len(lines) - 1))
        choice = draw(st.sampled_from(["level", "tag", "value", "drop", "dup", "deep"]))
        parts = lines[at].split(" ", 2)
        if choice == "level":
            parts[0] = str(draw(st.integers(-2, 120)))
        elif choice == "tag" and len(parts) > 1:
            parts[1] = draw(st.sampled_from(TAGS)) if draw(st.booleans()) else draw(hostile_text)
        elif choice == "value":
            parts = [*parts[:2], draw(hostile_text)]
        elif choice == "drop":
            del lines[at]
            continue
        elif choice == "dup":  # a line repeated, a record's own `0 @I4@ INDI` among them
            lines.insert(at, lines[at])
            continue
        else:  # a very deep run of levels
            lines[at:at] = [f"{n} NOTE x" for n in range(1, draw(st.integers(2, 3000)))]
            continue
        lines[at] = " ".join(parts)
    text = "\n".join(lines)
    encoding = draw(st.sampled_from(["utf-8", "utf-16", "cp1251", "latin-1"]))
    return text.encode(encoding, "surrogatepass" if encoding.startswith("utf") else "replace")


@FUZZ
@given(raw=mangled_gedcom())
def test_mangled_gedcom_is_imported_or_refused_cleanly(
    catalog: Catalog, tmp_path: Path, raw: bytes
) -> None:
    file = tmp_path / "tree.ged"
    file.write_bytes(raw)
    before = counts(catalog)
    try:
        import_gedcom(catalog, file)
    except SpravkaError as refused:
        assert str(file) in str(refused) or "tree.ged" in str(refused)
        assert counts(catalog) == before


@FUZZ
@given(raw=st.binary(max_size=300))
def test_arbitrary_bytes_are_refused_cleanly(catalog: Catalog, tmp_path: Path, raw: bytes) -> None:
    file = tmp_path / "tree.ged"
    file.write_bytes(b"0 HEAD\n" + raw)
    before = counts(catalog)
    try:
        import_gedcom(catalog, file)
    except SpravkaError:
        assert counts(catalog) == before
