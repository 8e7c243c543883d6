"""Cancelling, killing the process, and a worker that dies: what is finished is kept, nothing
is half-written, and only the culprit file is lost."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap

from catalog.importing import import_paths
from catalog.importing.pool import prepare_all, start_workers
from catalog.importing.prepare import PrepareTask
from catalog.progress import CancelToken
from tests.support import images
from tests.support.cli import offline_env


def _pages(folder, count: int) -> list:
    return [
        images.png(folder / f"p{n:02}.png", images.text_page(620, 877, seed=n))
        for n in range(count)
    ]


def test_cancel_keeps_the_files_done_and_stops(catalog, tmp_path, consistent) -> None:
    files = _pages(tmp_path / "in", 8)
    cancel = CancelToken()

    def progress(p) -> None:
        if p.done == 3:
            cancel.cancel()

    report = import_paths(catalog, files, jobs=2, progress=progress, cancel=cancel)
    assert report.cancelled and not report.ok
    assert len(report.documents) == 3
    assert consistent(catalog.folder)["documents"] == 3
    rest = import_paths(catalog, files, jobs=2)  # resuming imports the rest, once
    assert len(rest.documents) == 5 and len(rest.duplicates) == 3


KILL_MID_TRANSACTION = """
import os, signal, sys
from catalog.db import Catalog
from catalog.importing.pipeline import Batch, check_options
from catalog.importing.sources import expand

def hook(session, source, prepared, outcome):
    # Inside the 4th file's transaction, after its document and pages were written.
    if source.path.name == "p03.png":
        session.flush()
        os.kill(os.getpid(), signal.SIGKILL)

with Catalog.open(sys.argv[1]) as catalog:
    options = check_options(catalog, person_id=None, kind=None, dpi=300, jobs=2, deskew=False)
    sources, _ = expand([sys.argv[2]])
    Batch(catalog, options, hook=hook).run(sources)
"""


def test_a_kill_loses_at_most_the_file_in_flight(catalog, tmp_path, consistent) -> None:
    folder = tmp_path / "in"
    _pages(folder, 6)
    catalog.close()
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(KILL_MID_TRANSACTION), catalog.folder, folder],
        env=offline_env(),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == -signal.SIGKILL, result.stderr
    counts = consistent(catalog.folder)
    assert (counts["documents"], counts["pages"]) == (3, 3)  # p00..p02; p03 rolled back
    report = import_paths(catalog, [folder], jobs=1)
    assert len(report.documents) == 3 and len(report.duplicates) == 3


def test_a_worker_that_dies_costs_only_its_file(tmp_path) -> None:
    folder = tmp_path / "in"
    files = _pages(folder, 5)
    files.insert(2, images.png(folder / "crash.png", images.text_page(620, 877, seed=99)))
    tasks = [
        PrepareTask(os.fspath(f), f.name, os.fspath(tmp_path / "b"), os.fspath(tmp_path / "c"))
        for f in files
    ]
    start_workers(2)  # the crash must happen in a worker, not in this process
    results = list(prepare_all(tasks, jobs=2, function=images.prepare_or_crash))
    assert [r.path for r in results] == [t.path for t in tasks]  # in order, none missing
    errors = {r.display: r.error for r in results if r.error}
    assert list(errors) == ["crash.png"]
    assert "stopped unexpectedly" in errors["crash.png"]
    assert all(len(r.pages) == 1 for r in results if not r.error)
