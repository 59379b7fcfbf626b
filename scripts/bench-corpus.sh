#!/usr/bin/env bash
# Corpus benchmark: the release binary over the BBC corpus (fetched by scripts/fetch-bbc.sh).
# Reports MB/s and articles/s on 1 thread and on all threads, peak memory (GNU time), the
# JSONL streaming run's peak memory, and linear scaling over 1x, 2x and 4x the corpus.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/fetch-bbc.sh >/dev/null
cargo build --release --quiet
bin=target/release/claimsheet
corpus=bench-data/bbc
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

bytes=$(find "$corpus" -name '*.txt' -print0 | xargs -0 cat | wc -c)
docs=$(find "$corpus" -name '*.txt' | wc -l)
mb=$(python3 -c "print($bytes/1e6)")

measure() { # label, then the command; prints seconds and peak KB
  local label=$1; shift
  /usr/bin/time -f "%e %M" -o "$work/time" "$@" >/dev/null 2>"$work/err" || { cat "$work/err" >&2; return 1; }
  read -r secs kb < "$work/time"
  python3 -c "
s=max($secs,0.001); print(f'| $label | {s:.2f} | {$mb/s:.1f} | {$docs/s:.0f} | {$kb/1024:.0f} |')"
}

echo "corpus: $docs articles, $mb MB ($(nproc) cores)"
echo
echo "| run | seconds | MB/s | articles/s | peak MB |"
echo "|---|---:|---:|---:|---:|"
measure "extract, 1 thread" "$bin" extract --lossy -j 1 --progress never "$corpus" -o "$work/out.csv"
measure "extract, all threads" "$bin" extract --lossy --progress never "$corpus" -o "$work/out2.csv"
cmp -s "$work/out.csv" "$work/out2.csv" && echo "(1-thread and all-thread sheets are byte-identical)" >&2

python3 - "$corpus" "$work/corpus.jsonl" <<'PY'
import json, sys
from pathlib import Path
with open(sys.argv[2], "w", encoding="utf-8") as out:
    for p in sorted(Path(sys.argv[1]).rglob("*.txt")):
        text = p.read_bytes().decode("utf-8", "replace")
        out.write(json.dumps({"id": str(p), "text": text}) + "\n")
PY
measure "JSONL in, JSONL out (streaming), all threads" "$bin" extract --input-format jsonl -f jsonl --progress never "$work/corpus.jsonl" -o "$work/out.jsonl"

for k in 2 4; do
  for _ in $(seq $k); do cat "$work/corpus.jsonl"; done > "$work/corpus-x$k.jsonl"
done
echo
echo "Linear scaling, 1 thread, JSONL in and out (best of 3 runs each):"
echo
echo "| input | seconds | seconds per 1x |"
echo "|---|---:|---:|"
for k in 1 2 4; do
  f="$work/corpus.jsonl"; [ "$k" = 1 ] || f="$work/corpus-x$k.jsonl"
  best=""
  for _ in 1 2 3; do
    /usr/bin/time -f "%e" -o "$work/t" "$bin" extract -j 1 --input-format jsonl -f jsonl --progress never "$f" -o /dev/null 2>/dev/null
    best=$(python3 -c "print(min(x for x in [$(cat "$work/t")${best:+, $best}]))")
  done
  python3 -c "print(f'| {$k}x | {$best:.2f} | {$best/$k:.2f} |')"
done
