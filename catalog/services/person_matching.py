"""The scan finds its person: the persons a document's text names, ranked with the reasons.

A certificate's text names someone («Гражданин Корнилов Фёдор Игнатьевич», «Корнилов Федор
Игнатьевич, 1896 года рождения»). `named_in_document` reads the name and what the text says of
the birth (a birth year, or an age at death with the death date) from the document's pages;
`match_named` finds the persons of the catalogue under any spelling of that name — the search
index's keys take care of ё/е, case forms, pre-1918 letters, doubled consonants and initials, and
rapidfuzz ranks spellings — and then compares the birth: where both the document and the person
give one, the years must agree, so a namesake born in another year is never proposed.

`propose_person` puts both together, with the new person the document would make if nobody
matches. Each match carries its reasons in English, Russian and Ukrainian.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import select

from catalog import models
from catalog.db import Catalog
from catalog.errors import InvalidInput, NotFound
from catalog.extract.propose import extract_page
from catalog.search.names import find_persons
from catalog.search.normalize import fold_cyrillic, gender_of, query_tokens
from catalog.services.persons import PersonFields
from catalog.services.views import PersonSummary, person_summary
from catalog.vocab import ClaimKind

# Below this name score a candidate is another name (a typo of one word scores about 0.8).
MATCH_SCORE = 0.82
# A birth that agrees lifts a match above an equal name whose birth is unknown.
BIRTH_BONUS = 0.05
# Two matches this close are "equally good": nobody is linked without a person choosing.
TIE = 1e-6
CANDIDATES = 30

_AGE = re.compile(r"в\s+возрасте\s+(\d{1,3})", re.IGNORECASE)


@dataclass(frozen=True)
class Reason:
    """Why a person was proposed, in the three languages of the catalogue."""

    code: str
    en: str
    ru: str
    uk: str

    def text(self, language: str) -> str:
        return {"ru": self.ru, "uk": self.uk}.get(language, self.en)


@dataclass(frozen=True)
class NamedInDocument:
    """Who a document's text names, and what it says of their birth."""

    document_id: int
    page_id: int
    name: str  # as the text writes it (nominative, as read)
    surname: str
    given_name: str
    patronymic: str
    # The years the person may have been born in, first and last; None when the text does not say.
    birth_years: tuple[int, int] | None = None
    # "birth" (the text gives the year) or "age" (an age at a dated death).
    birth_from: str = ""


@dataclass(frozen=True)
class PersonMatch:
    person: PersonSummary
    score: float
    reasons: tuple[Reason, ...]


@dataclass(frozen=True)
class PersonProposal:
    document_id: int
    named: NamedInDocument | None
    matches: tuple[PersonMatch, ...]
    # The person the document would make if nobody matches.
    new_person: PersonFields | None

    @property
    def tied(self) -> tuple[PersonMatch, ...]:
        """The matches sharing the best score (more than one: a person must choose)."""
        if not self.matches:
            return ()
        best = self.matches[0].score
        return tuple(m for m in self.matches if best - m.score <= TIE)

    @property
    def best(self) -> PersonMatch | None:
        """The one best match, or None if there is none or several are equally good."""
        tied = self.tied
        return tied[0] if len(tied) == 1 else None


def split_name(name: str) -> tuple[str, str, str]:
    """«Фамилия Имя Отчество» into its parts (extra words stay with the patronymic)."""
    parts = name.split()
    if len(parts) > 3:
        parts = [*parts[:2], " ".join(parts[2:])]
    parts += [""] * (3 - len(parts))
    return parts[0], parts[1], parts[2]


def _birth_from_extraction(claims: list) -> tuple[tuple[int, int] | None, str]:  # type: ignore[type-arg]
    for proposal in claims:
        claim = proposal.claim
        if claim.kind == ClaimKind.BIRTH and claim.date is not None:
            return (claim.date.earliest().year, claim.date.latest().year), "birth"
    for proposal in claims:
        claim = proposal.claim
        age = _AGE.search(f"{claim.note} {proposal.citation.quote}")
        if claim.kind == ClaimKind.DEATH and claim.date is not None and age is not None:
            years = int(age[1])
            # Aged 47 at a death in 1943: born in 1895 (birthday still to come) or 1896.
            return (claim.date.earliest().year - years - 1, claim.date.latest().year - years), "age"
    return None, ""


