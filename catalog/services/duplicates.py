"""Finding persons recorded twice: candidate pairs by the name keys, scored with their reasons.

Blocking, never all pairs: the search index (`search_names`) holds one row per person and name
variant keyed by surname, given name and patronymic keys; it is read once in key order, so the
persons sharing a surname key arrive together. Within one surname, persons pair when their given
names are one name (the same key, or forms of one name: Ефим/Евфимий, Олександр/Александр) or
one is the other's initial. Names written in Latin letters join the Cyrillic surname they
transliterate (through the key dictionary). Namesakes whose birth years cannot agree are never
paired, so they are never proposed; nor are two whose full patronymics come from differently
named fathers.

Each pair is then scored from 0 to 1: how alike the names are (`catalog.search.name_match`),
birth date and place, documents both are linked to or cited by, and events both are said to
have on the same date. Every point of the score has a reason, in English, Russian or Ukrainian.
"""

from __future__ import annotations

import itertools
import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from rapidfuzz import fuzz

from catalog.dates import PartialDate, parse_optional_iso
from catalog.db import Catalog
from catalog.kinship_words import DUPLICATE_REASONS, say
from catalog.progress import CancelToken, Progress, ProgressCallback, ignore_progress
from catalog.search.given_names import canonical
from catalog.search.name_match import (
    FORMS,
    INITIAL,
    SAME,
    SIMILAR,
    SPELLING,
    TRANSLITERATION,
    Name,
    NameMatch,
    best_match,
    father_key,
)
from catalog.search.normalize import fold_cyrillic
from catalog.vocab import ClaimKind

# A group of persons sharing surname and given name larger than this is split by patronymic
# and birth year before pairing (Иванов Иван in a million-person catalogue).
GROUP_CAP = 60
MIN_SCORE = 0.5
EVENT_KINDS = (ClaimKind.ARREST.value, ClaimKind.EXECUTION.value, ClaimKind.DEATH.value)
_CYRILLIC_START = "\u0400"


@dataclass(frozen=True)
class Reason:
    code: str
    values: tuple[tuple[str, str], ...] = ()

    def text(self, language: str = "en") -> str:
        return say(DUPLICATE_REASONS, self.code, language, **dict(self.values))


@dataclass(frozen=True)
class DuplicatePair:
    a: int
    b: int
    score: float
    reasons: tuple[Reason, ...]
    a_name: str = ""
    b_name: str = ""


@dataclass
class DuplicateReport:
    pairs: list[DuplicatePair] = field(default_factory=list)
    candidates: int = 0  # pairs scored
    truncated: bool = False  # some very large name groups were paired only by birth year


@dataclass
class _Entry:
    person_id: int
    given: str  # canonical given-name key
    patronymic: str
    years: tuple[int, int] | None
    father: str = ""  # the father's given name a full patronymic is made from, in its group


def _entry(pid: int, given: str, patronymic: str, years: tuple[int, int] | None) -> _Entry:
    return _Entry(pid, canonical(given), patronymic, years, _father(patronymic))


@lru_cache(maxsize=65536)
def _father(patronymic_key: str) -> str:
    return father_key(patronymic_key) if len(patronymic_key) > 1 else ""


def _may_match(a: _Entry, b: _Entry) -> bool:
    """Cheap tests before scoring: another person, birth years that can agree, and not the sons
    or daughters of two differently named fathers (Иван Петрович is not Иван Сергеевич)."""
    if a.person_id == b.person_id or not _years_agree(a.years, b.years):
        return False
    return not (a.father and b.father and a.father != b.father)


def _raw(catalog_session: Any) -> sqlite3.Connection:
    return catalog_session.connection().connection.driver_connection


def _years(start: str | None, end: str | None) -> tuple[int, int] | None:
    if not start:
        return None
    return int(start[:4]), int((end or start)[:4])


def _years_agree(a: tuple[int, int] | None, b: tuple[int, int] | None) -> bool:
    return a is None or b is None or (a[0] <= b[1] and b[0] <= a[1])


_ROWS = (
    "SELECT n.surname_key, n.given_key, n.patronymic_key, n.person_id, p.birth_date, "
    "p.birth_date_end FROM search_names n JOIN persons p ON p.id = n.person_id "
)


def _latin_terms(conn: sqlite3.Connection, keys: Iterable[str]) -> dict[str, list[str]]:
    """Cyrillic name keys whose transliteration a Latin key is."""
    found: dict[str, list[str]] = defaultdict(list)
    for key in keys:
        for (term,) in conn.execute(
            "SELECT DISTINCT term FROM search_keys WHERE key = ? AND base = ? AND term <> key",
            (key, key),
        ):
            found[key].append(term)
    return found


