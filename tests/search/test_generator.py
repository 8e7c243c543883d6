"""The benchmark's catalogue generator makes an ordinary, searchable catalogue (tiny here)."""

from __future__ import annotations

import sys
from pathlib import Path

from catalog.db import Catalog
from catalog.search import index_status, person_page, person_rows, search

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"


def test_a_small_generated_catalogue_is_ordinary_and_searchable(tmp_path: Path) -> None:
    sys.path.insert(0, str(BENCHMARKS))
    try:
        import make_catalog
    finally:
        sys.path.remove(str(BENCHMARKS))
    out = tmp_path / "bench"
    # Without Memorial's records (as on a machine without /work/shared): synthesised claims.
    code = make_catalog.main(
        [
            "--persons",
            "300",
            "--pages",
            "40",
            "--out",
            str(out),
            "--records",
            str(tmp_path / "none"),
        ]
    )
    assert code == 0
    with Catalog.open(out) as catalog:
        assert catalog.open_result.migrated_from is None
        status = index_status(catalog)
        assert status.current and status.persons == 300
        first = person_rows(catalog, person_page(catalog, limit=5))[0]
        assert search(catalog, first.full_name).persons[0].name == first.full_name
        assert search(catalog, "тройки").pages or search(catalog, "тройки").notes
