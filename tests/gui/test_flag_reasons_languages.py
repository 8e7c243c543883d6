"""The flag's reasons in the interface language, Ukrainian included, with links to the claims."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from tests.support.gui import select


def test_flag_reasons_follow_the_interface_language(qtbot, window, application) -> None:  # type: ignore[no-untyped-def]
    expected = {
        "uk": ("Дата смерті, можливо, вигадана (вказівка 108сс)", "• Правило 1, суперечність"),
        "ru": ("Дата смерти, возможно, вымышлена (указание 108сс)", "• Правило 1, противоречие"),
    }
    for language, (title, rule_1) in expected.items():
        application.set_language(language)
        main = application.main_window
        qtbot.waitUntil(lambda main=main: main.people_model.rowCount() == 4)
        select(qtbot, main, "Карпенко")
        card = main.dossier.flag_cards[0]
        card.more.click()
        texts = [label.text() for label in card.findChildren(QLabel)]
        assert title in texts, texts
        reason = next(text for text in texts if text.startswith("• Правило 1"))
        assert reason.startswith(rule_1), reason
        # The claims a reason names («твердження 12») link to the claim and its page.
        assert 'href="claim:' in reason
        others = [t for t in texts if t.startswith("• ")]
        assert not [t for t in others if "Rule " in t or "claim " in t]
