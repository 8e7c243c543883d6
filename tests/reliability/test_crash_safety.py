"""A few SIGKILLs in the default run; `python -m tests.reliability.crash --kills 50` runs many."""

from __future__ import annotations

from pathlib import Path

from tests.reliability.crash import finish_interrupted_work, run_trials


def test_killing_a_working_process_loses_nothing_committed(tmp_path: Path) -> None:
    results = run_trials(tmp_path, kills=3, seed=1937, max_delay=4.0)
    assert [r.problems for r in results] == [[], [], []]
    assert [r.lost for r in results] == [[], [], []]
    # The trials really interrupted work that had committed things.
    assert sum(r.promised for r in results) > 0
    # The OCR queue resumes, and the catalogue opens in the desktop application.
    assert finish_interrupted_work(tmp_path / "catalog") == []
