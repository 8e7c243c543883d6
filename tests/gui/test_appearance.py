"""View ▸ Text size and View ▸ High contrast: applied at once, kept between sessions."""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from desktop import appearance
from desktop.app import Application
from tests.support.gui import select
from tests.support.layout import misfits


def point_size() -> float:
    return QApplication.instance().font().pointSizeF()


def test_text_size_larger_smaller_and_normal(
    qtbot, application, window, settings, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    select(qtbot, window, "Карпенко")
    normal = point_size()
    window.larger_text_action.trigger()
    larger = application.main_window
    assert settings.text_scale == 110
    assert abs(point_size() - normal * 1.1) < 0.01
    # The window is rebuilt in the new size, on the same person.
    qtbot.waitUntil(
        lambda: larger.detail is not None and larger.detail.summary.surname == "Карпенко"
    )
    assert larger.dossier.widget().font().pointSizeF() > normal
    for _ in range(20):
        application.main_window.larger_text_action.trigger()
    assert settings.text_scale == appearance.LARGEST
    assert not application.main_window.larger_text_action.isEnabled()
    # Kept for the next session.
    again = Application(settings, catalog_dir=tmp_path / "none", sample_dir=tmp_path / "s")
    assert abs(point_size() - normal * 2) < 0.01
    again.shutdown()
    application.main_window.normal_text_action.trigger()
    assert settings.text_scale == 100 and abs(point_size() - normal) < 0.01
    application.main_window.smaller_text_action.trigger()
    assert settings.text_scale == 90


def test_high_contrast(qtbot, application, window, settings) -> None:  # type: ignore[no-untyped-def]
    window.contrast_action.trigger()
    assert settings.high_contrast
    palette = QApplication.instance().palette()
    assert palette.color(QPalette.ColorRole.Window).lightness() == 0
    assert palette.color(QPalette.ColorRole.WindowText).lightness() == 255
    contrasted = application.main_window
    assert contrasted.contrast_action.isChecked()
    contrasted.contrast_action.trigger()
    assert not settings.high_contrast
    assert QApplication.instance().palette().color(QPalette.ColorRole.Window).lightness() > 128


def test_large_text_still_fits_the_main_window(qtbot, application, window, settings) -> None:  # type: ignore[no-untyped-def]
    application.set_appearance(text_scale=150)
    large = application.main_window
    large.resize(1280, 800)
    large.show()
    qtbot.waitExposed(large)
    qtbot.waitUntil(lambda: large.people_model.rowCount() == 4)
    select(qtbot, large, "Карпенко")
    death = next(c for c in large.detail.claims if c.kind == "death")
    large.dossier.open_source.emit(death)
    qtbot.waitUntil(lambda: large.workspace.loaded is not None)
    assert misfits(large) == []
    application.set_appearance(text_scale=100)


def test_the_first_start_fits_a_small_screen(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """No saved size yet: the window takes the room the screen has (the offscreen screen is
    800×800, smaller than the 1500×940 it would like), so none of it lies off the screen."""
    room = window.screen().availableGeometry()
    assert room.width() < 1500 and room.height() < 940
    window.show()
    qtbot.waitUntil(lambda: room.contains(window.frameGeometry()))
    # All the room there is, less the frame.
    assert window.frameGeometry().width() >= room.width() - 2
