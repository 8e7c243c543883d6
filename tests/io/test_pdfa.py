"""Searchable PDFs and dossiers are PDF/A-2b with true dates and XMP metadata (checked with
pikepdf; a full validator such as veraPDF is not available offline)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pikepdf

from catalog.db import Catalog
from catalog.io.dossier import export_dossier
from catalog.io.pdfa import OUTPUT_CONDITION
from catalog.io.searchable_pdf import export_searchable_pdf

Family = tuple[Catalog, dict[str, int]]


def pdf_date(text: str) -> dt.datetime:
    """'D:20261206120102+01'00'' -> an aware datetime."""
    body = str(text).removeprefix("D:")
    zone = body[14:].replace("'", "")
    return dt.datetime.strptime(body[:14] + (zone if zone != "Z" else "+0000"), "%Y%m%d%H%M%S%z")


def check_pdfa(path: Path, before: dt.datetime) -> dict[str, object]:
    """The PDF/A-2b markers; returns the XMP values for the caller's own checks."""
    with pikepdf.open(path) as pdf:
        assert pdf.pdf_version >= "1.7"
        assert pdf.trailer.get("/ID") is not None and not pdf.is_encrypted
        meta = pdf.open_metadata()
        assert meta["pdfaid:part"] == "2" and meta["pdfaid:conformance"] == "B"
        # The metadata stream is plain XML (PDF/A forbids filtering it).
        assert "/Filter" not in pdf.Root.Metadata
        intents = pdf.Root.OutputIntents
        assert len(intents) == 1
        intent = intents[0]
        assert intent.S == pikepdf.Name.GTS_PDFA1
        assert str(intent.OutputConditionIdentifier) == OUTPUT_CONDITION
        profile = intent.DestOutputProfile
        assert int(profile.N) == 3 and profile.read_bytes()[36:40] == b"acsp"  # an ICC profile
        # True dates, the same in the information dictionary and the XMP.
        created = pdf_date(pdf.docinfo["/CreationDate"])
        now = dt.datetime.now().astimezone()
        assert before - dt.timedelta(seconds=2) <= created <= now + dt.timedelta(seconds=2)
        assert dt.datetime.fromisoformat(meta["xmp:CreateDate"]) == created
        assert str(pdf.docinfo["/Title"]) == meta["dc:title"]
        # Every font is embedded (a PDF/A requirement that ReportLab's subsets meet).
        for page in pdf.pages:
            for font in page.Resources.get("/Font", {}).values():
                descriptor = font.get("/FontDescriptor")
                if descriptor is None and "/DescendantFonts" in font:
                    descriptor = font.DescendantFonts[0].FontDescriptor
                assert descriptor is not None and any(
                    key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3")
                )
        return {key: meta.get(key) for key in ("dc:title", "dc:language", "dc:subject",
                                                "dc:source", "dc:creator")}  # fmt: skip


def test_searchable_pdf_is_pdfa_2b_with_metadata(family_catalog: Family, tmp_path: Path) -> None:
    catalog, ids = family_catalog
    before = dt.datetime.now().astimezone()
    out = tmp_path / "reply.pdf"
    export_searchable_pdf(catalog, ids["d2"], out)
    meta = check_pdfa(out, before)
    assert meta["dc:language"] == {"ru"}
    assert meta["dc:source"] == "ГДА СБУ, ф. 6, оп. 1, д. 12345-фп"
    assert any("Карпенко" in person for person in meta["dc:subject"])  # type: ignore[union-attr]
    assert meta["dc:title"]


def test_dossier_is_pdfa_2b_with_true_dates(family_catalog: Family, tmp_path: Path) -> None:
    catalog, ids = family_catalog
    before = dt.datetime.now().astimezone()
    out = tmp_path / "dossier.pdf"
    export_dossier(catalog, ids["p1"], out, "uk")
    meta = check_pdfa(out, before)
    assert meta["dc:language"] == {"uk-UA"}
    assert any("Карпенко" in person for person in meta["dc:subject"])  # type: ignore[union-attr]
