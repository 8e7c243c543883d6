"""Getting paper into the catalogue from files: import of images, TIFFs, PDFs and folders, the
watched inbox folder, and the page images derived from what was imported (thumbnails,
processed pages).

The names below are loaded when first asked for, not when the package is: an import's worker
process loads `catalog.importing.prepare` only, and must not pay for the database layer the
rest of the package needs (about a second per worker).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from catalog.importing.inbox import InboxReport, import_inbox_once, watch_inbox
    from catalog.importing.pages import (
        page_transform,
        rendered_page,
        thumbnail_path,
        update_processing,
    )
    from catalog.importing.pipeline import import_paths
    from catalog.importing.report import (
        DuplicatePage,
        ImportedDocument,
        ImportedPage,
        ImportProblem,
        ImportReport,
    )

_HOMES = {
    "InboxReport": "inbox",
    "import_inbox_once": "inbox",
    "watch_inbox": "inbox",
    "page_transform": "pages",
    "rendered_page": "pages",
    "thumbnail_path": "pages",
    "update_processing": "pages",
    "import_paths": "pipeline",
    "DuplicatePage": "report",
    "ImportedDocument": "report",
    "ImportedPage": "report",
    "ImportProblem": "report",
    "ImportReport": "report",
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{home}"), name)


__all__ = [
    "DuplicatePage",
    "ImportProblem",
    "ImportReport",
    "ImportedDocument",
    "ImportedPage",
    "InboxReport",
    "import_inbox_once",
    "import_paths",
    "page_transform",
    "rendered_page",
    "thumbnail_path",
    "update_processing",
    "watch_inbox",
]
