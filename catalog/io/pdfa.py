"""Turning the PDFs ReportLab draws into PDF/A-2b, with true dates and XMP metadata.

Archives and libraries accept PDF/A for long-term keeping. ReportLab draws the pages (images,
the invisible text layer, embedded font subsets); `to_pdfa` then, with pikepdf (qpdf):

- marks the file as PDF/A-2b (`pdfaid:part` 2, `pdfaid:conformance` B in the XMP metadata) and
  PDF 1.7, the version PDF/A-2 is based on;
- writes XMP metadata matching the document information dictionary: title, creator, subject,
  language (`dc:language`), the persons the document is about (`dc:subject`), the archive
  reference (`dc:source`: archive, fond, opis, delo, sheets), creation and modification dates
  (the real time of the export, with its time zone; ReportLab's "invariant" mode would write
  1 January 2000);
- adds the sRGB output intent (Pillow's built-in sRGB profile) that PDF/A requires for
  device colours.

Full conformance is checked by validators such as veraPDF; the tests check these markers.
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass, field

import pikepdf
from PIL import ImageCms

from catalog import __version__

OUTPUT_CONDITION = "sRGB IEC61966-2.1"


@dataclass(frozen=True)
class PdfMetadata:
    title: str
    language: str  # BCP 47: "ru", "uk", "en"
    creator: str = ""  # who made the content (an issuer, a researcher)
    description: str = ""
    persons: tuple[str, ...] = ()  # the persons the document concerns
    reference: str = ""  # the archive reference
    keywords: tuple[str, ...] = field(default=())
    created: dt.datetime | None = None  # default: now


def now() -> dt.datetime:
    return dt.datetime.now().astimezone().replace(microsecond=0)


def _pdf_date(moment: dt.datetime) -> str:
    offset = moment.strftime("%z") or "+0000"
    return moment.strftime("D:%Y%m%d%H%M%S") + f"{offset[:3]}'{offset[3:]}'"


def srgb_profile() -> bytes:
    return ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()


def to_pdfa(data: bytes, meta: PdfMetadata) -> bytes:
    """The PDF `data` as PDF/A-2b with `meta` in its XMP and information dictionary."""
    created = meta.created or now()
    with pikepdf.open(io.BytesIO(data)) as pdf:
        info = pdf.docinfo
        info[pikepdf.Name.Title] = meta.title
        if meta.creator:
            info[pikepdf.Name.Author] = meta.creator
        if meta.description:
            info[pikepdf.Name.Subject] = meta.description
        if meta.keywords or meta.persons:
            info[pikepdf.Name.Keywords] = ", ".join((*meta.persons, *meta.keywords))
        info[pikepdf.Name.Creator] = f"Spravka {__version__}"
        info[pikepdf.Name.CreationDate] = _pdf_date(created)
        info[pikepdf.Name.ModDate] = _pdf_date(created)
        pdf.Root.Lang = pikepdf.String(meta.language)
        # ReportLab's /Trapped /False has no XMP equivalent; leave it out of both.
        if pikepdf.Name.Trapped in info:
            del info[pikepdf.Name.Trapped]

        with pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as xmp:
            xmp.load_from_docinfo(pdf.docinfo)
            xmp["pdfaid:part"] = "2"
            xmp["pdfaid:conformance"] = "B"
            xmp["dc:title"] = meta.title
            xmp["dc:language"] = [meta.language]
            if meta.creator:
                xmp["dc:creator"] = [meta.creator]
            if meta.description:
                xmp["dc:description"] = meta.description
            if meta.persons:
                xmp["dc:subject"] = list(meta.persons)
            if meta.reference:
                xmp["dc:source"] = meta.reference
            xmp["xmp:CreateDate"] = created.isoformat()
            xmp["xmp:ModifyDate"] = created.isoformat()
            xmp["xmp:MetadataDate"] = created.isoformat()
            xmp["xmp:CreatorTool"] = f"Spravka {__version__}"
            xmp["pdf:Producer"] = str(info.get(pikepdf.Name.Producer, "ReportLab"))

        profile = pdf.make_stream(srgb_profile())
        profile[pikepdf.Name.N] = 3
        intent = pikepdf.Dictionary(
            Type=pikepdf.Name.OutputIntent,
            S=pikepdf.Name.GTS_PDFA1,
            OutputConditionIdentifier=OUTPUT_CONDITION,
            Info=OUTPUT_CONDITION,
            RegistryName="http://www.color.org",
            DestOutputProfile=profile,
        )
        pdf.Root.OutputIntents = pikepdf.Array([intent])
        out = io.BytesIO()
        pdf.save(out, min_version="1.7", fix_metadata_version=False)
    return out.getvalue()
