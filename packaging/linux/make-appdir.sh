#!/usr/bin/env bash
# Arrange a built application (dist/spravka, from `make dist`) as an AppDir, the input of
# appimagetool: `appimagetool Spravka.AppDir Spravka-x86_64.AppImage` then makes one file that
# runs on most Linux desktops. appimagetool itself is not part of Spravka (get it from the
# AppImage project); this script needs no network.
set -euo pipefail
dist=${1:-dist/spravka}
appdir=${2:-dist/Spravka.AppDir}
here=$(cd "$(dirname "$0")" && pwd)
rm -rf "$appdir"
mkdir -p "$appdir/usr/lib" "$appdir/usr/share/applications" "$appdir/usr/share/metainfo"
cp -a "$dist" "$appdir/usr/lib/spravka"
cp "$here/org.spravka.Spravka.desktop" "$appdir/usr/share/applications/"
cp "$here/org.spravka.Spravka.metainfo.xml" "$appdir/usr/share/metainfo/"
cp -a "$dist/share/icons-hicolor" "$appdir/usr/share/icons"
# appimagetool wants the desktop entry and the icon at the top as well.
cp "$here/org.spravka.Spravka.desktop" "$appdir/"
cp "$dist/share/icons-hicolor/256x256/apps/org.spravka.Spravka.png" "$appdir/"
cat > "$appdir/AppRun" <<'APPRUN'
#!/bin/sh
here=$(dirname "$(readlink -f "$0")")
# `AppImage spravka ...` runs the command line; anything else starts the desktop application.
if [ "$1" = "spravka" ]; then shift; exec "$here/usr/lib/spravka/spravka" "$@"; fi
exec "$here/usr/lib/spravka/spravka-gui" "$@"
APPRUN
chmod +x "$appdir/AppRun"
echo "AppDir ready: $appdir (next: appimagetool $appdir)"
