"""Getting paper into the catalogue from files: import of images, TIFFs, PDFs and folders, the
watched inbox folder, and the page images derived from what was imported (thumbnails,
processed pages)."""

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
