"""ALTO XML v4 (4.2) of a page: its transcription with word boxes, for archival OCR tools.

Coordinates are pixels of the oriented original image (the blob with its EXIF orientation
applied), which `sourceImageInformation` names by its SHA-256. Words without boxes (a person's
transcription not yet aligned to the image) are written as lines without coordinates, which ALTO
allows, so no text is ever dropped.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from catalog import __version__
from catalog.io.pagedata import PageText, bbox, group_lines
from catalog.transcripts import Word

NS = "http://www.loc.gov/standards/alto/ns-v4#"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
SCHEMA_LOCATION = f"{NS} http://www.loc.gov/standards/alto/v4/alto-4-2.xsd"


def _box(element: ET.Element, box: tuple[int, int, int, int]) -> None:
    x, y, width, height = box
    element.set("HPOS", str(x))
    element.set("VPOS", str(y))
    element.set("WIDTH", str(width))
    element.set("HEIGHT", str(height))


def _confidence(value: float | None) -> str | None:
    # Tesseract reports 0..100 and -1 for "no confidence"; ALTO wants 0..1.
    if value is None or value < 0:
        return None
    return f"{min(value, 100.0) / 100:.2f}"


def _sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
    element = ET.SubElement(parent, f"{{{NS}}}{tag}", attrs)
    if text is not None:
        element.text = text
    return element


def _description(root: ET.Element, page: PageText) -> None:
    description = _sub(root, "Description")
    _sub(description, "MeasurementUnit", "pixel")
    source = _sub(description, "sourceImageInformation")
    _sub(source, "fileName", page.origin_name or page.image_name or f"page-{page.seq}")
    if page.sha256:
        _sub(source, "fileIdentifier", f"sha256:{page.sha256}", fileIdentifierLocation="sha256")
    _sub(source, "documentIdentifier", page.document_uid, documentIdentifierLocation="spravka")
    if page.version is None:
        return
    step = _sub(description, "Processing", ID="processing_1")
    kind = {"engine": "contentGeneration", "human": "contentModification"}.get(page.origin, "other")
    _sub(step, "processingCategory", kind)
    if page.created_at is not None:
        _sub(step, "processingDateTime", page.created_at.replace(microsecond=0).isoformat())
    _sub(
        step,
        "processingStepDescription",
        f"transcription version {page.version} ({page.origin}"
        + (f", {page.engine}" if page.engine else "")
        + ")",
    )
    software = _sub(step, "processingSoftware")
    _sub(software, "softwareName", "Spravka")
    _sub(software, "softwareVersion", __version__)


def _line(parent: ET.Element, words: list[Word], ids: str) -> None:
    line = _sub(parent, "TextLine", ID=f"line_{ids}")
    _box(line, bbox(words))
    for k, word in enumerate(words, start=1):
        if k > 1:
            previous = words[k - 2]
            gap = max(0, word.x - (previous.x + previous.width))
            _sub(
                line,
                "SP",
                WIDTH=str(gap),
                HPOS=str(previous.x + previous.width),
                VPOS=str(previous.y),
            )
        string = _sub(line, "String", ID=f"string_{ids}_{k}", CONTENT=word.text)
        _box(string, word.box)
        wc = _confidence(word.confidence)
        if wc is not None:
            string.set("WC", wc)


def page_alto(page: PageText) -> bytes:
    """The ALTO document of one page, as UTF-8 bytes."""
    ET.register_namespace("", NS)
    ET.register_namespace("xsi", XSI)
    root = ET.Element(
        f"{{{NS}}}alto", {f"{{{XSI}}}schemaLocation": SCHEMA_LOCATION, "SCHEMAVERSION": "4.2"}
    )
    _description(root, page)
    layout = _sub(root, "Layout")
    attrs = {
        "ID": f"page_{page.seq}",
        "PHYSICAL_IMG_NR": str(page.seq),
        "WIDTH": str(page.width),
        "HEIGHT": str(page.height),
    }
    pc = _confidence(page.mean_confidence)
    if pc is not None:
        attrs["PC"] = pc
    page_element = _sub(layout, "Page", **attrs)
    space = _sub(page_element, "PrintSpace", ID="printspace")
    _box(space, (0, 0, page.width, page.height))

    blocks = group_lines(page.words)
    if blocks:
        for b, block in enumerate(blocks, start=1):
            words = [w for paragraph in block for line in paragraph for w in line]
            text_block = _sub(space, "TextBlock", ID=f"block_{b}")
            _box(text_block, bbox(words))
            n = 0
            for paragraph in block:
                for line_words in paragraph:
                    n += 1
                    _line(text_block, line_words, f"{b}_{n}")
    elif page.text.strip():
        # Text without boxes: lines without coordinates rather than no text at all.
        text_block = _sub(space, "TextBlock", ID="block_1")
        for n, text_line in enumerate(page.text.splitlines(), start=1):
            if not text_line.strip():
                continue
            line = _sub(text_block, "TextLine", ID=f"line_1_{n}")
            for k, token in enumerate(text_line.split(), start=1):
                if k > 1:
                    _sub(line, "SP")
                _sub(line, "String", ID=f"string_1_{n}_{k}", CONTENT=token)
    ET.indent(root, space="  ")
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="utf-8") + b"\n"
