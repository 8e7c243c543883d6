"""Property tests: the date parser and the record parser take any text without crashing or
hanging, and what they return is well-formed."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from catalog.dates import PartialDate
from catalog.text import find_dates, parse_date, parse_record

# Text made of what records are made of: Cyrillic (old letters and Roman-numeral look-alikes
# included), digits, Roman numerals, the punctuation of dates and labels, and spaces.
ALPHABET = (
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯѣіѳѵІѴХ"
    '0123456789IVXLCDM .,:;-/()"«»№\n'
)
record_like = st.text(alphabet=ALPHABET, max_size=400)
words = st.sampled_from(
    [
        "Родился",
        "в",
        "1896",
        "г.,",
        "Арестован",
        "15",
        "ноября",
        "1937",
        "Приговорен:",
        "Тройка",
        "при",
        "УНКВД",
        "обв.:",
        "58-10",
        "Приговор:",
        "расстрел",
        "Расстрелян",
        "21.02.38",
        "19/ѴІІІ-34",
        "Реабилитирован",
        "ВМН",
        "(",
        ")",
        ";",
        "\n",
        "Умер",
        "ИТЛ",
    ]
)
sentences = st.lists(words, max_size=60).map(" ".join)

FUZZ = settings(max_examples=300, deadline=5000, suppress_health_check=[HealthCheck.too_slow])


@FUZZ
@given(text=st.one_of(record_like, sentences))
def test_dates_are_parsed_or_refused_never_a_crash(text: str) -> None:
    parsed = parse_date(text)
    if parsed is not None:
        assert isinstance(parsed.date, PartialDate)
        assert 0 <= parsed.start < parsed.end <= len(text)
    for found in find_dates(text):
        assert isinstance(found.date, PartialDate)
        assert text[found.start : found.end] == found.text


@FUZZ
@given(text=st.one_of(record_like, sentences))
def test_records_are_parsed_without_dropping_text_or_crashing(text: str) -> None:
    record = parse_record(text)
    # Whatever could not be read is kept, never lost.
    for leftover in record.unparsed:
        assert leftover.strip()