def _blocks(conn: sqlite3.Connection) -> Iterator[list[_Entry]]:
    """Persons sharing a surname key, one block at a time, in key order."""
    latin_rows = conn.execute(_ROWS + "WHERE n.surname_key < ?", (_CYRILLIC_START,)).fetchall()
    surnames = _latin_terms(conn, {row[0] for row in latin_rows if row[0]})
    givens = _latin_terms(conn, {row[1] for row in latin_rows if row[1]})
    pending: dict[str, list[_Entry]] = defaultdict(list)
    for surname, given, patronymic, pid, birth, birth_end in latin_rows:
        for term in surnames.get(surname, []) or [surname]:
            for given_term in givens.get(given, []) or [given]:
                pending[term].append(
                    _Entry(pid, canonical(given_term), patronymic, _years(birth, birth_end))
                )
    current: str | None = None
    block: list[_Entry] = []
    for surname, given, patronymic, pid, birth, birth_end in conn.execute(
        _ROWS + "WHERE n.surname_key >= ? ORDER BY n.surname_key", (_CYRILLIC_START,)
    ):
        if surname != current:
            if block:
                yield block + pending.pop(current or "", [])
            current, block = surname, []
        block.append(_entry(pid, given, patronymic, _years(birth, birth_end)))
    if block:
        yield block + pending.pop(current or "", [])
    yield from pending.values()


def _pairs_in(block: list[_Entry], report: DuplicateReport) -> Iterator[tuple[int, int]]:
    by_given: dict[str, list[_Entry]] = defaultdict(list)
    for entry in block:
        by_given[entry.given].append(entry)
    initials = {g: es for g, es in by_given.items() if len(g) == 1}
    for given, entries in by_given.items():
        yield from _pairs_of(entries, report)
        if len(given) > 1 and given[:1] in initials:
            # «Иванов И. П.» pairs with every Иванов whose given name begins with И.
            for a in initials[given[:1]]:
                for b in entries:
                    if _may_match(a, b):
                        yield _ordered(a.person_id, b.person_id)


_Row = tuple[str, int, str, str, tuple[int, int]]  # surname key, person, given, patronymic, years


def _typo_blocks(conn: sqlite3.Connection) -> Iterator[list[_Row]]:
    """Persons sharing given name, patronymic and birth year, one group at a time (read in the
    order of the given-name index): where a surname misread or misprinted by one letter
    (Шевченко / Шевчеко) would otherwise never meet its double, as blocks are by surname.
    Only groups holding more than one surname key are given."""
    current: tuple[str, str] | None = None
    by_year: dict[int, list[_Row]] = defaultdict(list)

    def groups() -> Iterator[list[_Row]]:
        for group in by_year.values():
            if len(group) > 1 and any(row[0] != group[0][0] for row in group):
                yield group

    for surname, given, patronymic, pid, birth, birth_end in conn.execute(
        _ROWS + "WHERE n.given_key >= ? AND length(n.given_key) > 1 AND p.birth_date IS NOT NULL "
        "ORDER BY n.given_key, n.patronymic_key",
        (_CYRILLIC_START,),
    ):
        if (given, patronymic) != current:
            yield from groups()
            current, by_year = (given, patronymic), defaultdict(list)
        years = _years(birth, birth_end)
        if surname and years is not None and years[0] == years[1]:
            by_year[years[0]].append((surname, pid, given, patronymic, years))
    yield from groups()


def _one_letter_apart(group: list[_Row]) -> Iterator[tuple[int, int]]:
    """Pairs of the group whose surname keys differ by one letter left out, added or changed.

    Each key is filed under itself and under each form with one letter deleted: two keys one
    edit apart always share a form (Шевченко and Шевчеко share «шевчеко»; a changed letter
    deletes to the same form at its place). Keys two letters apart may meet too (a letter
    deleted from each); the score decides, as it wants the surnames alike."""
    by_surname: dict[str, list[_Entry]] = defaultdict(list)
    for surname, pid, given, patronymic, years in group:
        by_surname[surname].append(_entry(pid, given, patronymic, years))
    filed: dict[str, set[str]] = defaultdict(set)
    for surname in by_surname:
        if len(surname) > 3:  # Ли / Лю, Ким / Кем: too short to tell a misprint from a name
            filed[surname].add(surname)
            for i in range(len(surname)):
                filed[surname[:i] + surname[i + 1 :]].add(surname)
    compared: set[tuple[str, str]] = set()
    for surnames in filed.values():
        if len(surnames) < 2:
            continue
        for pair in itertools.combinations(sorted(surnames), 2):
            if pair in compared:
                continue
            compared.add(pair)
            for a in by_surname[pair[0]]:
                for b in by_surname[pair[1]]:
                    if _may_match(a, b):
                        yield _ordered(a.person_id, b.person_id)


