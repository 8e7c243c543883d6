"""Persons recorded twice: the finder's pairs with their reasons, and a side-by-side preview of
the two records before merging one into the other.

The dialog runs no query. The controller gives it the pairs (`show_pairs`), loads the preview of
the selected pair when asked (`preview_requested`) and merges when the person chooses which record
to keep (`merge_requested`). Catalogue data is shown as plain text.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from catalog.services.duplicates import DuplicatePair
from catalog.services.merge import MergePreview
from catalog.services.views import PersonDetail
from desktop import labels


def _plain(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class DuplicatesDialog(QDialog):
    preview_requested = Signal(int, int)  # a, b
    merge_requested = Signal(int, int)  # keep, other

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("duplicatesDialog")
        self.setWindowTitle(self.tr("Persons recorded twice"))
        self.resize(900, 600)
        self.pairs: list[DuplicatePair] = []
        self.preview: MergePreview | None = None
        layout = QVBoxLayout(self)
        self.status = _plain(self.tr("Looking for persons recorded twice…"), self)
        self.status.setObjectName("duplicatesStatus")
        layout.addWidget(self.status)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.list = QListWidget(splitter)
        self.list.setObjectName("duplicatePairs")
        self.list.setAccessibleName(self.tr("Pairs that may be one person"))
        self.list.currentRowChanged.connect(self._selected)
        self.side = QWidget(splitter)
        self.side.setObjectName("mergePreview")
        self.side_layout = QGridLayout(self.side)
        splitter.addWidget(self.list)
        splitter.addWidget(self.side)
        layout.addWidget(splitter, 1)
        row = QHBoxLayout()
        self.keep_left = QPushButton(self.tr("Keep the left record, merge the right into it"), self)
        self.keep_left.setObjectName("keepLeft")
        self.keep_right = QPushButton(
            self.tr("Keep the right record, merge the left into it"), self
        )
        self.keep_right.setObjectName("keepRight")
        for button in (self.keep_left, self.keep_right):
            button.setEnabled(False)
            row.addWidget(button)
        self.keep_left.clicked.connect(lambda: self._merge(left_kept=True))
        self.keep_right.clicked.connect(lambda: self._merge(left_kept=False))
        layout.addLayout(row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    # -- the pairs --------------------------------------------------------------------------------

    def show_pairs(self, pairs: list[DuplicatePair], language: str) -> None:
        self.pairs = list(pairs)
        self.list.clear()
        for pair in self.pairs:
            reasons = "; ".join(r.text(language) for r in pair.reasons)
            text = f"{round(pair.score * 100)}%  {pair.a_name}  ~  {pair.b_name}\n    {reasons}"
            item = QListWidgetItem(text, self.list)
            item.setToolTip(reasons)
        if self.pairs:
            self.status.setText(
                self.tr("%n pair(s) that may be one person, most alike first.", "", len(pairs))
            )
            self.list.setCurrentRow(0)
        else:
            self.status.setText(self.tr("No persons seem to be recorded twice."))
            self._clear_side()

    def _selected(self, row: int) -> None:
        self.keep_left.setEnabled(False)
        self.keep_right.setEnabled(False)
        if 0 <= row < len(self.pairs):
            pair = self.pairs[row]
            self.preview_requested.emit(pair.a, pair.b)

    # -- the side-by-side preview ---------------------------------------------------------------

    def _clear_side(self) -> None:
        while self.side_layout.count():
            widget = self.side_layout.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()

    def show_preview(self, preview: MergePreview) -> None:
        self.preview = preview
        self._clear_side()
        for column, detail in enumerate((preview.keep, preview.other)):
            self.side_layout.addWidget(self._column(detail), 0, column)
        if preview.conflicts:
            lines = [
                self.tr("%1: %2 / %3").replace("%1", name).replace("%2", a).replace("%3", b)
                for name, a, b in preview.conflicts
            ]
            differ = _plain(
                self.tr("The records differ (both are kept): %1").replace("%1", "; ".join(lines)),
                self.side,
            )
            differ.setObjectName("mergeConflicts")
            self.side_layout.addWidget(differ, 1, 0, 1, 2)
        self.keep_left.setEnabled(True)
        self.keep_right.setEnabled(True)

    def _column(self, detail: PersonDetail) -> QWidget:
        box = QWidget(self.side)
        box.setObjectName("mergeColumn")
        layout = QVBoxLayout(box)
        person = detail.summary
        name = _plain(f"{person.full_name} (№ {person.id})", box)
        font = name.font()
        font.setBold(True)
        name.setFont(font)
        layout.addWidget(name)
        facts = []
        if person.birth:
            facts.append(self.tr("born %1").replace("%1", labels.date(person.birth)))
        if person.birth_place:
            facts.append(person.birth_place)
        if facts:
            layout.addWidget(_plain(", ".join(facts), box))
        if detail.variants:
            layout.addWidget(
                _plain(
                    self.tr("Also written as: %1").replace(
                        "%1", "; ".join(v.full_name for v in detail.variants)
                    ),
                    box,
                )
            )
        for claim in detail.claims:
            when = labels.date(claim.date) if claim.date else self.tr("date unknown")
            source = claim.document_title or ""
            text = f"{labels.claim_kind(claim.kind)}: {when}"
            layout.addWidget(_plain(f"{text} — {source}" if source else text, box))
        layout.addWidget(_plain(self.tr("%n document(s)", "", len(detail.documents)), box))
        layout.addStretch(1)
        return box

    def _merge(self, *, left_kept: bool) -> None:
        if self.preview is None:
            return
        keep, other = self.preview.keep.summary.id, self.preview.other.summary.id
        if not left_kept:
            keep, other = other, keep
        self.keep_left.setEnabled(False)
        self.keep_right.setEnabled(False)
        self.merge_requested.emit(keep, other)
