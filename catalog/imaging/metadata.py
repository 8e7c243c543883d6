"""Location and device metadata in page images: found on import, removed on the way out.

A phone photo of a certificate often carries where it was taken (the family's home) and the
phone that took it, in EXIF, XMP or IPTC. The catalogue keeps every original file untouched
(`catalog.store`); exports and packages carry a copy without that metadata (`clean_image`).

JPEG is cleaned losslessly, segment by segment: EXIF/XMP (APP1), IPTC (APP13), other
application data that can name a device (APP12, non-ICC APP2 such as an MPO's index) and
comments are dropped, as is anything after the picture's end (an MPO's extra pictures, which
carry their own EXIF); the colour profile (ICC), JFIF and Adobe segments stay. An EXIF
orientation other than upright is written back alone, so the page still shows the right way up.
PNG is cleaned chunk by chunk (eXIf and the text chunks, where XMP lives). TIFF keeps its
metadata in the same directory as the picture, so it is saved again by Pillow, keeping its
compression and resolution (the picture is written upright, so its orientation needs no tag).
"""

from __future__ import annotations

import io
import struct
import zlib
from dataclasses import dataclass

from PIL import Image

# What the import report says of an image that carried a location (the GUI translates it).
LOCATION_NOTE = (
    "carries a location (GPS) in its metadata; exports and packages leave it out, "
    "the catalogue keeps the file as it is"
)
GPS_IFD = 0x8825
ORIENTATION = 0x0112
DEVICE_TAGS = (0x010F, 0x0110, 0x0131, 0x013C, 0x013B)  # make, model, software, host, artist
XMP_LOCATION = (b"GPSLatitude", b"GPSLongitude", b"photoshop:City", b"Iptc4xmpCore:Location")

JPEG_DROP = {0xE1, 0xEC, 0xED, 0xFE}  # APP1 (EXIF, XMP), APP12, APP13 (IPTC), COM
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
PNG_DROP = {b"eXIf", b"tEXt", b"zTXt", b"iTXt", b"tIME"}


@dataclass(frozen=True)
class Found:
    """What an image's metadata told about where it was taken and with what."""

    location: bool = False
    device: bool = False

    def __bool__(self) -> bool:
        return self.location or self.device


def inspect(image: Image.Image) -> Found:
    """Whether an opened image carries a location (GPS, XMP) or names a device."""
    location = device = False
    try:
        exif = image.getexif()
        location = bool(exif.get_ifd(GPS_IFD))
        device = any(exif.get(tag) for tag in DEVICE_TAGS)
    except Exception:  # damaged EXIF: nothing can be read from it, and nothing is trusted
        pass
    xmp = image.info.get("xmp") or image.info.get("XML:com.adobe.xmp") or b""
    if isinstance(xmp, str):
        xmp = xmp.encode("utf-8", "replace")
    if any(key in xmp for key in XMP_LOCATION):
        location = True
    return Found(location, device)


def inspect_bytes(data: bytes) -> Found:
    try:
        with Image.open(io.BytesIO(data)) as image:
            return inspect(image)
    except Exception:
        return Found()


def _orientation(data: bytes) -> int:
    try:
        with Image.open(io.BytesIO(data)) as image:
            value = image.getexif().get(ORIENTATION, 1)
    except Exception:
        return 1
    return value if isinstance(value, int) and 2 <= value <= 8 else 1


def _orientation_exif(orientation: int) -> bytes:
    """A TIFF structure (as EXIF holds it) with the orientation tag only."""
    exif = Image.Exif()
    exif[ORIENTATION] = orientation
    data = exif.tobytes()
    return data[6:] if data.startswith(b"Exif\x00\x00") else data


