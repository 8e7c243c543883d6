"""The documents list's model: ids in memory, rows fetched from SQL a page at a time.

The same shape as the people list (`desktop.models.people`): the ordered ids of the documents the
filter lets through are asked for once per sort or filter in a worker
(`catalog.services.document_list.document_ids`, along an index), and the rows the view shows are
read `PAGE_SIZE` at a time (`document_rows`, a few indexed look-ups), with a bounded cache of
pages. Thumbnails of first pages come from a worker (the thumbnail cache on disk) a page of rows
at a time and are kept in a bounded cache of their own.

A row can be dragged onto a person in the people list to link the document to them: the drag
carries the document id under `DOCUMENT_MIME`.
"""

from __future__ import annotations

from array import array
from collections import OrderedDict
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QImage, QPixmap

from catalog.db import Catalog
from catalog.errors import SpravkaError
from catalog.importing import thumbnail_path
from catalog.services.document_list import (
    DocumentFilter,
    DocumentRow,
    count_unlinked,
    document_ids,
    document_rows,
)
from desktop import labels
from desktop.workers import Jobs

PAGE_SIZE = 50
MAX_CACHED_PAGES = 80
MAX_THUMBNAILS = 600
# Thumbnails are asked for once scrolling pauses: a worker reading images while the list
# scrolls would compete with the GUI thread for the interpreter.
THUMBNAIL_DELAY_MS = 120
THUMBNAILS_PER_JOB = 100
THUMB_SIZE = QSize(36, 48)
DOCUMENT_MIME = "application/x-spravka-document"

# The columns a person reads first come first: who the document is about, when, and whether
# its text has been read; issuer and archive reference after.
THUMB, KIND, TITLE, PERSONS, ISSUED, PAGES, OCR, ISSUER, REFERENCE = range(9)
COLUMNS = 9
SORTABLE = {THUMB: "added", KIND: "kind", TITLE: "title", ISSUED: "issued"}
COLUMN_OF_ORDER = {order: column for column, order in SORTABLE.items()}

AnyIndex = QModelIndex | QPersistentModelIndex