def _ordered(a: int, b: int) -> tuple[int, int]:
    return (a, b) if a < b else (b, a)


def _pairs_of(entries: list[_Entry], report: DuplicateReport) -> Iterator[tuple[int, int]]:
    if len(entries) < 2:
        return
    if len(entries) > GROUP_CAP:
        # Too many namesakes to pair every two: pair within a patronymic, then within a
        # birth year; the undated in so large a group stay unpaired (said in the report).
        by_patronymic: dict[str, list[_Entry]] = defaultdict(list)
        for entry in entries:
            by_patronymic[entry.patronymic].append(entry)
        if len(by_patronymic) > 1 and max(len(v) for v in by_patronymic.values()) < len(entries):
            for group in by_patronymic.values():
                yield from _pairs_of(group, report)
            return
        by_year: dict[int, list[_Entry]] = defaultdict(list)
        for entry in entries:
            if entry.years is None:
                report.truncated = True
            else:
                by_year[entry.years[0]].append(entry)
        for group in by_year.values():
            if len(group) <= GROUP_CAP:
                yield from _pairs_of(group, report)
            else:
                report.truncated = True
        return
    for i, a in enumerate(entries):
        for b in entries[i + 1 :]:
            if _may_match(a, b):
                yield _ordered(a.person_id, b.person_id)


# -- scoring --------------------------------------------------------------------------------------


@dataclass
class _Person:
    id: int
    names: list[Name]
    sex: str | None
    birth: PartialDate | None
    place: str
    documents: dict[int, str] = field(default_factory=dict)  # id → title
    events: set[tuple[str, str]] = field(default_factory=set)  # (kind, ISO date)


def _chunks(ids: list[int], size: int = 500) -> Iterator[list[int]]:
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


def _load(conn: sqlite3.Connection, ids: list[int]) -> dict[int, _Person]:
    people: dict[int, _Person] = {}
    for batch in _chunks(ids):
        marks = ",".join("?" * len(batch))
        for pid, surname, given, patronymic, sex, birth, qualifier, end, place in conn.execute(
            "SELECT id, surname, given_name, patronymic, sex, birth_date, birth_qualifier, "
            f"birth_date_end, birth_place FROM persons WHERE id IN ({marks})",
            batch,
        ):
            try:
                born = parse_optional_iso(birth, qualifier, end)
            except ValueError:
                born = None
            people[pid] = _Person(pid, [(surname, given, patronymic)], sex, born, place or "")
        for pid, surname, given, patronymic in conn.execute(
            "SELECT person_id, surname, given_name, patronymic FROM name_variants "
            f"WHERE person_id IN ({marks})",
            batch,
        ):
            people[pid].names.append((surname, given, patronymic))
        for pid, document_id, title in conn.execute(
            "SELECT l.person_id, d.id, d.title FROM document_links l JOIN documents d "
            f"ON d.id = l.document_id WHERE l.person_id IN ({marks}) "
            "UNION SELECT c.person_id, d.id, d.title FROM claims c JOIN documents d "
            f"ON d.id = c.document_id WHERE c.person_id IN ({marks})",
            batch + batch,
        ):
            people[pid].documents[document_id] = title or f"№ {document_id}"
        kinds = ",".join("?" * len(EVENT_KINDS))
        for pid, kind, date in conn.execute(
            # The unary + keeps SQLite on the person index: left to itself it takes the
            # (kind, date) index and reads every arrest and death of the catalogue per
            # batch (8 s against 3 ms at a million persons).
            f"SELECT person_id, kind, date FROM claims WHERE person_id IN ({marks}) "
            f"AND +kind IN ({kinds}) AND +date IS NOT NULL AND length(date) = 10",
            [*batch, *EVENT_KINDS],
        ):
            people[pid].events.add((kind, date))
    return people


def _name_text(name: Name) -> str:
    return " ".join(p for p in name if p)


def _name_reasons(match: NameMatch, a: Name, b: Name) -> list[Reason]:
    hows = {match.surname.how, match.given.how, match.patronymic.how}
    reasons: list[Reason] = []
    if hows <= {SAME}:
        return [Reason("same_name", (("name", _name_text(a)),))]
    pair = (("a", _name_text(a)), ("b", _name_text(b)))
    if TRANSLITERATION in hows:
        reasons.append(Reason("transliteration", pair))
    elif SPELLING in hows:
        reasons.append(Reason("spelling", pair))
    if match.surname.how == SIMILAR:
        reasons.append(Reason("similar_surname", (("a", match.surname.a), ("b", match.surname.b))))
    if match.given.how == FORMS:
        reasons.append(Reason("name_forms", (("a", match.given.a), ("b", match.given.b))))
    if INITIAL in hows:
        reasons.append(Reason("initials", pair))
    return reasons


