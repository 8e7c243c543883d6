"""`spravka search` and `spravka reindex` as a person runs them (a real, offline subprocess)."""

from __future__ import annotations

import json
from pathlib import Path

from catalog.db import Catalog
from catalog.services import documents
from tests.search.conftest import add, add_page, transcribe
from tests.support.cli import run_spravka


def test_search_prints_the_json_of_the_interchange_spec(
    catalog: Catalog, catalog_dir: Path
) -> None:
    zerov = add(catalog, "Зеров Михаил Константинович", birth="1890")
    add(catalog, "Серов Иван")
    doc = documents.add_document(catalog, documents.DocumentFields(), [(zerov, "subject")]).id
    page = add_page(catalog, doc)
    transcribe(catalog, page, "Зеров расстрелян в урочище Сандармох", origin="engine")
    catalog.close()

    result = run_spravka("search", "Зёрова", "--json", catalog=catalog_dir)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    first = data["persons"][0]
    assert {k: first[k] for k in ("id", "source_id", "name")} == {
        "id": str(zerov), "source_id": None, "name": "Зеров Михаил Константинович",
    }  # fmt: skip
    assert 0 < first["score"] <= 1 and first["birth"] == "1890"
    assert [p["score"] for p in data["persons"]] == sorted(
        (p["score"] for p in data["persons"]), reverse=True
    )
    hit = data["pages"][0]
    assert (hit["document"], hit["page"], hit["page_id"]) == (str(doc), 1, page)
    assert "[Зеров]" in hit["snippet"] and len(hit["box"]) == 4

    text = run_spravka("search", "урочище", "--limit", "1", catalog=catalog_dir)
    assert text.returncode == 0 and "[урочище]" in text.stdout and "document" in text.stdout


def test_search_usage_errors_and_reindex(catalog_dir: Path) -> None:
    Catalog.create(catalog_dir).close()
    bad = run_spravka("search", "Зеров", "--limit", "0", catalog=catalog_dir)
    assert bad.returncode == 2 and "--limit" in bad.stderr
    empty = run_spravka("search", "Зеров", catalog=catalog_dir)
    assert empty.returncode == 0 and "nothing found" in empty.stdout
    rebuilt = run_spravka("reindex", catalog=catalog_dir)
    assert rebuilt.returncode == 0 and "search index rebuilt: 0 persons" in rebuilt.stdout
