"""ALTO, hOCR, plain text and searchable PDF of pages: structure, boxes, and the text layer."""

from __future__ import annotations

import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PIL import Image

from catalog.db import Catalog
from catalog.io.alto import NS as ALTO_NS
from catalog.io.files import ExportError
from catalog.io.pagedata import load_page
from catalog.io.pages_export import export_alto, export_hocr, export_text
from catalog.io.searchable_pdf import export_searchable_pdf
from catalog.services.documents import DocumentFields, add_document, add_page, set_page_processing
from catalog.services.transcriptions import add_transcription
from catalog.transcripts import Word

Family = tuple[Catalog, dict[str, int]]
A = {"a": ALTO_NS}
H = {"h": "http://www.w3.org/1999/xhtml"}


def pdf_text(path: Path, *args: str) -> str:
    return subprocess.run(
        ["pdftotext", *args, "-enc", "UTF-8", str(path), "-"],
        check=True, capture_output=True, text=True, encoding="utf-8",
    ).stdout  # fmt: skip


def page_ids(catalog: Catalog, document_id: int) -> list[int]:
    from catalog.io.pagedata import document_page_ids

    return document_page_ids(catalog, document_id)


def test_alto_holds_every_word_with_its_box(family_catalog: Family, tmp_path: Path) -> None:
    catalog, ids = family_catalog
    report = export_alto(catalog, tmp_path, document_id=ids["d2"])
    assert [f.name for f in report.files] == [f"{ids['d2']}-001.xml"]
    root = ET.parse(report.files[0]).getroot()
    assert root.tag == f"{{{ALTO_NS}}}alto" and root.get("SCHEMAVERSION") == "4.2"
    assert root.findtext("a:Description/a:MeasurementUnit", namespaces=A) == "pixel"
    page = root.find("a:Layout/a:Page", A)
    width, height = int(page.get("WIDTH")), int(page.get("HEIGHT"))
    assert (width, height) == (1240, 900)
    current = load_page(catalog, page_ids(catalog, ids["d2"])[0])
    strings = root.findall(".//a:TextLine/a:String", A)
    assert [s.get("CONTENT") for s in strings] == [w.text for w in current.words]
    for string, word in zip(strings, current.words, strict=True):
        box = tuple(int(string.get(k)) for k in ("HPOS", "VPOS", "WIDTH", "HEIGHT"))
        assert box == word.box
        assert box[0] >= 0 and box[0] + box[2] <= width and box[1] + box[3] <= height
        assert 0.0 <= float(string.get("WC")) <= 1.0
    # Lines follow the transcription's lines; ids are unique (they are xsd:ID values).
    assert len(root.findall(".//a:TextLine", A)) == 6
    all_ids = [e.get("ID") for e in root.iter() if e.get("ID")]
    assert len(all_ids) == len(set(all_ids))
    assert root.find(".//a:processingCategory", A).text == "contentModification"


def test_human_text_without_boxes_is_kept(catalog: Catalog, tmp_path: Path) -> None:
    image = tmp_path / "page.png"
    Image.new("L", (400, 300), 255).save(image)
    document = add_document(catalog, DocumentFields(title="Письмо"))
    page = add_page(catalog, document.id, catalog.blobs.put_file(image), media_type="image/png")
    add_transcription(catalog, page.id, "Дорогая мама,\nпишу тебе из Томска.")
    alto = ET.parse(export_alto(catalog, tmp_path / "a", page_ids=[page.id]).files[0]).getroot()
    assert [s.get("CONTENT") for s in alto.iter(f"{{{ALTO_NS}}}String")] == [
        "Дорогая", "мама,", "пишу", "тебе", "из", "Томска.",
    ]  # fmt: skip
    hocr = ET.parse(export_hocr(catalog, tmp_path / "h", page_ids=[page.id]).files[0]).getroot()
    lines = [s.text for s in hocr.iterfind(".//h:span[@class='ocr_line']", H)]
    assert lines == ["Дорогая мама,", "пишу тебе из Томска."]


def test_hocr_structure_and_boxes(family_catalog: Family, tmp_path: Path) -> None:
    catalog, ids = family_catalog
    report = export_hocr(catalog, tmp_path, document_id=ids["d1"])
    root = ET.parse(report.files[0]).getroot()
    page = root.find(".//h:div[@class='ocr_page']", H)
    assert "bbox 0 0 1240 900" in page.get("title")
    capabilities = root.find(".//h:meta[@name='ocr-capabilities']", H).get("content")
    assert "ocrx_word" in capabilities
    words = root.findall(".//h:span[@class='ocrx_word']", H)
    current = load_page(catalog, page_ids(catalog, ids["d1"])[0])
    assert [w.text for w in words] == [w.text for w in current.words]
    first = words[0].get("title")
    x, y, w, h = current.words[0].box
    assert first.startswith(f"bbox {x} {y} {x + w} {y + h}; x_wconf ")
    for line in root.iterfind(".//h:span[@class='ocr_line']", H):
        assert line.get("title").startswith("bbox ")


