"""A second application instance on one catalogue is told so; a crash leaves no stale lock."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap

from catalog.db import Catalog
from catalog.instance import try_lock_instance

HOLD = textwrap.dedent(
    """
    import sys, time
    from catalog.instance import try_lock_instance
    lock = try_lock_instance(sys.argv[1])
    print("locked" if lock else "busy", flush=True)
    time.sleep(60)
    """
)


def test_the_second_instance_cannot_take_the_lock_until_the_first_releases_it(
    catalog: Catalog,
) -> None:
    first = try_lock_instance(catalog.folder)
    assert first is not None
    try:
        assert try_lock_instance(catalog.folder) is None
    finally:
        first.release()
    again = try_lock_instance(catalog.folder)
    assert again is not None
    again.release()


def test_a_killed_instance_leaves_no_stale_lock(catalog: Catalog) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(catalog.folder)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        assert try_lock_instance(catalog.folder) is None
    finally:
        os.kill(holder.pid, signal.SIGKILL)
        holder.wait(timeout=30)
    lock = try_lock_instance(catalog.folder)
    assert lock is not None
    lock.release()


def test_a_folder_holding_only_the_lock_file_may_still_become_a_catalogue(tmp_path) -> None:
    folder = tmp_path / "new"
    folder.mkdir()
    # The lock file is not "someone else's file": the folder may still become a catalogue.
    with try_lock_instance(folder), Catalog.create(folder) as created:
        assert created.open_result.created
