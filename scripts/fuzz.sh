#!/usr/bin/env bash
# Coverage-guided fuzzing of the whole pipeline with libFuzzer on the stable toolchain
# (the same sanitizer-coverage passes cargo fuzz uses, without a nightly-only sanitizer).
# usage: scripts/fuzz.sh [SECONDS]   (default 300); the corpus grows in fuzz/corpus/pipeline.
set -euo pipefail
cd "$(dirname "$0")/../fuzz"
secs=${1:-300}
triple=$(rustc -vV | sed -n 's/^host: //p')
RUSTFLAGS="-Cpasses=sancov-module -Cllvm-args=-sanitizer-coverage-level=4 \
-Cllvm-args=-sanitizer-coverage-inline-8bit-counters -Cllvm-args=-sanitizer-coverage-pc-table \
-Cllvm-args=-sanitizer-coverage-trace-compares -Cdebug-assertions -Coverflow-checks" \
  cargo build --release --target "$triple" --target-dir target/cov
mkdir -p corpus/pipeline artifacts
[ -n "$(ls -A corpus/pipeline)" ] || cp ../fixtures/articles/wikinews/00{01,02,25}.txt ../fixtures/hostile/*.txt corpus/pipeline/
"target/cov/$triple/release/pipeline" -max_total_time="$secs" -max_len=8192 \
  -artifact_prefix=artifacts/ corpus/pipeline
