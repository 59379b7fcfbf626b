#!/usr/bin/env bash
# Runs the Spark example end to end as a test: builds claimsheet, makes a JSON Lines file of
# the fixture articles, installs pyspark in bench-data/venv, runs claims_spark.py.
# Says SKIPPED (exit 0) when there is no Java to run Spark on.
set -euo pipefail
cd "$(dirname "$0")/../.."
if ! command -v java >/dev/null 2>&1; then
  echo "SKIPPED: the Spark example needs Java (apt-get install default-jre-headless)"; exit 0
fi
if ! bash scripts/python-venv.sh pyspark >/dev/null 2>&1; then
  echo "SKIPPED: pyspark could not be installed from PyPI"; exit 0
fi
cargo build --release --quiet
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 - "$work/articles.jsonl" <<'PY'
import json, sys
from pathlib import Path
with open(sys.argv[1], "w", encoding="utf-8") as out:
    for p in sorted(Path("fixtures/articles").rglob("*.txt")):
        out.write(json.dumps({"id": p.stem, "text": p.read_text(encoding="utf-8"), "url": f"file:{p}"}) + "\n")
PY
bench-data/venv/bin/python examples/spark/claims_spark.py "$work/articles.jsonl" "$PWD/target/release/claimsheet" 4
