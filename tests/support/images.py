"""Page images and files generated for tests: certificates-like text pages, every import format,
and a corpus of bad inputs (each with the words its error message must contain).

Everything is made on the fly, small and fast; nothing comes from /work/shared.
"""

from __future__ import annotations

import io
import os
import struct
import zlib
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageChops, ImageDraw, ImageFont

FONT_CANDIDATES = (
    "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
)

LINES = (
    "СПРАВКА",
    "Дело по обвинению гр. Иванова Ивана Петровича, 1897 года рождения,",
    "пересмотрено Военным трибуналом 12 мая 1957 года.",
    "Постановление тройки УНКВД от 20 октября 1937 года отменено,",
    "и дело прекращено за отсутствием состава преступления.",
    "Гр. Иванов И. П. реабилитирован посмертно.",
)


def font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    for candidate in FONT_CANDIDATES:
        if os.path.exists(candidate):
            return ImageFont.truetype(candidate, size)
    return ImageFont.load_default(size)


def text_page(
    width: int = 1240,
    height: int = 1754,
    *,
    seed: int = 0,
    mode: str = "L",
    line_count: int = 28,
) -> Image.Image:
    """A page of Russian typescript-like text (A4 at 150 dpi by default). `seed` varies the
    text so pages differ byte for byte."""
    page = Image.new(mode, (width, height), "white" if mode != "L" else 245)
    draw = ImageDraw.Draw(page)
    size = max(10, width // 45)
    face = font(size)
    margin = width // 10
    step = int(size * 1.6)
    ink = (20, 20, 20) if mode == "RGB" else 20
    for i in range(line_count):
        y = margin + i * step
        if y + step > height - margin:
            break
        text = LINES[(i + seed) % len(LINES)]
        draw.text((margin, y), f"{text} №{seed}-{i}", fill=ink, font=face)
    return page


def stamped_page(colour: tuple[int, int, int] = (110, 60, 190)) -> Image.Image:
    """A colour page with a violet round stamp over the text. Stamp ink is translucent: it
    darkens the paper and the type beneath it multiplies through, as on a real certificate."""
    page = text_page(mode="RGB")
    stamp = Image.new("RGB", page.size, "white")
    draw = ImageDraw.Draw(stamp)
    cx, cy, r = 700, 420, 170
    draw.ellipse((cx - r, cy - r, cx + r, cy + r), outline=colour, width=9)
    draw.ellipse((cx - r + 30, cy - r + 30, cx + r - 30, cy + r - 30), outline=colour, width=5)
    draw.text((cx - 120, cy - 20), "ПЕЧАТЬ УКГБ", fill=colour, font=font(40))
    return ImageChops.multiply(page, stamp)


def encode(image: Image.Image, fmt: str, **options: object) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, fmt, **options)
    return buffer.getvalue()


