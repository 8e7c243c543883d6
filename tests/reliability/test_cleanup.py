"""Nothing outlives a kill: OCR workers and their Tesseract die with the main process, page
copies stay in the catalogue's cache and are swept on the next open, as are package imports'."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from catalog.db import Catalog
from catalog.io.interchange_load import load_file
from tests.io.family import CERTIFICATE_LINES, REPLY_LINES, draw_page
from tests.support.cli import offline_env


def children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
            found.append(int(entry.name))
    return found


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def wait_for(condition, limit: float = 60.0) -> bool:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return condition()


def catalogue_with_pages(folder: Path, tmp: Path, count: int) -> Path:
    pages = []
    for n in range(count):
        image = tmp / "images" / f"page-{n}.png"
        image.parent.mkdir(parents=True, exist_ok=True)
        draw_page((CERTIFICATE_LINES if n % 2 else REPLY_LINES) + [f"лист {n}"], image)
        pages.append({"image": f"images/page-{n}.png"})
    file = tmp / "pages.json"
    file.write_text(json.dumps({"format": "spravka-catalog", "version": 1,
                                "documents": [{"id": "d1", "pages": pages}]}), "utf-8")  # fmt: skip
    with Catalog.create(folder) as catalog:
        load_file(catalog, file)
    return folder


def test_killing_the_ocr_main_process_ends_its_workers_and_leaves_no_temp_files(
    tmp_path: Path,
) -> None:
    catalog = catalogue_with_pages(tmp_path / "catalog", tmp_path, 12)
    system_temp = tmp_path / "system-temp"
    system_temp.mkdir()
    env = offline_env({"TMPDIR": str(system_temp), "OMP_THREAD_LIMIT": "1"})
    main = subprocess.Popen(
        [sys.executable, "-P", "-m", "catalog", "--catalog", str(catalog), "ocr", "--all",
         "--jobs", "2"],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        workers: list[int] = []
        engines: list[int] = []

        def reading() -> bool:
            workers[:] = [p for p in children(main.pid) if alive(p)]
            engines[:] = [e for w in workers for e in children(w)]
            return bool(engines)

        assert wait_for(reading), "no Tesseract started"
        assert list((catalog / "cache").glob("ocr-*"))  # page copies go to the cache
        main.send_signal(signal.SIGKILL)
        main.wait()
        everyone = workers + engines
        assert wait_for(lambda: not any(alive(p) for p in everyone)), [
            p for p in everyone if alive(p)
        ]
    finally:
        if main.poll() is None:
            main.kill()
            main.wait()
    assert list(system_temp.iterdir()) == []
    left = list((catalog / "cache").glob("ocr-*"))
    with Catalog.open(catalog):
        pass
    assert left and not any(p.exists() for p in left)  # swept on the next open


def test_a_killed_package_imports_folder_is_swept_on_open(catalog: Catalog, tmp_path: Path) -> None:
    finished = subprocess.run(["true"], check=True)
    dead = subprocess.Popen(["true"])
    dead.wait()
    assert finished.returncode == 0
    left = catalog.folder / "cache" / f"package-{dead.pid}-x1y2"
    (left / "blobs").mkdir(parents=True)
    (left / "catalog.json").write_text("{}")
    busy = catalog.folder / "cache" / f"package-{os.getpid()}-a1b2"
    busy.mkdir()
    with Catalog.open(catalog.folder):
        pass
    assert not left.exists()
    assert busy.exists()  # a running process's folder is left alone
