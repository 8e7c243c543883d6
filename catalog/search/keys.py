"""What the index stores for a name: part keys per person, and key rows per distinct term.

Pure functions: the incremental listener, the bulk rebuild, the migration and the benchmark's
generator all call these, so the index holds the same rows however a person was written.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from functools import lru_cache

from catalog.search.normalize import is_latin, name_term, name_words, uncollapsed_term
from catalog.search.translit import latin_keys, latin_term

# Below this length a one-letter change makes another common name (Ян/Ян), so short keys get
# no typo neighbourhood.
TYPO_MIN_LENGTH = 4
# A name part of several words ("Римский-Корсаков") gives a row per word; bounded per name.
MAX_ROWS_PER_NAME = 8


def deletions(key: str) -> set[str]:
    """The one-letter deletions of a key (empty for short keys)."""
    if len(key) < TYPO_MIN_LENGTH:
        return set()
    return {key[:i] + key[i + 1 :] for i in range(len(key))}


@lru_cache(maxsize=131072)
def word_term(word: str) -> str:
    return latin_term(word) if is_latin(word) else name_term(word)


def part_terms(text: str) -> list[str]:
    """Keys of the words of one name part; [""] for an empty part."""
    terms: list[str] = []
    for word in name_words(text or ""):
        term = word_term(word)
        if term and term not in terms:
            terms.append(term)
    return terms or [""]


def name_rows(
    person_id: int,
    names: Sequence[tuple[int, str, str, str]],
) -> list[tuple[str, str, str, int, int]]:
    """search_names rows for a person: `names` is (variant id or 0, surname, given, patronymic),
    the person's own name first. A variant that keys exactly like an earlier name adds nothing."""
    rows: list[tuple[str, str, str, int, int]] = []
    seen: set[tuple[str, str, str]] = set()
    for variant_id, surname, given, patronymic in names:
        combos = itertools.islice(
            itertools.product(part_terms(surname), part_terms(given), part_terms(patronymic)),
            MAX_ROWS_PER_NAME,
        )
        for combo in combos:
            if combo == ("", "", "") or combo in seen:
                continue
            seen.add(combo)
            rows.append((*combo, person_id, variant_id))
    return rows


def name_bases(names: Sequence[tuple[int, str, str, str]]) -> dict[str, set[str]]:
    """For each key of these names, the forms its key rows are built from: the key itself and,
    for a word with doubled letters, its uncollapsed form."""
    bases: dict[str, set[str]] = {}
    for _variant, *parts in names:
        for part in parts:
            for word in name_words(part or ""):
                term = word_term(word)
                if not term:
                    continue
                forms = bases.setdefault(term, {term})
                if not is_latin(word):
                    uncollapsed = uncollapsed_term(word)
                    if uncollapsed:
                        forms.add(uncollapsed)
    return bases


def term_key_rows(term: str, base: str) -> list[tuple[str, str, str]]:
    """search_keys rows (key, term, base) built from one form of a term."""
    rows = [(base, term, base)]
    rows += [(d, term, base) for d in deletions(base)]
    if base == term and not is_latin(term):
        for index, latin in enumerate(latin_keys(term)):
            rows.append((latin, term, latin))
            if index == 0:
                # Typos are looked for around the first Latin key only (the passport and
                # English spelling, which most schemes share once folded): the neighbourhoods
                # of every scheme would double the dictionary for little gain.
                rows += [(d, term, latin) for d in deletions(latin)]
    return rows
