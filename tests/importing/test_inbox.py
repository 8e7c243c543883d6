"""The inbox imports each file exactly once, and a failed file only when it changes."""

from __future__ import annotations

import os
import threading

from catalog.importing import import_inbox_once, watch_inbox
from catalog.progress import CancelToken
from tests.support import images


def _age(path, seconds: float = 60) -> None:
    """Make a file look written a while ago (the inbox leaves fresh files for later)."""
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns - int(seconds * 1e9)))


def test_each_file_is_imported_once(catalog, tmp_path, consistent) -> None:
    inbox = tmp_path / "inbox"
    for n in (1, 2):
        _age(images.png(inbox / f"scan{n}.png", images.text_page(seed=n)))
    first = import_inbox_once(catalog, inbox)
    assert len(first.report.pages) == 2 and first.already_seen == 0
    second = import_inbox_once(catalog, inbox)
    assert second.report.files == 0 and second.already_seen == 2
    _age(images.png(inbox / "later" / "scan3.png", images.text_page(seed=3)))
    third = import_inbox_once(catalog, inbox)
    assert [p.origin_name for p in third.report.pages] == ["later/scan3.png"]
    assert third.already_seen == 2
    counts = consistent(catalog.folder)
    assert counts["inbox_files"] == 3 and counts["documents"] == 3


def test_a_failed_file_waits_until_it_changes(catalog, tmp_path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    page = images.encode(images.text_page(), "JPEG")
    broken = images.write(inbox / "scan.jpg", page[: len(page) // 2])  # still being copied
    _age(broken)
    first = import_inbox_once(catalog, inbox)
    assert "truncated" in first.report.errors[0].reason
    again = import_inbox_once(catalog, inbox)
    assert again.report.files == 0 and again.already_seen == 1  # not retried, not re-reported
    images.write(broken, page)  # the copy finished: a new size and time
    _age(broken)
    fixed = import_inbox_once(catalog, inbox)
    assert len(fixed.report.pages) == 1 and not fixed.report.errors


def test_a_copy_of_a_known_image_is_recorded_as_seen(catalog, tmp_path) -> None:
    inbox = tmp_path / "inbox"
    data = images.encode(images.text_page(seed=9), "PNG")
    _age(images.write(inbox / "a.png", data))
    import_inbox_once(catalog, inbox)
    _age(images.write(inbox / "a copy.png", data))
    result = import_inbox_once(catalog, inbox)
    assert result.report.pages == () and len(result.report.duplicates) == 1
    assert import_inbox_once(catalog, inbox).already_seen == 2


def test_a_file_still_being_written_is_left_for_later(catalog, tmp_path) -> None:
    inbox = tmp_path / "inbox"
    images.png(inbox / "now.png")
    waiting = import_inbox_once(catalog, inbox, settle_seconds=3600)
    assert waiting.report.files == 0
    assert waiting.waiting == (os.fspath(inbox / "now.png"),)
    assert len(import_inbox_once(catalog, inbox, settle_seconds=0).report.pages) == 1


def test_watching_imports_each_round_until_cancelled(catalog, tmp_path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    cancel = CancelToken()
    rounds = []

    def on_round(result) -> None:
        rounds.append(result)
        if len(rounds) == 1:  # the scanner saves a page after the first look
            _age(images.png(inbox / "p1.png", images.text_page(seed=1)))
        elif len(rounds) == 2:
            cancel.cancel()

    watcher = threading.Thread(
        target=lambda: rounds.append(
            watch_inbox(catalog, inbox, interval=0.01, on_round=on_round, cancel=cancel)
        )
    )
    watcher.start()
    watcher.join(timeout=60)
    *per_round, total = rounds
    assert [r.report.files for r in per_round] == [0, 1]
    assert len(total.pages) == 1 and total.cancelled


def test_watching_survives_the_folder_going_away(catalog, tmp_path) -> None:
    inbox = tmp_path / "share"
    inbox.mkdir()
    cancel = CancelToken()
    problems = []
    rounds = []

    def on_round(result) -> None:
        rounds.append(result)
        if len(rounds) == 1:
            inbox.rename(tmp_path / "unmounted")  # the share drops out
        else:
            cancel.cancel()

    def progress(p) -> None:
        if p.item_error:
            problems.append(p.item_error)
            (tmp_path / "unmounted").rename(inbox)  # and comes back
            _age(images.png(inbox / "p.png"))

    total = watch_inbox(
        catalog, inbox, interval=0.01, on_round=on_round, cancel=cancel, progress=progress
    )
    assert len(problems) == 1 and str(inbox) in problems[0]
    assert len(total.pages) == 1
