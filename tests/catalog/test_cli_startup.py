"""The command line starts without loading what its command does not need (structural, not timed).

The figures themselves (`spravka --version` and a search as whole processes) are measured by
tests/benchmarks/search_bench.py; here we check the structure that makes them possible: the
parser is built without SQLAlchemy, Alembic, Pillow, numpy, scipy or pytesseract; `--version`
reads Tesseract's version from its cache while the program is unchanged; a search on a current
catalogue reads it through plain sqlite3 and falls back to the ordinary opening otherwise.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

from catalog import migrate
from catalog.db import Catalog
from catalog.quickread import head_revision_from_files, open_quick
from tests.search.conftest import add
from tests.support.cli import offline_env, run_spravka

HEAVY = ("sqlalchemy", "alembic", "PIL", "numpy", "scipy", "pytesseract")
# The catalogue's own heavy parts: the text parsers compile hundreds of patterns (75 ms), the
# services and models load SQLAlchemy. A command imports them in its handler.
HEAVY_PARTS = ("catalog.text", "catalog.search", "catalog.services", "catalog.models", "catalog.db")

PROBE = """
import json, sys
from catalog.cli.main import build_parser, main
build_parser()
argv = json.loads(sys.argv[1])
if argv:
    try:
        main(argv)
    except SystemExit:
        pass
sys.stdout.flush()
heavy = json.loads(sys.argv[2])
loaded = sorted(
    {part for part in heavy for name in sys.modules if name == part or name.startswith(part + ".")}
)
print("LOADED=" + json.dumps(loaded))
"""


def loaded_after(
    argv: list[str],
    env: dict[str, str] | None = None,
    heavy: tuple[str, ...] = (*HEAVY, *HEAVY_PARTS),
) -> list[str]:
    result = subprocess.run(
        [sys.executable, "-P", "-c", PROBE, json.dumps(argv), json.dumps(heavy)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=offline_env(env),
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    line = [x for x in result.stdout.splitlines() if x.startswith("LOADED=")][-1]
    return json.loads(line.removeprefix("LOADED="))


def test_importing_the_cli_and_building_its_parser_loads_nothing_heavy() -> None:
    assert loaded_after([]) == []
    assert loaded_after(["--help"]) == []
    assert loaded_after(["search", "--help"]) == []
    assert loaded_after(["export", "pdf", "--help"]) == []


def test_version_reads_tesseract_from_its_cache_until_the_program_changes(
    tmp_path: Path,
) -> None:
    real = shutil.which("tesseract")
    assert real is not None
    wrapper = tmp_path / "tesseract"
    wrapper.write_text(f'#!/bin/sh\nexec "{real}" "$@"\n')
    wrapper.chmod(0o755)
    env = {"SPRAVKA_TESSERACT": str(wrapper), "SPRAVKA_CACHE_DIR": str(tmp_path / "cache")}

    first = run_spravka("--version", env=env)
    assert first.returncode == 0, first.stderr
    assert "Tesseract 5." in first.stdout and "rus" in first.stdout
    cache = tmp_path / "cache" / "tesseract.json"
    stored = json.loads(cache.read_text(encoding="utf-8"))
    assert stored["status"]["path"] == str(wrapper)
    assert loaded_after(["--version"], env) == []

    # The answer comes from the cache: a version written there is what is printed …
    stored["status"]["version"] = "9.9.9"
    cache.write_text(json.dumps(stored), encoding="utf-8")
    assert "Tesseract 9.9.9" in run_spravka("--version", env=env).stdout
    # … until the program changes; then Tesseract is asked again.
    stat = wrapper.stat()
    os.utime(wrapper, (stat.st_atime, stat.st_mtime + 10))
    again = run_spravka("--version", env=env).stdout
    assert "Tesseract 9.9.9" not in again and "Tesseract 5." in again


def test_search_reads_a_current_catalogue_without_sqlalchemy(
    catalog: Catalog, catalog_dir: Path
) -> None:
    zerov = add(catalog, "Зеров Михаил Константинович", birth="1890")
    catalog.close()
    assert head_revision_from_files() == migrate.head_revision()

    quick = open_quick(catalog_dir)
    assert quick is not None
    quick.close()
    # The search itself is loaded, and nothing of SQLAlchemy's side of the catalogue.
    no_orm = (*HEAVY, "catalog.services", "catalog.models", "catalog.db")
    assert loaded_after(["--catalog", str(catalog_dir), "search", "Зёров"], heavy=no_orm) == []
    result = run_spravka("search", "Зёров", "--json", catalog=catalog_dir)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["persons"][0]["id"] == str(zerov)


def test_search_falls_back_to_the_ordinary_opening_when_the_quick_path_cannot_answer(
    catalog: Catalog, catalog_dir: Path, tmp_path: Path
) -> None:
    add(catalog, "Зеров Михаил Константинович")
    catalog.close()
    db = catalog_dir / "catalog.sqlite"
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    conn.close()
    # A schema the quick path does not know: it stands aside; the ordinary opening explains.
    assert open_quick(catalog_dir) is None
    assert "sqlalchemy" in loaded_after(["--catalog", str(catalog_dir), "search", "Зеров"])

    (tmp_path / "empty").mkdir()
    assert open_quick(tmp_path / "empty") is None
    missing = run_spravka("search", "Зеров", catalog=tmp_path / "empty")
    assert missing.returncode == 1 and "spravka init" in missing.stderr
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "catalog.sqlite").write_bytes(b"not a database at all")
    assert open_quick(tmp_path / "other") is None
    other = run_spravka("search", "Зеров", catalog=tmp_path / "other")
    assert other.returncode == 1 and "not an SQLite database" in other.stderr


def test_search_warns_when_the_index_lacks_persons_added_by_another_program(
    catalog: Catalog, catalog_dir: Path
) -> None:
    add(catalog, "Зеров Михаил Константинович")
    newest = add(catalog, "Серов Иван")
    catalog.close()
    with sqlite3.connect(catalog_dir / "catalog.sqlite") as conn:
        conn.execute("DELETE FROM search_persons WHERE person_id = ?", (newest,))
    conn.close()
    result = run_spravka("search", "Зеров", catalog=catalog_dir)
    assert result.returncode == 0
    assert "out of date (1 of 2 persons indexed)" in result.stderr
    fresh = run_spravka("reindex", catalog=catalog_dir)
    assert fresh.returncode == 0
    assert "out of date" not in run_spravka("search", "Зеров", catalog=catalog_dir).stderr