def first_page_thumbnails(
    catalog: Catalog, pages: dict[int, int], size: tuple[int, int]
) -> dict[int, QImage]:
    """In a worker: the thumbnail of each document's first page (by document id), from the
    thumbnail cache (made on first use); a page whose image is missing is skipped."""
    found = {}
    for document_id, page_id in pages.items():
        try:
            image = QImage(str(thumbnail_path(catalog, page_id, max(size))))
        except (SpravkaError, OSError):
            continue
        if image.isNull():
            continue
        if image.width() > size[0] or image.height() > size[1]:
            image = image.scaled(
                size[0],
                size[1],
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        found[document_id] = image
    return found


def _load(catalog: Catalog, where: DocumentFilter, order: str, descending: bool) -> Any:
    """In a worker: the ids in order, and the size of the inbox."""
    return document_ids(catalog, where, order=order, descending=descending), count_unlinked(catalog)


class DocumentsModel(QAbstractTableModel):
    loaded = Signal(int, int)  # rows after a (re)load, documents in the inbox

    def __init__(self, catalog: Catalog, jobs: Jobs, parent: Any = None) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self.jobs = jobs
        self.ids = array("q")
        self.where = DocumentFilter()
        self.order = "added"
        self.descending = True  # the newest import first
        self.unlinked = 0
        self._pages: OrderedDict[int, list[DocumentRow | None]] = OrderedDict()
        self._thumbs: OrderedDict[int, QPixmap] = OrderedDict()
        self._wanted_thumbs: dict[int, int] = {}  # document id -> first page id
        self._asked_thumbs: set[int] = set()
        self._thumb_timer = QTimer(self)
        self._thumb_timer.setSingleShot(True)
        self._thumb_timer.setInterval(THUMBNAIL_DELAY_MS)
        self._thumb_timer.timeout.connect(self._ask_thumbnails)
        self._generation = 0

    # -- loading -------------------------------------------------------------------------------

    def reload(self) -> None:
        self._generation += 1
        generation = self._generation
        job = self.jobs.read(_load, self.catalog, self.where, self.order, self.descending)
        job.on_success(self, lambda found: self._set_ids(generation, *found))

    def set_filter(self, where: DocumentFilter) -> None:
        self.where = where
        self.reload()

    def _set_ids(self, generation: int, ids: list[int], unlinked: int) -> None:
        if generation != self._generation:
            return  # a later sort or filter superseded this one
        self.beginResetModel()
        self.ids = array("q", ids)
        self._pages.clear()
        self._wanted_thumbs.clear()
        self.unlinked = unlinked
        self.endResetModel()
        self.loaded.emit(len(self.ids), unlinked)

    def refresh_rows(self) -> None:
        """Forget cached rows and repaint them (links, tags or details changed)."""
        self._pages.clear()
        self._asked_thumbs.clear()
        self._thumbs.clear()  # the first page may have been processed or replaced
        if self.ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.ids) - 1, COLUMNS - 1))

    def _row(self, row: int) -> DocumentRow | None:
        page_no = row // PAGE_SIZE
        page = self._pages.get(page_no)
        if page is None:
            start = page_no * PAGE_SIZE
            wanted = self.ids[start : start + PAGE_SIZE].tolist()
            found = {r.id: r for r in document_rows(self.catalog, wanted)}
            page = [found.get(document_id) for document_id in wanted]
            self._pages[page_no] = page
            while len(self._pages) > MAX_CACHED_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page_no)
        return page[row - page_no * PAGE_SIZE]

    def _want_thumbnail(self, row: DocumentRow) -> None:
        if row.first_page_id is None or row.id in self._asked_thumbs:
            return
        self._wanted_thumbs[row.id] = row.first_page_id
        if not self._thumb_timer.isActive():
            self._thumb_timer.start()

    def _ask_thumbnails(self) -> None:
        # The rows asked for last are the ones on the screen now.
        wanted = list(self._wanted_thumbs.items())[-THUMBNAILS_PER_JOB:]
        self._wanted_thumbs.clear()
        if not wanted:
            return
        self._asked_thumbs.update(document_id for document_id, _ in wanted)
        size = (THUMB_SIZE.width(), THUMB_SIZE.height())
        job = self.jobs.read(first_page_thumbnails, self.catalog, dict(wanted), size)
        job.on_success(self, self._thumbnails_ready)

    def _thumbnails_ready(self, images: dict[int, QImage]) -> None:
        for document_id, image in images.items():
            self._thumbs[document_id] = QPixmap.fromImage(image)  # on the GUI thread
            while len(self._thumbs) > MAX_THUMBNAILS:
                evicted, _ = self._thumbs.popitem(last=False)
                self._asked_thumbs.discard(evicted)  # asked again when shown again
            row = self.row_of(document_id)
            if row is not None:
                index = self.index(row, THUMB)
                self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])

    # -- lookup --------------------------------------------------------------------------------

    def id_at(self, row: int) -> int | None:
        return self.ids[row] if 0 <= row < len(self.ids) else None

    def row_of(self, document_id: int) -> int | None:
        try:
            return self.ids.index(document_id)
        except ValueError:
            return None

    def row_data(self, row: int) -> DocumentRow | None:
        return self._row(row) if 0 <= row < len(self.ids) else None

    def cached_rows(self) -> int:
        return sum(len(page) for page in self._pages.values())

    # -- Qt model ------------------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                "",
                self.tr("Kind"),
                self.tr("Title"),
                self.tr("Persons"),
                self.tr("Issued"),
                self.tr("Pages"),
                self.tr("Text"),
                self.tr("Issuer"),
                self.tr("Archive reference"),
            )[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return (
                self.tr("The first page; click to sort by when the document was added"),
                self.tr("Kind of document; click to sort"),
                self.tr("Title; click to sort"),
                self.tr("Persons the document concerns"),
                self.tr("Date of issue; click to sort"),
                self.tr("Number of pages"),
                self.tr("Whether the pages' text has been read and corrected"),
                self.tr("Who issued the document"),
                self.tr("Archive, fond, opis, delo and sheets"),
            )[section]
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsDragEnabled if index.isValid() else base

    def mimeTypes(self) -> list[str]:
        return [DOCUMENT_MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:
        data = QMimeData()
        rows = sorted({index.row() for index in indexes})
        ids = [str(self.id_at(row)) for row in rows if self.id_at(row) is not None]
        data.setData(DOCUMENT_MIME, QByteArray(",".join(ids).encode("ascii")))
        return data

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.LinkAction | Qt.DropAction.CopyAction

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.UserRole:
            return self.id_at(index.row())
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.DecorationRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DecorationRole:
            if column != THUMB:
                return None
            row = self._row(index.row())
            if row is None:
                return None
            pixmap = self._thumbs.get(row.id)
            if pixmap is None:
                self._want_thumbnail(row)
            return pixmap
        row = self._row(index.row())
        if row is None:
            return self.tr("(deleted)") if role == Qt.ItemDataRole.DisplayRole else None
        text = self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == PERSONS and row.person_count > len(row.persons):
                return text + self.tr(" and %n more", "", row.person_count - len(row.persons))
            if column == THUMB:
                return self.tr("Document %1").replace("%1", str(row.id))
            return text or None
        if role == Qt.ItemDataRole.AccessibleTextRole and column == THUMB:
            return self.tr("Document %1").replace("%1", str(row.id))
        return text

    def _text(self, row: DocumentRow, column: int) -> str:
        if column == KIND:
            return labels.document_kind(row.kind)
        if column == TITLE:
            return row.title
        if column == ISSUED:
            return labels.short_date(row.issued) if row.issued else ""
        if column == ISSUER:
            return row.issuer
        if column == REFERENCE:
            return row.archive_reference
        if column == PERSONS:
            if not row.person_count:
                return self.tr("linked to no one")
            more = "…" if row.person_count > len(row.persons) else ""
            return ", ".join(row.persons) + more
        if column == PAGES:
            return str(row.page_count)
        if column == OCR:
            return labels.ocr_state(row.ocr_state)
        return ""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = SORTABLE.get(column)
        if key is None:
            return
        self.order = key
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.reload()
