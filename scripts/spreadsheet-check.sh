#!/usr/bin/env bash
# Proves the claim sheet opens in a real spreadsheet as text: runs claimsheet on the hostile
# fixtures (quotes starting with = + - @; accents, Cyrillic, Arabic, emoji), converts the CSV
# with LibreOffice headless and reads every cell back (scripts/spreadsheet_check.py).
# Installs LibreOffice Calc from Debian's packages when it is missing and we may (root, apt);
# otherwise says SKIPPED and exits 0.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v soffice >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
      libreoffice-calc-nogui) >/dev/null 2>&1 || true
  fi
fi
if ! command -v soffice >/dev/null 2>&1; then
  echo "SKIPPED: spreadsheet check needs LibreOffice (apt-get install libreoffice-calc-nogui)"; exit 0
fi
cargo build --release --quiet
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
target/release/claimsheet extract --progress never fixtures/hostile -o "$work/sheet.csv" 2>/dev/null
python3 scripts/spreadsheet_check.py "$work/sheet.csv" "$work"
for s in 'Мы будем' 'سنحتفل' '🎉' 'Zürich' "'=HYPERLINK"; do
  grep -q -- "$s" "$work/sheet.csv" || { echo "spreadsheet check FAILED: $s missing from the sheet"; exit 1; }
done
