"""Export, package and backup speed on a synthetic catalogue, as ratios to `dump` in the same run.

    PYTHONPATH=. python tests/benchmarks/bench_exports.py [--persons 2000] [--repeat 3]

Builds a catalogue of N persons (5 claims each, one document with a generated page image per 10
persons, transcriptions with word boxes), then times each export `--repeat` times and prints the
median seconds and the ratio to the interchange dump measured in the same run (the machine is
shared and noisy: compare ratios, not seconds).
"""

from __future__ import annotations

import argparse
import io
import json
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PIL import Image, ImageDraw

from catalog.db import Catalog
from catalog.io.backup import backup
from catalog.io.csv_export import export_csv
from catalog.io.dossier import export_dossier
from catalog.io.gedcom import export_gedcom
from catalog.io.interchange_dump import dump_catalog
from catalog.io.interchange_load import load_file
from catalog.io.package_export import export_package
from catalog.io.package_import import import_package
from catalog.io.pages_export import export_alto
from catalog.io.searchable_pdf import export_searchable_pdf


def build(folder: Path, persons: int) -> dict[str, Any]:
    images = folder / "images"
    images.mkdir(parents=True)
    documents = []
    for d in range(max(1, persons // 10)):
        path = images / f"{d}.png"
        image = Image.new("L", (1240, 900), 250)
        draw = ImageDraw.Draw(image)
        words = []
        for line in range(12):
            for k in range(6):
                x, y = 100 + k * 170, 80 + line * 60
                draw.rectangle((x, y, x + 140, y + 30), fill=40 + (d + line + k) % 50)
                words.append({"text": f"слово{d}-{line}-{k}", "x": x, "y": y, "width": 140,
                              "height": 30, "confidence": 90.0, "block": 1, "paragraph": 1,
                              "line": line + 1})  # fmt: skip
        image.save(path)
        text = "\n".join(" ".join(w["text"] for w in words[i * 6 : i * 6 + 6]) for i in range(12))
        documents.append({
            "id": f"d{d}", "kind": "archival_reply", "title": f"Архивная справка {d}",
            "issued": "1992-11-03",
            "pages": [{"image": f"images/{d}.png", "transcriptions": [
                {"origin": "engine", "text": text, "words": words}]}],
        })  # fmt: skip
    people = []
    for p in range(persons):
        d = f"d{p // 10}"
        people.append({
            "id": f"p{p}", "surname": f"Фамилия{p}", "given_name": "Иван", "patronymic": "Петрович",
            "sex": "m", "birth": {"date": str(1880 + p % 40)},
            "name_variants": [{"surname": f"Familiya{p}", "script": "Latn", "scheme": "icao",
                               "kind": "transliteration"}],
            "claims": [
                {"id": f"c{p}a", "kind": "arrest", "date": "1937-08-12", "source": d, "page": 1},
                {"id": f"c{p}s", "kind": "sentence", "date": "1937-10-10", "sentence": "ВМН",
                 "body": "Тройка при УНКВД", "article": "58-10", "source": d},
                {"id": f"c{p}e", "kind": "execution", "date": "1937-10-20", "source": d},
                {"id": f"c{p}d", "kind": "death", "date": "1943-06-10",
                 "cause": "воспаление легких"},
                {"id": f"c{p}r", "kind": "rehabilitation", "date": "1958-03", "source": d},
            ],
        })  # fmt: skip
        documents[p // 10].setdefault("persons", []).append({"person": f"p{p}"})
    return {"format": "spravka-catalog", "version": 1, "persons": people, "documents": documents}


def median_time(action: Callable[[int], object], repeat: int) -> float:
    times = []
    for n in range(repeat):
        start = time.perf_counter()
        action(n)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--persons", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="spravka-bench-"))
    try:
        source = work / "source"
        file = source / "catalog.json"
        source.mkdir()
        data = build(source, args.persons)
        file.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
        with Catalog.create(work / "catalog") as catalog:
            start = time.perf_counter()
            load_file(catalog, file)
            print(f"built: {args.persons} persons, {len(data['documents'])} documents "
                  f"in {time.perf_counter() - start:.1f} s")  # fmt: skip
            out = work / "out"
            out.mkdir()
            cases: list[tuple[str, Callable[[int], object]]] = [
                ("dump (baseline)", lambda n: dump_catalog(catalog, io.StringIO(), base_dir=out)),
                ("export gedcom", lambda n: export_gedcom(catalog, out / f"{n}.ged")),
                ("export csv", lambda n: export_csv(catalog, out / f"csv{n}")),
                ("export package", lambda n: export_package(catalog, out / f"{n}.zip")),
                ("backup (copy)", lambda n: backup(catalog, out / f"backup{n}", link=False)),
                ("backup (hard links)", lambda n: backup(catalog, out / f"linked{n}", link=True)),
                ("dossier (1 person)", lambda n: export_dossier(catalog, 1, out / f"{n}.pdf")),
                ("searchable pdf (1 page)",
                 lambda n: export_searchable_pdf(catalog, 1, out / f"s{n}.pdf")),
                ("alto (1 page)", lambda n: export_alto(catalog, out / f"alto{n}", document_id=1)),
            ]  # fmt: skip
            results = [(name, median_time(action, args.repeat)) for name, action in cases]
            targets = [work / f"import{n}" for n in range(args.repeat)]
            importing = [Catalog.create(t) for t in targets]
            results.append(("import package (new catalogue)", median_time(
                lambda n: import_package(importing[n], out / "0.zip"), args.repeat)))  # fmt: skip
            for opened in importing:
                opened.close()
        baseline = results[0][1]
        print(f"{'operation':34} {'median s':>9} {'x dump':>8}")
        for name, seconds in results:
            print(f"{name:34} {seconds:9.3f} {seconds / baseline:8.2f}")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
