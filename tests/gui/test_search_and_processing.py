"""The search box (names in any spelling, words in the texts), sorting by arrest, and the page
processing controls with undo."""

from __future__ import annotations

from PySide6.QtCore import Qt

from catalog.services import documents
from desktop.models.people import ARRESTED, NAME
from desktop.views.image_tools import carry_crop
from tests.gui.test_workspace import open_death_certificate
from tests.support.pages import render_certificate


def listed(window) -> list[str]:  # type: ignore[no-untyped-def]
    model = window.people_model
    return [model.data(model.index(row, NAME)) for row in range(model.rowCount())]


def test_names_in_latin_letters_with_typos_and_as_typed(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    search = window.people.filter
    search.setText("Karpenko Petr")  # Latin letters, for Карпенко Пётр
    qtbot.waitUntil(lambda: listed(window) == ["Карпенко Пётр Семёнович"])
    search.setText("Golman")  # a transliteration with a letter missing
    qtbot.waitUntil(lambda: listed(window) == ["Гольдман Яков Миронович"])
    search.setText("Шевчук О. И.")  # initials
    qtbot.waitUntil(lambda: listed(window) == ["Шевчук Олекса Іванович"])
    search.setText("Леб")  # the beginning of a surname, as it is typed
    qtbot.waitUntil(lambda: listed(window) == ["Лебедева Анна Ивановна"])
    assert window.people.tabs.tabText(0) == "People (1)"


def test_words_found_in_texts_open_the_page_at_the_words(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.find_text_action.trigger()
    assert window.people.tabs.currentIndex() == 1
    window.people.filter.setText("Харькова")  # found in any form: Харьков, Харькове
    results = window.people.texts
    qtbot.waitUntil(lambda: results.hit_count() >= 3)
    assert window.people.tabs.tabText(1) == f"In texts ({results.hit_count()})"
    hits = results.results.hits
    page_hit = next(i for i, hit in enumerate(hits) if hit.what == "transcription" and hit.box)
    assert "Харьков" in results.toPlainText()
    results.open_hit(page_hit)
    hit = hits[page_hit]
    workspace = window.workspace
    qtbot.waitUntil(
        lambda: workspace.loaded is not None and workspace.loaded.page.id == hit.page_id
    )
    x, y, w, h = hit.box
    marked = workspace.view.region_rect()
    assert marked is not None and marked.contains(workspace.view.map_box((x, y, w, h)))
    # A note (the researcher's conclusion about Шевчук) opens the person's dossier.
    window.people.filter.setText("переписке")
    qtbot.waitUntil(lambda: results.hit_count() == 1)
    results.open_hit(0)
    qtbot.waitUntil(lambda: window.detail is not None and window.detail.summary.surname == "Шевчук")


def test_sorting_by_date_of_arrest(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    model = window.people_model

    def arrests() -> list[str]:
        return [model.data(model.index(row, ARRESTED)) for row in range(model.rowCount())]

    window.people.table.sortByColumn(ARRESTED, Qt.SortOrder.AscendingOrder)
    qtbot.waitUntil(lambda: model.order == "arrest" and arrests() == ["1937", "1937", "1938", ""])
    window.people.table.sortByColumn(ARRESTED, Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: arrests() == ["1938", "1937", "1937", ""])
    window.save_layout()
    assert window.settings.people_order == ("arrest", True)


def test_processing_controls_store_parameters_and_undo_restores_them(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    workspace, death = open_death_certificate(qtbot, window)
    page_id = workspace.loaded.page.id
    panel = workspace.tools.panel
    workspace.tools.adjust_action.trigger()
    assert panel.isVisible()

    def stored() -> dict:
        return documents.get_page(window.catalog, page_id).processing

    panel.colours["violet"].click()
    qtbot.waitUntil(lambda: stored() == {"drop_colours": ["violet"]})
    qtbot.waitUntil(lambda: workspace.loaded.page.processing == {"drop_colours": ["violet"]})
    panel.greyscale.click()
    qtbot.waitUntil(lambda: stored().get("greyscale") is True)
    qtbot.waitUntil(lambda: panel.greyscale.isChecked() and panel.reset.isEnabled())
    panel.binarise.setCurrentIndex(panel.binarise.findData("auto"))
    panel.binarise.activated.emit(panel.binarise.currentIndex())
    qtbot.waitUntil(lambda: stored().get("binarise") == "auto")
    panel.angle.setValue(1.5)
    qtbot.waitUntil(lambda: stored().get("deskew") == 1.5)
    # The cited words are still marked where they are on the turned, cleaned page.
    qtbot.waitUntil(lambda: workspace.loaded.page.processing.get("deskew") == 1.5)
    window.open_source(death)
    qtbot.waitUntil(lambda: workspace.view.region_rect() is not None)
    x, y, w, h = death.region
    assert workspace.view.region_rect().contains(workspace.view.map_box((x, y, w, h)))
    # The scan itself is never changed.
    assert window.catalog.blobs.verify(workspace.loaded.page.blob_sha256)

    for _ in range(4):
        window.undo_action.trigger()
    qtbot.waitUntil(lambda: stored() == {})
    qtbot.waitUntil(lambda: workspace.loaded.page.processing == {})
    assert not panel.greyscale.isChecked() and panel.angle.value() == 0.0
    window.redo_action.trigger()
    qtbot.waitUntil(lambda: stored() == {"drop_colours": ["violet"]})


def test_straighten_measures_the_slope_and_undo_takes_it_back(qtbot, window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    page = render_certificate(kind="archival", dpi=100, skew=2.5, seed=5)
    path = tmp_path / "skewed.png"
    page.image.save(path)
    document = documents.add_document(window.catalog, documents.DocumentFields(title="Косо"))
    stored = window.catalog.blobs.put_file(path)
    page_id = documents.add_page(window.catalog, document.id, stored, media_type="image/png").id
    window.workspace.open(document.id)
    qtbot.waitUntil(lambda: window.workspace.loaded is not None)
    window.workspace.tools.straighten_action.trigger()

    def angle() -> float:
        return documents.get_page(window.catalog, page_id).processing.get("deskew", 0.0)

    qtbot.waitUntil(lambda: 1.5 < abs(angle()) < 3.5, timeout=20_000)
    qtbot.waitUntil(lambda: window.workspace.tools.panel.angle.value() == angle())
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: angle() == 0.0)
    window.redo_action.trigger()  # the same angle again, not measured anew
    qtbot.waitUntil(lambda: 1.5 < abs(angle()) < 3.5)


def test_a_crop_follows_the_page_when_it_is_turned() -> None:
    size = (900, 1200)
    old = {"crop": [100, 200, 300, 400]}
    turned = carry_crop(old, {"rotation": 90}, size)
    # A quarter turn clockwise: x' = height - (y + h), y' = x.
    assert turned == {"rotation": 90, "crop": [600, 100, 400, 300]}
    back = carry_crop(turned, {}, size)
    assert back == old
    straightened = carry_crop(old, {"deskew": 1.0}, size)
    assert straightened["deskew"] == 1.0
    _x, _y, w, h = straightened["crop"]
    assert w >= 300 and h >= 400  # still the whole cropped part
