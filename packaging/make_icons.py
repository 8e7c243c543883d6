"""Render the application icon (resources/icons/spravka.svg) as the PNG sizes desktops use,
and as a Windows .ico. Run by packaging/build.sh; output goes to the folder given."""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "icons" / "spravka.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
APP_ID = "org.spravka.Spravka"


def render(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(SVG)).render(painter)
    painter.end()
    return image


def main(out: Path) -> int:
    QGuiApplication.instance() or QGuiApplication([])
    for size in SIZES:
        folder = out / "hicolor" / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True, exist_ok=True)
        if not render(size).save(str(folder / f"{APP_ID}.png")):
            print(f"could not write the {size}px icon", file=sys.stderr)
            return 1
    scalable = out / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True, exist_ok=True)
    (scalable / f"{APP_ID}.svg").write_bytes(SVG.read_bytes())
    largest = Image.open(out / "hicolor" / "256x256" / "apps" / f"{APP_ID}.png")
    largest.save(out / "spravka.ico", sizes=[(s, s) for s in SIZES if s <= 256])
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
