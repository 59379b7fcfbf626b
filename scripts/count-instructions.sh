#!/usr/bin/env bash
# Instructions spent in each pipeline stage, counted by callgrind: a measure of work
# that, unlike wall time, other processes on a shared machine do not disturb.
# usage: scripts/count-instructions.sh [FOLDER]   (default: the BBC corpus if fetched, else
#        fixtures/articles). Needs valgrind. Prints the stages' inclusive counts and the total.
set -euo pipefail
cd "$(dirname "$0")/.."
folder=${1:-}
if [ -z "$folder" ]; then
  if [ -d bench-data/bbc ]; then folder=bench-data/bbc; else folder=fixtures/articles; fi
fi
command -v valgrind >/dev/null || { echo "count-instructions: valgrind not found" >&2; exit 2; }
# Counted on a build without link-time optimisation, in its own target folder: with
# LTO (the release profile) the stages are inlined into one another and their
# boundaries vanish from the profile. The LTO build runs about 1.5% fewer instructions.
export CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16
target=target/count-instructions
CARGO_TARGET_DIR=$target cargo build --release --quiet -p claimsheet-pipeline --example profile
out=$(mktemp)
trap 'rm -f "$out"' EXIT
valgrind --tool=callgrind --toggle-collect='*Pipeline*analyze*' --callgrind-out-file="$out" \
  "$target/release/examples/profile" "$folder" 1 2>&1 | grep -E "claims|refs"
callgrind_annotate --inclusive=yes "$out" 2>/dev/null \
  | grep -E "=> .*(Segmenter::run|QuoteExtractor::run_segmented|transcript_turns|NumericDetector::run|run_with_turns|assemble_claims) " \
  | sed -E 's/=> .*:claimsheet_([a-z]+)::.*::([A-Za-z_]+) \(.*/\1 \2/'
