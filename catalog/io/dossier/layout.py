"""The dossier's typography and its sections, as ReportLab flowables.

Calm and printable: PT Serif for reading, PT Sans for small labels, black on white with one muted
red reserved for what the family must not miss (a death date that may be invented, and the
frames around cited passages). The official record and the archive's account stand side by side.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from catalog.io import labels
from catalog.io.dossier.content import Dossier
from catalog.io.dossier.strings import t
from catalog.io.fonts import SANS, SERIF
from catalog.services.views import ClaimView, FlagView

INK = colors.HexColor("#1f1f1f")
MUTED = colors.HexColor("#5c5c5c")
RULE = colors.HexColor("#b9b4ab")
ACCENT = colors.HexColor("#7a1f1f")
TOLD_BG = colors.HexColor("#f5efe6")
ARCHIVE_BG = colors.HexColor("#edf1ee")
FLAGGED_BG = colors.HexColor("#f7eceb")

FALSIFIED = "likely_falsified_death"


def _table_style(commands: list[tuple]) -> TableStyle:  # type: ignore[type-arg]
    # Tables set their cells' font even around flowables: name an embedded one, or every page
    # would also reference Helvetica, which is not embedded.
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), SERIF), *commands])


def styles() -> dict[str, ParagraphStyle]:
    body = ParagraphStyle(
        "body", fontName=SERIF, fontSize=10.5, leading=15, textColor=INK, bulletFontName=SERIF
    )
    return {
        "body": body,
        "kicker": ParagraphStyle(
            "kicker", parent=body, fontName=SANS, fontSize=8.5, leading=11,
            textColor=MUTED, textTransform="uppercase",
        ),
        "name": ParagraphStyle(
            "name", parent=body, fontName=f"{SERIF}-Bold", fontSize=25, leading=30,
            spaceBefore=2, spaceAfter=4,
        ),
        "lifeline": ParagraphStyle(
            "lifeline", parent=body, fontSize=14, leading=18, textColor=MUTED, spaceAfter=10
        ),
        "h1": ParagraphStyle(
            "h1", parent=body, fontName=f"{SANS}-Bold", fontSize=13.5, leading=17,
            spaceBefore=16, spaceAfter=7, keepWithNext=1,
        ),
        "h2": ParagraphStyle(
            "h2", parent=body, fontName=f"{SANS}-Bold", fontSize=10.5, leading=14,
            spaceBefore=9, spaceAfter=3, keepWithNext=1,
        ),
        "label": ParagraphStyle(
            "label", parent=body, fontName=SANS, fontSize=8, leading=10.5,
            textColor=MUTED, textTransform="uppercase",
        ),
        "small": ParagraphStyle("small", parent=body, fontSize=8.8, leading=12, textColor=MUTED),
        "small_ink": ParagraphStyle("small_ink", parent=body, fontSize=9.2, leading=12.4),
        "strong": ParagraphStyle("strong", parent=body, fontName=f"{SERIF}-Bold"),
        "h3": ParagraphStyle(
            "h3", parent=body, fontName=f"{SERIF}-Bold", fontSize=9.6, leading=12.6,
            spaceBefore=2,
        ),
        "cell": ParagraphStyle("cell", parent=body, fontSize=9.3, leading=12.4, alignment=TA_LEFT),
        "cell_date": ParagraphStyle(
            "cell_date", parent=body, fontName=f"{SERIF}-Bold", fontSize=9.3, leading=12.4
        ),
        "big_date": ParagraphStyle(
            "big_date", parent=body, fontName=f"{SERIF}-Bold", fontSize=17, leading=21,
            spaceBefore=3, spaceAfter=3,
        ),
        "flag_note": ParagraphStyle(
            "flag_note", parent=body, fontName=f"{SERIF}-Italic", fontSize=8.8, leading=11.5,
            textColor=ACCENT,
        ),
        "bullet": ParagraphStyle(
            "bullet", parent=body, leftIndent=12, bulletIndent=0, spaceAfter=3
        ),
        "transcript": ParagraphStyle("transcript", parent=body, fontSize=9.8, leading=13.6),
    }  # fmt: skip


def p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text), style)


def pm(markup: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph whose text is markup already (values escaped by the caller)."""
    return Paragraph(markup, style)


def full_name(dossier: Dossier) -> str:
    return dossier.person.summary.full_name or "—"


