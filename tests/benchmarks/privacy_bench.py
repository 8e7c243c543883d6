"""What privacy costs: encrypting packages and backups, cleaning image metadata on the way out.

    PYTHONPATH=. .venv/bin/python tests/benchmarks/privacy_bench.py --images 40 --runs 5

Builds a catalogue of phone photos (JPEG with GPS and device EXIF, about 1 MB each) and times,
in the same run, a baseline and the privacy variants; prints medians and their ratios:
- zipping the stored images as they are (the baseline) against the package export, which
  cleans every image's metadata on the way out;
- the plain package against the encrypted one (export and import);
- the plain backup folder (copied, not hard-linked) against the encrypted backup file.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import tempfile
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

import numpy as np
from PIL import Image

from catalog.db import Catalog
from catalog.importing.pipeline import import_paths
from catalog.io.backup import backup
from catalog.io.package_export import export_package
from catalog.io.package_import import import_package
from catalog.io.sealed import encrypted_backup, export_encrypted_package, import_encrypted_package

PASSPHRASE = "benchmark passphrase of five words"


def phone_photo(path: Path, seed: int) -> None:
    rng = np.random.default_rng(seed)
    # Paper-like grey with noise: compresses like a photographed page (~1 MB at 2400x1800).
    pixels = np.clip(rng.normal(200, 25, (1800, 2400, 3)), 0, 255).astype("uint8")
    exif = Image.Exif()
    exif[0x010F], exif[0x0110] = "Phone", "Model 12"
    gps = exif.get_ifd(0x8825)
    gps[1], gps[2], gps[3], gps[4] = "N", (50.0, 0.0, 21.0), "E", (36.0, 13.0, 46.0)
    Image.fromarray(pixels).save(path, "JPEG", quality=85, exif=exif)


def timed(fn: Callable[[], object], runs: int, reset: Callable[[], None]) -> float:
    times = []
    for _ in range(runs):
        reset()
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--images", type=int, default=40)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    root = Path(tempfile.mkdtemp(prefix="spravka-privacy-bench-"))
    try:
        photos = root / "photos"
        photos.mkdir()
        for n in range(args.images):
            phone_photo(photos / f"page-{n:03}.jpg", n)
        catalog = Catalog.create(root / "catalog")
        import_paths(catalog, [photos], jobs=1)
        size = sum(p.stat().st_size for p in photos.iterdir())
        out = root / "out"

        def reset() -> None:
            shutil.rmtree(out, ignore_errors=True)
            out.mkdir()

        def zip_as_stored() -> None:
            with zipfile.ZipFile(out / "raw.zip", "w") as archive:
                for sha in catalog.blobs:
                    archive.writestr(sha, catalog.blobs.path(sha).read_bytes())

        results = {
            "zip of the stored images (baseline)": timed(zip_as_stored, args.runs, reset),
            "package export (images cleaned)": timed(
                lambda: export_package(catalog, out / "p.zip"), args.runs, reset
            ),
            "encrypted package export": timed(
                lambda: export_encrypted_package(catalog, out / "p.age", PASSPHRASE),
                args.runs,
                reset,
            ),
            "backup folder, copied": timed(
                lambda: backup(catalog, out / "b", link=False), args.runs, reset
            ),
            "encrypted backup file": timed(
                lambda: encrypted_backup(catalog, out / "b.age", PASSPHRASE), args.runs, reset
            ),
        }
        reset()
        export_package(catalog, root / "p.zip")
        export_encrypted_package(catalog, root / "p.age", PASSPHRASE)
        receivers = iter(range(10_000))

        def receive(fn: Callable[[Catalog], object]) -> Callable[[], None]:
            def run() -> None:
                with Catalog.create(out / f"r{next(receivers)}") as other:
                    fn(other)

            return run

        results["package import"] = timed(
            receive(lambda c: import_package(c, root / "p.zip")), args.runs, reset
        )
        results["encrypted package import"] = timed(
            receive(lambda c: import_encrypted_package(c, root / "p.age", PASSPHRASE)),
            args.runs,
            reset,
        )
        catalog.close()
        baseline = results["zip of the stored images (baseline)"]
        print(f"{args.images} phone photos, {size / 1e6:.1f} MB; medians of {args.runs} runs")
        for name, seconds in results.items():
            print(f"  {name:42} {seconds:7.3f} s   x{seconds / baseline:5.2f} of the baseline")
        pairs = (
            ("encrypted package export", "package export (images cleaned)"),
            ("encrypted backup file", "backup folder, copied"),
            ("encrypted package import", "package import"),
        )
        for a, b in pairs:
            print(f"  {a} / {b}: x{results[a] / results[b]:.2f}")
    finally:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
