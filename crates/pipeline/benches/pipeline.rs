//! Whole-pipeline throughput on one core: the fixture articles, and the BBC corpus
#![allow(missing_docs)] // criterion_group! generates undocumented functions
//! when `scripts/fetch-bbc.sh` has fetched it (or CLAIMSHEET_BENCH_CORPUS names a folder).

use claimsheet_core::Document;

/// The allocator the `claimsheet` binary uses, so the figures are the binary's.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;
use claimsheet_pipeline::{Pipeline, PipelineConfig};
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use std::path::{Path, PathBuf};

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for p in paths {
        if p.is_dir() {
            collect(&p, out);
        } else if p.extension().is_some_and(|e| e == "txt") {
            out.push(p);
        }
    }
}

fn load(dir: &Path) -> Vec<Document> {
    let mut paths = Vec::new();
    collect(dir, &mut paths);
    paths
        .iter()
        .filter_map(|p| std::fs::read_to_string(p).ok().map(|t| Document::new(p.display().to_string(), t)))
        .collect()
}

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
