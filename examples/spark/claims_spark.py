#!/usr/bin/env python3
"""claimsheet as a map step on Apache Spark (local mode here; the same code runs on a cluster).

Pipes an RDD of JSON Lines articles through the claimsheet binary with RDD.pipe, reads the
claims back as a DataFrame, deduplicates them by claim_id, and checks that they equal what
the local CLI writes for the same input.

usage: claims_spark.py ARTICLES_JSONL CLAIMSHEET_BIN [PARTITIONS]
"""
import json
import subprocess
import sys

from pyspark.sql import SparkSession


def main():
    articles, binary = sys.argv[1], sys.argv[2]
    partitions = int(sys.argv[3]) if len(sys.argv) > 3 else 4
    spark = SparkSession.builder.master("local[2]").appName("claimsheet").getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    try:
        lines = spark.sparkContext.textFile(articles, minPartitions=partitions)
        # Each partition's lines go to one claimsheet process on its stdin; it answers with
        # one claim object a line. Stateless across lines, so any partitioning gives the same rows.
        claims_rdd = lines.pipe(f"{binary} extract --input-format jsonl -f jsonl --progress never -")
        claims = spark.read.json(claims_rdd).dropDuplicates(["claim_id"])
        rows = sorted(json.dumps(r.asDict(), sort_keys=True) for r in claims.collect())
        print(f"spark: {lines.getNumPartitions()} partitions, {len(rows)} distinct claims")
        for row in claims.groupBy("kind").count().orderBy("kind").collect():
            print(f"  {row['kind']}: {row['count']}")
    finally:
        spark.stop()

    local = subprocess.run(
        [binary, "extract", "--input-format", "jsonl", "-f", "jsonl", "--progress", "never", articles],
        check=True, capture_output=True, text=True,
    ).stdout
    local_rows = {}
    for line in local.splitlines():
        row = json.loads(line)
        local_rows.setdefault(row["claim_id"], row)
    expected = sorted(json.dumps(r, sort_keys=True) for r in local_rows.values())
    if rows != expected:
        print(f"MISMATCH: spark {len(rows)} claims, local {len(expected)}", file=sys.stderr)
        sys.exit(1)
    print(f"spark claims equal the local CLI's: {len(rows)} claims")


if __name__ == "__main__":
    main()
