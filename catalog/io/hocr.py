"""hOCR (XHTML with OCR layout in `class` and `title`) of a page, with word boxes.

One file per page: `ocr_page` > `ocr_carea` > `ocr_par` > `ocr_line` > `ocrx_word`, each with its
`bbox` in pixels of the oriented original image, and `x_wconf` (0–100) where the engine gave one.
Text without boxes is written as lines without a bbox, so no text is dropped.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from catalog import __version__
from catalog.io.pagedata import PageText, bbox, group_lines
from catalog.transcripts import Word

XHTML = "http://www.w3.org/1999/xhtml"
DOCTYPE = (
    '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
    '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
)
CAPABILITIES = "ocr_page ocr_carea ocr_par ocr_line ocrx_word ocrp_wconf"


def _bbox(box: tuple[int, int, int, int]) -> str:
    x, y, width, height = box
    return f"bbox {x} {y} {x + width} {y + height}"


def _el(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
    element = ET.SubElement(parent, f"{{{XHTML}}}{tag}", attrs)
    if text is not None:
        element.text = text
    return element


def _word(parent: ET.Element, word: Word, ident: str) -> None:
    title = _bbox(word.box)
    if word.confidence is not None and word.confidence >= 0:
        title += f"; x_wconf {round(min(word.confidence, 100.0))}"
    _el(parent, "span", word.text, **{"class": "ocrx_word", "id": ident, "title": title})


def page_hocr(page: PageText, language: str = "ru") -> bytes:
    """The hOCR document of one page, as UTF-8 bytes."""
    ET.register_namespace("", XHTML)
    html = ET.Element(f"{{{XHTML}}}html", {"lang": language})
    html.set("{http://www.w3.org/XML/1998/namespace}lang", language)
    head = _el(html, "head")
    _el(head, "title", f"{page.document_title or 'document'}, page {page.seq}")
    _el(head, "meta", **{"http-equiv": "Content-Type", "content": "text/html; charset=utf-8"})
    system = f"Spravka {__version__}" + (f" ({page.engine})" if page.engine else "")
    _el(head, "meta", name="ocr-system", content=system)
    _el(head, "meta", name="ocr-capabilities", content=CAPABILITIES)
    _el(head, "meta", name="ocr-number-of-pages", content="1")
    body = _el(html, "body")
    image = page.origin_name or page.image_name
    title = f'image "{image}"; {_bbox((0, 0, page.width, page.height))}; ppageno {page.seq - 1}'
    ocr_page = _el(body, "div", **{"class": "ocr_page", "id": f"page_{page.seq}", "title": title})

    blocks = group_lines(page.words)
    if blocks:
        n = 0
        for b, block in enumerate(blocks, start=1):
            block_words = [w for paragraph in block for line in paragraph for w in line]
            area = _el(
                ocr_page,
                "div",
                **{"class": "ocr_carea", "id": f"block_{b}", "title": _bbox(bbox(block_words))},
            )
            for p, paragraph in enumerate(block, start=1):
                par_words = [w for line in paragraph for w in line]
                par = _el(
                    area,
                    "p",
                    **{"class": "ocr_par", "id": f"par_{b}_{p}", "title": _bbox(bbox(par_words))},
                )
                for line_words in paragraph:
                    n += 1
                    line = _el(
                        par,
                        "span",
                        **{
                            "class": "ocr_line",
                            "id": f"line_{n}",
                            "title": _bbox(bbox(line_words)),
                        },
                    )
                    for k, word in enumerate(line_words, start=1):
                        _word(line, word, f"word_{n}_{k}")
    elif page.text.strip():
        area = _el(ocr_page, "div", **{"class": "ocr_carea", "id": "block_1"})
        par = _el(area, "p", **{"class": "ocr_par", "id": "par_1_1"})
        for n, text_line in enumerate(page.text.splitlines(), start=1):
            if text_line.strip():
                _el(par, "span", text_line.strip(), **{"class": "ocr_line", "id": f"line_{n}"})
    ET.indent(html, space=" ")
    return (
        b'<?xml version="1.0" encoding="UTF-8"?>\n'
        + DOCTYPE.encode()
        + ET.tostring(html, encoding="utf-8")
        + b"\n"
    )
