"""Bad input: each file is reported with its path and reason, the rest of the batch is imported,
and the catalogue stays consistent."""

from __future__ import annotations

import os
import pickle
import tempfile
from pathlib import Path

from catalog.importing import import_paths
from catalog.importing.prepare import PreparedFile, PrepareTask, prepare_file
from tests.support import images

NOBODY = 65534


def test_every_bad_file_is_reported_and_the_good_ones_imported(
    catalog, tmp_path, consistent
) -> None:
    inbox = tmp_path / "batch"
    corpus = images.bad_corpus(inbox / "bad")
    good = [
        images.jpeg(inbox / "good1.jpg", images.text_page(seed=1)),
        images.pdf(inbox / "good2.pdf", pages=1),
        images.tiff(inbox / "good3.tif", [images.text_page(seed=3), images.text_page(seed=4)]),
    ]
    before = consistent(catalog.folder)
    reported: list[str] = []
    report = import_paths(
        catalog, [inbox], jobs=2, progress=lambda p: p.item_error and reported.append(p.item_error)
    )
    reasons = {problem.path: problem.reason for problem in report.errors}
    for bad in corpus:
        assert os.fspath(bad.path) in reasons, bad.name
        assert bad.expect in reasons[os.fspath(bad.path)], (bad.name, reasons[str(bad.path)])
    assert len(report.errors) == len(corpus)
    # Each problem also went out through the progress callback, path first.
    assert sorted(reported) == sorted(str(problem) for problem in report.errors)
    assert [d.title for d in report.documents] == [path.stem for path in good]
    after = consistent(catalog.folder)
    assert after["pages"] == before["pages"] + 4
    assert after["documents"] == before["documents"] + 3


def test_a_folder_of_thousands_of_non_image_files(catalog, tmp_path, consistent) -> None:
    folder = tmp_path / "export"
    others = images.non_image_folder(folder, 2000)
    images.png(folder / "part3" / "scan.png")
    report = import_paths(catalog, [folder], jobs=2)
    assert len(report.pages) == 1
    assert len(report.errors) == 2000
    assert {p.path for p in report.errors} == {os.fspath(p) for p in others}
    kinds = {p.reason for p in report.errors}
    assert kinds == {
        "not an image or PDF: the content is a text file",
        "not an image or PDF: the content is a ZIP archive or office document (.docx, .odt, .xlsx)",
        "not an image or PDF: the content is an old Microsoft Office document (.doc, .xls)",
    }
    assert consistent(catalog.folder)["pages"] == 1


def test_paths_that_do_not_exist_are_reported(catalog, tmp_path) -> None:
    good = images.png(tmp_path / "a.png")
    report = import_paths(catalog, [tmp_path / "missing.jpg", good])
    assert [(p.path, p.reason) for p in report.errors] == [
        (os.fspath(tmp_path / "missing.jpg"), "no such file or folder")
    ]
    assert len(report.pages) == 1


def _prepare_as_nobody(task: PrepareTask) -> PreparedFile:
    """Run `prepare_file` in a child that has given up root's right to read anything, so that
    a mode-000 file is really unreadable (as root, CI's user, chmod alone stops nothing)."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: drop privileges if we have them, prepare, send the result
        try:
            os.close(read_end)
            if os.geteuid() == 0:
                os.setgroups([])
                os.setgid(NOBODY)
                os.setuid(NOBODY)
            with os.fdopen(write_end, "wb") as pipe:
                pickle.dump(prepare_file(task), pipe)
        finally:
            os._exit(0)
    os.close(write_end)
    with os.fdopen(read_end, "rb") as pipe:
        result = pickle.load(pipe)
    os.waitpid(pid, 0)
    return result


def test_a_file_without_read_permission() -> None:
    # A folder anyone may enter (pytest's own temporary folders are private to their owner).
    folder = Path(tempfile.mkdtemp(prefix="spravka-perm-"))
    try:
        folder.chmod(0o755)
        locked = images.png(folder / "locked.png")
        locked.chmod(0o000)
        task = PrepareTask(
            os.fspath(locked), "locked.png", os.fspath(folder / "b"), os.fspath(folder / "c")
        )
        result = _prepare_as_nobody(task)
        assert result.error == "permission denied: Spravka may not read this file"
        assert result.pages == ()
    finally:
        for path in folder.iterdir():
            path.chmod(0o644)
            path.unlink()
        folder.rmdir()
