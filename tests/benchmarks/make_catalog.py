"""Build a realistic catalogue for the search benchmark.

    PYTHONPATH=. python tests/benchmarks/make_catalog.py --persons 1000000 --pages 100000 \
        --out /tmp/spravka-bench-1m

The catalogue is an ordinary one: created by `Catalog.create` (all migrations), its records
written with SQLAlchemy Core in large batches through the catalogue's own tables (no ORM per row,
synchronous writes and journaling relaxed on this connection only), and its search index built
by the application's own `rebuild_index` — the function the migration and `spravka reindex` use,
which writes the same rows as the incremental listener. At the end a sample of persons, claims,
documents and pages is re-indexed through the incremental path and compared row for row.

Names follow Russian/Ukrainian distributions with spelling variants (bench_names.py); details
and claims come from Memorial's development records when present (bench_records.py).
"""

from __future__ import annotations

import argparse
import io
import random
import shutil
import sqlite3
import sys
import time
import uuid
from pathlib import Path
from typing import Any

from PIL import Image, ImageDraw
from sqlalchemy import Connection, create_engine, event

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_names import NameMaker
from bench_records import (
    CAUSES_108,
    Record,
    layout_words,
    load_records,
    ocr_noise,
    page_text,
    synthetic_record,
)

from catalog import models
from catalog.db import Catalog
from catalog.search import indexer
from catalog.search.rebuild import rebuild_index

BATCH = 20_000
PAGE_SIZE = (1240, 1754)  # A4 at 150 dpi
DOCUMENT_KINDS = [
    ("archival_reply", 40),
    ("rehabilitation_certificate", 25),
    ("death_certificate", 20),
    ("protocol_extract", 5),
    ("death_notice", 5),
    ("other", 5),
]
ISSUERS = [
    "УФСБ России по Иркутской области",
    "УСБУ в Харьковской обл.",
    "Бюро ЗАГС г. Харькова",
    "Прокуратура Новосибирской области",
    "Военный трибунал КВО",
    "ГАРФ",
]


def say(message: str) -> None:
    print(message, flush=True)