def named_in_document(catalog: Catalog, document_id: int) -> NamedInDocument | None:
    """The person the document's transcribed text names (the first page that names one)."""
    with catalog.read() as session:
        if session.get(models.Document, document_id) is None:
            raise NotFound("document", document_id)
        pages = list(
            session.scalars(
                select(models.Page.id)
                .where(models.Page.document_id == document_id)
                .order_by(models.Page.seq)
            )
        )
    for page_id in pages:
        try:
            extraction = extract_page(catalog, page_id)
        except InvalidInput:
            continue  # no text on this page yet
        if extraction.name is None:
            continue
        surname, given, patronymic = split_name(extraction.name.value)
        years, source = _birth_from_extraction(list(extraction.claims))
        return NamedInDocument(
            document_id=document_id,
            page_id=page_id,
            name=extraction.name.value,
            surname=surname,
            given_name=given,
            patronymic=patronymic,
            birth_years=years,
            birth_from=source,
        )
    return None


def _person_birth_years(session: object, person_ids: list[int]) -> dict[int, list[tuple[int, int]]]:
    """Each person's possible birth years: the person's own birth field and their birth claims."""
    found: dict[int, list[tuple[int, int]]] = {}
    persons = session.scalars(  # type: ignore[attr-defined]
        select(models.Person).where(models.Person.id.in_(person_ids))
    )
    for person in persons:
        birth = person.birth
        if birth is not None:
            found.setdefault(person.id, []).append(_years(birth))
    claims = session.scalars(  # type: ignore[attr-defined]
        select(models.Claim).where(
            models.Claim.person_id.in_(person_ids),
            models.Claim.kind == ClaimKind.BIRTH.value,
            models.Claim.date.is_not(None),
        )
    )
    for claim in claims:
        found.setdefault(claim.person_id, []).append(_years(claim.when))
    return found


def _years(date: object) -> tuple[int, int]:
    first, last = date.earliest().year, date.latest().year  # type: ignore[attr-defined]
    if date.qualifier.value == "about":  # type: ignore[attr-defined]
        first, last = first - 2, last + 2
    return first, last


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def _span(years: tuple[int, int]) -> str:
    return str(years[0]) if years[0] == years[1] else f"{years[0]}–{years[1]}"


def _name_reason(named: NamedInDocument, person: PersonSummary, matched: str) -> Reason:
    written = fold_cyrillic(named.name)
    if written == fold_cyrillic(person.full_name):
        if named.name == person.full_name:
            return Reason("name_same", "the same name", "то же имя", "те саме ім'я")
        return Reason(
            "name_same_letters",
            f"the same name written «{named.name}» (ё/е, capitals)",
            f"то же имя в написании «{named.name}» (ё/е, прописные)",
            f"те саме ім'я в написанні «{named.name}» (ё/е, великі літери)",
        )
    if matched:
        return Reason(
            "name_variant",
            f"«{named.name}» is a recorded spelling of the name: «{matched}»",
            f"«{named.name}» — записанный вариант имени: «{matched}»",
            f"«{named.name}» — записаний варіант імені: «{matched}»",
        )
    if any(token.initial for token in query_tokens(named.name)):
        return Reason(
            "name_initials",
            f"«{named.name}»: the surname agrees and the initials fit",
            f"«{named.name}»: фамилия совпадает, инициалы подходят",
            f"«{named.name}»: прізвище збігається, ініціали підходять",
        )
    return Reason(
        "name_spelling",
        f"«{named.name}» is another spelling or case form of «{person.full_name}»",
        f"«{named.name}» — другое написание или падежная форма «{person.full_name}»",
        f"«{named.name}» — інше написання або відмінкова форма «{person.full_name}»",
    )