def _place_key(place: str) -> str:
    return " ".join(fold_cyrillic(place).replace(".", " ").replace(",", " ").split())


def score_pair(a: _Person, b: _Person) -> tuple[float, list[Reason]] | None:
    """The pair's score and reasons, or None when it cannot be one person."""
    if a.sex and b.sex and a.sex != b.sex:
        return None
    if (
        a.birth is not None
        and b.birth is not None
        and not _years_agree(
            (a.birth.earliest().year, a.birth.latest().year),
            (b.birth.earliest().year, b.birth.latest().year),
        )
    ):
        return None
    match, name_a, name_b = best_match(a.names, b.names)
    reasons = _name_reasons(match, name_a, name_b)
    score = 0.6 * match.score
    if match.patronymic.how == "different":
        reasons.append(
            Reason("other_patronymic", (("a", match.patronymic.a), ("b", match.patronymic.b)))
        )
        score *= 0.5
    elif match.contradicts:
        return None
    if a.birth is not None and b.birth is not None:
        if a.birth.end is None and b.birth.end is None and a.birth == b.birth and a.birth.day:
            score += 0.25
            reasons.append(Reason("same_birth_date", (("date", a.birth.iso),)))
        elif a.birth.year == b.birth.year and a.birth.end is None and b.birth.end is None:
            score += 0.2
            reasons.append(Reason("same_birth_year", (("year", str(a.birth.year)),)))
        else:
            score += 0.1
            reasons.append(Reason("birth_overlaps", (("a", str(a.birth)), ("b", str(b.birth)))))
    elif a.birth is not None or b.birth is not None:
        reasons.append(Reason("one_birth_unknown"))
    if a.place and b.place:
        if fuzz.token_set_ratio(_place_key(a.place), _place_key(b.place)) >= 85:
            score += 0.1
            reasons.append(Reason("same_birthplace", (("place", a.place),)))
        else:
            score -= 0.05
            reasons.append(Reason("other_birthplace", (("a", a.place), ("b", b.place))))
    shared = sorted(set(a.documents) & set(b.documents))
    if shared:
        score += 0.25
        for document_id in shared[:3]:
            reasons.append(Reason("shared_document", (("title", a.documents[document_id]),)))
    same_events = sorted(a.events & b.events)
    for kind, date in same_events[:2]:
        score += 0.1
        reasons.append(Reason("same_event", (("kind", kind), ("date", date))))
    return max(0.0, min(1.0, round(score, 4))), reasons


def find_duplicates(
    catalog: Catalog,
    *,
    min_score: float = MIN_SCORE,
    limit: int | None = None,
    progress: ProgressCallback = ignore_progress,
    cancel: CancelToken | None = None,
) -> DuplicateReport:
    """Pairs of persons that may be one person, best first (score, then ids)."""
    report = DuplicateReport()
    with catalog.read() as session:
        conn = _raw(session)
        candidates: set[tuple[int, int]] = set()
        for count, block in enumerate(_blocks(conn), start=1):
            if len(block) > 1:
                candidates.update(_pairs_in(block, report))
            if count % 10_000 == 0:
                progress(Progress(count, None, "grouping names"))
                if cancel is not None:
                    cancel.raise_if_cancelled()
        for count, group in enumerate(_typo_blocks(conn), start=1):
            candidates.update(_one_letter_apart(group))
            if count % 10_000 == 0:
                progress(Progress(count, None, "looking for misspelt surnames"))
                if cancel is not None:
                    cancel.raise_if_cancelled()
        report.candidates = len(candidates)
        ordered = sorted(candidates)
        for start in range(0, len(ordered), 5_000):
            if cancel is not None:
                cancel.raise_if_cancelled()
            batch = ordered[start : start + 5_000]
            people = _load(conn, sorted({i for pair in batch for i in pair}))
            for a_id, b_id in batch:
                a, b = people.get(a_id), people.get(b_id)
                if a is None or b is None:
                    continue
                scored = score_pair(a, b)
                if scored is None or scored[0] < min_score:
                    continue
                report.pairs.append(
                    DuplicatePair(
                        a_id,
                        b_id,
                        scored[0],
                        tuple(scored[1]),
                        _name_text(a.names[0]),
                        _name_text(b.names[0]),
                    )
                )
            progress(Progress(min(start + 5_000, len(ordered)), len(ordered), "scoring pairs"))
    report.pairs.sort(key=lambda p: (-p.score, p.a, p.b))
    if limit is not None:
        report.pairs = report.pairs[:limit]
    return report
