"""`spravka extract` from the command line."""

from __future__ import annotations

import json
import re
from pathlib import Path

from catalog.db import Catalog
from tests.extract.test_extract_propose import TEXT, page_with
from tests.support.cli import run_spravka


def test_dry_run_then_store(tmp_path: Path) -> None:
    folder = tmp_path / "catalog"
    with Catalog.create(folder) as catalog:
        page_id, person_id = page_with(catalog, TEXT)
    dry = run_spravka("extract", "--page", str(page_id), "--dry-run", catalog=folder)
    assert dry.returncode == 0, dry.stderr
    assert "death" in dry.stdout and "issued: 1957-05-14" in dry.stdout
    stored = run_spravka("extract", "--document", "1", "--json", catalog=folder)
    assert stored.returncode == 0, stored.stderr
    claims = json.loads(stored.stdout)["claims"]
    assert {c["status"] for c in claims} == {"suggested"}
    assert {c["person_id"] for c in claims} == {person_id}
    again = run_spravka("extract", "--page", str(page_id), catalog=folder)
    assert re.search(r"^0 suggested claim\(s\) added", again.stdout, re.M)


def test_unknown_page(tmp_path: Path) -> None:
    folder = tmp_path / "catalog"
    assert run_spravka("init", catalog=folder).returncode == 0
    result = run_spravka("extract", "--page", "99", catalog=folder)
    assert result.returncode == 1 and "no page with id 99" in result.stderr
