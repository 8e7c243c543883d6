"""The work a crash trial interrupts: real catalogue operations, each promised once committed.

`python -m tests.reliability.workload FOLDER JOURNAL SEED` runs until it is killed. After every
operation has committed, a line naming what it stored is appended to JOURNAL and flushed to disk.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import sys
from pathlib import Path
from typing import IO

from PIL import Image, ImageDraw

from catalog.db import Catalog
from catalog.importing import import_paths
from catalog.io.interchange_load import load_file
from catalog.ocr import ocr_pages, pending_page_ids
from catalog.services import claims, documents, persons, transcriptions


def promise(journal: IO[str], kind: str, value: object) -> None:
    journal.write(json.dumps([kind, value], ensure_ascii=False) + "\n")
    journal.flush()
    os.fsync(journal.fileno())


def page_image(path: Path, label: str, rng: random.Random) -> None:
    image = Image.new("L", (700, 900), 230)
    draw = ImageDraw.Draw(image)
    for line in range(20):
        draw.text((40, 40 + line * 40), f"{label} строка {line} {rng.random():.6f}", fill=20)
    image.save(path)


def load_step(
    catalog: Catalog, work: Path, local: str, rng: random.Random, journal: IO[str]
) -> None:
    image = work / f"page-{local}.png"
    page_image(image, local, rng)
    claim = {"id": f"c{local}", "kind": "arrest", "date": "1937-08-12", "source": f"d{local}"}
    data = {
        "format": "spravka-catalog",
        "version": 1,
        "persons": [{"id": f"p{local}", "surname": f"Загруженный{local}", "claims": [claim]}],
        "documents": [
            {
                "id": f"d{local}",
                "kind": "archival_reply",
                "pages": [{"image": image.name, "text": f"текст {local}"}],
            }
        ],
    }
    file = work / f"load-{local}.json"
    file.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    load_file(catalog, file)
    promise(journal, "person_source_id", f"p{local}")
    promise(journal, "blob", hashlib.sha256(image.read_bytes()).hexdigest())


def import_step(
    catalog: Catalog, work: Path, local: str, rng: random.Random, journal: IO[str]
) -> None:
    """The real import: worker processes hash and decode, the catalogue is written per file."""
    folder = work / f"import-{local}"
    folder.mkdir()
    for number in range(rng.randint(1, 3)):
        page_image(folder / f"scan-{number}.png", f"{local}-{number}", rng)
    report = import_paths(catalog, [folder], jobs=2)
    for page in report.pages:
        promise(journal, "blob", page.sha256)
        promise(journal, "page", page.page_id)


def ocr_step(catalog: Catalog, journal: IO[str]) -> None:
    """The real OCR of one waiting page (a Tesseract process, one page per worker)."""
    waiting = pending_page_ids(catalog)
    if waiting:
        report = ocr_pages(catalog, page_ids=waiting[:1], jobs=1)
        for page_id in report.read:
            promise(journal, "ocr", page_id)


def random_page_id(catalog: Catalog, rng: random.Random) -> int | None:
    pages = [
        page.id
        for document in documents.list_documents(catalog, limit=20)
        for page in documents.get_document(catalog, document.id).pages
    ]
    return rng.choice(pages) if pages else None


def run(folder: Path, journal_path: Path, seed: int) -> None:
    rng = random.Random(seed)
    work = folder.parent / f"work-{seed}"
    work.mkdir(exist_ok=True)
    with open(journal_path, "a", encoding="utf-8") as journal, Catalog.open(folder) as catalog:
        step = 0
        while True:
            step += 1
            local = f"{seed}-{step}"
            action = rng.choice(["load", "import", "ocr", "person", "claim", "transcription"])
            if action == "load":
                load_step(catalog, work, local, rng, journal)
            elif action == "import":
                import_step(catalog, work, local, rng, journal)
            elif action == "ocr":
                ocr_step(catalog, journal)
            elif action == "person":
                fields = persons.PersonFields(surname=f"Добавленный{local}")
                promise(journal, "person_uid", persons.add_person(catalog, fields).uid)
            elif action == "claim":
                ids = [p.id for p in persons.list_persons(catalog, order="id", limit=50)]
                if ids:
                    fields = claims.ClaimFields(
                        kind="death", date="1943-06-10", cause="воспаление легких"
                    )
                    claim = claims.add_claim(catalog, rng.choice(ids), fields)
                    promise(journal, "claim_uid", claim.uid)
            else:
                page_id = random_page_id(catalog, rng)
                if page_id is not None:
                    text = f"правка {local}"
                    version = transcriptions.add_transcription(catalog, page_id, text)
                    promise(journal, "transcription", [page_id, version.version])


if __name__ == "__main__":
    run(Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3]))
