"""Benchmark of the Documents view at scale, against the people list at the same size.

    PYTHONPATH=. QT_QPA_PLATFORM=offscreen python tests/benchmarks/documents_bench.py \
        [--documents 100000] [--runs 5]

A catalogue of N persons (as `gui_bench.generate` makes them) and N documents, each with one
page (eight small page images shared among them, so thumbnails come from the cache as in a
real catalogue), two in three linked to a person, half with recognised text, some corrected,
one in fifty tagged. Measured, median of `--runs` where repeated:

1. Opening: the documents' ids in list order as the worker reads them (`document_ids`), for
   each order and for the inbox filter, against the people list's ids (`person_ids`) by name.
2. Scrolling: the Documents view's table, screen by screen from the first row to the last,
   timing each screen's synchronous repaint (rows fetched from SQL as needed), against the
   people list's table over the same number of persons; worst and median per screen.

Targets (the gui_bench targets, issue 5): no screen of scrolling blocks the GUI thread for more
than 50 ms; the ids are read in a worker, so the window stays responsive while they load.
"""

from __future__ import annotations

import argparse
import gc
import io
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from PIL import Image  # noqa: E402
from sqlalchemy import insert  # noqa: E402

from catalog import models  # noqa: E402
from catalog.db import Catalog  # noqa: E402
from catalog.search import person_ids  # noqa: E402
from catalog.services.document_list import (  # noqa: E402
    ORDERS,
    DocumentFilter,
    count_unlinked,
    document_ids,
)
from tests.benchmarks.gui_bench import generate, scroll  # noqa: E402

KINDS = ["death_certificate", "archival_reply", "rehabilitation_certificate", "letter", "other"]


def add_documents(folder: Path, count: int) -> float:
    started = time.perf_counter()
    with Catalog.open(folder) as catalog:
        blobs = []
        for n in range(8):
            image = io.BytesIO()
            Image.new("L", (300, 420), 200 + n * 6).save(image, "PNG")
            stored = catalog.blobs.put_bytes(image.getvalue())
            blobs.append(stored)
        with catalog.write() as session:
            connection = session.connection()
            connection.execute(
                insert(models.Blob.__table__),
                [{"sha256": b.sha256, "size": b.size, "media_type": "image/png"} for b in blobs],
            )
            connection.execute(insert(models.Tag.__table__), [{"id": 1, "name": "коробка 1"}])
            batch = 10_000
            for first in range(0, count, batch):
                numbers = range(first, min(first + batch, count))
                connection.execute(
                    insert(models.Document.__table__),
                    [
                        {
                            "id": n + 1,
                            "uid": f"20000000-0000-4000-8000-{n + 1:012d}",
                            "kind": KINDS[n % len(KINDS)],
                            "title": f"Справка {n % 997:03d}-{n}",
                            "issuer": "УФСБ по Иркутской обл." if n % 2 else "Бюро ЗАГС",
                            "issued_date": None if n % 11 == 0 else f"{1955 + n % 40}-0{n % 9 + 1}",
                            "archive": "ГАИО" if n % 3 == 0 else "",
                            "fond": "6452" if n % 3 == 0 else "",
                            "opis": "1" if n % 3 == 0 else "",
                            "delo": str(n % 5000) if n % 3 == 0 else "",
                            "sheets": "",
                            "notes": "",
                        }
                        for n in numbers
                    ],
                )
                connection.execute(
                    insert(models.Page.__table__),
                    [
                        {
                            "id": n + 1,
                            "document_id": n + 1,
                            "seq": 1,
                            "blob_sha256": blobs[n % 8].sha256,
                            "width": 300,
                            "height": 420,
                            "origin_name": f"scan{n}.png",
                        }
                        for n in numbers
                    ],
                )
                connection.execute(
                    insert(models.Transcription.__table__),
                    [
                        {
                            "page_id": n + 1,
                            "version": 1,
                            "origin": "engine" if n % 7 else "human",
                            "text": "Гражданин Иванов Иван Иванович умер",
                        }
                        for n in numbers
                        if n % 2 == 0
                    ],
                )
                connection.execute(
                    insert(models.DocumentLink.__table__),
                    [
                        {"document_id": n + 1, "person_id": n + 1, "role": "subject"}
                        for n in numbers
                        if n % 3
                    ],
                )
                connection.execute(
                    insert(models.document_tags),
                    [{"document_id": n + 1, "tag_id": 1} for n in numbers if n % 50 == 0],
                )
    return time.perf_counter() - started


