#!/usr/bin/env bash
# Build the one-folder application into dist/spravka: `spravka` and `spravka-gui`, Qt and its
# plugins, translations, fonts, the sample catalogue and, on Linux, Tesseract with its rus, ukr
# and eng data. Then check that what was built runs (packaging/check-dist.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
venv=${VENV:-.venv}
"$venv/bin/python" -m pip install --quiet "pyinstaller>=6.5"
make --no-print-directory translations
"$venv/bin/python" packaging/make_icons.py build/icons
"$venv/bin/pyinstaller" --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/spravka.spec
case "$(uname -s)" in
  Linux)
    bash packaging/linux/bundle-tesseract.sh dist/spravka
    mkdir -p dist/spravka/share/applications dist/spravka/share/metainfo
    cp packaging/linux/org.spravka.Spravka.desktop dist/spravka/share/applications/
    cp packaging/linux/org.spravka.Spravka.metainfo.xml dist/spravka/share/metainfo/
    cp -r build/icons/hicolor dist/spravka/share/icons-hicolor
    ;;
  *)
    echo "Tesseract is not bundled on this platform: install it (see README, Other systems)."
    ;;
esac
bash packaging/check-dist.sh dist/spravka
