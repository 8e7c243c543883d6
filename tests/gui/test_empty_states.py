"""A new catalogue says how to begin; a document of no particular kind is named by its title."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPushButton

from catalog.services import claims, documents
from desktop.dialogs.person import PersonDialog
from desktop.main_window import MainWindow
from tests.support.gui import select


def test_a_new_catalogue_shows_how_to_begin(qtbot, application, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    assert application.create_catalog(tmp_path / "new")
    window = application.main_window
    assert isinstance(window, MainWindow)
    qtbot.waitUntil(lambda: window.dossier.widget().objectName() == "startPage")
    page = window.dossier.widget()
    buttons = page.findChildren(QPushButton)
    texts = [b.text() for b in buttons]
    assert texts == ["Import scans…", "Scan…", "New person…", "Paste a record…"]
    assert all(b.isEnabled() for b in buttons)
    assert "Choose a person" not in " ".join(label.text() for label in page.findChildren(QLabel))
    # A button does what its menu item does.
    opened = []
    monkeypatch.setattr(PersonDialog, "exec", lambda dialog: opened.append(dialog) or 0)
    buttons[2].click()
    assert len(opened) == 1


def test_a_document_of_no_kind_is_named_by_its_title(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    select(qtbot, window, "Карпенко")
    death = next(c for c in window.detail.claims if c.kind == "death")
    documents.update_document(
        window.catalog, death.document_id, kind="other", title="Справка из загса", issuer=""
    )
    window.refresh_all()
    qtbot.waitUntil(lambda: window.dossier.claim(death.id).document_kind == "other")
    sources = [
        label.text()
        for label in window.dossier.timeline.findChildren(QLabel, "claimSource")
        if "загса" in label.text()
    ]
    assert sources and all("Справка из загса" in s for s in sources)
    grid = window.dossier.documents
    names = [grid.item(i).text() for i in range(grid.count())]
    assert any(n.startswith("Справка из загса") for n in names)
    # Without a title either: who issued it, else its number.
    documents.update_document(window.catalog, death.document_id, title="")
    claim = claims.get_claim(window.catalog, death.id)
    from desktop.views.claim_text import source_text

    assert source_text(claim).startswith(f"Document no. {death.document_id}")