def median_time(fn, runs: int) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def bench_ids(folder: Path, runs: int) -> None:
    with Catalog.open(folder) as catalog:
        people = median_time(lambda: person_ids(catalog, order="name"), runs)
        print(f"opening (ids in list order, read in a worker), median of {runs}:")
        print(f"  people list by name: {people * 1000:.0f} ms (baseline)")
        for order in ORDERS:
            took = median_time(lambda o=order: document_ids(catalog, order=o), runs)
            print(f"  documents by {order}: {took * 1000:.0f} ms; ratio {took / people:.2f}")
        for name, where in (
            ("inbox (linked to no one)", DocumentFilter(unlinked=True)),
            ("kind", DocumentFilter(kind="archival_reply")),
            ("text not read", DocumentFilter(ocr="not_done")),
            ("tag", DocumentFilter(tag="коробка 1")),
        ):
            took = median_time(lambda w=where: document_ids(catalog, w, order="issued"), runs)
            print(
                f"  documents, {name}, by issue date: {took * 1000:.0f} ms; "
                f"ratio {took / people:.2f}"
            )
        took = median_time(lambda: count_unlinked(catalog), runs)
        print(f"  inbox count: {took * 1000:.0f} ms; ratio {took / people:.2f}")


def bench_scroll(folder: Path) -> None:
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    from desktop.models.documents import DocumentsModel
    from desktop.models.people import PeopleModel
    from desktop.views.documents import DocumentsPanel
    from desktop.views.people import PeoplePanel
    from desktop.workers import Jobs

    _app = QApplication.instance() or QApplication(sys.argv)
    jobs = Jobs()
    with Catalog.open(folder) as catalog:
        results = {}
        for name, model, panel_type in (
            ("people list", PeopleModel(catalog, jobs), PeoplePanel),
            ("documents view", DocumentsModel(catalog, jobs), None),
        ):
            panel = panel_type(model) if panel_type else DocumentsPanel(model, "en")
            panel.resize(560, 780)
            panel.show()
            loop = QEventLoop()
            model.loaded.connect(loop.quit)
            started = time.perf_counter()
            model.reload()
            loop.exec()
            load = time.perf_counter() - started
            gc.freeze()  # as desktop.app.main does once the window is up
            rows = model.rowCount()
            times = scroll(panel.table, rows)
            shown = (
                panel.table.viewport().height() // panel.table.verticalHeader().defaultSectionSize()
            )
            results[name] = times
            print(f"{name} over {rows:,} rows, {shown} rows per screen, {len(times)} screens:")
            print(f"  ids loaded in a worker in {load * 1000:.0f} ms")
            print(
                f"  per screen: median {statistics.median(times):.2f} ms, 95th percentile "
                f"{sorted(times)[int(len(times) * 0.95)]:.2f} ms, worst {max(times):.2f} ms; "
                "target < 50 ms"
            )
            jobs.wait()
            panel.close()
        people, docs = results["people list"], results["documents view"]
        print(
            f"documents view / people list, per screen: median ratio "
            f"{statistics.median(docs) / statistics.median(people):.2f}, worst ratio "
            f"{max(docs) / max(people):.2f}"
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--documents", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--folder", type=Path, help="reuse (or make) the catalogue here")
    args = parser.parse_args()
    folder = args.folder or Path(tempfile.mkdtemp(prefix="spravka-docs-bench-")) / "catalog"
    if not (folder / "catalog.sqlite").exists():
        made = generate(folder, args.documents)
        made += add_documents(folder, args.documents)
        print(f"generated {args.documents:,} persons and documents in {made:.1f} s")
    bench_ids(folder, args.runs)
    bench_scroll(folder)
    return 0


if __name__ == "__main__":
    sys.exit(main())
