"""Test set-up shared by the whole suite.

Qt runs offscreen; the command line speaks English unless a test chooses; the network is
blocked for this process (and, through `tests/support/offline`, for every Python subprocess the
tests start); every catalogue lives in a temporary folder.
"""

from __future__ import annotations

import importlib.util
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from catalog.db import Catalog

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("SPRAVKA_CATALOG", None)
# The command line speaks the machine's language (catalog.cli.language); the tests expect its
# English wherever they do not choose a language themselves, whatever the machine's locale.
os.environ["SPRAVKA_LANG"] = "en"


def _block_network() -> None:
    # The same module that subprocesses load as `sitecustomize`, loaded here under its own name.
    path = Path(__file__).resolve().parent / "support" / "offline" / "sitecustomize.py"
    spec = importlib.util.spec_from_file_location("spravka_tests_offline", path)
    assert spec and spec.loader
    spec.loader.exec_module(importlib.util.module_from_spec(spec))


_block_network()


@pytest.fixture
def catalog_dir(tmp_path: Path) -> Path:
    return tmp_path / "catalog"


@pytest.fixture
def catalog(catalog_dir: Path) -> Iterator[Catalog]:
    with Catalog.create(catalog_dir) as opened:
        yield opened