class Writer:
    """Collects rows per table and inserts them through Core in batches."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.rows: dict[Any, list[dict[str, Any]]] = {}

    def add(self, table: Any, row: dict[str, Any]) -> None:
        self.rows.setdefault(table, []).append(row)

    def flush(self) -> None:
        # Parents before children (foreign keys are checked per statement).
        order = [
            models.Person.__table__,
            models.NameVariant.__table__,
            models.Document.__table__,
            models.DocumentLink.__table__,
            models.Page.__table__,
            models.Transcription.__table__,
            models.Claim.__table__,
            models.Flag.__table__,
        ]
        for table in order:
            rows = self.rows.pop(table, None)
            if rows:
                self.conn.execute(table.insert(), rows)
        self.conn.commit()


def make_blobs(catalog: Catalog, rng: random.Random, count: int = 48) -> list[tuple[str, int]]:
    """A pool of small grey page images stored in the blob store, reused by the pages."""
    blobs = []
    for _ in range(count):
        image = Image.new("L", PAGE_SIZE, 245)
        draw = ImageDraw.Draw(image)
        for line in range(40):
            y = 90 + line * 38
            draw.line((80, y, rng.randint(400, 1160), y), fill=rng.randint(40, 120), width=3)
        buffer = io.BytesIO()
        image.save(buffer, "PNG", optimize=True)
        stored = catalog.blobs.put_bytes(buffer.getvalue())
        blobs.append((stored.sha256, stored.size))
    return blobs


def _uid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _qualifier(date: str | None) -> str | None:
    return "exact" if date else None


class Generator:
    def __init__(self, args: argparse.Namespace, catalog: Catalog, conn: Connection) -> None:
        self.args = args
        self.rng = random.Random(args.seed)
        self.names = NameMaker(self.rng)
        self.records = load_records(args.records)
        self.by_sex = {
            "m": [r for r in self.records if r.female is not True],
            "f": [r for r in self.records if r.female is not False],
        }
        self.writer = Writer(conn)
        self.blobs = make_blobs(catalog, self.rng)
        self.now = models.utc_now()
        self.ids = {
            "person": 0,
            "variant": 0,
            "document": 0,
            "page": 0,
            "t": 0,
            "claim": 0,
            "flag": 0,
        }
        self.documents_total = max(1, round(args.pages / 1.7)) if args.pages else 0
        self.pages_done = 0
        self.documents_done = 0
        self.transcriptions = 0

    def next_id(self, kind: str) -> int:
        self.ids[kind] += 1
        return self.ids[kind]

    def record_for(self, sex: str) -> Record:
        pool = self.by_sex[sex]
        return self.rng.choice(pool) if pool else synthetic_record(self.rng)

    def run(self) -> None:
        w = self.writer
        for sha, size in self.blobs:
            w.add(
                models.Blob.__table__,
                {"sha256": sha, "size": size, "media_type": "image/png", "created_at": self.now},
            )
        w.conn.execute(models.Blob.__table__.insert(), w.rows.pop(models.Blob.__table__))
        started = time.monotonic()
        total = self.args.persons
        for index in range(total):
            self.person(index)
            if (index + 1) % BATCH == 0 or index + 1 == total:
                w.flush()
                rate = (index + 1) / (time.monotonic() - started)
                say(
                    f"  persons {index + 1:>9,}/{total:,}  "
                    f"pages {self.pages_done:,}  ({rate:,.0f}/s)"
                )

    def person(self, index: int) -> None:
        rng, w = self.rng, self.writer
        name = self.names.person()
        record = self.record_for(name["sex"])
        pid = self.next_id("person")
        surname = name["surname"]
        if rng.random() < 0.04:
            surname = self.names.respell(surname)  # written as the archive wrote it
        birth = record.birth_year or str(int(rng.gauss(1895, 12)))
        birth = birth if 1850 <= int(birth) <= 1935 else "1895"
        notes = ""
        if rng.random() < 0.1:
            notes = rng.choice(
                [
                    "Сведения от дочери, письмо 1989 г.",
                    "Фотография в семейном архиве.",
                    "По воспоминаниям соседей, увезён ночью.",
                    "Дело затребовано из архива УФСБ.",
                ]
            )
        w.add(
            models.Person.__table__,
            {
                "id": pid,
                "uid": _uid(rng),
                "source_id": f"memo-{pid}" if rng.random() < 0.3 else None,
                "surname": surname,
                "given_name": name["given_name"],
                "patronymic": name["patronymic"],
                "sex": name["sex"],
                "birth_date": birth,
                "birth_qualifier": "exact",
                "birth_place": record.birth_place,
                "nationality": record.nationality,
                "occupation": record.occupation,
                "residence": record.residence,
                "notes": notes,
                "extra": None,
                "created_at": self.now,
                "updated_at": self.now,
            },
        )
        if rng.random() < 0.12:
            for variant in self.names.variants(name):
                w.add(
                    models.NameVariant.__table__,
                    {"id": self.next_id("variant"), "person_id": pid, "note": "", **variant},
                )
        citation = self.document(index, pid, name, record)
        self.claims(pid, record, citation)

    def document(
        self, index: int, pid: int, name: dict[str, str], record: Record
    ) -> tuple[int, int, str] | None:
        """Some persons have a document of 1-4 transcribed pages; returns (doc, page 1, text)."""
        args, rng, w = self.args, self.rng, self.writer
        if not self.documents_total or self.documents_done >= self.documents_total:
            return None
        due = (index + 1) * self.documents_total // args.persons
        if self.documents_done >= due:
            return None
        remaining_docs = self.documents_total - self.documents_done
        remaining_pages = args.pages - self.pages_done
        pages = (
            remaining_pages
            if remaining_docs == 1
            else max(1, min(4, round(remaining_pages / remaining_docs + rng.uniform(-0.8, 0.8))))
        )
        pages = min(pages, remaining_pages - (remaining_docs - 1)) if remaining_docs > 1 else pages
        if pages < 1:
            return None
        self.documents_done += 1
        did = self.next_id("document")
        kind = rng.choices([k for k, _ in DOCUMENT_KINDS], [n for _, n in DOCUMENT_KINDS])[0]
        year = rng.choice([1957, 1958, 1989, 1991, 1996, 2003, 2012])
        issued = f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        w.add(
            models.Document.__table__,
            {
                "id": did,
                "uid": _uid(rng),
                "source_id": None,
                "kind": kind,
                "title": {
                    "archival_reply": "Архивная справка",
                    "death_certificate": "Свидетельство о смерти",
                }.get(kind, "Справка"),
                "issuer": rng.choice(ISSUERS),
                "issued_date": issued,
                "issued_qualifier": "exact",
                "act_record_date": issued if kind == "death_certificate" else None,
                "act_record_qualifier": "exact" if kind == "death_certificate" else None,
                "archive": "",
                "fond": "",
                "opis": "",
                "delo": str(rng.randint(100, 99999)),
                "sheets": "",
                "notes": "",
                "extra": None,
                "created_at": self.now,
                "updated_at": self.now,
            },
        )
        w.add(
            models.DocumentLink.__table__, {"document_id": did, "person_id": pid, "role": "subject"}
        )
        full = " ".join((name["surname"], name["given_name"], name["patronymic"]))
        first: tuple[int, int, str] | None = None
        for seq in range(1, pages + 1):
            page_id = self.next_id("page")
            sha, _ = self.blobs[page_id % len(self.blobs)]
            w.add(
                models.Page.__table__,
                {
                    "id": page_id,
                    "document_id": did,
                    "seq": seq,
                    "blob_sha256": sha,
                    "width": PAGE_SIZE[0],
                    "height": PAGE_SIZE[1],
                    "dpi": 150,
                    "processing": None,
                    "origin_name": f"scan-{page_id:07d}.png",
                    "created_at": self.now,
                    "updated_at": self.now,
                },
            )
            text = page_text(rng, full, record, kind, seq)
            self.transcriptions_for(page_id, text)
            self.pages_done += 1
            if first is None:
                first = (did, page_id, text)
        return first

    def transcriptions_for(self, page_id: int, text: str) -> None:
        rng, w = self.rng, self.writer
        roll = rng.random()
        versions: list[tuple[str, str]] = []
        if roll < 0.5:
            versions = [("imported", text)]
        elif roll < 0.8:
            versions = [("engine", ocr_noise(rng, text))]
        else:
            versions = [("engine", ocr_noise(rng, text)), ("human", text)]
        for version, (origin, body) in enumerate(versions, start=1):
            words = None
            if origin == "engine" and rng.random() < 1 / 3:
                words = layout_words(body, *PAGE_SIZE)
            w.add(
                models.Transcription.__table__,
                {
                    "id": self.next_id("t"),
                    "page_id": page_id,
                    "version": version,
                    "origin": origin,
                    "engine": "tesseract 5.3.0" if origin == "engine" else "",
                    "engine_settings": "rus+eng" if origin == "engine" else "",
                    "author": "volunteer" if origin == "human" else "",
                    "text": body,
                    "mean_confidence": 87.5 if origin == "engine" else None,
                    "words": words,
                    "created_at": self.now,
                },
            )
            self.transcriptions += 1

    def claims(self, pid: int, record: Record, citation: tuple[int, int, str] | None) -> None:
        rng, w = self.rng, self.writer
        claims = [dict(c) for c in record.claims]
        executed = any(c["kind"] == "execution" for c in claims)
        if executed and rng.random() < 0.15:
            year = rng.choice([1941, 1942, 1943, 1944])
            claims.append(
                {
                    "kind": "death",
                    "date": f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                    "cause": rng.choice(CAUSES_108),
                    "place": "в местах заключения",
                }
            )
        flagged_claim = None
        for claim in claims:
            cid = self.next_id("claim")
            date = claim.get("date") or None
            cite = citation is not None and rng.random() < 0.5
            w.add(
                models.Claim.__table__,
                {
                    "id": cid,
                    "uid": _uid(rng),
                    "source_id": None,
                    "person_id": pid,
                    "kind": claim["kind"],
                    "status": "accepted",
                    "date": date,
                    "date_qualifier": _qualifier(date),
                    "place": claim.get("place", ""),
                    "body": claim.get("body", ""),
                    "body_code": "",
                    "article": claim.get("article", ""),
                    "sentence": claim.get("sentence", ""),
                    "cause": claim.get("cause", ""),
                    "basis": claim.get("basis", ""),
                    "note": "",
                    "document_id": citation[0] if cite and citation else None,
                    "page_id": citation[1] if cite and citation else None,
                    "region": [80, 90, 900, 120] if cite else None,
                    "quote": "",
                    "extra": None,
                    "created_at": self.now,
                    "updated_at": self.now,
                },
            )
            if claim["kind"] == "death":
                flagged_claim = cid
        if flagged_claim is not None or rng.random() < 0.02:
            status = rng.choices(["suggested", "confirmed", "dismissed"], [80, 15, 5])[0]
            w.add(
                models.Flag.__table__,
                {
                    "id": self.next_id("flag"),
                    "person_id": pid,
                    "claim_id": flagged_claim,
                    "document_id": None,
                    "kind": "likely_falsified_death",
                    "rule": "benchmark",
                    "origin": "rule",
                    "score": round(rng.uniform(0.5, 0.95), 2),
                    "status": status,
                    "reasons": [],
                    "evidence": [flagged_claim] if flagged_claim else [],
                    "fingerprint": f"rule:benchmark:person:{pid}:claims:{flagged_claim or ''}",
                    "created_at": self.now,
                    "updated_at": self.now,
                },
            )


def _relaxed(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    # Generation only: a crash here loses nothing but the half-built benchmark catalogue.
    cursor = dbapi_connection.cursor()
    for pragma in (
        "journal_mode = OFF",
        "synchronous = OFF",
        "cache_size = -262144",
        "temp_store = MEMORY",
        "foreign_keys = ON",
    ):
        cursor.execute(f"PRAGMA {pragma}")
    cursor.close()


INDEX_QUERIES = {
    "search_names": "SELECT * FROM search_names WHERE person_id IN ({ids}) ORDER BY 1, 2, 3, 4, 5",
    "search_persons": "SELECT * FROM search_persons WHERE person_id IN ({ids}) ORDER BY 1",
    "person texts": "SELECT person_id, tokens FROM search_texts "
    "WHERE person_id IN ({ids}) ORDER BY 1",
    "claim texts": "SELECT claim_id, tokens FROM search_texts "
    "WHERE claim_id IN ({claims}) ORDER BY 1",
    "page texts": "SELECT page_id, transcription_id, tokens FROM search_texts "
    "WHERE page_id IN ({pages}) ORDER BY 1",
}


def verify_sample(raw: sqlite3.Connection, rng: random.Random, count: int) -> None:
    """Re-index a sample through the incremental path and compare with the bulk-built rows."""

    def sample(table: str) -> list[int]:
        top = raw.execute(f"SELECT max(id) FROM {table}").fetchone()[0] or 0
        return sorted({rng.randint(1, top) for _ in range(count)}) if top else []

    ids = {"ids": sample("persons"), "claims": sample("claims"), "pages": sample("pages")}
    ids["claims"] += [
        r[0]
        for r in raw.execute(
            f"SELECT id FROM claims WHERE person_id IN ({','.join(map(str, ids['ids']))})"
        )
    ]

    def snapshot() -> dict[str, list[tuple[Any, ...]]]:
        text = {k: ",".join(map(str, v)) or "0" for k, v in ids.items()}
        return {
            name: raw.execute(sql.format(**text)).fetchall() for name, sql in INDEX_QUERIES.items()
        }

    raw.execute("BEGIN")
    before = snapshot()
    indexer.refresh(
        raw, names=ids["ids"], person_texts=ids["ids"], claims=ids["claims"], pages=ids["pages"]
    )
    after = snapshot()
    raw.execute("ROLLBACK")
    for name in INDEX_QUERIES:
        if before[name] != after[name]:
            raise SystemExit(
                f"index sample differs for {name}: the generated index is not ordinary"
            )
        say(f"  verified {len(before[name]):,} {name} rows")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--persons", type=int, required=True)
    parser.add_argument("--pages", type=int, required=True)
    parser.add_argument(
        "--out", type=Path, help="catalogue folder (default /tmp/spravka-bench-P-N)"
    )
    parser.add_argument("--seed", type=int, default=1937)
    parser.add_argument("--records", type=Path, help="Memorial records.txt.gz (optional)")
    parser.add_argument("--force", action="store_true", help="replace an existing folder")
    parser.add_argument("--verify", type=int, default=300, help="persons/claims/pages re-checked")
    args = parser.parse_args(argv)
    if args.pages and args.persons < 1:
        parser.error("pages need persons")
    out = args.out or Path(f"/tmp/spravka-bench-{args.persons}-{args.pages}")
    if out.exists():
        if not args.force:
            parser.error(f"{out} exists; pass --force to replace it")
        shutil.rmtree(out)
    started = time.monotonic()
    catalog = Catalog.create(out)
    catalog.close()  # its WAL connections would keep this one from relaxing the journal
    say(f"catalogue created in {out}")
    engine = create_engine(f"sqlite:///{catalog.db_path}")
    event.listen(engine, "connect", _relaxed)
    with engine.connect() as conn:
        generator = Generator(args, catalog, conn)
        source = (
            f"{len(generator.records):,} Memorial records"
            if generator.records
            else "synthetic records"
        )
        say(f"writing {args.persons:,} persons and {args.pages:,} pages ({source})")
        generator.run()
        say(f"records written in {time.monotonic() - started:.0f} s; building the search index")
        raw = conn.connection.driver_connection
        t0 = time.monotonic()
        last = [0.0]

        def progress(p: Any) -> None:
            if time.monotonic() - last[0] > 5 or p.done == p.total:
                last[0] = time.monotonic()
                say(f"  index {p.done:,}/{p.total:,} {p.message}")

        raw.execute("BEGIN")
        report = rebuild_index(raw, progress=progress)
        raw.execute("COMMIT")
        say(f"search index built in {time.monotonic() - t0:.0f} s")
        verify_sample(raw, random.Random(args.seed + 1), args.verify)
        raw.execute("PRAGMA journal_mode = WAL")
    engine.dispose()
    size = catalog.db_path.stat().st_size / 2**20
    say(
        f"done in {time.monotonic() - started:.0f} s: {report.persons:,} persons, "
        f"{report.claims:,} claims, {report.documents:,} documents, {report.pages:,} pages, "
        f"{generator.transcriptions:,} transcriptions; {size:,.0f} MB"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
