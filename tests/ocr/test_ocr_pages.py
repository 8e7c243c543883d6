"""`spravka ocr` on catalogue pages: words stored in original pixels, human versions kept,
nothing read twice, and a killed or cancelled run resumed where it stopped.

Real Tesseract on small generated pages (each read costs about a second).
"""

from __future__ import annotations

import os
import shutil
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

from PIL import Image
from sqlalchemy import select

from catalog import models
from catalog.db import Catalog
from catalog.imaging.processing import render
from catalog.ocr import ocr_pages, pending_page_ids
from catalog.progress import CancelToken, Progress
from catalog.services.documents import (
    DocumentFields,
    add_document,
    add_page,
    set_page_processing,
)
from catalog.services.transcriptions import (
    add_transcription,
    current_transcription,
    transcription_history,
)
from tests.support.cli import offline_env, run_spravka
from tests.support.ocr_checks import flat, word_centres_inside
from tests.support.pages import Person, render_certificate

EXIF_ORIENTATION = 0x0112


def _store(catalog: Catalog, document_id: int, image: Image.Image, path: Path, **save) -> int:
    image.save(path, **save)
    media = "image/jpeg" if path.suffix == ".jpg" else "image/png"
    return add_page(catalog, document_id, catalog.blobs.put_file(path), media_type=media).id


def _engine_versions(catalog: Catalog) -> dict[int, int]:
    with catalog.read() as session:
        rows = session.execute(
            select(models.Transcription.page_id).where(models.Transcription.origin == "engine")
        )
        counts: dict[int, int] = {}
        for (page_id,) in rows:
            counts[page_id] = counts.get(page_id, 0) + 1
        return counts


def test_ocr_command_stores_words_in_original_pixels_and_keeps_human_text(
    tmp_path: Path,
) -> None:
    death = render_certificate(kind="death", dpi=150, skew=1.0, stamp=True, seed=3)
    archival = render_certificate(
        Person(surname="Белов", given_name="Андрей", patronymic="Петрович"),
        kind="archival",
        dpi=150,
        colour=False,
        seed=4,
    )
    folder = tmp_path / "catalog"
    with Catalog.create(folder) as catalog:
        document = add_document(catalog, DocumentFields(title="certificates"))
        # A phone photo held sideways: the file is turned, its EXIF says how to show it.
        exif = Image.Exif()
        exif[EXIF_ORIENTATION] = 6  # show turned 90 degrees clockwise
        sideways = death.image.transpose(Image.Transpose.ROTATE_90)
        photo = _store(catalog, document.id, sideways, tmp_path / "a.jpg", exif=exif, quality=92)
        # A scan fed in sideways and turned upright by the page's processing.
        scan = _store(
            catalog,
            document.id,
            archival.image.transpose(Image.Transpose.ROTATE_90),
            tmp_path / "b.png",
        )
        set_page_processing(catalog, scan, {"rotation": 90})
        human = "Гражданин Корнилов Степан Игнатьевич (исправлено вручную)"
        add_transcription(catalog, photo, human, author="volunteer")

    result = run_spravka("ocr", "--jobs", "2", catalog=folder)
    assert result.returncode == 0, result.stderr
    assert "read 2 of 2 page(s)" in result.stdout

    with Catalog.open(folder) as catalog:
        # The person's correction stays current; the machine version is kept beside it.
        history = transcription_history(catalog, photo)
        assert [(v.version, v.origin) for v in history] == [(1, "human"), (2, "engine")]
        assert current_transcription(catalog, photo).text == human
        machine = history[1]
        assert flat(death.fields["name"].text) in flat(machine.text)
        assert flat(death.fields["death"].text) in flat(machine.text)
        assert machine.mean_confidence is not None and machine.mean_confidence > 50
        words = [w.to_json() for w in machine.words]
        # EXIF applied: boxes are in the upright (oriented) image's pixels.
        assert word_centres_inside(words, death.fields["name"])

        scanned = current_transcription(catalog, scan)
        assert scanned.origin == "engine"
        assert flat(archival.fields["execution"].text) in flat(scanned.text)
        # Processing is not applied to stored boxes: they are in the sideways file's pixels.
        stored = Image.open(catalog.blobs.path(_blob(catalog, scan)))
        _, upright = render(stored, {"rotation": 90})
        back = upright.inverse()
        for name in ("name", "execution"):
            field = archival.fields[name]
            expected = field.__class__(field.name, field.text, back.map_box(field.box))
            words = [w.to_json() for w in scanned.words]
            # A turned box: its width is the text's height; centres still fall inside.
            assert word_centres_inside(words, expected, slack=0.1 * field.box[2] / field.box[3])
        assert pending_page_ids(catalog) == []

    again = run_spravka("ocr", catalog=folder)
    assert again.returncode == 0 and "nothing to read" in again.stdout

    with Catalog.open(folder) as catalog:
        assert _engine_versions(catalog) == {photo: 1, scan: 1}
        # Changing a page's processing makes its machine text stale; only that page.
        set_page_processing(catalog, scan, {"rotation": 90, "crop": [10, 10, 800, 1100]})
        assert pending_page_ids(catalog) == [scan]
        assert pending_page_ids(catalog, "rus") == [photo, scan]  # another language: all


def _blob(catalog: Catalog, page_id: int) -> str:
    with catalog.read() as session:
        return session.get(models.Page, page_id).blob_sha256


