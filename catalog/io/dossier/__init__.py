"""`spravka export dossier`: a printable PDF about one person, for the family.

In Russian, Ukrainian or English: the name and its other spellings, the photograph if there is
one, what the family was told beside what the archive shows (when they disagree), the timeline of
every claim with its source, the findings in plain words, the list of documents, and every page
image with its transcription (cited passages framed). PT Serif and PT Sans are embedded, so the
PDF prints the same everywhere.
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas as pdf_canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Spacer,
)

from catalog import __version__
from catalog.dates import PartialDate
from catalog.db import Catalog
from catalog.errors import InvalidInput
from catalog.io import labels
from catalog.io.dossier import images, layout
from catalog.io.dossier.content import Dossier, gather
from catalog.io.dossier.strings import t
from catalog.io.files import atomic_output
from catalog.io.fonts import SANS, SERIF, register_fonts
from catalog.io.pdfa import PdfMetadata, to_pdfa
from catalog.progress import CancelToken, Progress, ProgressCallback, ignore_progress
from catalog.vocab import DocumentKind

MARGIN_X = 22 * mm
MARGIN_TOP = 20 * mm
MARGIN_BOTTOM = 22 * mm
FRAME_WIDTH = A4[0] - 2 * MARGIN_X
FRAME_HEIGHT = A4[1] - MARGIN_TOP - MARGIN_BOTTOM
LANGUAGE_TAGS = {"ru": "ru-RU", "uk": "uk-UA", "en": "en"}


@dataclass(frozen=True)
class DossierReport:
    file: Path
    pages: int
    claims: int
    documents: int
    page_images: int

    def summary(self) -> str:
        return (
            f"wrote {self.file}: {self.pages} page(s); {self.claims} claim(s), "
            f"{self.documents} document(s), {self.page_images} page image(s)"
        )


def _canvas_class(name: str, language: str, today: str):  # type: ignore[no-untyped-def]
    """A canvas that knows the page count when it draws each footer ("page 2 of 7")."""

    class NumberedCanvas(pdf_canvas.Canvas):
        pages_drawn = 0

        def __init__(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
            super().__init__(*args, **kwargs)
            self._saved: list[dict] = []

        def showPage(self) -> None:
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._saved)
            for number, state in enumerate(self._saved, start=1):
                self.__dict__.update(state)
                self._decorate(number, total)
                super().showPage()
            NumberedCanvas.pages_drawn = total
            super().save()

        def _decorate(self, number: int, total: int) -> None:
            width, _height = A4
            self.saveState()
            self.setFillColor(layout.MUTED)
            self.setStrokeColor(layout.RULE)
            self.setLineWidth(0.4)
            y = MARGIN_BOTTOM - 9 * mm
            self.line(MARGIN_X, y + 4 * mm, width - MARGIN_X, y + 4 * mm)
            self.setFont(SANS, 7.8)
            self.drawString(MARGIN_X, y, t("footer", language, date=today))
            self.drawRightString(
                width - MARGIN_X, y, t("page_footer", language, n=number, total=total)
            )
            if number > 1:
                self.drawString(MARGIN_X, A4[1] - MARGIN_TOP + 7 * mm, name)
                self.drawRightString(
                    width - MARGIN_X, A4[1] - MARGIN_TOP + 7 * mm, t("dossier", language)
                )
            self.restoreState()

    return NumberedCanvas


def _page_images(  # type: ignore[no-untyped-def]
    dossier: Dossier,
    language: str,
    st,
    progress: ProgressCallback,
    cancel: CancelToken | None,
) -> tuple[list[Flowable], int]:
    documents = [
        d
        for d in dossier.documents
        if d.pages and d.detail.summary.kind != DocumentKind.PHOTO.value
    ]
    if not documents:
        return [], 0
    out: list[Flowable] = [PageBreak(), layout.p(t("page_images", language), st["h1"])]
    count = 0
    total = sum(len(d.pages) for d in documents)
    framed = any(page.regions for d in documents for page in d.pages)
    if framed:
        out.append(layout.p(t("highlight_note", language), st["small"]))
        out.append(Spacer(1, 4))
    for document in documents:
        summary = document.detail.summary
        title = summary.title or labels.document_kind(summary.kind, language)
        for page in document.pages:
            if cancel:
                cancel.raise_if_cancelled()
            heading = f"{title} — {t('page_of', language, n=page.seq, total=len(document.pages))}"
            block: list[Flowable] = [layout.p(heading, st["h2"])]
            if page.image is not None:
                picture = images.flowable(
                    page.image, page.processing, page.regions, FRAME_WIDTH - 2, FRAME_HEIGHT * 0.62
                )
                block.append(layout.framed(picture))
                count += 1
                progress(Progress(count, total, f"page images of {title}"))
            block.append(Spacer(1, 8))
            # The image with its heading stays together; a long transcription may flow on.
            out.append(CondPageBreak(FRAME_HEIGHT * 0.5))
            out.append(KeepTogether(block))
            out.extend(layout.transcription_block(page.text, page.origin, language, st))
            out.append(Spacer(1, 14))
    return out, count


def export_dossier(
    catalog: Catalog,
    person_id: int,
    out: Path | str,
    language: str = "ru",
    *,
    today: dt.date | None = None,
    progress: ProgressCallback = ignore_progress,
    cancel: CancelToken | None = None,
) -> DossierReport:
    """Write the person's dossier as a PDF to `out` (complete or not at all)."""
    if language not in labels.LANGUAGES:
        raise InvalidInput("language", f"choose one of {', '.join(labels.LANGUAGES)}")
    register_fonts()
    out = Path(out)
    dossier = gather(catalog, person_id)
    st = layout.styles()
    name = layout.full_name(dossier)
    today_text = labels.format_date(PartialDate.from_date(today or dt.date.today()), language)

    photo = None
    if dossier.photo is not None and dossier.photo.image is not None:
        photo = images.flowable(
            dossier.photo.image, dossier.photo.processing, (), 46 * mm, 62 * mm, max_side=900
        )
        photo = layout.framed(photo)
    story: list[Flowable] = []
    story += layout.title_block(dossier, language, st, photo)
    story += layout.conflict_panel(dossier, language, st)
    story += layout.timeline(dossier, language, st)
    story += layout.findings(dossier, language, st)
    if dossier.person.notes:
        story += [
            layout.p(t("notes", language), st["h1"]),
            layout.p(dossier.person.notes, st["body"]),
        ]
    story += layout.documents_list(dossier, language, st)
    pages, page_images = _page_images(dossier, language, st, progress, cancel)
    story += pages

    canvas_class = _canvas_class(name, language, today_text)
    drawn = io.BytesIO()
    # Drawn in memory, then made PDF/A (catalog.io.pdfa) and written complete or not at all.
    document = BaseDocTemplate(
        drawn,
        pagesize=A4,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=f"{name} — {t('dossier', language)}",
        author="Spravka",
        creator=f"Spravka {__version__}",
        subject=t("dossier", language),
        lang=LANGUAGE_TAGS[language],
        invariant=1,
        # Otherwise every page would name Helvetica, a font that is not embedded.
        initialFontName=SERIF,
    )
    frame = Frame(MARGIN_X, MARGIN_BOTTOM, FRAME_WIDTH, FRAME_HEIGHT, id="main", showBoundary=0)
    document.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    document.build(story, canvasmaker=canvas_class)
    meta = PdfMetadata(
        title=f"{name} — {t('dossier', language)}",
        language=LANGUAGE_TAGS[language],
        creator="Spravka",
        description=t("dossier", language),
        persons=(name,),
    )
    data = to_pdfa(drawn.getvalue(), meta)
    with atomic_output(out) as handle:
        handle.write(data)
    return DossierReport(
        out,
        canvas_class.pages_drawn,
        len(dossier.claims),
        len(dossier.documents),
        page_images,
    )
