"""Fields of certificates read from their transcribed text.

A Soviet death certificate (свидетельство о смерти, also повторное) is a printed form filled in
by hand: «Гражданин(ка) ___ умер(ла) ___ 19__ г. в возрасте __ лет, о чем в книге записей актов
гражданского состояния о смерти 19__ года ___ месяца __ числа произведена запись за № ___.
Причина смерти ___. Место смерти: город, селение ___ район ___ область ___. Место регистрации ___.
Дата выдачи ___. Серия ___ № ___». Rehabilitation certificates and archival replies are prose
(«арестован … осужден тройкой … к ВМН. Приговор приведен в исполнение … Реабилитирован …»),
read with the same recognisers as record texts.

Every finder returns spans of the *original* transcription text, so that the caller can find the
words (and their boxes) each proposed claim rests on.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field

from catalog.text.dates import find_dates
from catalog.text.record import parse_record
from catalog.text.record_model import ParsedClaim
from catalog.text.textmap import TextMap, clean
from catalog.vocab import ClaimKind, DocumentKind

_I = re.IGNORECASE

# Labels of the printed death-certificate form; a value runs up to the next label.
_FORM_LABELS = (
    r"причина\s+смерти|место\s+смерти|место\s+регистрации|дата\s+выдачи|о\s+ч[её]м\s+в\s+книге|"
    r"серия\b|в\s+возрасте|умер\s*\(?ла\)?|умерла|умер\b|гражданин|гражданка|свидетельство|"
    r"заведующий|руководитель|подпись|м\.\s*п\.|наименование"
)
_NEXT_LABEL = re.compile(_FORM_LABELS, _I)


@dataclass(frozen=True)
class FoundField:
    """A value found in the text, with the spans (original offsets) it was read from."""

    name: str
    value: str
    spans: tuple[tuple[int, int], ...]


@dataclass(frozen=True)
class Found:
    kind: str
    claims: tuple[ParsedClaim, ...] = ()
    document_fields: tuple[FoundField, ...] = ()
    name: FoundField | None = None
    unread: tuple[str, ...] = field(default=())


def document_kind(text: str, declared: str = "") -> str:
    """The kind of certificate a text is, unless the document already says."""
    if declared in (
        DocumentKind.DEATH_CERTIFICATE,
        DocumentKind.DEATH_NOTICE,
        DocumentKind.REHABILITATION_CERTIFICATE,
        DocumentKind.ARCHIVAL_REPLY,
    ):
        return declared
    lowered = clean(text).text.lower()
    if re.search(r"свидетельство\s+о\s+смерти|свідоцтво\s+про\s+смерть", lowered):
        return DocumentKind.DEATH_CERTIFICATE.value
    if re.search(r"извещени\w*", lowered) and "смерт" in lowered:
        return DocumentKind.DEATH_NOTICE.value
    if re.search(r"архивн\w+\s+справк|архівн\w+\s+довідк|материал\w+\s+архивн", lowered):
        return DocumentKind.ARCHIVAL_REPLY.value
    if re.search(r"реабилитирован|реабілітован", lowered):
        return DocumentKind.REHABILITATION_CERTIFICATE.value
    return declared or DocumentKind.OTHER.value


def _value_after(
    mapped: TextMap, label: re.Match[str], *, lines: int = 1
) -> tuple[int, int] | None:
    """The value written after a printed label: the rest of its line (or the next line if that
    is empty), up to the next label, at most `lines` lines."""
    text = mapped.text
    start = label.end()
    while start < len(text) and text[start] in " \t:—–-_.":
        start += 1
    if start < len(text) and text[start] == "\n":
        start += 1
    end = start
    taken = 0
    while end < len(text) and taken < lines:
        newline = text.find("\n", end)
        end = len(text) if newline < 0 else newline
        taken += 1
        if taken < lines and end < len(text):
            end += 1
    following = _NEXT_LABEL.search(text, start, end)
    if following is not None:
        end = following.start()
    while end > start and text[end - 1] in " \t\n,.;_":
        end -= 1
    if end <= start:
        return None
    return start, end


def _original(mapped: TextMap, start: int, end: int) -> tuple[int, int]:
    return mapped.span(start, end)


_NAME = r"[А-ЯЁ][а-яёА-ЯЁ'’-]+(?:\s+[А-ЯЁ][а-яёА-ЯЁ'’-]+){1,2}"
_NAME_AFTER_LABEL = re.compile(
    rf"(?:гражданин\s*\(ка\)|гражданка|гражданин|гр-н|гр-ка|гр\.|фамилия,?\s+имя,?\s+отчество)"
    rf"\s*[:\-—]?\s*(?P<name>{_NAME})",
    _I,
)
_NAME_WITH_BIRTH = re.compile(
    rf"(?P<name>{_NAME}),?\s+\d{{4}}\s*(?:г\.?\s*р\.?|года\s+рождения|г\.\s*рожд)", _I
)


def find_name(mapped: TextMap) -> FoundField | None:
    for pattern in (_NAME_AFTER_LABEL, _NAME_WITH_BIRTH):
        match = pattern.search(mapped.text)
        if match is not None:
            name = " ".join(match["name"].split())
            words = name.split()
            if words[0].isupper() and len(words[0]) > 1:
                words[0] = words[0][0] + words[0][1:].lower()
            return FoundField(
                "name",
                " ".join(words),
                (_original(mapped, match.start("name"), match.end("name")),),
            )
    return None


# The printed parts of the «место смерти» graph; a value made only of them is a blank.
_FORM_WORDS_ONLY = re.compile(
    r"^(?:[\s,.;:—–_-]|город|селение|район|область|край|республика|нас\.?\s*пункт)*$", _I
)
_DIED = re.compile(r"умер\s*\(?ла\)?|умерла|умер\b|скончал(?:ся|ась)|помер(?:ла)?", _I)
_AGE = re.compile(r"в\s+возрасте\s+(\d{1,3})\s*(?:лет|года|год)", _I)
_CAUSE = re.compile(r"причина\s+смерти", _I)
_PLACE = re.compile(r"место\s+смерти", _I)
_RECORD = re.compile(
    r"о\s+ч[её]м\s+в\s+книге|произведена\s+запись|запись\s+акта|актов\w+\s+запис", _I
)
_RECORD_NUMBER = re.compile(r"(?:запись|запис\w+)\s+(?:за\s+)?№\s*(?P<n>\d+)|№\s*(?P<n2>\d+)", _I)
_REGISTRY = re.compile(r"место\s+регистрации", _I)
_REGISTRY_NAME = re.compile(
    r"(?:бюро|отдел\w*|орган\w*)\s+(?:записи\s+актов\s+гражданского\s+состояния|ЗАГС)[^\n]*", _I
)
_ISSUED = re.compile(r"дата\s+выдачи|выдано|выдан\b", _I)
_SERIES = re.compile(
    r"серия\s*(?P<s>[IVXІѴХ1lI]{1,4}\s*[-–]?\s*[А-ЯЁ]{2})\s*№?\s*(?P<n>\d{5,7})?", _I
)


def _first_date(mapped: TextMap, start: int, limit: int = 160):  # type: ignore[no-untyped-def]
    window = mapped.text[start : start + limit]
    dates = find_dates(window)
    return dates[0] if dates else None


def death_certificate(text: str) -> Found:
    """Name, death date, age, cause and place of death, the act record, the registry office,
    the issue date and the series of a death certificate."""
    mapped = clean(text)
    claims: list[ParsedClaim] = []
    document_fields: list[FoundField] = []
    name = find_name(mapped)

    died = _DIED.search(mapped.text)
    death_spans: list[tuple[int, int]] = []
    death_date = None
    note = ""
    if died is not None:
        date = _first_date(mapped, died.end())
        if date is not None:
            death_date = date.date
            death_spans.append(_original(mapped, died.start(), died.end() + date.end))
    age = _AGE.search(mapped.text)
    if age is not None:
        note = f"в возрасте {age[1]} лет"
        death_spans.append(_original(mapped, age.start(), age.end()))
    cause = ""
    label = _CAUSE.search(mapped.text)
    if label is not None and (span := _value_after(mapped, label)) is not None:
        cause = " ".join(mapped.text[span[0] : span[1]].split())
        death_spans.append(_original(mapped, label.start(), span[1]))
    place = ""
    label = _PLACE.search(mapped.text)
    if label is not None and (span := _value_after(mapped, label, lines=3)) is not None:
        place = " ".join(mapped.text[span[0] : span[1]].split())
        if _FORM_WORDS_ONLY.match(place):
            place = ""  # only the printed words of the form: the place was left blank
        death_spans.append(_original(mapped, label.start(), span[1]))
    if death_spans:
        claims.append(
            ParsedClaim(
                kind=ClaimKind.DEATH,
                date=death_date,
                place=place,
                cause=cause,
                note=note,
                spans=tuple(death_spans),
            )
        )

    registry = ""
    registry_spans: tuple[tuple[int, int], ...] = ()
    label = _REGISTRY.search(mapped.text)
    if label is not None and (span := _value_after(mapped, label, lines=2)) is not None:
        registry = " ".join(mapped.text[span[0] : span[1]].split())
        registry_spans = (_original(mapped, label.start(), span[1]),)
    else:
        office = _REGISTRY_NAME.search(mapped.text)
        if office is not None:
            registry = " ".join(office.group().split())
            registry_spans = (_original(mapped, office.start(), office.end()),)
    if registry:
        document_fields.append(FoundField("issuer", registry, registry_spans))

    record = _RECORD.search(mapped.text)
    if record is not None:
        window_start = record.start()
        number = _RECORD_NUMBER.search(mapped.text, window_start, window_start + 260)
        window_end = number.end() if number else min(len(mapped.text), window_start + 200)
        dates = find_dates(mapped.text[window_start:window_end])
        act_date = dates[0].date if dates else None
        numbered = (number["n"] or number["n2"]) if number else ""
        if act_date is not None or numbered:
            claims.append(
                ParsedClaim(
                    kind=ClaimKind.OTHER,
                    date=act_date,
                    body=registry,
                    note="запись акта о смерти" + (f" № {numbered}" if numbered else ""),
                    spans=(_original(mapped, window_start, window_end),),
                )
            )
            if act_date is not None:
                document_fields.append(
                    FoundField(
                        "act_record",
                        act_date.iso,
                        (_original(mapped, window_start, window_end),),
                    )
                )
    label = _ISSUED.search(mapped.text)
    if label is not None:
        date = _first_date(mapped, label.end(), 60)
        if date is not None:
            document_fields.append(
                FoundField(
                    "issued",
                    date.date.iso,
                    (_original(mapped, label.start(), label.end() + date.end),),
                )
            )
    series = _SERIES.search(mapped.text)
    if series is not None:
        value = re.sub(r"\s+", "", series["s"]) + (f" № {series['n']}" if series["n"] else "")
        document_fields.append(
            FoundField("series", value, (_original(mapped, series.start(), series.end()),))
        )
    return Found(
        DocumentKind.DEATH_CERTIFICATE.value,
        tuple(claims),
        tuple(document_fields),
        name,
    )


_ISSUER_START = re.compile(
    r"ПРОКУРАТУР|УПРАВЛЕНИ|ФСБ|КГБ|СБУ|МВД|УВД|АРХИВ|СУД|ТРИБУНАЛ|КОЛЛЕГИ|МИНИСТЕРСТВ|КОМИТЕТ|"
    r"СЛУЖБ|ДЕПАРТАМЕНТ|ИНФОРМАЦИОННЫЙ|ЦЕНТР|ГЛАВН",
)
_TITLE_LINE = re.compile(r"^\s*(?:АРХИВНАЯ\s+)?СПРАВКА\b|^\s*ДОВІДКА|^\s*ИЗВЕЩЕНИЕ", re.IGNORECASE)


def _lines(text: str) -> list[tuple[int, int]]:
    spans = []
    position = 0
    for line in text.split("\n"):
        spans.append((position, position + len(line)))
        position += len(line) + 1
    return spans


def _header(text: str) -> list[tuple[int, int]]:
    """The lines above the certificate's prose: issuer, number and date, title. The prose
    begins after the title line («СПРАВКА»), or at the first line that reads like prose."""
    header = []
    for start, end in _lines(text):
        line = text[start:end]
        if len(re.findall(r"[а-яё]+", line)) > 6:  # the prose has begun
            break
        header.append((start, end))
        if _TITLE_LINE.match(line):
            break
    return header


_WRAPPED_LINE_END = re.compile(r"(?<![.;:\s])([ \t]*)\n")


def _as_running_text(text: str, header: list[tuple[int, int]]) -> str:
    """The prose below the header with the line breaks inside its sentences read as spaces: a
    typed certificate wraps sentences (and the dates in them) across lines. A break after a full
    stop stays: there a statement ends. Same length, so offsets still hold."""
    body_start = header[-1][1] + 1 if header else 0
    body = _WRAPPED_LINE_END.sub(lambda found: found[1] + " ", text[body_start:])
    return text[:body_start] + body


def _issuer(mapped: TextMap, header: list[tuple[int, int]]) -> FoundField | None:
    """Capitalised lines at the top, from the first that names an organisation."""
    text = mapped.text
    taken: list[tuple[int, int]] = []
    for start, end in header:
        line = text[start:end].strip()
        if not line:
            continue
        capital = line.upper() == line and re.search(r"[А-ЯЁ]{3}", line)
        if _TITLE_LINE.match(line) or re.search(r"\d", line) or not capital:
            if taken:
                break
            continue
        if taken or _ISSUER_START.search(line):
            taken.append((start, end))
    if not taken:
        return None
    value = " ".join(" ".join(text[a:b].split()) for a, b in taken)
    return FoundField("issuer", value, (_original(mapped, taken[0][0], taken[-1][1]),))


def _issued(mapped: TextMap, header: list[tuple[int, int]]) -> FoundField | None:
    """The date of issue written in the header («12.03.1992 № 13-4567», «от 12.03.1992 г.»)."""
    for start, end in header:
        line = mapped.text[start:end]
        if re.search(r"рожд|г\.\s*р\.", line, re.IGNORECASE):
            continue
        dates = find_dates(line)
        if dates:
            date = dates[0]
            return FoundField(
                "issued",
                date.date.iso,
                (_original(mapped, start + date.start, start + date.end),),
            )
    return None


def prose_certificate(text: str, kind: str) -> Found:
    """A rehabilitation certificate or an archival reply: the events it states, the person's
    name, the issuing body and the date of issue."""
    mapped = clean(text)
    header = _header(mapped.text)
    parsed = parse_record(_as_running_text(mapped.text, header))
    claims = []
    for claim in parsed.claims:
        spans = tuple(_original(mapped, start, end) for start, end in claim.spans)
        claims.append(dataclasses.replace(claim, spans=spans))
    document_fields = [
        found for found in (_issuer(mapped, header), _issued(mapped, header)) if found is not None
    ]
    return Found(
        kind,
        tuple(claims),
        tuple(document_fields),
        find_name(mapped),
        parsed.unparsed,
    )


def read_certificate(text: str, declared_kind: str = "") -> Found:
    kind = document_kind(text, declared_kind)
    if kind in (DocumentKind.DEATH_CERTIFICATE, DocumentKind.DEATH_NOTICE):
        found = death_certificate(text)
        return Found(kind, found.claims, found.document_fields, found.name)
    return prose_certificate(text, kind)
