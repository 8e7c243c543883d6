#!/usr/bin/env bash
# Install the system packages Spravka needs, on Debian/Ubuntu, only where they are missing.
# Uses sudo when not root. On other systems it says what to install and carries on.
set -euo pipefail

packages=(
  python3-venv            # the virtual environment (ensurepip)
  tesseract-ocr           # OCR engine
  tesseract-ocr-rus tesseract-ocr-ukr tesseract-ocr-eng
  # Qt's xcb platform (the libraries the PySide6 wheels' libqxcb.so links against)
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-shape0
  libxcb-randr0 libxcb-xinerama0 libxcb-xkb1 libxkbcommon-x11-0 libegl1 libgl1 libfontconfig1
  libdbus-1-3
  xvfb xauth              # a virtual display for headless machines
  sane-utils libsane1     # scanning (and SANE's test backend, used by the tests)
  fonts-dejavu-core       # Cyrillic fonts for generated test pages
  gramps                  # the GEDCOM export is tested by importing it into Gramps
  poppler-utils           # pdftotext, pdffonts: the PDF exports are checked with them
  age                     # the tests prove that age opens encrypted packages and backups
  desktop-file-utils appstream  # validating the desktop entry and AppStream metadata
)

if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
  if ! command -v tesseract >/dev/null 2>&1; then
    echo "Spravka: this is not a Debian/Ubuntu system; install Tesseract with the Russian and" >&2
    echo "Ukrainian language data yourself (see README.md, 'Other systems')." >&2
  fi
  exit 0
fi

missing=()
for package in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$package")
done
# python3-venv is only needed when the python3 on PATH cannot make a venv by itself.
if python3 -c "import ensurepip, venv" >/dev/null 2>&1; then
  missing=("${missing[@]/python3-venv}")
fi
read -r -a missing <<< "${missing[*]}"
[[ ${#missing[@]} -eq 0 ]] && exit 0

echo "Spravka: installing system packages: ${missing[*]}"
sudo=""
if [[ $(id -u) -ne 0 ]]; then
  if command -v sudo >/dev/null 2>&1; then
    sudo="sudo"
  else
    echo "Spravka: not root and no sudo; please install: ${missing[*]}" >&2
    exit 1
  fi
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
