#!/usr/bin/env bash
# The whole-pipeline criterion bench, run N times (default 7): on a shared machine one run says
# little, the median of a series more. Prints each run's mean throughput per input and the medians.
# usage: scripts/bench-pipeline.sh [N]    (the BBC input needs scripts/fetch-bbc.sh first)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-7}
log=$(mktemp)
trap 'rm -f "$log"' EXIT
for i in $(seq "$runs"); do
  # Criterion prints the input's name, then "thrpt: [low mean high]" under it.
  cargo bench --quiet -p claimsheet-pipeline -- --warm-up-time 2 --measurement-time 8 2>/dev/null \
    | awk -v run="$i" -v at="$(date -u +%H:%M:%S)" '
        /^pipeline\// { name = $1 }
        /thrpt:/ && !/%/ { gsub(/\[/, ""); print run, at, name, $4 }' | tee -a "$log"
done
echo
python3 - "$log" <<'PY'
import statistics, sys
runs = {}
for line in open(sys.argv[1]):
    _, _, name, mib = line.split()
    runs.setdefault(name, []).append(float(mib))
for name, xs in runs.items():
    med = statistics.median(xs)
    over = sum(x >= 30e6 / 2**20 for x in xs)
    print(f"{name}: median {med:.1f} MiB/s ({med * 1.048576:.1f} MB/s) of {len(xs)} runs; "
          f"{over} at 30 MB/s or more")
PY
