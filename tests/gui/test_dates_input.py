"""Dates typed into the claim and person dialogs, and dates found in quoted words."""

from __future__ import annotations

import pytest

from catalog.errors import InvalidDate
from desktop.dates_input import guess_date, parse_date_input


@pytest.mark.parametrize(
    ("typed", "iso"),
    [
        ("1937-10-20", "1937-10-20"),
        ("20.10.1937", "1937-10-20"),
        ("20/10/1937", "1937-10-20"),
        ("1.6.44", "1944-06-01"),
        ("10.1937", "1937-10"),
        ("1937", "1937"),
        ("1937 г.", "1937"),
        (" ", None),
    ],
)
def test_typed_dates(typed: str, iso: str | None) -> None:
    value = parse_date_input(typed)
    assert (value.iso if value else None) == iso


@pytest.mark.parametrize("typed", ["31.02.1937", "весной", "1937-13"])
def test_impossible_dates_are_refused(typed: str) -> None:
    with pytest.raises(InvalidDate):
        parse_date_input(typed)


def test_dates_found_in_quotes() -> None:
    assert guess_date("выдано 16.05.1990 г.").iso == "1990-05-16"
    assert guess_date("умер в 1943 г.").iso == "1943"
    assert guess_date("20 октября") is None


@pytest.mark.parametrize("language", ["en", "ru", "uk"])
def test_one_date_form_shown_and_typed_back(language: str, application) -> None:  # type: ignore[no-untyped-def]
    from catalog.dates import PartialDate
    from catalog.vocab import Qualifier
    from desktop import labels

    application.translations.install(language)
    for value, shown in (
        (PartialDate(1937, 10, 20), "20.10.1937"),
        (PartialDate(1937, 10), "10.1937"),
        (PartialDate(1937), "1937"),
    ):
        # The dossier, the timeline and the dialogs' fields write a date the same way, and
        # what a field shows reads back as the same date.
        assert labels.date(value) == labels.date_field(value) == shown
        assert parse_date_input(labels.date_field(value)) == value
    about = PartialDate(1899, qualifier=Qualifier.ABOUT)
    assert labels.date(about).endswith("1899") and labels.date(about) != "1899"
