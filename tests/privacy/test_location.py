"""Location and device metadata: found on import, kept in the catalogue, gone from every export
and package that carries images; the compressed picture is copied losslessly."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from pathlib import Path

from PIL import Image, ImageChops, ImageDraw, ImageOps

from catalog.cli.main import main
from catalog.db import Catalog
from catalog.imaging.metadata import clean_image, inspect, inspect_bytes
from catalog.importing.pipeline import import_paths
from catalog.io.dossier import export_dossier
from catalog.io.package_export import export_package
from catalog.io.sealed import export_encrypted_package, import_any_package
from catalog.io.searchable_pdf import export_searchable_pdf
from catalog.services.persons import PersonFields, add_person
from tests.privacy.conftest import PASSPHRASE

DEVICE = "SpravkaTestPhone 12"  # found in no other file of the tests


def phone_photo(path: Path, *, orientation: int = 1, fmt: str = "JPEG") -> Path:
    """A certificate 'photographed by a phone': GPS position and the phone's make and model."""
    image = Image.new("RGB", (640, 480), "white")
    draw = ImageDraw.Draw(image)
    for y in range(40, 440, 30):
        draw.line((40, y, 600, y), fill=(30, 30, 30), width=3)
    exif = Image.Exif()
    exif[0x010F] = "SpravkaTest"
    exif[0x0110] = DEVICE
    if orientation != 1:
        exif[0x0112] = orientation
    gps = exif.get_ifd(0x8825)
    gps[1], gps[2] = "N", (50.0, 0.0, 21.0)
    gps[3], gps[4] = "E", (36.0, 13.0, 46.0)
    options = {"exif": exif}
    if fmt == "JPEG":
        options["quality"] = 90
    image.save(path, fmt, **options)
    return path


def carries(data: bytes) -> bool:
    found = inspect_bytes(data)
    return found.location or found.device or DEVICE.encode() in data


def test_cleaning_is_lossless_and_keeps_the_orientation(tmp_path: Path) -> None:
    for orientation in (1, 6):
        original = phone_photo(tmp_path / f"o{orientation}.jpg", orientation=orientation)
        data = original.read_bytes()
        assert carries(data)
        clean = clean_image(data, "image/jpeg")
        assert not carries(clean) and len(clean) < len(data)
        with Image.open(io.BytesIO(data)) as before, Image.open(io.BytesIO(clean)) as after:
            # The same compressed picture: decoded, every pixel is identical.
            assert before.tobytes() == after.tobytes()
            assert after.getexif().get(0x0112, 1) == orientation
            upright = ImageOps.exif_transpose(after)
            assert upright.size == ((480, 640) if orientation == 6 else (640, 480))
    png = phone_photo(tmp_path / "page.png", orientation=6, fmt="PNG").read_bytes()
    assert carries(png)
    clean = clean_image(png, "image/png")
    assert not carries(clean)
    with Image.open(io.BytesIO(png)) as before, Image.open(io.BytesIO(clean)) as after:
        assert ImageChops.difference(before.convert("RGB"), after.convert("RGB")).getbbox() is None
        assert after.getexif().get(0x0112) == 6
    tiff = phone_photo(tmp_path / "page.tif", fmt="TIFF").read_bytes()
    assert DEVICE.encode() in tiff
    clean = clean_image(tiff, "image/tiff")
    assert not carries(clean)
    with Image.open(io.BytesIO(tiff)) as before, Image.open(io.BytesIO(clean)) as after:
        assert before.tobytes() == after.tobytes()


def test_a_phone_photo_leaves_the_program_without_its_location(
    catalog: Catalog, tmp_path: Path
) -> None:
    photo = phone_photo(tmp_path / "certificate.jpg")
    original_sha = hashlib.sha256(photo.read_bytes()).hexdigest()
    report = import_paths(catalog, [photo], jobs=1)
    # The import report says so.
    assert any("location" in note.reason for note in report.notes), report.notes
    document_id = report.documents[0].id
    person = add_person(catalog, PersonFields(surname="Карпенко", given_name="Пётр"))
    from catalog.services.documents import link_person

    link_person(catalog, document_id, person.id, "subject")
    # The catalogue keeps the file exactly as it came.
    stored = catalog.blobs.path(original_sha)
    assert stored.read_bytes() == photo.read_bytes()

    outputs: dict[str, bytes] = {}
    export_package(catalog, tmp_path / "plain.zip")
    with zipfile.ZipFile(tmp_path / "plain.zip") as archive:
        images = [n for n in archive.namelist() if n.startswith("blobs/")]
        assert len(images) == 1
        outputs["package"] = archive.read(images[0])
        pages = json.loads(archive.read("catalog.json"))["documents"][0]["pages"]
        assert pages[0]["sha256"] == hashlib.sha256(outputs["package"]).hexdigest()
    export_encrypted_package(catalog, tmp_path / "sealed.age", PASSPHRASE)
    base = ["--catalog", str(catalog.folder)]
    assert main([*base, "export", "json", str(tmp_path / "e.json"), "--copy-images"]) == 0
    (copied,) = (tmp_path / "e-images").iterdir()
    outputs["export json --copy-images"] = copied.read_bytes()
    assert main([*base, "dump", "-o", str(tmp_path / "d.json"), "--copy-images"]) == 0
    (copied,) = (tmp_path / "d-images").iterdir()
    outputs["dump --copy-images"] = copied.read_bytes()
    export_searchable_pdf(catalog, document_id, tmp_path / "page.pdf")
    outputs["searchable pdf"] = (tmp_path / "page.pdf").read_bytes()
    export_dossier(catalog, person.id, tmp_path / "dossier.pdf")
    outputs["dossier"] = (tmp_path / "dossier.pdf").read_bytes()
    for name, data in outputs.items():
        assert DEVICE.encode() not in data and b"Exif\x00\x00" not in data, name
        if not name.endswith("pdf") and name != "dossier":
            assert not carries(data), name
            with Image.open(io.BytesIO(data)) as out, Image.open(photo) as source:
                assert out.tobytes() == source.tobytes(), name  # the same picture
    # The PDF carries the picture itself, only without the metadata (ReportLab passes JPEGs on).
    assert hashlib.sha256(outputs["package"]).hexdigest() != original_sha
    assert stored.read_bytes() == photo.read_bytes()  # still untouched after every export

    # The receiving catalogue gets the clean copy, from a plain or an encrypted package.
    for package, passphrase in (
        (tmp_path / "plain.zip", None),
        (tmp_path / "sealed.age", PASSPHRASE),
    ):
        with Catalog.create(tmp_path / f"other-{package.suffix[1:]}") as other:
            import_any_package(other, package, passphrase)
            (blob,) = list(other.blobs)
            assert not carries(other.blobs.path(blob).read_bytes())


def test_inspect_reads_xmp_locations(tmp_path: Path) -> None:
    image = Image.new("L", (32, 32), 255)
    xmp = (
        b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF><rdf:Description '
        b'exif:GPSLatitude="50,0.35N" exif:GPSLongitude="36,13.77E"/></rdf:RDF></x:xmpmeta>'
    )
    image.save(tmp_path / "x.jpg", "JPEG", xmp=xmp)
    data = (tmp_path / "x.jpg").read_bytes()
    with Image.open(tmp_path / "x.jpg") as opened:
        assert inspect(opened).location
    assert b"GPSLatitude" not in clean_image(data, "image/jpeg")
