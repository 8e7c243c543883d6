"""The page image with its word boxes: zoom, fit, pan, and crop selection.

The scene is in displayed pixels (the processed image). Stored boxes are in the oriented
original's pixels and are mapped with the `Transform` that `render` returned. Clicking a word
emits its index; the transcription editor highlights words through `highlight_word`.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPoint, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QImage, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QGraphicsPixmapItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsView,
    QRubberBand,
    QWidget,
)

from catalog.imaging.processing import Transform
from catalog.transcripts import Word
from desktop import accessibility, theme

LOW_CONFIDENCE = 60.0
MIN_ZOOM, MAX_ZOOM = 0.05, 8.0


# Below this height on the screen (pixels), a line of typed text on the page cannot be read:
# about the height of 8-point text on a 96-dpi screen.
READABLE_LINE = 11


class PageView(QGraphicsView):
    word_clicked = Signal(int)
    crop_selected = Signal(QRectF)  # in displayed pixels
    region_selected = Signal(QRectF)  # in displayed pixels: a region to read again
    zoom_changed = Signal(float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        accessibility.name(
            self,
            self.tr("Page image"),
            self.tr("The scanned page; click a word to find it in the text"),
        )
        self.setObjectName("pageView")
        self.setScene(QGraphicsScene(self))
        self.setRenderHints(
            QPainter.RenderHint.SmoothPixmapTransform | QPainter.RenderHint.Antialiasing
        )
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setBackgroundBrush(self.palette().color(self.palette().ColorRole.Dark))
        self._pixmap_item: QGraphicsPixmapItem | None = None
        self._word_items: list[QGraphicsRectItem] = []
        self._words: list[Word] = []
        self._transform = Transform.identity()
        self._highlight: QGraphicsRectItem | None = None
        self._region: QGraphicsRectItem | None = None
        # "auto": the whole page if its text can still be read so, else the width (a short
        # pane at 1024×700 would show a whole page as an unreadable thumbnail).
        self._fit_mode: str | None = "auto"
        self._show_words = True
        self._cropping = False
        self._choosing_region = False  # the band chooses a region to read again, not a crop
        self._band: QRubberBand | None = None
        self._band_origin = QPoint()

    # -- content -------------------------------------------------------------------------------

    def clear_page(self) -> None:
        self.scene().clear()
        self._pixmap_item = None
        self._word_items = []
        self._words = []
        self._highlight = None
        self._region = None

    def set_page(self, image: QImage, transform: Transform, words: Sequence[Word]) -> None:
        self.clear_page()
        self._transform = transform
        self._pixmap_item = self.scene().addPixmap(QPixmap.fromImage(image))
        self._pixmap_item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self.scene().setSceneRect(QRectF(0, 0, image.width(), image.height()))
        self.set_words(words)
        self._apply_fit()

    def set_words(self, words: Sequence[Word]) -> None:
        for item in self._word_items:
            self.scene().removeItem(item)
        self._words = list(words)
        self._word_items = []
        colours = theme.accents()
        for index, word in enumerate(self._words):
            rect = self.map_box(word.box)
            item = self.scene().addRect(rect)
            low = word.confidence is not None and word.confidence < LOW_CONFIDENCE
            pen = QPen(colours.low_confidence if low else colours.word_box)
            pen.setCosmetic(True)
            pen.setWidthF(2.0 if low else 1.0)
            if low:
                pen.setStyle(Qt.PenStyle.DashLine)
                item.setToolTip(
                    self.tr("Recognised with low confidence (%1 %)").replace(
                        "%1", str(round(word.confidence or 0))
                    )
                )
            item.setPen(pen)
            item.setData(0, index)
            item.setVisible(self._show_words or low)
            item.setZValue(1)
            self._word_items.append(item)

    def map_box(self, box: tuple[int, int, int, int]) -> QRectF:
        x, y, width, height = self._transform.map_box(box)
        return QRectF(x, y, width, height)

    def set_show_words(self, show: bool) -> None:
        """Hide the ordinary word boxes; low-confidence marks stay, they ask for attention."""
        self._show_words = show
        for item, word in zip(self._word_items, self._words, strict=True):
            low = word.confidence is not None and word.confidence < LOW_CONFIDENCE
            item.setVisible(show or low)

    def word_count(self) -> int:
        return len(self._word_items)

    def low_confidence_count(self) -> int:
        return sum(
            1 for w in self._words if w.confidence is not None and w.confidence < LOW_CONFIDENCE
        )

    def highlight_word(self, index: int | None, *, ensure_visible: bool = True) -> None:
        if self._highlight is not None:
            self.scene().removeItem(self._highlight)
            self._highlight = None
        if index is None or not 0 <= index < len(self._words):
            return
        rect = self.map_box(self._words[index].box).adjusted(-2, -2, 2, 2)
        self._highlight = self.scene().addRect(
            rect, QPen(Qt.PenStyle.NoPen), QBrush(theme.accents().highlight)
        )
        self._highlight.setZValue(2)
        if ensure_visible:
            self.ensureVisible(rect, 40, 40)

    def highlighted_rect(self) -> QRectF | None:
        return self._highlight.rect() if self._highlight is not None else None

    def show_region(self, box: tuple[int, int, int, int] | None) -> None:
        """Mark a cited region (in original pixels) and bring it into view."""
        if self._region is not None:
            self.scene().removeItem(self._region)
            self._region = None
        if box is None:
            return
        colours = theme.accents()
        rect = self.map_box(box).adjusted(-4, -4, 4, 4)
        pen = QPen(colours.region.darker(150))
        pen.setCosmetic(True)
        pen.setWidthF(2.0)
        self._region = self.scene().addRect(rect, pen, QBrush(colours.region))
        self._region.setZValue(3)
        self.centerOn(rect.center())

    def region_rect(self) -> QRectF | None:
        return self._region.rect() if self._region is not None else None

    # -- zoom ----------------------------------------------------------------------------------

    def zoom(self) -> float:
        return self.transform().m11()

    def set_zoom(self, factor: float) -> None:
        factor = max(MIN_ZOOM, min(MAX_ZOOM, factor))
        current = self.zoom()
        if current > 0:
            self.scale(factor / current, factor / current)
        self.zoom_changed.emit(self.zoom())

    def zoom_by(self, step: float) -> None:
        self._fit_mode = None
        self.set_zoom(self.zoom() * step)

    def fit_page(self) -> None:
        self._fit_mode = "page"
        self._apply_fit()

    def fit_width(self) -> None:
        self._fit_mode = "width"
        self._apply_fit()

    def _apply_fit(self) -> None:
        if self._pixmap_item is None or self._fit_mode is None:
            return
        rect = self.sceneRect()
        view = self.viewport().size()
        if rect.width() <= 0 or rect.height() <= 0 or view.width() <= 0:
            return
        margin = 12
        by_width = (view.width() - margin) / rect.width()
        by_height = (view.height() - margin) / rect.height()
        zoom = by_width if self._fit_mode == "width" else min(by_width, by_height)
        by_width_needed = (
            self._fit_mode == "auto"
            and zoom < by_width
            and self.line_height() * zoom < READABLE_LINE
        )
        if by_width_needed:
            zoom = by_width
        self.set_zoom(zoom)
        if self._fit_mode == "width" or by_width_needed:
            self.centerOn(rect.center().x(), rect.top())
        else:
            self.centerOn(rect.center())

    def line_height(self) -> float:
        """The height of a line of the page's text, in image pixels: the median word box, or
        for a page not read yet a guess (a typed certificate has some 60 lines)."""
        heights = sorted(item.rect().height() for item in self._word_items)
        if heights:
            return heights[len(heights) // 2]
        return self.sceneRect().height() / 60

    def shown_line_height(self) -> float:
        """How tall a line of the page's text is drawn on the screen now, in pixels."""
        return self.line_height() * self.zoom()

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().resizeEvent(event)
        self._apply_fit()

    def wheelEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        # The wheel zooms at the pointer; with Shift (or a horizontal wheel) it scrolls.
        if event.modifiers() & Qt.KeyboardModifier.ShiftModifier or event.angleDelta().y() == 0:
            super().wheelEvent(event)
            return
        steps = event.angleDelta().y() / 120
        self.zoom_by(1.15**steps)
        event.accept()

    # -- clicks and crop -----------------------------------------------------------------------

    def set_choosing_region(self, on: bool) -> None:
        """Drawing a rectangle chooses a region of the page to read again."""
        self.set_cropping(on)
        self._choosing_region = on

    def choosing_region(self) -> bool:
        return self._choosing_region

    def original_box(self, area: QRectF) -> tuple[int, int, int, int]:
        """A rectangle of the shown page in the pixels of the oriented original (where the
        word boxes are), through the page's processing turned back."""
        box = (int(area.x()), int(area.y()), int(area.width()), int(area.height()))
        return self._transform.inverse().map_box(box)

    def set_cropping(self, on: bool) -> None:
        self._cropping = on
        self._choosing_region = False
        self.setDragMode(
            QGraphicsView.DragMode.NoDrag if on else QGraphicsView.DragMode.ScrollHandDrag
        )
        self.viewport().setCursor(
            Qt.CursorShape.CrossCursor if on else Qt.CursorShape.OpenHandCursor
        )

    def mousePressEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if self._cropping and event.button() == Qt.MouseButton.LeftButton:
            self._band_origin = event.position().toPoint()
            if self._band is None:
                self._band = QRubberBand(QRubberBand.Shape.Rectangle, self.viewport())
            self._band.setGeometry(QRect(self._band_origin, QSize()))
            self._band.show()
            return
        if event.button() == Qt.MouseButton.LeftButton:
            index = self.word_at(self.mapToScene(event.position().toPoint()))
            if index is not None:
                self.word_clicked.emit(index)
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if self._cropping and self._band is not None and self._band.isVisible():
            self._band.setGeometry(
                QRect(self._band_origin, event.position().toPoint()).normalized()
            )
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if self._cropping and self._band is not None and self._band.isVisible():
            self._band.hide()
            area = self.mapToScene(self._band.geometry()).boundingRect()
            area = area.intersected(self.sceneRect())
            if area.width() > 8 and area.height() > 8:
                if self._choosing_region:
                    self.region_selected.emit(area)
                else:
                    self.crop_selected.emit(area)
            return
        super().mouseReleaseEvent(event)

    def word_at(self, point) -> int | None:  # type: ignore[no-untyped-def]
        for item in self._word_items:
            if item.rect().contains(point):
                return int(item.data(0))
        return None

    def word_rect(self, index: int) -> QRectF:
        return self.map_box(self._words[index].box)
