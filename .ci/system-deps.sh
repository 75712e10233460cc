#!/usr/bin/env bash
# System packages the tests read outputs back with: poppler (pdftotext/pdftoppm), qpdf, LibreOffice
# (converts the DOCX and PPTX, as a reader's office suite would), fonts LibreOffice can match.
set -euo pipefail
need=()
command -v pdftotext >/dev/null || need+=(poppler-utils)
command -v qpdf >/dev/null || need+=(qpdf)
command -v soffice >/dev/null || need+=(libreoffice-writer libreoffice-impress)
[ -d /usr/share/fonts/truetype/noto ] || need+=(fonts-noto-core)
if ((${#need[@]})); then
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -q
  $SUDO apt-get install -y -q --no-install-recommends "${need[@]}"
fi