def _stalling_tesseract(folder: Path, state: Path, stall: str = "sleep 120") -> Path:
    """A `tesseract` that reads the first page at once and stalls on the others (`stall`),
    as a page can hang."""
    real = shutil.which("tesseract")
    folder.mkdir()
    script = folder / "tesseract"
    script.write_text(
        "#!/bin/sh\n"
        'case "$1" in --version|--list-langs) exec ' + f'{real} "$@" ;; esac\n'
        f'if mkdir "{state}/first" 2>/dev/null; then exec {real} "$@"; fi\n'
        f"{stall}\n"
    )
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    return folder


def test_a_killed_run_loses_only_the_page_in_flight_and_the_next_resumes(tmp_path: Path) -> None:
    folder = tmp_path / "catalog"
    with Catalog.create(folder) as catalog:
        document = add_document(catalog, DocumentFields(title="file"))
        pages = [
            _store(
                catalog,
                document.id,
                render_certificate(kind=kind, dpi=100, colour=False, seed=n).image,
                tmp_path / f"{n}.png",
            )
            for n, kind in enumerate(["death", "archival", "rehabilitation", "death"])
        ]

    state = tmp_path / "state"
    state.mkdir()
    fake = _stalling_tesseract(tmp_path / "bin", state)
    env = offline_env({"PATH": f"{fake}{os.pathsep}{os.environ['PATH']}"})
    process = subprocess.Popen(
        [sys.executable, "-m", "catalog", "--catalog", str(folder), "ocr", "--jobs", "1"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,  # its own process group: workers and Tesseract die with it
    )
    try:
        with Catalog.open(folder) as catalog:
            deadline = time.monotonic() + 120
            while not _engine_versions(catalog) and time.monotonic() < deadline:
                assert process.poll() is None, "the run ended before it could be killed"
                time.sleep(0.1)
            # The first page is stored; the second hangs in Tesseract. Kill everything.
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=30)
            assert _engine_versions(catalog) == {pages[0]: 1}
            assert pending_page_ids(catalog) == pages[1:]

            # The next run resumes; cancelled after its first page, it keeps what it read.
            token = CancelToken()

            def cancel_after_first(progress: Progress) -> None:
                if progress.done >= 1:
                    token.cancel()

            report = ocr_pages(catalog, jobs=1, progress=cancel_after_first, cancel=token)
            # One worker, one page queued behind it: the third is never started.
            assert report.pending == 3 and report.cancelled
            assert 1 <= len(report.read) <= 2 and not report.errors
            assert pending_page_ids(catalog) == [p for p in pages[1:] if p not in report.read]

            # And a last run finishes the file: every page read exactly once.
            ocr_pages(catalog, jobs=2)
            assert _engine_versions(catalog) == {page: 1 for page in pages}
            assert pending_page_ids(catalog) == []
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


def test_an_unreadable_page_is_reported_and_the_others_are_read(tmp_path: Path) -> None:
    folder = tmp_path / "catalog"
    good = render_certificate(kind="archival", dpi=100, colour=False)
    with Catalog.create(folder) as catalog:
        document = add_document(catalog, DocumentFields(title="file"))
        # A scan cut short in copying: the file's start says JPEG, the rest is missing.
        whole = tmp_path / "whole.jpg"
        good.image.save(whole, quality=90)
        broken = tmp_path / "broken.jpg"
        broken.write_bytes(whole.read_bytes()[:2000])
        bad = add_page(
            catalog, document.id, catalog.blobs.put_file(broken), media_type="image/jpeg"
        ).id
        fine = _store(catalog, document.id, good.image, tmp_path / "fine.png")
        problems: list[str] = []

        def note(progress: Progress) -> None:
            if progress.item_error:
                problems.append(progress.item_error)

        report = ocr_pages(catalog, jobs=2, progress=note)
        assert report.read == (fine,)
        assert [page for page, _ in report.errors] == [bad]
        assert problems == [report.errors[0][1]]
        assert "document 1, page 1" in problems[0] and "cannot be read" in problems[0]
        assert _engine_versions(catalog) == {fine: 1}
        assert pending_page_ids(catalog) == [bad]  # tried again next time


def test_ctrl_c_finishes_the_pages_being_read_and_stops(tmp_path: Path) -> None:
    folder = tmp_path / "catalog"
    with Catalog.create(folder) as catalog:
        document = add_document(catalog, DocumentFields(title="file"))
        image = render_certificate(kind="archival", dpi=100, colour=False).image
        pages = [_store(catalog, document.id, image, tmp_path / f"{n}.png") for n in range(4)]
    state = tmp_path / "state"
    state.mkdir()
    # Pages after the first take a second longer: Ctrl-C surely comes while one is read.
    fake = _stalling_tesseract(
        tmp_path / "bin", state, f'sleep 1; exec {shutil.which("tesseract")} "$@"'
    )
    env = offline_env({"PATH": f"{fake}{os.pathsep}{os.environ['PATH']}"})
    process = subprocess.Popen(
        [sys.executable, "-m", "catalog", "--catalog", str(folder), "ocr", "--jobs", "1"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    try:
        with Catalog.open(folder) as catalog:
            deadline = time.monotonic() + 120
            while not _engine_versions(catalog) and time.monotonic() < deadline:
                time.sleep(0.05)
            # Ctrl-C in a terminal goes to the whole process group, workers included.
            os.killpg(process.pid, signal.SIGINT)
            out, err = process.communicate(timeout=120)
            assert process.returncode == 1
            assert "stopping after the pages being read" in err
            assert "stopped before the end" in out and "could not be read" not in out
            read = _engine_versions(catalog)
            # The page being read when Ctrl-C came was finished and saved; the last never began.
            assert 2 <= len(read) <= 3 and set(read.values()) == {1}
            assert pages[-1] in pending_page_ids(catalog)
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
