#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Installs what building and testing sig2rtm needs, only when something is missing.
# Debian/Ubuntu: apt-get. macOS: Homebrew. Elsewhere: prints the package names and stops.
set -euo pipefail

DEBIAN_PACKAGES=(
  cmake ninja-build g++ pkg-config
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  libqt6svg6-dev libgl-dev nlohmann-json3-dev
  fonts-dejavu-core fonts-noto-cjk poppler-utils python3 python3-jsonschema xvfb xauth
  dpkg-dev desktop-file-utils appstream shared-mime-info man-db time
)
BREW_PACKAGES=(cmake ninja qt nlohmann-json poppler python)

missing_debian() {
  local missing=()
  for p in "${DEBIAN_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  printf '%s\n' "${missing[@]}"
}

if [ "$(uname -s)" = "Darwin" ]; then
  command -v brew >/dev/null || { echo "Homebrew is needed: https://brew.sh" >&2; exit 1; }
  for p in "${BREW_PACKAGES[@]}"; do
    brew list --versions "$p" >/dev/null 2>&1 || brew install "$p"
  done
  python3 -c 'import jsonschema' 2>/dev/null || python3 -m pip install --user jsonschema || true
  exit 0
fi

if command -v apt-get >/dev/null && command -v dpkg-query >/dev/null; then
  mapfile -t missing < <(missing_debian)
  if [ "${#missing[@]}" -gt 0 ] && [ -n "${missing[0]}" ]; then
    SUDO=""
    [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    echo "Installing: ${missing[*]}"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
  fi
  exit 0
fi

cat >&2 <<MSG
Unsupported system: install these yourself, then run this script again:
  CMake >= 3.25, Ninja, a C++20 compiler, Qt >= 6.4 (Core Gui Widgets Concurrent PrintSupport Svg Test LinguistTools),
  nlohmann_json >= 3.11, poppler (pdftotext), Python 3 with jsonschema, DejaVu Sans and Noto Sans CJK fonts.
  (Debian names: ${DEBIAN_PACKAGES[*]})
MSG
exit 1
