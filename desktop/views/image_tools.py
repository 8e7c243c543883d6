"""The image side of the document workspace: zoom, rotate, crop, word boxes and clean-up.

Rotation, crop, straightening and the tonal clean-up are the page's processing parameters
(`catalog.imaging.processing`); they are emitted as (old, new) parameters for an undoable
command, never applied to the scan. A crop is stored in the pixels of the turned and straightened
page, so turning or straightening a cropped page carries its crop over to the new geometry.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QObject, QRectF, Signal
from PySide6.QtGui import QAction

from catalog.imaging.processing import processed_geometry
from desktop.views.processing import ProcessingPanel

if TYPE_CHECKING:
    from desktop.pages import LoadedPage
    from desktop.views.page_view import PageView


class ToolHost(Protocol):
    """What the image tools need of their workspace (`desktop.views.workspace.Workspace`, which
    is also their Qt parent): written against this, the tools never import the workspace."""

    view: PageView
    loaded: LoadedPage | None

    def make_action(
        self, text: str, shortcut: Any = None, slot: Any = None, tip: str = ""
    ) -> QAction: ...


def carry_crop(old: dict[str, Any], new: dict[str, Any], size: tuple[int, int]) -> dict[str, Any]:
    """`new` with the crop of `old` moved onto new's geometry (turn, straightening), so the
    same part of the page stays cropped; `size` is the oriented original's."""
    crop = old.get("crop")
    if not crop:
        return new
    width, height = size
    before, _ = processed_geometry({k: v for k, v in old.items() if k != "crop"}, width, height)
    after, bounds = processed_geometry({k: v for k, v in new.items() if k != "crop"}, width, height)
    x, y, w, h = after.map_box(before.inverse().map_box(crop))
    x, y = max(0, x), max(0, y)
    w, h = min(w, bounds[0] - x), min(h, bounds[1] - y)
    if w <= 0 or h <= 0:
        return {k: v for k, v in new.items() if k != "crop"}
    return {**new, "crop": [x, y, w, h]}


