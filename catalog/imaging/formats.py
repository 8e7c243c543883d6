"""Recognise what a file holds from its first bytes, not from its name.

Scanners, phones and archive web sites name files carelessly: a PNG called `.jpg` is still a
good page, and a web page saved as `reply.pdf` is not a PDF. The content decides; the name is
only used to say, when they disagree, what the person probably expected.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import PurePath

HEAD_SIZE = 1024


@dataclass(frozen=True)
class Sniffed:
    """What the first bytes say. `kind` is "image", "pdf" or "other"; `name` is for people."""

    kind: str
    name: str
    # For images: Pillow's format name, to cross-check what Pillow then decodes.
    image_format: str | None = None
    # What the person can do about a file Spravka cannot read.
    hint: str = ""


# (prefix, offset, Pillow format, name)
IMAGE_SIGNATURES = (
    (b"\xff\xd8\xff", 0, "JPEG", "JPEG image"),
    (b"\x89PNG\r\n\x1a\n", 0, "PNG", "PNG image"),
    (b"II*\x00", 0, "TIFF", "TIFF image"),
    (b"MM\x00*", 0, "TIFF", "TIFF image"),
    (b"GIF87a", 0, "GIF", "GIF image"),
    (b"GIF89a", 0, "GIF", "GIF image"),
    (b"BM", 0, "BMP", "BMP image"),
    (b"\x00\x00\x00\x0cjP  \r\n\x87\n", 0, "JPEG2000", "JPEG 2000 image"),
    (b"\xff\x4f\xff\x51", 0, "JPEG2000", "JPEG 2000 image"),
)

# Other things people drop into a folder of scans, named so the message says what it is.
OTHER_SIGNATURES = (
    (b"PK\x03\x04", "a ZIP archive or office document (.docx, .odt, .xlsx)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office document (.doc, .xls)"),
    (b"Rar!", "a RAR archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"\x1f\x8b", "a gzip-compressed file"),
    (b"II+\x00", "a BigTIFF image, which Spravka cannot read"),
    (b"MM\x00+", "a BigTIFF image, which Spravka cannot read"),
    (b"{\\rtf", "an RTF document"),
    (b"\x00\x00\x01\x00", "an icon file"),
    (b"8BPS", "a Photoshop document"),
    (b"SQLite format 3\x00", "an SQLite database"),
)

EXPECTED_BY_EXTENSION = {
    ".jpg": "a JPEG image",
    ".jpeg": "a JPEG image",
    ".jpe": "a JPEG image",
    ".png": "a PNG image",
    ".tif": "a TIFF image",
    ".tiff": "a TIFF image",
    ".pdf": "a PDF",
    ".gif": "a GIF image",
    ".bmp": "a BMP image",
    ".webp": "a WebP image",
    ".jp2": "a JPEG 2000 image",
}


def sniff(head: bytes) -> Sniffed:
    """What kind of file begins with these bytes."""
    for prefix, offset, image_format, name in IMAGE_SIGNATURES:
        if head[offset : offset + len(prefix)] == prefix:
            return Sniffed("image", name, image_format)
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return Sniffed("image", "WebP image", "WEBP")
    if head[:1] == b"P" and head[1:2] in b"123456" and head[2:3] in (b"\n", b" ", b"\r", b"\t"):
        return Sniffed("image", "PNM image", "PPM")
    # The PDF header may follow some junk; readers accept it within the first kilobyte.
    if b"%PDF-" in head[:HEAD_SIZE]:
        return Sniffed("pdf", "PDF")
    if head[4:8] == b"ftyp":
        brand = head[8:12]
        if brand in (b"heic", b"heix", b"mif1", b"msf1", b"hevc", b"heim", b"heis"):
            return Sniffed(
                "other",
                "a HEIC/HEIF photo (the iPhone format)",
                hint="Spravka cannot read HEIC photos: export them as JPEG (on an iPhone, "
                "Settings > Camera > Formats > Most Compatible takes JPEG photos)",
            )
        if brand in (b"avif", b"avis"):
            return Sniffed("other", "an AVIF image")
        return Sniffed("other", "a video or MP4 file")
    for prefix, name in OTHER_SIGNATURES:
        if head.startswith(prefix):
            return Sniffed("other", name)
    return Sniffed("other", _describe_text(head))


def _describe_text(head: bytes) -> str:
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if stripped.startswith((b"<!doctype html", b"<html", b"<head", b"<body")):
        return "an HTML web page"
    if stripped.startswith(b"<?xml") or stripped.startswith(b"<svg"):
        return "an XML or SVG file"
    if not head:
        return "an empty file"
    if b"\x00" not in head:
        try:
            head.decode("utf-8")
            return "a text file"
        except UnicodeDecodeError as exc:
            # A multi-byte character cut by the end of the sample is still text.
            if exc.start >= len(head) - 3:
                return "a text file"
        if sum(32 <= b < 127 or b in (9, 10, 13) for b in head) > 0.9 * len(head):
            return "a text file"
    return "a file of unrecognised content"


def expected_from_name(name: str) -> str | None:
    """What the file's extension promises, e.g. "a JPEG image" for `scan.JPG`."""
    return EXPECTED_BY_EXTENSION.get(PurePath(name).suffix.lower())


def not_a_page_reason(name: str, sniffed: Sniffed) -> str:
    """The reason given for a file that is neither an image nor a PDF."""
    expected = expected_from_name(name)
    what = sniffed.name
    if expected:
        suffix = PurePath(name).suffix
        reason = f"named {suffix}, but the content is {what}, not {expected}"
    else:
        reason = f"not an image or PDF: the content is {what}"
    return f"{reason}. {sniffed.hint}" if sniffed.hint else reason
