"""Processing parameters are checked and made canonical; files are recognised by content."""

from __future__ import annotations

import pytest

from catalog.errors import InvalidInput
from catalog.imaging.formats import not_a_page_reason, sniff
from catalog.imaging.processing import params_key, validate_processing
from tests.support.images import encode, pdf, text_page


def test_parameters_are_made_canonical() -> None:
    clean = validate_processing(
        {
            "rotation": 0,
            "deskew": -1.2345,
            "drop_colours": ["violet", "red", "violet"],
            "greyscale": False,
            "autocontrast": True,
            "binarise": True,
            "crop": None,
        }
    )
    assert clean == {
        "deskew": -1.23,
        "drop_colours": ["red", "violet"],
        "autocontrast": 1.0,
        "binarise": "auto",
    }


def test_equal_processing_has_one_cache_key() -> None:
    assert params_key({}) == params_key({"rotation": 0, "deskew": 0.001}) == "original"
    a = params_key({"drop_colours": ["red", "blue"], "autocontrast": True})
    b = params_key({"autocontrast": 1.0, "drop_colours": ["blue", "red"]})
    assert a == b
    assert a != params_key({"drop_colours": ["red"], "autocontrast": True})


@pytest.mark.parametrize(
    "params",
    [
        {"deskew": 60},
        {"deskew": "auto"},
        {"deskew": float("nan")},
        {"rotation": True},
        {"drop_colours": ["purple"]},
        {"drop_colours": []},
        {"greyscale": "yes"},
        {"autocontrast": 40},
        {"binarise": 0},
        {"binarise": "sauvola"},
        {"crop": [0, 0, 10, True]},
        {"sharpen": None},
    ],
)
def test_bad_values_are_refused_naming_the_parameter(params) -> None:
    with pytest.raises(InvalidInput) as caught:
        validate_processing(params)
    assert caught.value.field == next(iter(params))


@pytest.mark.parametrize(
    ("data", "kind", "name"),
    [
        (encode(text_page(60, 80), "JPEG"), "image", "JPEG image"),
        (encode(text_page(60, 80), "PNG"), "image", "PNG image"),
        (encode(text_page(60, 80), "TIFF"), "image", "TIFF image"),
        (encode(text_page(60, 80), "GIF"), "image", "GIF image"),
        (b"junk\n%PDF-1.7\n", "pdf", "PDF"),
        (b"<!DOCTYPE html><html>", "other", "an HTML web page"),
        ("Справка о реабилитации".encode(), "other", "a text file"),
        (
            b"PK\x03\x04" + bytes(30),
            "other",
            "a ZIP archive or office document (.docx, .odt, .xlsx)",
        ),
        (b"\x00\x00\x00\x18ftypheic" + bytes(20), "other", "a HEIC/HEIF photo (the iPhone format)"),
        (bytes(range(256)), "other", "a file of unrecognised content"),
    ],
)
def test_files_are_recognised_by_content(data, kind, name) -> None:
    found = sniff(data[:1024])
    assert (found.kind, found.name) == (kind, name)


def test_a_real_pdf_is_recognised(tmp_path) -> None:
    assert sniff(pdf(tmp_path / "a.pdf", 1).read_bytes()[:1024]).kind == "pdf"


def test_reasons_say_what_the_name_promised() -> None:
    text = sniff(b"just some notes\n")
    assert not_a_page_reason("scan.JPG", text) == (
        "named .JPG, but the content is a text file, not a JPEG image"
    )
    assert not_a_page_reason("notes", text) == "not an image or PDF: the content is a text file"
    heic = sniff(b"\x00\x00\x00\x18ftypheic" + bytes(20))
    assert "export them as JPEG" in not_a_page_reason("IMG_0001.HEIC", heic)