class ImageTools(QObject):
    processing_requested = Signal(int, object, object)  # page id, old params, new params
    deskew_requested = Signal(int, object)  # page id, old params

    def __init__(self, workspace: ToolHost) -> None:
        super().__init__(workspace)
        self.workspace = workspace
        self.view = workspace.view
        self.editable = True
        self.panel = ProcessingPanel(workspace)
        self.panel.hide()
        self.panel.changed.connect(self._panel_changed)
        self.panel.auto_deskew.connect(self.straighten)
        self.view.crop_selected.connect(self._crop_selected)
        self._make_actions()

    def _action(
        self, text: str, shortcut: Any = None, slot: Callable[..., Any] | None = None, tip: str = ""
    ) -> QAction:
        return self.workspace.make_action(text, shortcut, slot, tip)

    def _make_actions(self) -> None:
        view = self.view
        self.fit_page_action = self._action(
            self.tr("Fit page"), "Ctrl+Alt+0", view.fit_page, self.tr("Show the whole page")
        )
        self.fit_width_action = self._action(
            self.tr("Fit width"), "Ctrl+9", view.fit_width, self.tr("Fill the width")
        )
        self.zoom_in_action = self._action(
            self.tr("Zoom in"), "Ctrl+Alt++", lambda: view.zoom_by(1.25)
        )
        self.zoom_out_action = self._action(
            self.tr("Zoom out"), "Ctrl+Alt+-", lambda: view.zoom_by(0.8)
        )
        self.rotate_left_action = self._action(
            self.tr("Rotate left"),
            "Ctrl+[",
            lambda: self.rotate(-90),
            self.tr("Turn the page a quarter to the left (the image file is not changed)"),
        )
        self.rotate_right_action = self._action(
            self.tr("Rotate right"),
            "Ctrl+]",
            lambda: self.rotate(90),
            self.tr("Turn the page a quarter to the right (the image file is not changed)"),
        )
        self.crop_action = self._action(
            self.tr("Crop"),
            "Ctrl+Shift+X",
            None,
            self.tr("Drag a rectangle on the page to keep only that part"),
        )
        self.crop_action.setCheckable(True)
        # Short toolbar labels (the menu shows the full names): arrows for the turns.
        self.rotate_left_action.setIconText("↺")
        self.rotate_right_action.setIconText("↻")
        self.crop_action.toggled.connect(view.set_cropping)
        self.reset_crop_action = self._action(
            self.tr("Undo crop"), None, self.reset_crop, self.tr("Show the whole scan again")
        )
        self.straighten_action = self._action(
            self.tr("Straighten page"),
            "Ctrl+Shift+D",
            self.straighten,
            self.tr("Measure how the lines of text slope and turn the page to level them"),
        )
        self.adjust_action = self._action(
            self.tr("Adjust image…"),
            "Ctrl+Shift+A",
            None,
            self.tr("Straighten, lift coloured stamps, contrast, black and white"),
        )
        self.adjust_action.setCheckable(True)
        self.adjust_action.setIconText(self.tr("Adjust"))
        self.adjust_action.toggled.connect(self.panel.setVisible)
        self.words_action = self._action(
            self.tr("Word boxes"),
            "Ctrl+Shift+B",
            None,
            self.tr("Outline the recognised words on the page"),
        )
        self.words_action.setCheckable(True)
        self.words_action.setChecked(True)
        self.words_action.toggled.connect(view.set_show_words)

    def toolbar_actions(self) -> list[QAction | None]:
        return [
            self.fit_page_action,
            self.fit_width_action,
            None,
            self.rotate_left_action,
            self.rotate_right_action,
            self.crop_action,
            self.adjust_action,
            None,
            self.words_action,
        ]

    def menu_actions(self) -> list[QAction | None]:
        return [
            self.fit_page_action,
            self.fit_width_action,
            self.zoom_in_action,
            self.zoom_out_action,
            None,
            self.rotate_left_action,
            self.rotate_right_action,
            self.crop_action,
            self.reset_crop_action,
            self.straighten_action,
            self.adjust_action,
            self.words_action,
        ]

    def update_actions(self, processing: dict[str, Any] | None) -> None:
        has_page = processing is not None
        for action in (
            self.fit_page_action,
            self.fit_width_action,
            self.zoom_in_action,
            self.zoom_out_action,
            self.words_action,
            self.adjust_action,
        ):
            action.setEnabled(has_page)
        for action in (self.rotate_left_action, self.rotate_right_action, self.crop_action):
            action.setEnabled(has_page and self.editable)
        self.straighten_action.setEnabled(has_page and self.editable)
        self.reset_crop_action.setEnabled(
            has_page and self.editable and bool(processing and processing.get("crop"))
        )
        if processing is not None:
            self.panel.show_params(processing)
        self.panel.set_editable(has_page and self.editable)

    # -- changes -------------------------------------------------------------------------------

    def _request(self, old: dict[str, Any], new: dict[str, Any]) -> None:
        loaded = self.workspace.loaded
        if loaded is not None and new != old and self.editable:
            self.processing_requested.emit(loaded.page.id, old, new)

    def _current(self) -> dict[str, Any] | None:
        loaded = self.workspace.loaded
        return dict(loaded.page.processing) if loaded is not None else None

    def rotate(self, degrees: int) -> None:
        old = self._current()
        if old is None:
            return
        new_rotation = (old.get("rotation", 0) + degrees) % 360
        new = {k: v for k, v in old.items() if k != "rotation"}
        if new_rotation:
            new["rotation"] = new_rotation
        self._request(old, carry_crop(old, new, self.workspace.loaded.original_size))

    def _panel_changed(self, old: dict[str, Any], new: dict[str, Any]) -> None:
        current = self._current()
        if current is None:
            return
        if old.get("deskew") != new.get("deskew"):
            new = carry_crop(current, new, self.workspace.loaded.original_size)
        self._request(current, new)

    def straighten(self) -> None:
        loaded = self.workspace.loaded
        if loaded is not None and self.editable:
            self.deskew_requested.emit(loaded.page.id, dict(loaded.page.processing))

    def _crop_selected(self, area: QRectF) -> None:
        self.crop_action.setChecked(False)
        loaded = self.workspace.loaded
        if loaded is None:
            return
        old = dict(loaded.page.processing)
        box = (round(area.x()), round(area.y()), round(area.width()), round(area.height()))
        # From the displayed pixels back to the original, then onto the uncropped canvas.
        in_original = loaded.transform.inverse().map_box(box)
        width, height = loaded.original_size
        uncropped = {k: v for k, v in old.items() if k != "crop"}
        canvas, (bound_w, bound_h) = processed_geometry(uncropped, width, height)
        x, y, w, h = canvas.map_box(in_original)
        x, y = max(0, x), max(0, y)
        w, h = min(w, bound_w - x), min(h, bound_h - y)
        if w <= 0 or h <= 0:
            return
        self._request(old, {**old, "crop": [x, y, w, h]})

    def reset_crop(self) -> None:
        old = self._current()
        if old is None or not old.get("crop"):
            return
        self._request(old, {k: v for k, v in old.items() if k != "crop"})