def _female(dossier: Dossier) -> bool:
    return dossier.person.summary.sex == "f"


def falsified_flags(dossier: Dossier) -> list[FlagView]:
    return [f for f in dossier.flags if f.kind == FALSIFIED]


def flagged_claim_ids(dossier: Dossier) -> set[int]:
    ids: set[int] = set()
    for flag in falsified_flags(dossier):
        if flag.claim_id is not None:
            ids.add(flag.claim_id)
        else:
            ids.update(c.id for c in dossier.claims if c.id in flag.evidence and c.kind == "death")
    return ids


def life_dates(dossier: Dossier, language: str) -> str:
    birth = labels.format_date(dossier.person.summary.birth, language)
    executions = [c for c in dossier.claims if c.kind == "execution" and c.date]
    deaths = [c for c in dossier.claims if c.kind == "death" and c.date]
    end = ""
    if executions:
        end = labels.format_date(executions[0].date, language)
    elif deaths and len({c.date for c in deaths}) == 1:
        end = labels.format_date(deaths[0].date, language)
    if not birth and not end:
        return ""
    return f"{birth or '?'} — {end or '?'}"


def source_text(claim: ClaimView, language: str) -> str:
    if claim.document_id is None:
        return t("conclusion", language)
    title = claim.document_title or labels.document_kind(claim.document_kind, language)
    parts = [title]
    if claim.document_issued is not None:
        parts.append(labels.format_date(claim.document_issued, language))
    if claim.page_seq is not None:
        parts.append(f"{t('page_short', language)} {claim.page_seq}")
    return ", ".join(parts)


def claim_details(claim: ClaimView, language: str) -> list[str]:
    details = []
    if claim.place:
        details.append(f"{t('place', language)}: {claim.place}")
    if claim.body:
        details.append(f"{t('body', language)}: {claim.body}")
    if claim.article:
        details.append(f"{t('article', language)}: {claim.article}")
    if claim.sentence:
        details.append(f"{t('sentenced', language)}: {claim.sentence}")
    if claim.cause:
        details.append(f"{t('cause', language)}: {claim.cause}")
    if claim.basis:
        details.append(f"{t('basis', language)}: {claim.basis}")
    if claim.note:
        details.append(claim.note)
    return details


# -- sections -------------------------------------------------------------------------------


def title_block(
    dossier: Dossier, language: str, st: dict[str, ParagraphStyle], photo: Flowable | None
) -> list[Flowable]:
    person = dossier.person
    text: list[Flowable] = [
        p(t("dossier", language), st["kicker"]),
        p(full_name(dossier), st["name"]),
    ]
    dates = life_dates(dossier, language)
    if dates:
        text.append(p(dates, st["lifeline"]))
    if person.variants:
        spellings = []
        for v in person.variants:
            note = v.scheme.upper() if v.scheme else ""
            spellings.append(
                escape(v.full_name) + (f" <font color='#5c5c5c'>({note})</font>" if note else "")
            )
        text.append(p(t("other_spellings", language), st["label"]))
        text.append(pm("; ".join(spellings), st["body"]))
        text.append(Spacer(1, 6))
    facts = []
    born = ", ".join(
        x
        for x in (labels.format_date(person.summary.birth, language), person.summary.birth_place)
        if x
    )
    for key, value in (
        ("born", born),
        ("nationality", person.nationality),
        ("occupation", person.occupation),
        ("residence", person.residence),
    ):
        if value:
            facts.append([p(t(key, language), st["label"]), p(value, st["body"])])
    if facts:
        table = Table(facts, colWidths=[34 * mm, None], hAlign="LEFT")
        table.setStyle(
            _table_style(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
                    ("TOPPADDING", (0, 0), (0, -1), 4.5),
                ]
            )
        )
        text.append(table)
    if photo is None:
        return text
    caption = p(dossier.photo_title or t("photo_caption", language), st["small"])
    block = Table(
        [[text, [photo, Spacer(1, 3), caption]]],
        colWidths=[None, photo.wrap(400, 400)[0] + 4],
    )
    block.setStyle(
        _table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (0, 0), 10),
                ("RIGHTPADDING", (1, 0), (1, 0), 0),
            ]
        )
    )
    return [block]


