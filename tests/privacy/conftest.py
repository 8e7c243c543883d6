"""Fixtures of the privacy tests: the family catalogue of `tests/io/family.py`, another
catalogue to receive packages, and a passphrase file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from catalog.db import Catalog
from tests.io import family

PASSPHRASE = "ключ от сундука, 1937 — correct horse"


@pytest.fixture
def family_catalog(catalog: Catalog, tmp_path: Path) -> tuple[Catalog, dict[str, int]]:
    return catalog, family.build(catalog, tmp_path / "source")


@pytest.fixture
def other(tmp_path: Path) -> Iterator[Catalog]:
    with Catalog.create(tmp_path / "other") as opened:
        yield opened


@pytest.fixture
def passphrase_file(tmp_path: Path) -> Path:
    path = tmp_path / "passphrase.txt"
    path.write_text(PASSPHRASE + "\n", "utf-8")
    return path
