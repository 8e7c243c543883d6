"""Fixtures of the export tests: the family catalogue of `family.py`."""

from __future__ import annotations

from pathlib import Path

import pytest

from catalog.db import Catalog
from tests.io import family


@pytest.fixture
def family_catalog(catalog: Catalog, tmp_path: Path) -> tuple[Catalog, dict[str, int]]:
    return catalog, family.build(catalog, tmp_path / "source")