def _panel_side(
    claims: list[ClaimView],
    heading: str,
    language: str,
    st: dict[str, ParagraphStyle],
    female: bool,
) -> list[Flowable]:
    """One side of the comparison: deaths and executions large, other events after them."""
    cell: list[Flowable] = [p(heading, st["label"]), Spacer(1, 4)]
    primary = [c for c in claims if c.kind in ("death", "execution")]
    secondary = [c for c in claims if c not in primary]
    for claim in primary:
        cell.append(p(source_text(claim, language), st["small"]))
        cell.append(
            p(labels.format_date(claim.date, language) or t("no_date", language), st["big_date"])
        )
        if claim.kind == "execution":
            cell.append(p(t("shot_f" if female else "shot", language), st["strong"]))
        else:
            cell.append(p(t("died_f" if female else "died", language), st["strong"]))
        for line in claim_details(claim, language):
            cell.append(p(line, st["body"]))
        if claim.quote:
            cell.append(pm(f"<i>«{escape(claim.quote)}»</i>", st["small"]))
        cell.append(Spacer(1, 8))
    for claim in secondary:
        when = labels.format_date(claim.date, language)
        head = labels.claim_kind(claim.kind, language) + (f", {when}" if when else "")
        cell.append(p(head, st["h3"]))
        for line in claim_details(claim, language):
            cell.append(p(line, st["small_ink"]))
        cell.append(p(source_text(claim, language), st["small"]))
        cell.append(Spacer(1, 6))
    return cell


def conflict_panel(
    dossier: Dossier, language: str, st: dict[str, ParagraphStyle]
) -> list[Flowable]:
    """The official death beside the archive's execution, when the two disagree."""
    deaths = [c for c in dossier.claims if c.kind == "death"]
    executions = [c for c in dossier.claims if c.kind == "execution"]
    executions += [c for c in dossier.claims if c.kind in ("sentence", "arrest")]
    flags = falsified_flags(dossier)
    flagged = flagged_claim_ids(dossier)
    if flags:
        deaths = [c for c in deaths if c.id in flagged] or deaths
    shot_dates = {c.date for c in executions if c.kind == "execution"}
    if not flags and not (deaths and shot_dates and {c.date for c in deaths} != shot_dates):
        return []
    female = _female(dossier)
    width = 166 * mm
    panel = Table(
        [
            [
                _panel_side(deaths, t("told", language), language, st, female),
                _panel_side(executions, t("archive_shows", language), language, st, female),
            ]
        ],
        colWidths=[width / 2, width / 2],
    )
    panel.setStyle(
        _table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (0, 0), TOLD_BG),
                ("BACKGROUND", (1, 0), (1, 0), ARCHIVE_BG),
                ("LEFTPADDING", (0, 0), (-1, -1), 10),
                ("RIGHTPADDING", (0, 0), (-1, -1), 10),
                ("TOPPADDING", (0, 0), (-1, -1), 9),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ("LINEBEFORE", (1, 0), (1, 0), 0.6, RULE),
            ]
        )
    )
    out: list[Flowable] = [p(t("record_vs_archive", language), st["h1"]), panel]
    if flags:
        out.append(Spacer(1, 8))
        out.append(p(t("why_flagged", language), st["h2"]))
        for flag in flags:
            for reason in flag.reasons:
                out.append(
                    Paragraph(
                        escape(labels.reason_text(reason, language, reader=True)),
                        st["bullet"],
                        bulletText="•",
                    )
                )
            note = "confirmed_note" if flag.status == "confirmed" else "suggested_note"
            out.append(p(t(note, language), st["small"]))
        out.append(Spacer(1, 6))
        out.append(p(t("explain_108", language), st["small"]))
    return [KeepTogether(out[:2]), *out[2:]]