def clean_jpeg(data: bytes) -> bytes:
    """The JPEG without metadata segments; the compressed picture is copied byte for byte."""
    if not data.startswith(b"\xff\xd8"):
        raise ValueError("not a JPEG file")
    orientation = _orientation(data)
    n = len(data)
    out = [b"\xff\xd8"]
    header_at = 1  # where a minimal EXIF goes: after SOI and JFIF
    pos = 2
    while pos < n:
        if data[pos] != 0xFF:
            raise ValueError(f"damaged JPEG: no marker at byte {pos}")
        while pos + 1 < n and data[pos + 1] == 0xFF:  # fill bytes
            pos += 1
        if pos + 1 >= n:
            raise ValueError("damaged JPEG: it ends inside a marker")
        marker = data[pos + 1]
        if marker == 0xD9:  # the end of the picture; what follows (MPO pictures) is dropped
            out.append(b"\xff\xd9")
            break
        if 0xD0 <= marker <= 0xD7 or marker == 0x01:
            out.append(data[pos : pos + 2])
            pos += 2
            continue
        if pos + 4 > n:
            raise ValueError("damaged JPEG: a segment is cut off")
        (length,) = struct.unpack(">H", data[pos + 2 : pos + 4])
        end = pos + 2 + length
        if length < 2 or end > n:
            raise ValueError("damaged JPEG: a segment is longer than the file")
        segment = data[pos:end]
        pos = end
        if marker == 0xDA:  # start of scan: entropy-coded data up to the next real marker
            start = pos
            while True:
                i = data.find(b"\xff", pos)
                if i < 0 or i + 1 >= n:
                    raise ValueError("damaged JPEG: the picture data has no end")
                following = data[i + 1]
                if following == 0x00 or 0xD0 <= following <= 0xD7:
                    pos = i + 2
                    continue
                if following == 0xFF:
                    pos = i + 1
                    continue
                break
            out.append(segment + data[start:i])
            pos = i
            continue
        payload = segment[4:]
        if marker in JPEG_DROP:
            continue
        if marker == 0xE2 and not payload.startswith(b"ICC_PROFILE\x00"):
            continue  # FlashPix, MPO index: not the colour profile
        out.append(segment)
        if marker == 0xE0 and len(out) == 2:
            header_at = 2
    else:
        raise ValueError("damaged JPEG: no end of picture")
    if orientation != 1:
        body = b"Exif\x00\x00" + _orientation_exif(orientation)
        out.insert(header_at, b"\xff\xe1" + struct.pack(">H", len(body) + 2) + body)
    return b"".join(out)


def clean_png(data: bytes) -> bytes:
    """The PNG without eXIf and text chunks (XMP, comments, times); pixels untouched."""
    if not data.startswith(PNG_SIGNATURE):
        raise ValueError("not a PNG file")
    orientation = 1
    out = [PNG_SIGNATURE]
    pos = len(PNG_SIGNATURE)
    while pos + 8 <= len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind = data[pos + 4 : pos + 8]
        end = pos + 12 + length
        if end > len(data):
            raise ValueError("damaged PNG: a chunk is cut off")
        chunk = data[pos:end]
        pos = end
        if kind == b"eXIf":
            try:
                exif = Image.Exif()
                exif.load(b"Exif\x00\x00" + chunk[8:-4])
                value = exif.get(ORIENTATION, 1)
                orientation = value if isinstance(value, int) and 2 <= value <= 8 else 1
            except Exception:
                orientation = 1
        if kind in PNG_DROP:
            continue
        if kind == b"IDAT" and orientation != 1:
            body = b"eXIf" + _orientation_exif(orientation)
            out.append(
                struct.pack(">I", len(body) - 4) + body + struct.pack(">I", zlib.crc32(body))
            )
            orientation = 1
        out.append(chunk)
        if kind == b"IEND":
            break
    return b"".join(out)


def clean_tiff(data: bytes) -> bytes:
    """The TIFF saved again without EXIF, GPS, XMP or IPTC, keeping compression and
    resolution; returned unchanged when it carries none of them."""
    with Image.open(io.BytesIO(data)) as image:
        tags = getattr(image, "tag_v2", {})
        carried = {0x8769, GPS_IFD, 700, 33723, 34377, *DEVICE_TAGS} & set(tags)
        if not carried:
            return data
        frames = []
        for index in range(getattr(image, "n_frames", 1)):
            image.seek(index)
            frames.append(image.copy())
        # Pillow hands out TIFF frames already turned upright by their orientation tag, so the
        # copy is written upright, without the tag.
        out = io.BytesIO()
        options = {"compression": image.info.get("compression", "raw")}
        if "dpi" in image.info:
            options["dpi"] = image.info["dpi"]
        frames[0].save(out, "TIFF", save_all=len(frames) > 1, append_images=frames[1:], **options)
    return out.getvalue()


def clean_image(data: bytes, media_type: str) -> bytes:
    """A copy of the image without location and device metadata; other formats unchanged."""
    if media_type == "image/jpeg" or data.startswith(b"\xff\xd8"):
        return clean_jpeg(data)
    if media_type == "image/png" or data.startswith(PNG_SIGNATURE):
        return clean_png(data)
    if media_type == "image/tiff" or data[:4] in (b"II*\x00", b"MM\x00*"):
        return clean_tiff(data)
    return data
