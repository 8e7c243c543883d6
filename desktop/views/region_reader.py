"""Read again… a region of the page: draw a rectangle on the image, Tesseract reads just that,
and the words of the text that lie in it can be replaced by the new reading.

For a line the recognition got wrong (a faint typewriter ribbon, a stamp over the words): the
whole page need not be read again. The new reading is shown beside the words it would replace,
and can be corrected before; replacing is an edit of the page text like any other (Ctrl+Z in
the text takes it back, Ctrl+S saves the text as a new version). The reading itself runs in
`catalog.services.region_reading`, off the interface thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QObject, QRectF, Qt
from PySide6.QtGui import QAction, QTextCursor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from catalog.db import Catalog
from catalog.ocr.tesseract import DEFAULT_LANGUAGES
from catalog.services.region_reading import RegionReading, read_region, words_in_region
from desktop import messages
from desktop.pages import LoadedPage
from desktop.views.editor import TranscriptionEditor
from desktop.views.image_tools import ImageTools
from desktop.views.page_view import PageView
from desktop.workers import Jobs


class RegionHost(Protocol):
    """What the region reader needs of its workspace (`desktop.views.workspace.Workspace`,
    also its Qt parent): written against this, the reader never imports the workspace."""

    catalog: Catalog
    jobs: Jobs
    view: PageView
    tools: ImageTools
    editor: TranscriptionEditor
    loaded: LoadedPage | None


class RegionTextDialog(QDialog):
    """The new reading beside the words it would replace; it can be corrected first."""

    def __init__(self, old: str, new: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("regionTextDialog")
        self.setWindowTitle(self.tr("Read the region again"))
        layout = QVBoxLayout(self)
        if old:
            layout.addWidget(QLabel(self.tr("The text has here:"), self))
            self.old = QLabel(old, self)
            self.old.setTextFormat(Qt.TextFormat.PlainText)
            self.old.setWordWrap(True)
            self.old.setObjectName("regionOldText")
            layout.addWidget(self.old)
        else:
            note = QLabel(
                self.tr(
                    "No word of the text lies in this region: the reading can be put at the cursor."
                ),
                self,
            )
            note.setWordWrap(True)
            layout.addWidget(note)
        caption = QLabel(self.tr("&Read again:"), self)
        layout.addWidget(caption)
        self.new = QPlainTextEdit(self)
        self.new.setObjectName("regionNewText")
        self.new.setPlainText(new)
        self.new.setTabChangesFocus(True)
        caption.setBuddy(self.new)
        layout.addWidget(self.new, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.use = buttons.addButton(
            self.tr("Replace the words") if old else self.tr("Put at the cursor"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.use.setObjectName("regionUse")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(520, 300)

    def text(self) -> str:
        return self.new.toPlainText().strip()


class RegionReader(QObject):
    """The "Read a region again…" action of the workspace."""

    def __init__(self, workspace: RegionHost) -> None:
        super().__init__(workspace)  # type: ignore[arg-type]
        self.workspace = workspace
        self.languages: Callable[[], str] = lambda: DEFAULT_LANGUAGES
        self.action = QAction(self.tr("Read a region again…"), workspace)
        self.action.setObjectName("readRegionAction")
        self.action.setCheckable(True)
        self.action.setToolTip(
            self.tr(
                "Draw a rectangle on the page: its words are read again and can replace those "
                "of the text"
            )
        )
        self.action.setIconText(self.tr("Read region again"))
        self.action.toggled.connect(self._toggled)
        # Cropping and choosing a region both draw a rectangle: one at a time.
        workspace.tools.crop_action.toggled.connect(
            lambda on: self.action.setChecked(False) if on else None
        )
        workspace.view.region_selected.connect(self.region_chosen)

    def _toggled(self, on: bool) -> None:
        view = self.workspace.view
        if on:
            self.workspace.tools.crop_action.setChecked(False)
            view.set_choosing_region(True)
        elif view.choosing_region():
            view.set_choosing_region(False)

    def region_chosen(self, area: QRectF) -> None:
        loaded = self.workspace.loaded
        self.action.setChecked(False)
        if loaded is None:
            return
        box = self.workspace.view.original_box(area)
        job = self.workspace.jobs.read(
            read_region, self.workspace.catalog, loaded.page.id, box, self.languages()
        )
        page_id = loaded.page.id
        job.on_success(self, lambda reading: self.offer(page_id, reading))
        job.on_failure(
            self, lambda exc: messages.show_error(self.workspace, exc, self.action.iconText())
        )

    def offer(self, page_id: int, reading: RegionReading) -> None:
        """Show the reading beside the words it would replace; replace them if asked."""
        loaded = self.workspace.loaded
        if loaded is None or loaded.page.id != page_id:
            return  # another page was opened meanwhile
        editor = self.workspace.editor
        editor.realign_now()
        words = words_in_region(editor.words, reading.region)
        text = editor.toPlainText()
        span = (words[0].start, words[-1].end) if words else None
        old = text[span[0] : span[1]] if span and None not in span else ""
        dialog = RegionTextDialog(old, reading.text, self.workspace)
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.text():
            return
        self.put(dialog.text(), span if old else None)

    def put(self, new: str, span: Any) -> None:
        editor = self.workspace.editor
        cursor = editor.textCursor()
        if span is not None:
            cursor.setPosition(span[0])
            cursor.setPosition(span[1], QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(new)
        editor.setTextCursor(cursor)
        editor.setFocus()
