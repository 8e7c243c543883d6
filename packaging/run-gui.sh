#!/usr/bin/env bash
# `make run`: start the desktop application on the default catalogue. On a machine without a
# display (a server, a container, CI) it starts on a virtual one, so the program still runs —
# say so, since nothing will appear on a screen.
set -euo pipefail
cd "$(dirname "$0")/.."
gui=${VENV:-.venv}/bin/spravka-gui
if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" && "$(uname -s)" == Linux ]] \
    && command -v xvfb-run >/dev/null 2>&1; then
  echo "Spravka: no display found; starting on a virtual display (xvfb-run)," \
       "so nothing will appear on screen." >&2
  exec xvfb-run -a "$gui" "$@"
fi
exec "$gui" "$@"
