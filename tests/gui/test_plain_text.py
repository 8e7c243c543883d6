"""Data is never markup: names, details, notes and titles written as HTML are shown literally.

A person whose every field is markup (`<b>`, `<a href>`, `<img src=file://…>`) is shown in the
dossier, its timeline, suggestions and flag cards, the document pane and the claim dialog; every
label that shows such data is plain text, or (for the few labels with links) shows it escaped.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QLabel, QListWidget, QWidget

from catalog.services import claims, documents, flags, persons
from desktop.dialogs.claim import ClaimDialog
from tests.support.gui import select

BOLD = "<b>x</b>"
ANCHOR = '<a href="https://example.org/">link</a>'
IMAGE = "<img src=file:///etc/passwd>"
MARKUP = (BOLD, ANCHOR, IMAGE)


def shown_text(label: QLabel) -> str:
    """What a label draws: its text, or its rich text's visible characters."""
    if label.textFormat() == Qt.TextFormat.PlainText:
        return label.text()
    document = QTextDocument()
    document.setHtml(label.text())
    return document.toPlainText()


def labels_with_markup(root: QWidget) -> list[QLabel]:
    found = []
    for label in root.findChildren(QLabel):
        if any(m in shown_text(label) or m in label.text() for m in MARKUP):
            found.append(label)
    return found


def assert_literal(labels: list[QLabel]) -> None:
    for label in labels:
        if label.textFormat() != Qt.TextFormat.PlainText:
            assert label.textFormat() == Qt.TextFormat.RichText, label.objectName()
            # A rich label (a flag's reasons with links) carries the data escaped.
            assert not any(m in label.text() for m in MARKUP), label.text()
        assert any(m in shown_text(label) for m in MARKUP), shown_text(label)


def test_markup_in_the_data_is_shown_literally(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    catalog = window.catalog
    select(qtbot, window, "Карпенко")
    person_id = window.detail.id
    death = next(c for c in window.detail.claims if c.kind == "death")
    persons.update_person(
        catalog,
        person_id,
        surname=f"Карпенко {BOLD}",
        given_name=ANCHOR,
        birth_place=IMAGE,
        occupation=BOLD,
        notes=f"Notes {ANCHOR} {IMAGE}",
    )
    documents.update_document(catalog, death.document_id, title=f"Title {BOLD}", issuer=IMAGE)
    claims.update_claim(catalog, death.id, place=IMAGE, note=BOLD, quote=ANCHOR)
    claims.add_claim(
        catalog,
        person_id,
        claims.ClaimFields(
            kind="burial",
            place=ANCHOR,
            note=IMAGE,
            status="suggested",
            document_id=death.document_id,
            page_id=death.page_id,
            quote=BOLD,
        ),
    )
    flags.add_person_flag(catalog, person_id, f"kind {BOLD}", f"reason {ANCHOR} {IMAGE}")
    window.refresh_all()
    qtbot.waitUntil(lambda: window.detail is not None and len(window.detail.flags) == 2)
    qtbot.waitUntil(lambda: window.dossier.suggestions is not None)

    dossier = window.dossier.widget()
    found = labels_with_markup(dossier)
    # The name, facts, notes, the flag's title and reason, the timeline's and the
    # suggestion's details and quotes.
    assert len(found) >= 8, [label.text() for label in found]
    assert_literal(found)
    for card in window.dossier.flag_cards:
        assert_literal(labels_with_markup(card))
    assert_literal(labels_with_markup(window.dossier.timeline))
    assert_literal(labels_with_markup(window.dossier.suggestions))
    # The document's tooltip in the dossier shows its title as written.
    grid = dossier.findChild(QListWidget, "documents")
    tips = [grid.item(i).toolTip() for i in range(grid.count())]
    tip = next(t for t in tips if "Title" in t)
    document = QTextDocument()
    document.setHtml(tip)
    assert BOLD in document.toPlainText() and IMAGE in document.toPlainText()

    # The document pane's title.
    window.dossier.open_source.emit(window.dossier.claim(death.id))
    workspace = window.workspace
    qtbot.waitUntil(lambda: workspace.loaded is not None and BOLD in workspace.title.text())
    assert workspace.title.textFormat() == Qt.TextFormat.PlainText
    assert shown_text(workspace.title).startswith(f"Title {BOLD}")

    # The claim dialog shows the claim's details literally too.
    dialog = ClaimDialog(window, title="Edit claim", claim=window.dossier.claim(death.id))
    dialog.show()
    for label in dialog.findChildren(QLabel):
        assert label.textFormat() in (Qt.TextFormat.PlainText, Qt.TextFormat.RichText)
        if label.textFormat() == Qt.TextFormat.RichText:
            assert not any(m in label.text() for m in MARKUP)
    dialog.reject()
    # Every label of the window that ended up showing data shows it literally.
    assert_literal(labels_with_markup(window))


def test_a_label_added_later_is_plain_unless_it_says_otherwise(qtbot, application) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QDialog, QVBoxLayout

    dialog = QDialog()
    qtbot.addWidget(dialog)
    layout = QVBoxLayout(dialog)
    data = QLabel(f"{BOLD} {IMAGE}", dialog)
    chosen = QLabel("<b>bold on purpose</b>", dialog)
    chosen.setTextFormat(Qt.TextFormat.RichText)
    layout.addWidget(data)
    layout.addWidget(chosen)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert data.textFormat() == Qt.TextFormat.PlainText
    assert chosen.textFormat() == Qt.TextFormat.RichText
