"""Every export of the family catalogue compared with its reviewed golden file."""

from __future__ import annotations

import datetime as dt
import json
import re
import subprocess
import zipfile
from pathlib import Path

from catalog.db import Catalog
from catalog.io.csv_export import export_csv
from catalog.io.dossier import export_dossier
from catalog.io.gedcom import export_gedcom
from catalog.io.interchange_dump import dump_catalog
from catalog.io.package_export import export_package
from catalog.io.pages_export import export_alto, export_hocr, export_text
from catalog.io.searchable_pdf import export_searchable_pdf
from tests.io.golden import check_golden, normalise_hashes

NOW = dt.datetime(2026, 1, 2, 3, 4, 5)
SHA = re.compile(r"[0-9a-f]{64}")

Family = tuple[Catalog, dict[str, int]]


def pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"],
        check=True,
        capture_output=True,
        text=True,
        encoding="utf-8",
    ).stdout


def test_gedcom_golden(family_catalog: Family, tmp_path: Path) -> None:
    catalog, _ids = family_catalog
    export_gedcom(catalog, tmp_path / "family.ged", now=NOW)
    check_golden("family.ged", (tmp_path / "family.ged").read_text("utf-8"))


def test_gedcom_russian_golden(family_catalog: Family, tmp_path: Path) -> None:
    catalog, ids = family_catalog
    export_gedcom(catalog, tmp_path / "family.ged", person_ids=[ids["p1"]], language="ru", now=NOW)
    check_golden("family-ru-p1.ged", (tmp_path / "family.ged").read_text("utf-8"))


def test_csv_golden(family_catalog: Family, tmp_path: Path) -> None:
    catalog, _ids = family_catalog
    export_csv(catalog, tmp_path)
    for name in ("persons.csv", "claims.csv", "documents.csv"):
        check_golden(name, (tmp_path / name).read_text("utf-8"))


def test_alto_and_hocr_golden(family_catalog: Family, tmp_path: Path) -> None:
    catalog, ids = family_catalog
    alto = export_alto(catalog, tmp_path / "alto", document_id=ids["d1"])
    hocr = export_hocr(catalog, tmp_path / "hocr", document_id=ids["d2"])
    check_golden("certificate.alto.xml", normalise_hashes(alto.files[0].read_text("utf-8")))
    check_golden("reply.hocr", hocr.files[0].read_text("utf-8"))


def test_text_golden(family_catalog: Family, tmp_path: Path) -> None:
    catalog, _ids = family_catalog
    with catalog.read() as session:
        from sqlalchemy import select

        from catalog import models

        pages = list(session.scalars(select(models.Page.id).order_by(models.Page.id)))
    export_text(catalog, tmp_path / "pages.txt", page_ids=pages)
    check_golden("pages.txt", (tmp_path / "pages.txt").read_text("utf-8"))


def test_searchable_pdf_golden(family_catalog: Family, tmp_path: Path) -> None:
    catalog, ids = family_catalog
    export_searchable_pdf(catalog, ids["d2"], tmp_path / "reply.pdf")
    check_golden("reply.pdf.txt", pdf_text(tmp_path / "reply.pdf"))


def test_dossier_golden(family_catalog: Family, tmp_path: Path) -> None:
    catalog, ids = family_catalog
    for language in ("ru", "uk", "en"):
        out = tmp_path / f"dossier-{language}.pdf"
        export_dossier(catalog, ids["p1"], out, language, today=NOW.date())
        check_golden(f"dossier-{language}.txt", pdf_text(out))


def test_interchange_json_golden(family_catalog: Family, tmp_path: Path) -> None:
    catalog, ids = family_catalog
    out = tmp_path / "p2.json"
    with out.open("w", encoding="utf-8") as handle:
        dump_catalog(catalog, handle, base_dir=catalog.folder, person_ids=[ids["p2"]])
    check_golden("person-p2.json", out.read_text("utf-8"))


def test_package_golden(family_catalog: Family, tmp_path: Path) -> None:
    catalog, ids = family_catalog
    export_package(catalog, tmp_path / "p1.zip", [ids["p1"]], now=NOW)
    with zipfile.ZipFile(tmp_path / "p1.zip") as archive:
        names = sorted(SHA.sub("<sha256>", name) for name in archive.namelist())
        manifest = json.loads(archive.read("manifest.json"))
        catalog_json = archive.read("catalog.json").decode("utf-8")
    # Image bytes (so their hashes, sizes and order by hash) depend on the encoder's version.
    manifest["catalog_uid"] = "<catalog uid>"
    manifest["generator"] = re.sub(r"[\d.]+$", "<version>", manifest["generator"])
    files = [
        {"path": SHA.sub("<sha256>", f["path"]), "size": "<size>", "sha256": "<sha256>"}
        if f["path"] != "catalog.json"
        else {**f, "sha256": "<sha256>"}
        for f in manifest["files"]
    ]
    manifest["files"] = sorted(files, key=lambda f: f["path"])
    check_golden("package-names.txt", "\n".join(names) + "\n")
    check_golden("package-manifest.json", json.dumps(manifest, ensure_ascii=False, indent=2))
    check_golden("package-catalog.json", normalise_hashes(catalog_json))
