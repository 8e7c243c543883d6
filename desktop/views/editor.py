"""The transcription editor: plain text tied to the word boxes on the image.

Every word of the loaded version knows its character span in the text. While the person edits,
the words are realigned to the new text (`catalog.transcripts.realign_words`, a difflib
alignment), so moving the cursor still finds the right box and a selection still maps to a
region. Low-confidence words are underlined in the text as they are outlined on the image.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QWidget

from catalog.transcripts import Word, realign_words, words_in_span
from desktop import theme
from desktop.keyboard import undo_falls_through
from desktop.views.page_view import LOW_CONFIDENCE

REALIGN_DELAY_MS = 300


class TranscriptionEditor(QPlainTextEdit):
    word_at_cursor = Signal(object)  # index into `words`, or None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("transcriptionEditor")
        self.setAccessibleName(self.tr("Text of the page"))
        self.setAccessibleDescription(
            self.tr("The page's transcription; the word at the cursor is marked on the image")
        )
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.setFont(font)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        # Tab leaves the text (a page's text has no use for tab characters): no keyboard trap.
        self.setTabChangesFocus(True)
        self.setPlaceholderText(
            self.tr("This page has no text yet. Type what it says, or run text recognition.")
        )
        self._base_words: tuple[Word, ...] = ()
        self.words: list[Word] = []
        self._starts: list[int] = []
        self._saved_text = ""
        self._realign = QTimer(self)
        self._realign.setSingleShot(True)
        self._realign.setInterval(REALIGN_DELAY_MS)
        self._realign.timeout.connect(self.realign_now)
        self.textChanged.connect(self._realign.start)
        self.cursorPositionChanged.connect(self._cursor_moved)

    def event(self, event: QEvent) -> bool:
        # Nothing typed to undo: Ctrl+Z goes on to Edit ▸ Undo (the last catalogue action).
        document = self.document()
        if undo_falls_through(event, document.isUndoAvailable(), document.isRedoAvailable()):
            event.ignore()
            return False
        return super().event(event)

    def load(self, text: str, words: Sequence[Word]) -> None:
        self._realign.stop()
        self._base_words = tuple(words)
        self.blockSignals(True)
        self.setPlainText(text)
        self.blockSignals(False)
        self._saved_text = text
        self.document().setModified(False)
        self._set_words(
            list(words) if self._offsets_valid(words, text) else realign_words(words, text)
        )

    @staticmethod
    def _offsets_valid(words: Sequence[Word], text: str) -> bool:
        return all(
            w.start is not None and w.end is not None and text[w.start : w.end] == w.text
            for w in words
        )

    def _set_words(self, words: list[Word]) -> None:
        self.words = [w for w in words if w.start is not None and w.end is not None]
        self.words.sort(key=lambda w: w.start or 0)
        self._starts = [w.start or 0 for w in self.words]
        self._mark_low_confidence()
        self._cursor_moved()

    def realign_now(self) -> None:
        self._realign.stop()
        self._set_words(realign_words(self._base_words, self.toPlainText()))

    def place(self) -> tuple[int, int, int, int]:
        """Where the person is: the selection's anchor and position, the scroll positions."""
        cursor = self.textCursor()
        return (
            cursor.anchor(),
            cursor.position(),
            self.verticalScrollBar().value(),
            self.horizontalScrollBar().value(),
        )

    def restore_place(self, place: tuple[int, int, int, int]) -> None:
        anchor, position, vertical, horizontal = place
        end = len(self.toPlainText())
        cursor = self.textCursor()
        cursor.setPosition(min(anchor, end))
        cursor.setPosition(min(position, end), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.verticalScrollBar().setValue(vertical)
        self.horizontalScrollBar().setValue(horizontal)

    def is_changed(self) -> bool:
        return self.toPlainText() != self._saved_text

    def mark_saved(self) -> None:
        self._saved_text = self.toPlainText()
        self.document().setModified(False)

    # -- words and cursor ----------------------------------------------------------------------

    def word_index_at(self, position: int) -> int | None:
        i = bisect.bisect_right(self._starts, position) - 1
        if i >= 0:
            word = self.words[i]
            if (word.start or 0) <= position <= (word.end or 0):
                return i
        return None

    def _cursor_moved(self) -> None:
        if self._realign.isActive():
            return  # offsets are stale until the text is realigned
        self.word_at_cursor.emit(self.word_index_at(self.textCursor().position()))

    def move_to_word(self, index: int) -> None:
        if not 0 <= index < len(self.words):
            return
        self.realign_now()
        word = self.words[index]
        cursor = self.textCursor()
        cursor.setPosition(word.start or 0)
        cursor.setPosition(word.end or 0, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()
        self.setFocus(Qt.FocusReason.MouseFocusReason)

    def selection_span(self) -> tuple[int, int] | None:
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        return (cursor.selectionStart(), cursor.selectionEnd())

    def selected_words(self) -> list[Word]:
        self.realign_now()
        span = self.selection_span()
        return words_in_span(self.words, *span) if span else []

    def selected_text(self) -> str:
        # Qt uses U+2029 for line breaks inside a selection.
        return " ".join(self.textCursor().selectedText().replace("\u2029", " ").split())

    def _mark_low_confidence(self) -> None:
        colour = QColor(theme.accents().low_confidence)
        selections = []
        for word in self.words:
            if word.confidence is not None and word.confidence < LOW_CONFIDENCE:
                selection = QTextEdit.ExtraSelection()
                fmt = QTextCharFormat()
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
                fmt.setUnderlineColor(colour)
                fmt.setToolTip(self.tr("Recognised with low confidence: check this word"))
                selection.format = fmt
                cursor = self.textCursor()
                cursor.setPosition(word.start or 0)
                cursor.setPosition(word.end or 0, QTextCursor.MoveMode.KeepAnchor)
                selection.cursor = cursor
                selections.append(selection)
        self.setExtraSelections(selections)

    def low_confidence_words(self) -> list[Word]:
        return [w for w in self.words if w.confidence is not None and w.confidence < LOW_CONFIDENCE]
