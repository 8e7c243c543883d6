#!/usr/bin/env bash
# Copy this machine's Tesseract (program, the libraries it needs beyond the C library, and the
# rus/ukr/eng/osd language data) into DIST/tesseract, with a small launcher that points it at
# its own libraries and data. The frozen application looks there first (catalog/ocr/tesseract.py).
set -euo pipefail
dist=${1:?usage: bundle-tesseract.sh DIST_FOLDER}
program=$(command -v tesseract) || { echo "tesseract is not installed; not bundled" >&2; exit 0; }
tessdata=$(tesseract --list-langs 2>/dev/null | sed -n 's/^List of available languages in "\(.*\)\/\?".*/\1/p')
tessdata=${tessdata%/}
target="$dist/tesseract"
rm -rf "$target"
mkdir -p "$target/bin" "$target/lib" "$target/tessdata"
cp -L "$program" "$target/bin/tesseract"
# Every shared library except the C runtime itself, which must come from the system it runs on.
ldd "$program" | awk '/=> \// {print $3}' | while read -r lib; do
  case "$(basename "$lib")" in
    libc.so*|libm.so*|libdl.so*|libpthread.so*|librt.so*|ld-linux*|libgcc_s.so*|libstdc++.so*) ;;
    *) cp -L "$lib" "$target/lib/" ;;
  esac
done
for language in rus ukr eng osd; do
  if [[ -f "$tessdata/$language.traineddata" ]]; then
    cp "$tessdata/$language.traineddata" "$target/tessdata/"
  else
    echo "warning: no $language.traineddata in $tessdata" >&2
  fi
done
cat > "$target/tesseract" <<'LAUNCHER'
#!/bin/sh
here=$(dirname "$(readlink -f "$0")")
LD_LIBRARY_PATH="$here/lib${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}" \
TESSDATA_PREFIX="$here/tessdata" exec "$here/bin/tesseract" "$@"
LAUNCHER
chmod +x "$target/tesseract"
echo "bundled $($target/tesseract --version 2>&1 | head -1) with $(ls "$target/tessdata" | tr '\n' ' ')"
