"""The catalogue core must never load Qt: the CLI and tests run where no Qt can."""

from __future__ import annotations

import subprocess
import sys

WALK_ALL_MODULES = """
import importlib, pkgutil, sys
import catalog
for module in pkgutil.walk_packages(catalog.__path__, "catalog."):
    if ".migrations" in module.name or module.name.endswith("__main__"):
        continue
    importlib.import_module(module.name)
gui = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6", "desktop"))
print(len([m for m in sys.modules if m.startswith("catalog")]))
print(",".join(gui))
"""


def test_importing_every_catalog_module_loads_no_qt() -> None:
    result = subprocess.run(
        [sys.executable, "-c", WALK_ALL_MODULES], capture_output=True, text=True, check=True
    )
    count, loaded = result.stdout.splitlines()
    assert int(count) > 20  # the walk really imported the package's modules
    assert loaded == ""
