"""Finding persons by name under any spelling, and ranking them.

A typed query ("Иванов И. И.", "Zerov Mikhail", "Гроссингер") is split into words and initials.
Each word is resolved through the key dictionary (`search_keys`) into the name keys it can stand
for, each with a tier: the same key (spelling, ё, case and gender forms, pre-1918 letters, doubled
consonants), a transliteration, or a typo (one letter added, dropped, changed or swapped, checked
by exact edit distance). The words are then laid onto name parts in the orders people write names
(Фамилия Имя Отчество, Имя Отчество Фамилия, Имя Фамилия), and each arrangement is one indexed
lookup in `search_names`; initials become key ranges on the given name and patronymic.

Candidates are ranked with rapidfuzz: within a tier, the closer the spelling the higher the
score; ties are broken by name. A lookup returns at most `CANDIDATE_CAP` rows per arrangement and
tier, and worse tiers are not looked up once a better one gave enough candidates: a bare common
surname in a huge catalogue yields the best matches among the first few hundred in name order,
and the results say they were cut (`truncated`).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import IntEnum

from rapidfuzz import fuzz
from rapidfuzz.distance import OSA

from catalog.dates import PartialDate, parse_optional_iso
from catalog.search.keys import deletions, word_term
from catalog.search.normalize import (
    WORD,
    QueryToken,
    cyrillic_skeleton,
    fold_cyrillic,
    gender_of,
    initial_of,
    is_cyrillic,
    name_words,
    oblique_term,
    query_terms,
    query_tokens,
    sort_key,
)
from catalog.search.translit import latin_fold, latin_query_terms, spellings

CANDIDATE_CAP = 500
MAX_WORDS = 5  # longer queries are text, not names
# A surname typed so far: the first few hundred keys it may begin are enough for a list.
PREFIX_TERMS = 300
MIN_PREFIX = 2

SURNAME, GIVEN, PATRONYMIC = "surname", "given", "patronymic"
KEY_COLUMN = {SURNAME: "surname_key", GIVEN: "given_key", PATRONYMIC: "patronymic_key"}
WEIGHT = {SURNAME: 1.0, GIVEN: 0.7, PATRONYMIC: 0.5}
INITIAL_WEIGHT = 0.25
VARIANT_FACTOR = 0.99

# The orders in which the words of a name are typed, by number of tokens.
TEMPLATES: dict[int, tuple[tuple[str, ...], ...]] = {
    1: ((SURNAME,), (GIVEN,), (PATRONYMIC,)),
    2: ((SURNAME, GIVEN), (GIVEN, SURNAME), (GIVEN, PATRONYMIC)),
    3: ((SURNAME, GIVEN, PATRONYMIC), (GIVEN, PATRONYMIC, SURNAME)),
}


class Tier(IntEnum):
    SAME_KEY = 0
    TRANSLITERATION = 1
    TYPO = 2


@dataclass(frozen=True)
class PersonHit:
    id: int
    source_id: str | None
    name: str
    score: float
    # The spelling that matched when it is a name variant rather than the name itself.
    matched: str = ""
    birth: PartialDate | None = None


@dataclass
class NameMatches:
    hits: list[PersonHit] = field(default_factory=list)
    truncated: bool = False


def _allowed_typos(length: int) -> int:
    return 1 if length < 8 else 2


@dataclass
class ResolvedToken:
    token: QueryToken
    # key of a name part → tier
    terms: dict[str, Tier] = field(default_factory=dict)

    def add(self, term: str, tier: Tier) -> None:
        if term not in self.terms or tier < self.terms[term]:
            self.terms[term] = tier


def resolve(conn: sqlite3.Connection, tokens: Sequence[QueryToken]) -> list[ResolvedToken]:
    """The name keys each word of the query may stand for, from the key dictionary."""
    wanted: dict[int, list[tuple[str, bool, bool]]] = {}
    lookup: set[str] = set()
    for index, token in enumerate(tokens):
        if token.initial:
            continue
        # A hyphenated word is found by its longest component (rows exist per component).
        word = max(token.parts, key=len)
        latin = not is_cyrillic(word)
        forms = latin_query_terms(word) if latin else query_terms(word)
        # The oblique reading ("Ивановым" as Иванов) comes last; "Максим" read that way gives
        # "Макс", another name, so such a match ranks no higher than a transliteration.
        oblique = (
            forms[-1] if len(forms) > 1 and (latin or forms[-1] == oblique_term(word)) else None
        )
        wanted[index] = [(q, latin, q == oblique) for q in forms]
        for q in forms:
            lookup.add(q)
            lookup.update(deletions(q))
    rows: list[tuple[str, str, str]] = []
    keys = sorted(lookup)
    for start in range(0, len(keys), 500):
        batch = keys[start : start + 500]
        rows += conn.execute(
            f"SELECT key, term, base FROM search_keys WHERE key IN ({','.join('?' * len(batch))})",
            batch,
        ).fetchall()
    by_key: dict[str, list[tuple[str, str]]] = {}
    for key, term, base in rows:
        by_key.setdefault(key, []).append((term, base))

    resolved = [ResolvedToken(token) for token in tokens]
    for index, queries in wanted.items():
        target = resolved[index]
        for q, latin, oblique in queries:
            for key in {q, *deletions(q)}:
                for term, base in by_key.get(key, ()):
                    base_latin = not is_cyrillic(base)
                    if base_latin != latin:
                        continue
                    if base == q:
                        # A typed Latin word equal to a transliteration key; a Cyrillic one
                        # equal to a key or its uncollapsed form; a Latin one equal to a
                        # stored Latin spelling.
                        translit = (latin and term != base) or oblique
                        target.add(term, Tier.TRANSLITERATION if translit else Tier.SAME_KEY)
                    elif OSA.distance(q, base) <= _allowed_typos(len(q)):
                        target.add(term, Tier.TYPO)
    return resolved


@dataclass(frozen=True)
class Candidate:
    person_id: int
    variant_id: int
    template: tuple[str, ...]
    # For a relaxed lookup: the query word that was looked up as the surname.
    lead: int | None = None


def _initial_range(token: QueryToken) -> tuple[str, str] | None:
    if not is_cyrillic(token.text):
        return None  # a Latin initial is checked when ranking
    letter = initial_of(token.text)
    return (letter, chr(ord(letter) + 1)) if letter else None


def _lookup(
    conn: sqlite3.Connection,
    template: tuple[str, ...],
    tokens: Sequence[ResolvedToken],
    cap: int,
    enough: int,
) -> tuple[list[Candidate], bool]:
    """One indexed lookup per tier of the driving word, best tier first, until `enough`
    candidates are found (a worse tier cannot outrank them); returns them and whether cut."""
    covered = range(min(len(template), len(tokens)))
    word_slots = [i for i in covered if not tokens[i].token.initial]
    if not word_slots or any(not tokens[i].terms for i in word_slots):
        return [], False
    if any(tokens[i].token.initial and template[i] == SURNAME for i in covered):
        return [], False
    # Drive by the surname if it is a word, else by the first word in template order.
    order = (SURNAME, GIVEN, PATRONYMIC)
    driver = min(word_slots, key=lambda i: order.index(template[i]))
    found: list[Candidate] = []
    truncated = False
    driver_terms = tokens[driver].terms
    for wanted in Tier:
        if len(found) >= enough:
            break
        terms = [t for t, tier in driver_terms.items() if tier == wanted]
        if not terms:
            continue
        conditions: list[str] = []
        params: list[str | int] = []
        for i, slot in enumerate(template):
            column = KEY_COLUMN[slot]
            token = tokens[i]
            values = terms if i == driver else list(token.terms)
            if token.token.initial:
                bounds = _initial_range(token.token)
                if bounds is not None:
                    conditions.append(f"{column} >= ? AND {column} < ?")
                    params += bounds
                continue
            conditions.append(f"{column} IN ({','.join('?' * len(values))})")
            params += values
        sql = (
            "SELECT person_id, variant_id FROM search_names WHERE "
            + " AND ".join(conditions)
            + " LIMIT ?"
        )
        rows = conn.execute(sql, [*params, cap + 1]).fetchall()
        if len(rows) > cap:
            truncated = True
            rows = rows[:cap]
        found += [Candidate(pid, vid, template) for pid, vid in rows]
    return found, truncated


@dataclass(frozen=True)
class _Name:
    surname: str
    given: str
    patronymic: str

    def part(self, slot: str) -> str:
        return {SURNAME: self.surname, GIVEN: self.given, PATRONYMIC: self.patronymic}[slot]

    @property
    def full(self) -> str:
        return " ".join(p for p in (self.surname, self.given, self.patronymic) if p)


class _Scorer:
    def __init__(self, tokens: Sequence[ResolvedToken]) -> None:
        self.tokens = tokens
        self._spellings: dict[str, tuple[str, ...]] = {}

    def _latin_spellings(self, word: str) -> tuple[str, ...]:
        if word not in self._spellings:
            self._spellings[word] = spellings(word) if is_cyrillic(word) else (latin_fold(word),)
        return self._spellings[word]

    def _written(self, resolved: ResolvedToken, part: str) -> list[tuple[str, Tier]]:
        """The spellings in a name part a word is compared with, each with its best tier."""
        words = name_words(part)
        tiers = [resolved.terms.get(word_term(w)) for w in words]
        if len(resolved.token.parts) > 1:
            # A hyphenated query word is compared with the whole part.
            known = [t for t in tiers if t is not None]
            return [(" ".join(words), min(known))] if known else []
        return [(w, t) for w, t in zip(words, tiers, strict=True) if t is not None]

    def word_score(self, resolved: ResolvedToken, part: str) -> float:
        token = resolved.token
        text = " ".join(token.parts)
        best = 0.0
        for word, tier in self._written(resolved, part):
            if token.latin:
                typed = latin_fold(text)
                similarity = max(fuzz.ratio(typed, s) for s in self._latin_spellings(word)) / 100
                if tier == Tier.SAME_KEY and typed == latin_fold(word):
                    score = 1.0
                elif tier <= Tier.TRANSLITERATION:
                    score = 0.85 + 0.1 * similarity
                else:
                    score = 0.6 + 0.2 * similarity
            else:
                typed, written = fold_cyrillic(text), fold_cyrillic(word)
                similarity = fuzz.ratio(typed, written) / 100
                if typed == written:
                    score = 1.0
                elif tier == Tier.SAME_KEY:
                    # Case forms: "Петровскому" is a man, "Петровской" a woman.
                    typed_gender = gender_of(text)
                    agrees = typed_gender is not None and typed_gender == gender_of(word)
                    score = 0.9 + 0.08 * similarity + (0.01 if agrees else 0.0)
                else:
                    score = 0.6 + 0.2 * similarity
            best = max(best, score)
        return best

    def initial_score(self, token: QueryToken, part: str) -> float:
        words = name_words(part)
        if not words:
            return 0.0
        if is_cyrillic(token.text):
            return 1.0 if initial_of(part) == initial_of(token.text) else 0.0
        letter = latin_fold(token.text)
        return 1.0 if any(s.startswith(letter) for s in self._latin_spellings(words[0])) else 0.0

    def score(self, name: _Name, template: tuple[str, ...]) -> float:
        total = weight_sum = 0.0
        for i, resolved in enumerate(self.tokens):
            if i < len(template):
                slot = template[i]
                if resolved.token.initial:
                    weight, value = (
                        INITIAL_WEIGHT,
                        self.initial_score(resolved.token, name.part(slot)),
                    )
                else:
                    weight, value = WEIGHT[slot], self.word_score(resolved, name.part(slot))
                if value == 0.0:
                    return 0.0  # the row's key matched a different word of a longer part
            else:
                # Words beyond a full name must be found somewhere in it.
                weight = 0.5
                value = max(self.word_score(resolved, name.part(s)) for s in WEIGHT)
            total += weight * value
            weight_sum += weight
        return total / weight_sum if weight_sum else 0.0


def _fetch_names(
    conn: sqlite3.Connection, candidates: Iterable[Candidate]
) -> tuple[
    dict[int, tuple[str | None, _Name, str | None, tuple[str | None, str | None]]],
    dict[int, _Name],
]:
    person_ids = sorted({c.person_id for c in candidates})
    variant_ids = sorted({c.variant_id for c in candidates if c.variant_id})
    persons: dict[int, tuple[str | None, _Name, str | None, tuple[str | None, str | None]]] = {}
    for start in range(0, len(person_ids), 500):
        batch = person_ids[start : start + 500]
        for pid, source_id, surname, given, patronymic, birth, qualifier, end in conn.execute(
            "SELECT id, source_id, surname, given_name, patronymic, birth_date, birth_qualifier, "
            "birth_date_end "
            f"FROM persons WHERE id IN ({','.join('?' * len(batch))})",
            batch,
        ):
            persons[pid] = (source_id, _Name(surname, given, patronymic), birth, (qualifier, end))
    variants: dict[int, _Name] = {}
    for start in range(0, len(variant_ids), 500):
        batch = variant_ids[start : start + 500]
        for vid, surname, given, patronymic in conn.execute(
            "SELECT id, surname, given_name, patronymic FROM name_variants "
            f"WHERE id IN ({','.join('?' * len(batch))})",
            batch,
        ):
            variants[vid] = _Name(surname, given, patronymic)
    return persons, variants


def _templates(tokens: Sequence[ResolvedToken]) -> tuple[tuple[str, ...], ...]:
    count = min(len(tokens), 3)
    return TEMPLATES.get(count, ())


def find_persons(
    conn: sqlite3.Connection, query: str, *, limit: int = 50, cap: int = CANDIDATE_CAP
) -> NameMatches:
    """Persons whose name matches the query, best first (score, then name)."""
    tokens = query_tokens(query)
    if not tokens or len(tokens) > MAX_WORDS or all(t.initial for t in tokens):
        return NameMatches()
    resolved = resolve(conn, tokens)
    candidates: list[Candidate] = []
    truncated = False
    for template in _templates(resolved):
        found, cut = _lookup(conn, template, resolved, cap, limit)
        candidates += found
        truncated |= cut
    if not candidates and sum(not t.token.initial for t in resolved) > 1:
        # No arrangement fits every word: look each word up as a surname on its own; the words
        # left unmatched lower the score.
        for index, token in enumerate(resolved):
            if token.token.initial:
                continue
            # Only a word found as written or transliterated: a typo of one word is too weak.
            sure = ResolvedToken(
                token.token,
                {t: tier for t, tier in token.terms.items() if tier <= Tier.TRANSLITERATION},
            )
            found, cut = _lookup(conn, (SURNAME,), [sure], cap, limit)
            candidates += [
                Candidate(c.person_id, c.variant_id, (SURNAME,), lead=index) for c in found
            ]
            truncated |= cut
    return NameMatches(_rank(conn, resolved, candidates, limit), truncated)


def _rank(
    conn: sqlite3.Connection,
    resolved: Sequence[ResolvedToken],
    candidates: Sequence[Candidate],
    limit: int,
) -> list[PersonHit]:
    persons, variants = _fetch_names(conn, candidates)
    scorers: dict[int | None, _Scorer] = {None: _Scorer(resolved)}
    best: dict[int, tuple[float, str]] = {}
    for candidate in candidates:
        person = persons.get(candidate.person_id)
        if person is None:
            continue
        name = person[1] if not candidate.variant_id else variants.get(candidate.variant_id)
        if name is None:
            continue
        lead = candidate.lead
        if lead not in scorers:
            # The lead word first; the others must be found elsewhere in the name or they
            # lower the score.
            scorers[lead] = _Scorer(
                [resolved[lead], *(t for i, t in enumerate(resolved) if i != lead)]
            )
        value = scorers[lead].score(name, candidate.template)
        if candidate.variant_id:
            value *= VARIANT_FACTOR
        matched = name.full if candidate.variant_id else ""
        if value > 0 and value > best.get(candidate.person_id, (0.0, ""))[0]:
            best[candidate.person_id] = (value, matched)

    def order(item: tuple[int, tuple[float, str]]) -> tuple[float, str, int]:
        name = persons[item[0]][1]
        return (-round(item[1][0], 6), sort_key(name.surname, name.given, name.patronymic), item[0])

    ordered = sorted(best.items(), key=order)
    hits: list[PersonHit] = []
    for pid, (value, matched) in ordered[:limit]:
        source_id, name, birth, (qualifier, end) = persons[pid]
        hits.append(
            PersonHit(
                id=pid,
                source_id=source_id,
                name=name.full,
                score=round(min(value, 1.0), 4),
                matched=matched,
                birth=parse_optional_iso(birth, qualifier, end),
            )
        )
    return hits


def prefix_key(word: str) -> str:
    """The beginning of a name key that a word typed so far stands for (Cyrillic or Latin)."""
    if is_cyrillic(word):
        return cyrillic_skeleton("".join(WORD.findall(fold_cyrillic(word))))
    return latin_fold(word)


def find_by_prefix(conn: sqlite3.Connection, word: str, *, limit: int) -> list[int]:
    """Persons whose surname, or a spelling or transliteration of it, begins with `word` — the
    surname as a person types it into a list's search box ("карп", "Karp" for Карпенко).

    Two range scans along primary keys: the key dictionary for the keys that begin so, then
    `search_names` for the persons named by them."""
    prefix = prefix_key(word)
    if len(prefix) < MIN_PREFIX:
        return []
    terms = [
        row[0]
        for row in conn.execute(
            "SELECT DISTINCT term FROM search_keys WHERE key >= ? AND key < ? AND key = base "
            "LIMIT ?",
            (prefix, prefix + "\uffff", PREFIX_TERMS),
        )
    ]
    found: dict[int, None] = {}
    for start in range(0, len(terms), 500):
        batch = terms[start : start + 500]
        rows = conn.execute(
            "SELECT DISTINCT person_id FROM search_names "
            f"WHERE surname_key IN ({','.join('?' * len(batch))}) LIMIT ?",
            [*batch, limit - len(found)],
        )
        found.update((row[0], None) for row in rows)
        if len(found) >= limit:
            break
    return list(found)