def _birth_reason(named: NamedInDocument, years: tuple[int, int]) -> Reason:
    document = named.birth_years
    assert document is not None
    if named.birth_from == "age":
        return Reason(
            "birth_age",
            f"born {_span(years)}; the age the document gives at death agrees "
            f"(born {_span(document)})",
            f"родился в {_span(years)} г.; возраст на момент смерти в документе согласуется "
            f"(рождение в {_span(document)} г.)",
            f"народився {_span(years)} р.; вік на час смерті в документі узгоджується "
            f"(народження {_span(document)} р.)",
        )
    return Reason(
        "birth_year",
        f"born {_span(years)}, as the document says ({_span(document)})",
        f"родился в {_span(years)} г., как и в документе ({_span(document)})",
        f"народився {_span(years)} р., як і в документі ({_span(document)})",
    )


_NO_BIRTH = Reason(
    "birth_unknown",
    "no birth year on one side to compare: the match rests on the name",
    "год рождения известен не с обеих сторон: совпадение только по имени",
    "рік народження відомий не з обох боків: збіг лише за ім'ям",
)


def match_named(catalog: Catalog, named: NamedInDocument, *, limit: int = 10) -> list[PersonMatch]:
    """The persons who may be the one the document names, best first.

    A candidate needs the name (any spelling) and, where both the document and the person give a
    birth year or an age, years that agree; namesakes born in other years are left out.
    """
    with catalog.read() as session:
        conn = session.connection().connection.driver_connection
        hits = [h for h in find_persons(conn, named.name, limit=CANDIDATES).hits]
        hits = [h for h in hits if h.score >= MATCH_SCORE]
        births = _person_birth_years(session, [h.id for h in hits])
        people = {
            p.id: person_summary(p)
            for p in session.scalars(
                select(models.Person).where(models.Person.id.in_([h.id for h in hits]))
            )
        }
    matches = []
    for hit in hits:
        person = people.get(hit.id)
        if person is None:
            continue
        reasons = [_name_reason(named, person, hit.matched)]
        score = hit.score
        known = births.get(hit.id, [])
        if named.birth_years is not None and known:
            agreeing = [years for years in known if _overlap(years, named.birth_years)]
            if not agreeing:
                continue  # a namesake born in another year
            reasons.append(_birth_reason(named, agreeing[0]))
            score += BIRTH_BONUS
        else:
            reasons.append(_NO_BIRTH)
        sex = gender_of(named.patronymic) if named.patronymic else None
        if sex is not None and person.sex is not None and sex != person.sex:
            continue  # «Ивановна» is not Иван Иванович's daughter's namesake: another person
        matches.append(PersonMatch(person, round(score, 4), tuple(reasons)))
    matches.sort(key=lambda m: (-m.score, m.person.full_name, m.person.id))
    return matches[:limit]


def new_person_fields(named: NamedInDocument) -> PersonFields:
    """The person the document would make: the name as read; the birth year where the text
    gives it (an age at death leaves two possible years, so the birth stays open)."""
    birth = None
    if named.birth_years is not None and named.birth_from == "birth":
        first, last = named.birth_years
        birth = str(first) if first == last else None
    sex = gender_of(named.patronymic) if named.patronymic else None
    return PersonFields(
        surname=named.surname,
        given_name=named.given_name,
        patronymic=named.patronymic,
        sex=sex,
        birth=birth,
    )


def propose_person(catalog: Catalog, document_id: int) -> PersonProposal:
    """Who the document names, the matching persons (ranked, with reasons), and the new person
    it would make. A document whose text names nobody gives `named=None` and no matches."""
    named = named_in_document(catalog, document_id)
    if named is None:
        return PersonProposal(document_id, None, (), None)
    matches = tuple(match_named(catalog, named))
    return PersonProposal(document_id, named, matches, new_person_fields(named))
