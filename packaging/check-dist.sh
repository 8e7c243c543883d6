#!/usr/bin/env bash
# Check a built application folder: the CLI starts and reports its version, reads a generated
# certificate page with the bundled OCR, creates and fills a catalogue, and the desktop
# application starts and paints its first window (offscreen).
set -euo pipefail
dist=$(cd "${1:?usage: check-dist.sh DIST_FOLDER}" && pwd)
cd "$(dirname "$0")/.."
venv=${VENV:-.venv}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$dist/spravka" --version
# A certificate-like page made by the test suite's generator (it needs the source tree's venv).
"$venv/bin/python" - "$work/page.png" <<'PY'
import sys
from tests.support.pages import Person, render_certificate
page = render_certificate(Person("Карпенко", "Пётр", "Семёнович"), dpi=200, seed=3)
page.image.save(sys.argv[1])
PY
text=$(env -u SPRAVKA_TESSERACT "$dist/spravka" ocr-image "$work/page.png")
echo "$text" | head -5
grep -q "Карпенко" <<<"$text" || { echo "the built OCR did not read the name" >&2; exit 1; }

"$dist/spravka" --catalog "$work/catalog" init
"$dist/spravka" --catalog "$work/catalog" import "$work/page.png" --kind death_certificate
"$dist/spravka" --catalog "$work/catalog" ocr --jobs 2
"$dist/spravka" --catalog "$work/catalog" search Карпенко | grep -q "Карпенко" \
  || { echo "the built search found nothing" >&2; exit 1; }

QT_QPA_PLATFORM=offscreen SPRAVKA_EXIT_AFTER_FIRST_PAINT=1 \
  "$dist/spravka-gui" --catalog "$work/catalog"
echo "the built application in $dist works"