def timeline(dossier: Dossier, language: str, st: dict[str, ParagraphStyle]) -> list[Flowable]:
    if not dossier.claims:
        return []
    flagged = flagged_claim_ids(dossier)
    rows: list[list[Flowable]] = [
        [p(t(key, language), st["label"]) for key in ("date", "event", "details", "source")]
    ]
    styles_cmds = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK),
        ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]
    for n, claim in enumerate(dossier.claims, start=1):
        event: list[Flowable] = [p(labels.claim_kind(claim.kind, language), st["cell"])]
        if claim.id in flagged:
            event.append(p(t("possibly_false", language), st["flag_note"]))
            styles_cmds.append(("BACKGROUND", (0, n), (-1, n), FLAGGED_BG))
        details = [p(line, st["cell"]) for line in claim_details(claim, language)]
        if claim.quote:
            details.append(pm(f"<i>«{escape(claim.quote)}»</i>", st["small"]))
        rows.append(
            [
                p(labels.format_date(claim.date, language) or "—", st["cell_date"]),
                event,
                details or [p("", st["cell"])],
                p(source_text(claim, language), st["small"]),
            ]
        )
    table = Table(rows, colWidths=[30 * mm, 30 * mm, 62 * mm, 44 * mm], repeatRows=1)
    table.setStyle(_table_style(styles_cmds))
    return [
        # A heading alone at the foot of a page reads as a mistake: start a new page instead.
        CondPageBreak(60 * mm),
        p(t("timeline", language), st["h1"]),
        p(t("timeline_intro", language), st["small"]),
        Spacer(1, 6),
        table,
    ]


def findings(dossier: Dossier, language: str, st: dict[str, ParagraphStyle]) -> list[Flowable]:
    other = [f for f in dossier.flags if f.kind != FALSIFIED]
    if not other:
        return []
    out: list[Flowable] = [p(t("findings", language), st["h1"])]
    for flag in other:
        block: list[Flowable] = [p(labels.flag_kind(flag.kind, language), st["h2"])]
        for reason in flag.reasons:
            block.append(
                Paragraph(
                    escape(labels.reason_text(reason, language, reader=True)),
                    st["bullet"],
                    bulletText="•",
                )
            )
        note = "confirmed_note" if flag.status == "confirmed" else "suggested_note"
        block.append(p(t(note, language), st["small"]))
        out.append(KeepTogether(block))
    return out


def documents_list(
    dossier: Dossier, language: str, st: dict[str, ParagraphStyle]
) -> list[Flowable]:
    if not dossier.documents:
        return []
    out: list[Flowable] = [CondPageBreak(40 * mm), p(t("documents", language), st["h1"])]
    for document in dossier.documents:
        summary = document.detail.summary
        kind = labels.document_kind(summary.kind, language)
        facts = [kind]
        if summary.issuer:
            facts.append(summary.issuer)
        if summary.issued is not None:
            facts.append(f"{t('issued', language)} {labels.format_date(summary.issued, language)}")
        if summary.act_record is not None:
            facts.append(
                f"{t('act_record', language)} {labels.format_date(summary.act_record, language)}"
            )
        reference = ", ".join(
            x
            for x in (
                document.detail.archive,
                f"ф. {document.detail.fond}" if document.detail.fond else "",
                f"оп. {document.detail.opis}" if document.detail.opis else "",
                f"д. {document.detail.delo}" if document.detail.delo else "",
                f"л. {document.detail.sheets}" if document.detail.sheets else "",
            )
            if x
        )
        if reference:
            facts.append(f"{t('archive_ref', language)}: {reference}")
        if summary.page_count:
            facts.append(f"{t('pages_count', language)}: {summary.page_count}")
        out.append(
            KeepTogether([p(summary.title or kind, st["h2"]), p(" · ".join(facts), st["small"])])
        )
    return out


def transcription_block(
    text: str, origin: str, language: str, st: dict[str, ParagraphStyle]
) -> list[Flowable]:
    if not text.strip():
        return [p(t("no_transcription", language), st["small"])]
    origin_key = {"engine": "by_machine", "human": "by_person"}.get(origin, "imported")
    lines = "<br/>".join(escape(line) for line in text.strip().splitlines())
    body = Table([[pm(lines, st["transcript"])]], colWidths=["100%"])
    body.setStyle(
        _table_style(
            [
                ("LINEBEFORE", (0, 0), (0, -1), 1.2, RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), 9),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return [
        pm(
            f"{escape(t('transcription', language))}",
            st["label"],
        ),
        p(t(origin_key, language), st["small"]),
        Spacer(1, 4),
        body,
    ]


def framed(image: Flowable) -> Table:
    """A page image with a hairline border, so a pale scan still reads as a sheet of paper."""
    table = Table([[image]], colWidths=[image.drawWidth + 1])
    table.setStyle(
        _table_style(
            [
                ("BOX", (0, 0), (-1, -1), 0.5, RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table
