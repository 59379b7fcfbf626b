//! Whole-pipeline throughput on one core: the fixture articles, and the BBC corpus
#![allow(missing_docs)] // criterion_group! generates undocumented functions
//! when `scripts/fetch-bbc.sh` has fetched it (or CLAIMSHEET_BENCH_CORPUS names a folder).

use claimsheet_pipeline::{Pipeline, PipelineConfig};
use corpus::load;
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use std::path::{Path, PathBuf};

#[path = "../support/corpus.rs"]
mod corpus;

/// The allocator the `claimsheet` binary uses, so the figures are the binary's.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn bench(c: &mut Criterion) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let pipeline = Pipeline::new(&PipelineConfig::default()).expect("pipeline builds");
    let mut corpora = vec![("fixtures", load(&root.join("fixtures/articles")))];
    let bbc = std::env::var_os("CLAIMSHEET_BENCH_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|| root.join("bench-data/bbc"));
    let bbc_docs = load(&bbc);
    if !bbc_docs.is_empty() {
        corpora.push(("bbc", bbc_docs));
    }
    let mut group = c.benchmark_group("pipeline");
    for (name, docs) in &corpora {
        let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
        group.throughput(Throughput::Bytes(bytes as u64));
        group.bench_function(*name, |b| {
            b.iter(|| docs.iter().map(|d| pipeline.analyze(d).claims.len()).sum::<usize>())
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
