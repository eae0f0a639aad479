#!/usr/bin/env bash
# Installs everything resdiff needs to build and test on Debian 12 (bookworm), from Debian's own
# packages. Idempotent and quiet: when every package is there it does nothing, not even
# `apt-get update`. Uses sudo when not run as root.
set -euo pipefail

packages=(
  build-essential cmake pkg-config      # compiler and build
  libicu-dev                            # Unicode: normalisation, word breaks
  libdtl-dev                            # the diff algorithm
  libcli11-dev                          # command line
  nlohmann-json3-dev                    # JSON output
  libzip-dev libxml2-dev                # DOCX input
  libpoppler-private-dev                # PDF input: poppler's text device (TextOutputDev), as pdftotext reads
  zlib1g-dev                            # PDF fonts: the ToUnicode maps of Arabic ligatures
  catch2                                # unit tests
  clang-14 libclang-rt-14-dev           # the fuzz targets (libFuzzer) and the clang sanitizer build
  python3 python3-jsonschema            # JSON schema validation in the end-to-end tests
  git                                   # the git integration test
  chromium                              # the HTML report test (headless)
  libreoffice-writer-nogui fonts-dejavu-core poppler-utils  # the Word output test: DOCX → PDF → text
  fonts-wqy-zenhei                      # Chinese glyphs for fixtures/lang/make-pdfs.sh (DejaVu has Latin, Cyrillic, Arabic)
)

if ! command -v dpkg-query >/dev/null || ! command -v apt-get >/dev/null; then
  echo "install-deps: this script needs Debian (apt-get); install by hand: ${packages[*]}" >&2
  exit 1
fi

missing=()
installed=" $({ dpkg-query -W -f='${Package}:${Status}\n' "${packages[@]}" 2>/dev/null || true; } |
  sed -n 's/^\([^:]*\):install ok installed$/\1/p' | tr '\n' ' ')"
for package in "${packages[@]}"; do
  [[ $installed == *" $package "* ]] || missing+=("$package")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

sudo=()
if [[ $(id -u) -ne 0 ]]; then
  if ! command -v sudo >/dev/null; then
    echo "install-deps: run as root, or install sudo; missing: ${missing[*]}" >&2
    exit 1
  fi
  sudo=(sudo)
fi

echo "install-deps: installing ${missing[*]}" >&2
log=$(mktemp)
trap 'rm -f "$log"' EXIT
apt=("${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -q -y -o Dpkg::Use-Pty=0)
if ! { "${apt[@]}" update && "${apt[@]}" install --no-install-recommends "${missing[@]}"; } >"$log" 2>&1 </dev/null; then
  cat "$log" >&2
  echo "install-deps: apt-get failed" >&2
  exit 1
fi