def write(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def jpeg(
    path: Path,
    image: Image.Image | None = None,
    *,
    orientation: int | None = None,
    dpi: int = 150,
    quality: int = 85,
) -> Path:
    image = image if image is not None else text_page()
    options: dict[str, object] = {"quality": quality, "dpi": (dpi, dpi)}
    if orientation is not None:
        exif = Image.Exif()
        exif[0x0112] = orientation
        options["exif"] = exif.tobytes()
    return write(
        path, encode(image.convert("RGB") if image.mode == "RGBA" else image, "JPEG", **options)
    )


def png(path: Path, image: Image.Image | None = None, *, dpi: int = 150) -> Path:
    image = image if image is not None else text_page()
    return write(path, encode(image, "PNG", dpi=(dpi, dpi)))


def tiff(path: Path, frames: list[Image.Image], *, dpi: int = 150) -> Path:
    buffer = io.BytesIO()
    first, *rest = frames
    first.save(
        buffer, "TIFF", save_all=True, append_images=rest, dpi=(dpi, dpi), compression="tiff_lzw"
    )
    return write(path, buffer.getvalue())


def pdf(
    path: Path, pages: int = 2, *, password: str | None = None, owner_password: str | None = None
) -> Path:
    """A PDF of `pages` A5 pages of text drawn by reportlab (real vector text), optionally
    encrypted (the standard security handler: a user password makes it unopenable without it;
    an owner password alone restricts permissions but anyone can open it)."""
    from reportlab.lib.pagesizes import A5
    from reportlab.pdfgen import canvas

    encrypt = None
    if password is not None or owner_password is not None:
        from reportlab.lib import pdfencrypt

        encrypt = pdfencrypt.StandardEncryption(
            password or "", ownerPassword=owner_password or password or ""
        )
    path.parent.mkdir(parents=True, exist_ok=True)
    drawing = canvas.Canvas(str(path), pagesize=A5, encrypt=encrypt)
    for number in range(1, pages + 1):
        drawing.setFont("Helvetica", 14)
        drawing.drawString(60, 500, f"Certificate page {number} of {pages}")
        drawing.rect(50, 100, 300, 50 + 20 * number)
        drawing.showPage()
    drawing.save()
    return path


def png_claiming_size(path: Path, width: int, height: int) -> Path:
    """A tiny PNG whose header claims width x height pixels: a decompression bomb's calling
    card. Pillow must refuse it on opening, before any pixel is decoded."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data))
            + kind
            + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
        )

    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)  # 1-bit grey
    data = zlib.compress(b"\x00" * 64)
    return write(
        path,
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", data) + chunk(b"IEND", b""),
    )


@dataclass(frozen=True)
class BadFile:
    name: str
    path: Path
    # Words the reason reported for this file must contain.
    expect: str


def bad_corpus(folder: Path) -> list[BadFile]:
    """One file of each kind of bad input, all in `folder`. Unreadable entries (a dangling link,
    a FIFO) are made here; a permission-denied file is made by the test that can honour it."""
    folder.mkdir(parents=True, exist_ok=True)
    page = text_page(620, 877)
    jpeg_bytes = encode(page, "JPEG", quality=80)
    png_bytes = encode(page, "PNG")
    tiff_bytes = encode(page, "TIFF", compression="tiff_lzw")
    corpus = [
        BadFile("empty", write(folder / "empty.jpg", b""), "empty"),
        BadFile(
            "truncated jpeg",
            write(folder / "cut.jpg", jpeg_bytes[: len(jpeg_bytes) // 2]),
            "truncated",
        ),
        BadFile(
            "truncated png",
            write(folder / "cut.png", png_bytes[: len(png_bytes) // 2]),
            "truncated",
        ),
        BadFile(
            "truncated tiff",
            write(folder / "cut.tif", tiff_bytes[: len(tiff_bytes) // 3]),
            "truncated",
        ),
        BadFile(
            "text named .jpg",
            write(folder / "notes.jpg", "Список дел\n".encode() * 20),
            "named .jpg",
        ),
        BadFile(
            "html named .pdf",
            write(folder / "reply.pdf", b"<!DOCTYPE html><html></html>"),
            "not a PDF",
        ),
        BadFile(
            "damaged pdf", write(folder / "broken.pdf", b"%PDF-1.4\n1 0 obj\n<<>>\n"), "damaged"
        ),
        BadFile("encrypted pdf", pdf(folder / "locked.pdf", 1, password="secret"), "password"),
        BadFile(
            "decompression bomb",
            png_claiming_size(folder / "bomb.png", 40_000, 40_000),
            "decompression bomb",
        ),
    ]
    dangling = folder / "moved.jpg"
    dangling.symlink_to(folder / "no-such-target.jpg")
    corpus.append(BadFile("dangling link", dangling, "does not exist"))
    fifo = folder / "pipe.png"
    os.mkfifo(fifo)
    corpus.append(BadFile("named pipe", fifo, "not a regular file"))
    return corpus


def non_image_folder(folder: Path, count: int) -> list[Path]:
    """A folder tree of `count` files that are not images (notes, spreadsheets, archives)."""
    made = []
    kinds = (
        ("txt", lambda i: f"заметка {i}\n".encode()),
        ("csv", lambda i: f"id,name\n{i},Иванов\n".encode()),
        ("zip", lambda i: b"PK\x03\x04" + bytes(26) + str(i).encode()),
        ("doc", lambda i: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(8) + str(i).encode()),
    )
    for i in range(count):
        ext, content = kinds[i % len(kinds)]
        path = folder / f"part{i % 7}" / f"file{i}.{ext}"
        made.append(write(path, content(i)))
    return made


def prepare_or_crash(task):  # type: ignore[no-untyped-def]
    """A stand-in for the import's `prepare_file` that kills its worker process on any file
    named `crash*`, as a decoder bug triggered by a crafted file would. Workers import it from
    here, so it must stay a plain module-level function."""
    from catalog.importing.prepare import prepare_file

    if Path(task.path).name.startswith("crash"):
        os._exit(70)
    return prepare_file(task)
