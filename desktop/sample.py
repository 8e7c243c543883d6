"""The sample catalogue: four fictional people and their certificates, to try the program safely.

It is loaded with the interchange loader from `resources/sample/sample.json` into a catalogue
folder of its own (beside the default catalogue, never into it), so trying things out never
touches a person's real catalogue. The checks then run over it, so the flag on the falsified
death date is the one the program itself raises, with its own reasons.
"""

from __future__ import annotations

from pathlib import Path

from catalog.db import DB_NAME, Catalog
from catalog.io.interchange_load import load_file
from catalog.paths import default_catalog_dir
from catalog.progress import CancelToken, ProgressCallback, ignore_progress
from catalog.resources import resource

SAMPLE_JSON = resource("sample", "sample.json")


def default_sample_dir() -> Path:
    return default_catalog_dir().parent / "sample"


def create_sample_catalog(
    folder: Path,
    *,
    progress: ProgressCallback = ignore_progress,
    cancel: CancelToken | None = None,
) -> Path:
    """Make the sample catalogue in `folder` (an existing sample there is kept as it is)."""
    if (folder / DB_NAME).exists():
        with Catalog.open(folder):
            return folder
    with Catalog.create(folder) as catalog:
        if cancel is not None:
            cancel.raise_if_cancelled()
        load_file(catalog, SAMPLE_JSON, progress=progress)
        from catalog.checks import run_checks

        run_checks(catalog, cancel=cancel)
    return folder