def test_text_export_separates_pages_and_reports_untranscribed(
    family_catalog: Family, tmp_path: Path
) -> None:
    catalog, ids = family_catalog
    pages = (
        page_ids(catalog, ids["d1"]) + page_ids(catalog, ids["d4"]) + page_ids(catalog, ids["d2"])
    )
    report = export_text(catalog, tmp_path / "out.txt", page_ids=pages)
    parts = (tmp_path / "out.txt").read_text("utf-8").split("\f")
    assert len(parts) == 3
    assert parts[0].startswith("СВИДЕТЕЛЬСТВО О СМЕРТИ\n") and parts[1] == ""
    assert parts[2].rstrip().endswith("в г. Харькове")
    assert report.untranscribed == ((ids["d4"], 1),)


def test_searchable_pdf_text_layer_and_untouched_jpeg(
    family_catalog: Family, tmp_path: Path
) -> None:
    catalog, ids = family_catalog
    out = tmp_path / "reply.pdf"
    report = export_searchable_pdf(catalog, ids["d2"], out)
    assert report.pages == 1 and report.words == 33 and report.pages_without_text == ()
    text = pdf_text(out)
    assert "расстрелян 20 октября 1937 г. в г. Харькове" in text
    assert "Карпенко Пётр Семёнович 1894 г.р." in text
    # The JPEG scan is embedded byte for byte (no re-encoding, no ASCII armour).
    page = load_page(catalog, page_ids(catalog, ids["d2"])[0])
    assert catalog.blobs.read_bytes(page.sha256) in out.read_bytes()
    # Words sit where the image shows them: text extracted from one word's box is that word.
    x, y, w, h = page.words[-1].box
    scale = 72 / 150
    area = ["-x", str(int(x * scale)), "-y", str(int(y * scale)), "-W", str(int(w * scale) + 2),
            "-H", str(int(h * scale) + 2), "-r", "72"]  # fmt: skip
    assert pdf_text(out, *area).split() == ["Харькове"]


def test_searchable_pdf_follows_rotation_and_crop(catalog: Catalog, tmp_path: Path) -> None:
    image = tmp_path / "page.png"
    Image.new("L", (600, 300), 255).save(image, dpi=(200, 200))
    document = add_document(catalog, DocumentFields(title="Справка"))
    page = add_page(
        catalog, document.id, catalog.blobs.put_file(image), media_type="image/png", dpi=200
    )
    words = [
        Word("слева", 20, 20, 100, 30, 90.0, 1, 1, 1),
        Word("справа", 480, 250, 100, 30, 90.0, 1, 1, 2),
    ]
    add_transcription(catalog, page.id, "слева\nсправа", origin="engine", words=words)
    set_page_processing(catalog, page.id, {"crop": [0, 0, 300, 300]})
    out = tmp_path / "cropped.pdf"
    export_searchable_pdf(catalog, document.id, out)
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True).stdout
    assert re.search(r"Page size:\s+108 x 108 pts", info)  # 300 px at 200 dpi
    assert pdf_text(out).split() == ["слева"]  # the other word lies outside the crop


def test_document_without_pages_is_refused(catalog: Catalog, tmp_path: Path) -> None:
    document = add_document(catalog, DocumentFields(title="Пусто"))
    with pytest.raises(ExportError, match="no pages"):
        export_searchable_pdf(catalog, document.id, tmp_path / "x.pdf")
    assert [p.name for p in tmp_path.iterdir()] == ["catalog"]  # no file, not even a partial one


def test_a_failing_write_leaves_nothing_and_says_why(
    family_catalog: Family, tmp_path: Path
) -> None:
    from catalog.io.files import atomic_output

    target = tmp_path / "out.txt"
    with (
        pytest.raises(ExportError, match="No space left on device"),
        atomic_output(target) as handle,
    ):
        handle.write(b"partial")
        raise OSError(28, "No space left on device")
    assert not target.exists() and not list(tmp_path.glob(".out.txt.*"))
    with pytest.raises(ExportError, match="does not exist"):
        export_text(family_catalog[0], tmp_path / "missing" / "x.txt", page_ids=[])
