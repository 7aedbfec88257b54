#!/usr/bin/env bash
# Sets up a fresh machine: Chromium (to print the booklet and run the browser tests), poppler and qpdf (to read
# PDFs back), Ghostscript, ArgyllCMS and the free ICC data (the print shop's files: `ketabche pdf --press`), then
# the locked npm dependencies. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v chromium >/dev/null 2>&1 || [ -n "${PUPPETEER_EXECUTABLE_PATH:-}" ] || need+=(chromium)
command -v pdftoppm >/dev/null 2>&1 || need+=(poppler-utils)
command -v qpdf >/dev/null 2>&1 || need+=(qpdf)
command -v gs >/dev/null 2>&1 || need+=(ghostscript)
command -v colprof >/dev/null 2>&1 || need+=(argyll)
[ -f /usr/share/color/icc/FOGRA39L.ti3 ] || need+=(icc-profiles-free)
# zbarimg: the tests decode the posters' and the booklet's QR codes with it.
command -v zbarimg >/dev/null 2>&1 || need+=(zbar-tools)

if [ ${#need[@]} -gt 0 ]; then
  if command -v apt-get >/dev/null 2>&1; then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    echo "Installing system packages: ${need[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
  else
    echo "Please install: ${need[*]} (no apt-get here). Without Chromium, puppeteer downloads its own browser." >&2
  fi
fi

npm ci --no-audit --no-fund

# The default press colour profile, made once per machine (colprof takes about a minute) rather than during a build.
if command -v colprof >/dev/null 2>&1; then
  npx tsx scripts/tools/make-profile.ts
fi
