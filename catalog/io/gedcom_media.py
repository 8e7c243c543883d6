"""Page images beside an exported GEDCOM file, linked from their sources (OBJE).

GEDCOM carries no pictures, only paths. The page images of every exported document are copied
into a folder beside the file (`family.ged` → `family-media/`), named by source and page
(`S12-p1.jpg`), and each source gets an OBJE link with the relative path. Gramps looks for a
relative path first beside the GEDCOM file, so the folder and the file travel together (copy
both). The stored originals are copied as they are; names are stable, so exporting again
overwrites the same files.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from catalog import models
from catalog.store import BlobStore

EXTENSIONS = {
    "image/jpeg": ("jpg", "jpeg"),
    "image/png": ("png", "png"),
    "image/tiff": ("tif", "tiff"),
    "image/gif": ("gif", "gif"),
    "image/bmp": ("bmp", "bmp"),
}


@dataclass(frozen=True)
class MediaLink:
    path: str  # relative to the GEDCOM file, with forward slashes
    form: str  # the GEDCOM MULTIMEDIA_FORMAT (jpeg, png, tiff…)
    seq: int


@dataclass
class MediaFolder:
    """Where the images of one export go; `links` returns (and writes) a document's pages."""

    gedcom: Path
    blobs: BlobStore
    written: int = 0
    missing: list[str] = field(default_factory=list)

    @property
    def folder(self) -> Path:
        return self.gedcom.with_name(f"{self.gedcom.stem}-media")

    def links(self, document: models.Document) -> list[MediaLink]:
        out = []
        for page in document.pages:
            if page.blob_sha256 is None:
                continue
            media_type = page.blob.media_type if page.blob is not None else ""
            extension, form = EXTENSIONS.get(media_type, ("bin", "bin"))
            name = f"S{document.id}-p{page.seq}.{extension}"
            try:
                data = self.blobs.read_bytes(page.blob_sha256)
            except Exception as error:  # a missing blob loses one picture, not the export
                self.missing.append(f"{name}: {error}")
                continue
            self.folder.mkdir(parents=True, exist_ok=True)
            (self.folder / name).write_bytes(data)
            self.written += 1
            out.append(MediaLink(f"{self.folder.name}/{name}", form, page.seq))
        return out
