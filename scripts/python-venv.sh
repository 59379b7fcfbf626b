#!/usr/bin/env bash
# Creates bench-data/venv (git-ignored) with the Python tools a user would otherwise pick,
# and pyspark for the Spark example. Idempotent.
set -euo pipefail
cd "$(dirname "$0")/.."
venv=bench-data/venv
mkdir -p bench-data
[ -x "$venv/bin/python" ] || python3 -m venv "$venv"
"$venv/bin/python" -m pip install --quiet --upgrade pip
"$venv/bin/python" -m pip install --quiet "$@"
