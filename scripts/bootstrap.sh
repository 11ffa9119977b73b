#!/usr/bin/env bash
# Installs everything the build and the tests need, idempotently: Debian packages, Dear ImGui 1.90.1 from the
# Debian 13 source package (sha256-checked, unpacked into third_party/), and the npm packages from package-lock.json.
# Fast when everything is already there. Runs as root (CI) or through sudo.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi

APT_PACKAGES=(emscripten chromium fonts-noto-core fonttools python3-fonttools nlohmann-json3-dev doctest-dev
  brotli cmake make g++ clang-format dpkg-dev xz-utils bzip2 unicode-data python3 ca-certificates
  # The report tests: PDF checks (pdftotext, pdffonts, pdftoppm), the .docx read by python-docx and converted by
  # LibreOffice, and Times New Roman's metric-compatible Liberation Serif for printing.
  poppler-utils python3-docx libreoffice-writer-nogui fonts-liberation)

IMGUI_VERSION="1.90.1+ds-1"
IMGUI_TARBALL="imgui_1.90.1+ds.orig.tar.xz"
IMGUI_SHA256="ecce377df0f90b292f15dcbd83d438bddc162b2388c881132bde18c787572a1c"
IMGUI_DIR="$ROOT/third_party/imgui"

missing=()
for p in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
apt_updated=0
if [ ${#missing[@]} -gt 0 ]; then
  echo "bootstrap: installing Debian packages: ${missing[*]}"
  $SUDO apt-get update -qq
  apt_updated=1
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# Dear ImGui from the Debian 13 (trixie) source package. The deb-src entry reuses the archive address of the
# machine's own bookworm entry, so no host is hard-coded here.
if [ ! -f "$IMGUI_DIR/.version" ] || [ "$(cat "$IMGUI_DIR/.version")" != "$IMGUI_VERSION" ]; then
  src_list=/etc/apt/sources.list.d/kstthc-trixie-src.sources
  if [ ! -f "$src_list" ]; then
    uri=$(grep -h '^URIs:' /etc/apt/sources.list.d/*.sources 2>/dev/null | grep -v -- '-security' | grep -i debian | head -n 1 | awk '{print $2}')
    if [ -z "$uri" ]; then
      uri=$(grep -h '^deb ' /etc/apt/sources.list 2>/dev/null | grep -v security | awk '{print $2}' | head -n 1)
    fi
    [ -n "$uri" ] || { echo "bootstrap: cannot find the Debian archive address in apt's sources" >&2; exit 1; }
    printf 'Types: deb-src\nURIs: %s\nSuites: trixie\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n' \
      "$uri" | $SUDO tee "$src_list" >/dev/null
    apt_updated=0
  fi
  dl="$ROOT/third_party/download"
  mkdir -p "$dl"
  if [ ! -f "$dl/$IMGUI_TARBALL" ]; then
    [ "$apt_updated" = 1 ] || $SUDO apt-get update -qq
    (cd "$dl" && apt-get source --download-only "imgui=$IMGUI_VERSION" >/dev/null)
  fi
  echo "$IMGUI_SHA256  $dl/$IMGUI_TARBALL" | sha256sum -c --quiet - || { echo "bootstrap: ImGui tarball checksum mismatch" >&2; exit 1; }
  rm -rf "$IMGUI_DIR.tmp" && mkdir -p "$IMGUI_DIR.tmp"
  tar -xJf "$dl/$IMGUI_TARBALL" -C "$IMGUI_DIR.tmp" --strip-components=1
  rm -rf "$IMGUI_DIR" && mv "$IMGUI_DIR.tmp" "$IMGUI_DIR"
  echo "$IMGUI_VERSION" >"$IMGUI_DIR/.version"
fi

# npm packages (playwright-core drives Debian's chromium; no browser is downloaded).
if [ ! -f node_modules/.package-lock.json ] || ! cmp -s package-lock.json node_modules/.lock-copy; then
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error
  cp package-lock.json node_modules/.lock-copy
fi
echo "bootstrap: ok"
