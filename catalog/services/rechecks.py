"""Checks keep up by themselves: after a person's claims change, that person is checked again.

Every writer of claims calls `recheck_persons` with the persons it touched — the CLI right after
its command, the GUI on its writer thread in the background after an edit, an accepted or rejected
suggestion, a link or a merge — so a flag appears (or a stale suggestion disappears) without
running Tools ▸ Check. It runs the same rules as `spravka check`, on those persons only.
"""

from __future__ import annotations

from collections.abc import Iterable

from catalog.checks.engine import CheckReport, run_checks
from catalog.db import Catalog


def recheck_persons(catalog: Catalog, person_ids: Iterable[int]) -> CheckReport:
    """Run the checks for these persons (ids no longer in the catalogue are skipped)."""
    ids = sorted({int(i) for i in person_ids if i is not None})
    if not ids:
        return CheckReport()
    return run_checks(catalog, person_ids=ids)
